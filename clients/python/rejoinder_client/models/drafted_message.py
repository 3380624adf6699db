from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..models.draft_kind import DraftKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="DraftedMessage")


@_attrs_define
class DraftedMessage:
    """One rendered message.

    Attributes:
        kind (DraftKind): Which message a draft is.
        channel (Channel): Where a message is sent.
        subject (None | str): The email subject; null for LinkedIn notes.
        body (str): The message text, ready to send or edit.
        word_count (int): Words in the body.
        char_count (int): Characters in the body (what LinkedIn counts).
        template (str): The template it was rendered from, for support and A/B.
        char_limit (int | None | Unset): The channel's character limit the body was held to (LinkedIn notes: 200, or 300
            with Premium); null when the channel has none.
        recipient (None | str | Unset): Who it is addressed to, when the draft is for one person.
    """

    kind: DraftKind
    channel: Channel
    subject: None | str
    body: str
    word_count: int
    char_count: int
    template: str
    char_limit: int | None | Unset = UNSET
    recipient: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        channel = self.channel.value

        subject: None | str
        subject = self.subject

        body = self.body

        word_count = self.word_count

        char_count = self.char_count

        template = self.template

        char_limit: int | None | Unset
        if isinstance(self.char_limit, Unset):
            char_limit = UNSET
        else:
            char_limit = self.char_limit

        recipient: None | str | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "channel": channel,
                "subject": subject,
                "body": body,
                "word_count": word_count,
                "char_count": char_count,
                "template": template,
            }
        )
        if char_limit is not UNSET:
            field_dict["char_limit"] = char_limit
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = DraftKind(d.pop("kind"))

        channel = Channel(d.pop("channel"))

        def _parse_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject = _parse_subject(d.pop("subject"))

        body = d.pop("body")

        word_count = d.pop("word_count")

        char_count = d.pop("char_count")

        template = d.pop("template")

        def _parse_char_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        char_limit = _parse_char_limit(d.pop("char_limit", UNSET))

        def _parse_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        drafted_message = cls(
            kind=kind,
            channel=channel,
            subject=subject,
            body=body,
            word_count=word_count,
            char_count=char_count,
            template=template,
            char_limit=char_limit,
            recipient=recipient,
        )

        drafted_message.additional_properties = d
        return drafted_message

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
