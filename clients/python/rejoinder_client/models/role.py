from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """The position the candidate applied for.

    Attributes:
        title (str): The job title as the posting names it.
        requirements (list[str] | Unset): Skills or experience the posting asks for (at most 50).
    """

    title: str
    requirements: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        requirements: list[str] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        requirements = cast(list[str], d.pop("requirements", UNSET))

        role = cls(
            title=title,
            requirements=requirements,
        )

        return role
