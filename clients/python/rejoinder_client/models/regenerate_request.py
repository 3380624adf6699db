from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.channel import Channel
from ..models.tone import Tone
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegenerateRequest")


@_attrs_define
class RegenerateRequest:
    """What to change in the new drafts; absent fields keep the context's own.

    Attributes:
        tone (None | Tone | Unset): Another voice for every draft.
        channel (Channel | None | Unset): `linkedin` drafts the last pitch and the feedback request as LinkedIn messages
            instead of emails.
        variant (int | None | Unset): Another phrasing of the same facts (0 to 2).
    """

    tone: None | Tone | Unset = UNSET
    channel: Channel | None | Unset = UNSET
    variant: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tone: None | str | Unset
        if isinstance(self.tone, Unset):
            tone = UNSET
        elif isinstance(self.tone, Tone):
            tone = self.tone.value
        else:
            tone = self.tone

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

        variant: int | None | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tone is not UNSET:
            field_dict["tone"] = tone
        if channel is not UNSET:
            field_dict["channel"] = channel
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_tone(data: object) -> None | Tone | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tone_type_0 = Tone(data)

                return tone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Tone | Unset, data)

        tone = _parse_tone(d.pop("tone", UNSET))

        def _parse_channel(data: object) -> Channel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = Channel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | None | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_variant(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        regenerate_request = cls(
            tone=tone,
            channel=channel,
            variant=variant,
        )

        return regenerate_request
