from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.plan_step_event_data import PlanStepEventData


T = TypeVar("T", bound="PlanStepUpdated")


@_attrs_define
class PlanStepUpdated:
    """A plan step was done, skipped, snoozed or cancelled.

    Attributes:
        timestamp (datetime.datetime): When the event happened (UTC).
        type_ (Literal['plan.step_updated']): The event's type.
        data (PlanStepEventData): A plan step that came due or changed, with its rejection's references.
    """

    timestamp: datetime.datetime
    type_: Literal["plan.step_updated"]
    data: PlanStepEventData
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
        from ..models.plan_step_event_data import PlanStepEventData  # noqa: PLC0415

        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        type_ = cast(Literal["plan.step_updated"], d.pop("type"))
        if type_ != "plan.step_updated":
            raise ValueError(f"type must match const 'plan.step_updated', got '{type_}'")

        data = PlanStepEventData.from_dict(d.pop("data"))

        plan_step_updated = cls(
            timestamp=timestamp,
            type_=type_,
            data=data,
        )

        plan_step_updated.additional_properties = d
        return plan_step_updated

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
