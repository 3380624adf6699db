from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_delivery_outcome import WebhookDeliveryOutcome

T = TypeVar("T", bound="WebhookDeliveryPublic")


@_attrs_define
class WebhookDeliveryPublic:
    """One request to the webhook URL, as an admin needs it to debug a vendor set-up.

    Attributes:
        id (UUID): Rejoinder's id for the delivery.
        received_at (datetime.datetime): When it arrived (the first of a counted run).
        last_received_at (datetime.datetime | None): When the last of a counted run of refusals arrived.
        count (int): How many requests this entry stands for (refusals in a row are counted).
        event (None | str): The vendor's event name.
        delivery_id (None | str): The vendor's id of the delivery.
        application_id (None | str): The vendor's application id.
        outcome (WebhookDeliveryOutcome): What became of a delivery.
        error (None | str): Why it was refused, ignored, failed or needs details.
        rejection_id (None | UUID): The rejection it drafted or withdrew.
    """

    id: UUID
    received_at: datetime.datetime
    last_received_at: datetime.datetime | None
    count: int
    event: None | str
    delivery_id: None | str
    application_id: None | str
    outcome: WebhookDeliveryOutcome
    error: None | str
    rejection_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        received_at = self.received_at.isoformat()

        last_received_at: None | str
        if isinstance(self.last_received_at, datetime.datetime):
            last_received_at = self.last_received_at.isoformat()
        else:
            last_received_at = self.last_received_at

        count = self.count

        event: None | str
        event = self.event

        delivery_id: None | str
        delivery_id = self.delivery_id

        application_id: None | str
        application_id = self.application_id

        outcome = self.outcome.value

        error: None | str
        error = self.error

        rejection_id: None | str
        if isinstance(self.rejection_id, UUID):
            rejection_id = str(self.rejection_id)
        else:
            rejection_id = self.rejection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "received_at": received_at,
                "last_received_at": last_received_at,
                "count": count,
                "event": event,
                "delivery_id": delivery_id,
                "application_id": application_id,
                "outcome": outcome,
                "error": error,
                "rejection_id": rejection_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        def _parse_last_received_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_received_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_received_at = _parse_last_received_at(d.pop("last_received_at"))

        count = d.pop("count")

        def _parse_event(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        event = _parse_event(d.pop("event"))

        def _parse_delivery_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        delivery_id = _parse_delivery_id(d.pop("delivery_id"))

        def _parse_application_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application_id = _parse_application_id(d.pop("application_id"))

        outcome = WebhookDeliveryOutcome(d.pop("outcome"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        def _parse_rejection_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rejection_id_type_0 = UUID(data)

                return rejection_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        rejection_id = _parse_rejection_id(d.pop("rejection_id"))

        webhook_delivery_public = cls(
            id=id,
            received_at=received_at,
            last_received_at=last_received_at,
            count=count,
            event=event,
            delivery_id=delivery_id,
            application_id=application_id,
            outcome=outcome,
            error=error,
            rejection_id=rejection_id,
        )

        webhook_delivery_public.additional_properties = d
        return webhook_delivery_public

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
