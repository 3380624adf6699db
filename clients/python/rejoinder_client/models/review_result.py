from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.review_warning import ReviewWarning


T = TypeVar("T", bound="ReviewResult")


@_attrs_define
class ReviewResult:
    """What a human should look at in the text.

    Attributes:
        warnings (list[ReviewWarning]): Most serious first; empty when clean.
        word_count (int): Words in the text.
        char_count (int): Characters in the text.
    """

    warnings: list[ReviewWarning]
    word_count: int
    char_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        word_count = self.word_count

        char_count = self.char_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "warnings": warnings,
                "word_count": word_count,
                "char_count": char_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_warning import ReviewWarning  # noqa: PLC0415

        d = dict(src_dict)
        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = ReviewWarning.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        word_count = d.pop("word_count")

        char_count = d.pop("char_count")

        review_result = cls(
            warnings=warnings,
            word_count=word_count,
            char_count=char_count,
        )

        review_result.additional_properties = d
        return review_result

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
