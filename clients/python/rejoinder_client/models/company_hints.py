from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyHints")


@_attrs_define
class CompanyHints:
    """The employer that sent the rejection. Every field optional: the email fills what is left out.

    Attributes:
        name (str | Unset): The employer's name as it should appear in a message.
        needs (list[str] | Unset): What the company is trying to get done, as stated in the posting or the interviews
            (at most 20).
    """

    name: str | Unset = UNSET
    needs: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        needs: list[str] | Unset = UNSET
        if not isinstance(self.needs, Unset):
            needs = self.needs

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if needs is not UNSET:
            field_dict["needs"] = needs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        needs = cast(list[str], d.pop("needs", UNSET))

        company_hints = cls(
            name=name,
            needs=needs,
        )

        return company_hints
