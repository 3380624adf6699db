from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StepPosting")


@_attrs_define
class StepPosting:
    """The reach-out stays pending, now about an open posting: its note is drafted.

    Attributes:
        status (Literal['pending']): `pending`.
        posting_title (str): The posting's title.
        posting_url (None | str | Unset): Its address (http or https).
        note (None | str | Unset): The candidate's own note on the step (at most 5000 characters).
    """

    status: Literal["pending"]
    posting_title: str
    posting_url: None | str | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        posting_title = self.posting_title

        posting_url: None | str | Unset
        if isinstance(self.posting_url, Unset):
            posting_url = UNSET
        else:
            posting_url = self.posting_url

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
                "posting_title": posting_title,
            }
        )
        if posting_url is not UNSET:
            field_dict["posting_url"] = posting_url
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["pending"], d.pop("status"))
        if status != "pending":
            raise ValueError(f"status must match const 'pending', got '{status}'")

        posting_title = d.pop("posting_title")

        def _parse_posting_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        posting_url = _parse_posting_url(d.pop("posting_url", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        step_posting = cls(
            status=status,
            posting_title=posting_title,
            posting_url=posting_url,
            note=note,
        )

        return step_posting
