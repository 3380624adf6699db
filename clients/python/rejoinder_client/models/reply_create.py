from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.reply_channel import ReplyChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplyCreate")


@_attrs_define
class ReplyCreate:
    """A reply from the contact, as the candidate records it.

    Attributes:
        on (datetime.date): The day it came, in the candidate's time zone; not after today.
        channel (ReplyChannel | Unset): How the reply came.
        summary (None | str | Unset): What it said, in the candidate's words (at most 5000 characters).
    """

    on: datetime.date
    channel: ReplyChannel | Unset = UNSET
    summary: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on": on,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        _channel = d.pop("channel", UNSET)
        channel: ReplyChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ReplyChannel(_channel)

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        reply_create = cls(
            on=on,
            channel=channel,
            summary=summary,
        )

        return reply_create
