from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuietPeriods")


@_attrs_define
class QuietPeriods:
    """Ranges in which no plan step messages a contact, beside the service's own.

    Attributes:
        periods (list[str]): `MM-DD..MM-DD` every year (it may wrap the new year) or `YYYY-MM-DD..YYYY-MM-DD` once; both
            ends included. Replaces the list.
        defaults (list[str] | Unset): The service's own periods (`REJOINDER_QUIET_PERIODS`), which always apply; ignored
            when sent.
    """

    periods: list[str]
    defaults: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        periods = self.periods

        defaults: list[str] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = self.defaults

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "periods": periods,
            }
        )
        if defaults is not UNSET:
            field_dict["defaults"] = defaults

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        periods = cast(list[str], d.pop("periods"))

        defaults = cast(list[str], d.pop("defaults", UNSET))

        quiet_periods = cls(
            periods=periods,
            defaults=defaults,
        )

        return quiet_periods
