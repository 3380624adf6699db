from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..models.step_kind import StepKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlannedStep")


@_attrs_define
class PlannedStep:
    """One dated step of the follow-up plan, before it is stored.

    Attributes:
        kind (StepKind): One move of the keep-the-bridge plan.
        title (str): What to do, in a few words.
        due_on (datetime.date): The day to do it, in the candidate's time zone.
        channel (Channel | None): Where it happens; null for offline steps.
        subject (None | str | Unset): The email subject of the step's message, when it is an email.
        message (None | str | Unset): The drafted message for this step, when it needs one.
    """

    kind: StepKind
    title: str
    due_on: datetime.date
    channel: Channel | None
    subject: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        title = self.title

        due_on = self.due_on.isoformat()

        channel: None | str
        if isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "title": title,
                "due_on": due_on,
                "channel": channel,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = StepKind(d.pop("kind"))

        title = d.pop("title")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        def _parse_channel(data: object) -> Channel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = Channel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | None, data)

        channel = _parse_channel(d.pop("channel"))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        planned_step = cls(
            kind=kind,
            title=title,
            due_on=due_on,
            channel=channel,
            subject=subject,
            message=message,
        )

        planned_step.additional_properties = d
        return planned_step

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
