from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.draft_kind import DraftKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewWarning")


@_attrs_define
class ReviewWarning:
    """Something in a draft a human should look at before sending.

    Attributes:
        code (str): A stable machine-readable code, e.g. `cliche`.
        message (str): What to look at, in plain language.
        draft (DraftKind | None | Unset): The draft it concerns.
        span (list[int] | None | Unset): Start and end character offsets in the body it refers to.
        suggestion (None | str | Unset): A safe replacement for the text at `span`, when one exists: a frontend can
            offer it as a one-click fix. Null when only the writer can say it better.
    """

    code: str
    message: str
    draft: DraftKind | None | Unset = UNSET
    span: list[int] | None | Unset = UNSET
    suggestion: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        draft: None | str | Unset
        if isinstance(self.draft, Unset):
            draft = UNSET
        elif isinstance(self.draft, DraftKind):
            draft = self.draft.value
        else:
            draft = self.draft

        span: list[int] | None | Unset
        if isinstance(self.span, Unset):
            span = UNSET
        elif isinstance(self.span, list):
            span = []
            for span_type_0_item_data in self.span:
                span_type_0_item: int
                span_type_0_item = span_type_0_item_data
                span.append(span_type_0_item)

        else:
            span = self.span

        suggestion: None | str | Unset
        if isinstance(self.suggestion, Unset):
            suggestion = UNSET
        else:
            suggestion = self.suggestion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if draft is not UNSET:
            field_dict["draft"] = draft
        if span is not UNSET:
            field_dict["span"] = span
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        def _parse_draft(data: object) -> DraftKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                draft_type_0 = DraftKind(data)

                return draft_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DraftKind | None | Unset, data)

        draft = _parse_draft(d.pop("draft", UNSET))

        def _parse_span(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                span_type_0 = []
                _span_type_0 = data
                for span_type_0_item_data in _span_type_0:

                    def _parse_span_type_0_item(data: object) -> int:
                        return cast(int, data)

                    span_type_0_item = _parse_span_type_0_item(span_type_0_item_data)

                    span_type_0.append(span_type_0_item)

                return span_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        span = _parse_span(d.pop("span", UNSET))

        def _parse_suggestion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suggestion = _parse_suggestion(d.pop("suggestion", UNSET))

        review_warning = cls(
            code=code,
            message=message,
            draft=draft,
            span=span,
            suggestion=suggestion,
        )

        review_warning.additional_properties = d
        return review_warning

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
