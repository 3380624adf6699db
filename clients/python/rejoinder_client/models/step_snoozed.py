from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StepSnoozed")


@_attrs_define
class StepSnoozed:
    """Put the step off to a later day.

    Attributes:
        status (Literal['snoozed']): `snoozed`.
        due_on (datetime.date): The new day: after today in the candidate's time zone, and at most 2 years ahead (the
            same day two years on); a later day is a 422 naming `due_on`.
        note (None | str | Unset): The candidate's own note on the step (at most 5000 characters).
    """

    status: Literal["snoozed"]
    due_on: datetime.date
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        due_on = self.due_on.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
                "due_on": due_on,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["snoozed"], d.pop("status"))
        if status != "snoozed":
            raise ValueError(f"status must match const 'snoozed', got '{status}'")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        step_snoozed = cls(
            status=status,
            due_on=due_on,
            note=note,
        )

        return step_snoozed
