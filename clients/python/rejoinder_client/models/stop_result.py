from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rejection_status import RejectionStatus
from ..models.stop_reason import StopReason

if TYPE_CHECKING:
    from ..models.plan_step_public import PlanStepPublic


T = TypeVar("T", bound="StopResult")


@_attrs_define
class StopResult:
    """What stopping cancelled.

    Attributes:
        id (UUID): The rejection's id.
        status (RejectionStatus): Where a rejection stands.
        stop_reason (StopReason): Why outreach stopped.
        stopped_at (datetime.datetime): When it stopped (UTC).
        cancelled_steps (list[PlanStepPublic]): The steps this request cancelled (empty when it was stopped already).
    """

    id: UUID
    status: RejectionStatus
    stop_reason: StopReason
    stopped_at: datetime.datetime
    cancelled_steps: list[PlanStepPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status.value

        stop_reason = self.stop_reason.value

        stopped_at = self.stopped_at.isoformat()

        cancelled_steps = []
        for cancelled_steps_item_data in self.cancelled_steps:
            cancelled_steps_item = cancelled_steps_item_data.to_dict()
            cancelled_steps.append(cancelled_steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "stop_reason": stop_reason,
                "stopped_at": stopped_at,
                "cancelled_steps": cancelled_steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_step_public import PlanStepPublic  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = RejectionStatus(d.pop("status"))

        stop_reason = StopReason(d.pop("stop_reason"))

        stopped_at = datetime.datetime.fromisoformat(d.pop("stopped_at"))

        cancelled_steps = []
        _cancelled_steps = d.pop("cancelled_steps")
        for cancelled_steps_item_data in _cancelled_steps:
            cancelled_steps_item = PlanStepPublic.from_dict(cancelled_steps_item_data)

            cancelled_steps.append(cancelled_steps_item)

        stop_result = cls(
            id=id,
            status=status,
            stop_reason=stop_reason,
            stopped_at=stopped_at,
            cancelled_steps=cancelled_steps,
        )

        stop_result.additional_properties = d
        return stop_result

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
