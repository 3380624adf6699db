from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reply_channel import ReplyChannel

if TYPE_CHECKING:
    from ..models.plan_step_public import PlanStepPublic


T = TypeVar("T", bound="ReplyPublic")


@_attrs_define
class ReplyPublic:
    """A recorded reply, with the plan steps it changed.

    Attributes:
        id (UUID): The reply's id.
        rejection_id (UUID): Its rejection.
        on (datetime.date): The day it came.
        channel (ReplyChannel): How the reply came.
        summary (None | str): What it said.
        created_at (datetime.datetime): When it was recorded (UTC).
        changed_steps (list[PlanStepPublic]): The steps the reply changed: the nudge it made moot, cancelled with
            `cancel_reason` `replied`, and steps drafted again.
    """

    id: UUID
    rejection_id: UUID
    on: datetime.date
    channel: ReplyChannel
    summary: None | str
    created_at: datetime.datetime
    changed_steps: list[PlanStepPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        rejection_id = str(self.rejection_id)

        on = self.on.isoformat()

        channel = self.channel.value

        summary: None | str
        summary = self.summary

        created_at = self.created_at.isoformat()

        changed_steps = []
        for changed_steps_item_data in self.changed_steps:
            changed_steps_item = changed_steps_item_data.to_dict()
            changed_steps.append(changed_steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "rejection_id": rejection_id,
                "on": on,
                "channel": channel,
                "summary": summary,
                "created_at": created_at,
                "changed_steps": changed_steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_step_public import PlanStepPublic  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        rejection_id = UUID(d.pop("rejection_id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        channel = ReplyChannel(d.pop("channel"))

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        changed_steps = []
        _changed_steps = d.pop("changed_steps")
        for changed_steps_item_data in _changed_steps:
            changed_steps_item = PlanStepPublic.from_dict(changed_steps_item_data)

            changed_steps.append(changed_steps_item)

        reply_public = cls(
            id=id,
            rejection_id=rejection_id,
            on=on,
            channel=channel,
            summary=summary,
            created_at=created_at,
            changed_steps=changed_steps,
        )

        reply_public.additional_properties = d
        return reply_public

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
