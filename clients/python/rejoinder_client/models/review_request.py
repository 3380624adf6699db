from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.channel import Channel
from ..models.draft_kind import DraftKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rejection_context import RejectionContext


T = TypeVar("T", bound="ReviewRequest")


@_attrs_define
class ReviewRequest:
    """A candidate's own text, to be checked before they send it.

    Attributes:
        text (str): The text as the candidate means to send it.
        kind (DraftKind): Which message a draft is.
        channel (Channel | Unset): Where a message is sent.
        context (None | RejectionContext | Unset): The rejection's context, when known: lets the review check skills and
            LinkedIn's Premium limit.
    """

    text: str
    kind: DraftKind
    channel: Channel | Unset = UNSET
    context: None | RejectionContext | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.rejection_context import RejectionContext  # noqa: PLC0415

        text = self.text

        kind = self.kind.value

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        context: dict[str, Any] | None | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, RejectionContext):
            context = self.context.to_dict()
        else:
            context = self.context

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
                "kind": kind,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rejection_context import RejectionContext  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        kind = DraftKind(d.pop("kind"))

        _channel = d.pop("channel", UNSET)
        channel: Channel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = Channel(_channel)

        def _parse_context(data: object) -> None | RejectionContext | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_type_0 = RejectionContext.from_dict(data)

                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RejectionContext | Unset, data)

        context = _parse_context(d.pop("context", UNSET))

        review_request = cls(
            text=text,
            kind=kind,
            channel=channel,
            context=context,
        )

        return review_request
