from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.foundstr import Foundstr
    from ..models.parsed_context import ParsedContext
    from ..models.signals import Signals


T = TypeVar("T", bound="ParsedEmail")


@_attrs_define
class ParsedEmail:
    """A rejection email read into a draft context and signals. Nothing is stored.

    Attributes:
        text (str): The normalised text every `span` points into: the rejection's own headers (From, To, Reply-To,
            Subject, Date, those it has), a blank line, then its body as plain text, unwrapped from a forward and without
            quoted replies, with the line breaks a mail client wrapped inside sentences joined.
        language (str): ISO 639-1 code of the email's language; fields are read from English only, signals as far as the
            cues go.
        signals (Signals): What the email says beyond the context's fields; several change the drafts.
        forwarded (bool | Unset): Whether the rejection was unwrapped from a forward. Default: False.
        forwarded_by (Foundstr | None | Unset): Who forwarded it (name and address as in the forward's `From`): the
            candidate, when they forwarded their own rejection.
        context (ParsedContext | Unset): The fields of a rejection context the email holds.
    """

    text: str
    language: str
    signals: Signals
    forwarded: bool | Unset = False
    forwarded_by: Foundstr | None | Unset = UNSET
    context: ParsedContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.foundstr import Foundstr  # noqa: PLC0415

        text = self.text

        language = self.language

        signals = self.signals.to_dict()

        forwarded = self.forwarded

        forwarded_by: dict[str, Any] | None | Unset
        if isinstance(self.forwarded_by, Unset):
            forwarded_by = UNSET
        elif isinstance(self.forwarded_by, Foundstr):
            forwarded_by = self.forwarded_by.to_dict()
        else:
            forwarded_by = self.forwarded_by

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "language": language,
                "signals": signals,
            }
        )
        if forwarded is not UNSET:
            field_dict["forwarded"] = forwarded
        if forwarded_by is not UNSET:
            field_dict["forwarded_by"] = forwarded_by
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.foundstr import Foundstr  # noqa: PLC0415
        from ..models.parsed_context import ParsedContext  # noqa: PLC0415
        from ..models.signals import Signals  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        language = d.pop("language")

        signals = Signals.from_dict(d.pop("signals"))

        forwarded = d.pop("forwarded", UNSET)

        def _parse_forwarded_by(data: object) -> Foundstr | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forwarded_by_type_0 = Foundstr.from_dict(data)

                return forwarded_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Foundstr | None | Unset, data)

        forwarded_by = _parse_forwarded_by(d.pop("forwarded_by", UNSET))

        _context = d.pop("context", UNSET)
        context: ParsedContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = ParsedContext.from_dict(_context)

        parsed_email = cls(
            text=text,
            language=language,
            signals=signals,
            forwarded=forwarded,
            forwarded_by=forwarded_by,
            context=context,
        )

        parsed_email.additional_properties = d
        return parsed_email

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
