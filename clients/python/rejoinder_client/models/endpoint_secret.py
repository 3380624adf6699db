from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointSecret")


@_attrs_define
class EndpointSecret:
    """An endpoint with its signing secret: store it now, it is not shown again.

    Attributes:
        url (str): Where events go.
        events (list[EventType]): The event types sent to it.
        id (UUID): The endpoint's id.
        disabled (bool): `true` while deliveries are held back.
        created_at (datetime.datetime): When it was registered.
        updated_at (datetime.datetime): When it last changed.
        secret (str): The Standard Webhooks signing secret (`whsec_…`).
        description (None | str | Unset): What it is for.
        redacted (bool | Unset): `false` in the first answer. `true` in an `Idempotency-Key` replay: the secret is never
            stored, so the replay's `secret` reads `[redacted]`; rotate it if lost. Default: False.
    """

    url: str
    events: list[EventType]
    id: UUID
    disabled: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    secret: str
    description: None | str | Unset = UNSET
    redacted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        id = str(self.id)

        disabled = self.disabled

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        secret = self.secret

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        redacted = self.redacted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "events": events,
                "id": id,
                "disabled": disabled,
                "created_at": created_at,
                "updated_at": updated_at,
                "secret": secret,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if redacted is not UNSET:
            field_dict["redacted"] = redacted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = EventType(events_item_data)

            events.append(events_item)

        id = UUID(d.pop("id"))

        disabled = d.pop("disabled")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        secret = d.pop("secret")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        redacted = d.pop("redacted", UNSET)

        endpoint_secret = cls(
            url=url,
            events=events,
            id=id,
            disabled=disabled,
            created_at=created_at,
            updated_at=updated_at,
            secret=secret,
            description=description,
            redacted=redacted,
        )

        endpoint_secret.additional_properties = d
        return endpoint_secret

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
