from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CalendarFeedCreate")


@_attrs_define
class CalendarFeedCreate:
    """A calendar subscription for one candidate.

    Attributes:
        candidate_ref (str): The job board's candidate id, as sent in `candidate_ref` on rejections.
    """

    candidate_ref: str

    def to_dict(self) -> dict[str, Any]:
        candidate_ref = self.candidate_ref

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "candidate_ref": candidate_ref,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_ref = d.pop("candidate_ref")

        calendar_feed_create = cls(
            candidate_ref=candidate_ref,
        )

        return calendar_feed_create
