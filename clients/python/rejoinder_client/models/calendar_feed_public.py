from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarFeedPublic")


@_attrs_define
class CalendarFeedPublic:
    """A calendar feed; its token is shown only when it is created or rotated.

    Attributes:
        candidate_ref (str): Whose steps it lists.
        created_at (datetime.datetime): When it was created.
        id (UUID): The feed's id.
        rotated_at (datetime.datetime | None | Unset): When its token was last replaced.
    """

    candidate_ref: str
    created_at: datetime.datetime
    id: UUID
    rotated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate_ref = self.candidate_ref

        created_at = self.created_at.isoformat()

        id = str(self.id)

        rotated_at: None | str | Unset
        if isinstance(self.rotated_at, Unset):
            rotated_at = UNSET
        elif isinstance(self.rotated_at, datetime.datetime):
            rotated_at = self.rotated_at.isoformat()
        else:
            rotated_at = self.rotated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "candidate_ref": candidate_ref,
                "created_at": created_at,
                "id": id,
            }
        )
        if rotated_at is not UNSET:
            field_dict["rotated_at"] = rotated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_ref = d.pop("candidate_ref")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        def _parse_rotated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rotated_at_type_0 = datetime.datetime.fromisoformat(data)

                return rotated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        rotated_at = _parse_rotated_at(d.pop("rotated_at", UNSET))

        calendar_feed_public = cls(
            candidate_ref=candidate_ref,
            created_at=created_at,
            id=id,
            rotated_at=rotated_at,
        )

        calendar_feed_public.additional_properties = d
        return calendar_feed_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
