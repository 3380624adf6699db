from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fit_match import FitMatch


T = TypeVar("T", bound="Fit")


@_attrs_define
class Fit:
    """Why the last pitch says what it says.

    Attributes:
        matched (list[FitMatch] | Unset): Strongest matches first.
        gaps (list[str] | Unset): Requirements none of the candidate's skills meet.
    """

    matched: list[FitMatch] | Unset = UNSET
    gaps: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matched: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matched, Unset):
            matched = []
            for matched_item_data in self.matched:
                matched_item = matched_item_data.to_dict()
                matched.append(matched_item)

        gaps: list[str] | Unset = UNSET
        if not isinstance(self.gaps, Unset):
            gaps = self.gaps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matched is not UNSET:
            field_dict["matched"] = matched
        if gaps is not UNSET:
            field_dict["gaps"] = gaps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fit_match import FitMatch  # noqa: PLC0415

        d = dict(src_dict)
        _matched = d.pop("matched", UNSET)
        matched: list[FitMatch] | Unset = UNSET
        if _matched is not UNSET:
            matched = []
            for matched_item_data in _matched:
                matched_item = FitMatch.from_dict(matched_item_data)

                matched.append(matched_item)

        gaps = cast(list[str], d.pop("gaps", UNSET))

        fit = cls(
            matched=matched,
            gaps=gaps,
        )

        fit.additional_properties = d
        return fit

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
