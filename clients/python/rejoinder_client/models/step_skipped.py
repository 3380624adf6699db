from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StepSkipped")


@_attrs_define
class StepSkipped:
    """The candidate chose not to do the step.

    Attributes:
        status (Literal['skipped']): `skipped`.
        note (None | str | Unset): The candidate's own note on the step (at most 5000 characters).
    """

    status: Literal["skipped"]
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["skipped"], d.pop("status"))
        if status != "skipped":
            raise ValueError(f"status must match const 'skipped', got '{status}'")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        step_skipped = cls(
            status=status,
            note=note,
        )

        return step_skipped
