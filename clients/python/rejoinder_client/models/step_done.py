from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StepDone")


@_attrs_define
class StepDone:
    """The step was done.

    Attributes:
        status (Literal['done']): `done`.
        note (None | str | Unset): The candidate's own note on the step (at most 5000 characters).
        received_feedback (None | str | Unset): Only on the feedback request step: the reply's text, stored as the
            rejection's `received_feedback`.
    """

    status: Literal["done"]
    note: None | str | Unset = UNSET
    received_feedback: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        received_feedback: None | str | Unset
        if isinstance(self.received_feedback, Unset):
            received_feedback = UNSET
        else:
            received_feedback = self.received_feedback

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if received_feedback is not UNSET:
            field_dict["received_feedback"] = received_feedback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["done"], d.pop("status"))
        if status != "done":
            raise ValueError(f"status must match const 'done', got '{status}'")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_received_feedback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        received_feedback = _parse_received_feedback(d.pop("received_feedback", UNSET))

        step_done = cls(
            status=status,
            note=note,
            received_feedback=received_feedback,
        )

        return step_done
