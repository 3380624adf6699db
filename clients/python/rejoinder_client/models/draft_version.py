from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..models.draft_kind import DraftKind
from ..models.tone import Tone
from ..types import UNSET, Unset

T = TypeVar("T", bound="DraftVersion")


@_attrs_define
class DraftVersion:
    """One stored version of one draft.

    Attributes:
        kind (DraftKind): Which message a draft is.
        channel (Channel): Where a message is sent.
        body (str): The message text, ready to send or edit.
        word_count (int): Words in the body.
        char_count (int): Characters in the body (what LinkedIn counts).
        template (str): The template it was rendered from, for support and A/B.
        id (UUID): The draft's id.
        version (int): 1 for the first draft; regeneration stores a new version.
        position (int): Orders drafts of one kind (one thank-you per interviewer).
        tone (Tone): The voice of the drafts.
        variant (int): The phrasing it was drafted in.
        created_at (datetime.datetime): When this version was drafted (UTC).
        subject (None | str | Unset): The email subject; null for LinkedIn notes.
        char_limit (int | None | Unset): The channel's character limit the body was held to (LinkedIn notes: 200, or 300
            with Premium); null when the channel has none.
        recipient (None | str | Unset): Who it is addressed to, when the draft is for one person.
    """

    kind: DraftKind
    channel: Channel
    body: str
    word_count: int
    char_count: int
    template: str
    id: UUID
    version: int
    position: int
    tone: Tone
    variant: int
    created_at: datetime.datetime
    subject: None | str | Unset = UNSET
    char_limit: int | None | Unset = UNSET
    recipient: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        channel = self.channel.value

        body = self.body

        word_count = self.word_count

        char_count = self.char_count

        template = self.template

        id = str(self.id)

        version = self.version

        position = self.position

        tone = self.tone.value

        variant = self.variant

        created_at = self.created_at.isoformat()

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

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
                "body": body,
                "word_count": word_count,
                "char_count": char_count,
                "template": template,
                "id": id,
                "version": version,
                "position": position,
                "tone": tone,
                "variant": variant,
                "created_at": created_at,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
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

        body = d.pop("body")

        word_count = d.pop("word_count")

        char_count = d.pop("char_count")

        template = d.pop("template")

        id = UUID(d.pop("id"))

        version = d.pop("version")

        position = d.pop("position")

        tone = Tone(d.pop("tone"))

        variant = d.pop("variant")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

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

        draft_version = cls(
            kind=kind,
            channel=channel,
            body=body,
            word_count=word_count,
            char_count=char_count,
            template=template,
            id=id,
            version=version,
            position=position,
            tone=tone,
            variant=variant,
            created_at=created_at,
            subject=subject,
            char_limit=char_limit,
            recipient=recipient,
        )

        draft_version.additional_properties = d
        return draft_version

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
