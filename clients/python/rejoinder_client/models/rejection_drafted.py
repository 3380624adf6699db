from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rejection_event_data import RejectionEventData


T = TypeVar("T", bound="RejectionDrafted")


@_attrs_define
class RejectionDrafted:
    """A rejection was created and drafted (through the API, an ATS or a forwarded email).

    Attributes:
        timestamp (datetime.datetime): When the event happened (UTC).
        type_ (Literal['rejection.drafted']): The event's type.
        data (RejectionEventData): A rejection's ids and state; never the drafted messages themselves (fetch them with
            `GET /v1/rejections/{rejection_id}`).
    """

    timestamp: datetime.datetime
    type_: Literal["rejection.drafted"]
    data: RejectionEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        type_ = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rejection_event_data import RejectionEventData  # noqa: PLC0415

        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        type_ = cast(Literal["rejection.drafted"], d.pop("type"))
        if type_ != "rejection.drafted":
            raise ValueError(f"type must match const 'rejection.drafted', got '{type_}'")

        data = RejectionEventData.from_dict(d.pop("data"))

        rejection_drafted = cls(
            timestamp=timestamp,
            type_=type_,
            data=data,
        )

        rejection_drafted.additional_properties = d
        return rejection_drafted

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
