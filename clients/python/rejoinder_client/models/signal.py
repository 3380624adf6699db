from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Signal")


@_attrs_define
class Signal:
    """A yes/no reading of the email, with the words that said it when it is yes.

    Attributes:
        value (bool): Whether the email says it.
        confidence (float): How sure the parser is (0 to 1).
        span (list[int] | None | Unset): `[start, end)` in `text` of the words that say it.
    """

    value: bool
    confidence: float
    span: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        confidence = self.confidence

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "confidence": confidence,
            }
        )
        if span is not UNSET:
            field_dict["span"] = span

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        confidence = d.pop("confidence")

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

        signal = cls(
            value=value,
            confidence=confidence,
            span=span,
        )

        signal.additional_properties = d
        return signal

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
