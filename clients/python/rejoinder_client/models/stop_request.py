from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.stop_reason import StopReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="StopRequest")


@_attrs_define
class StopRequest:
    """Stop every pending outreach step of a rejection, for good.

    Attributes:
        reason (StopReason | Unset): Why outreach stopped.
    """

    reason: StopReason | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reason = d.pop("reason", UNSET)
        reason: StopReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = StopReason(_reason)

        stop_request = cls(
            reason=reason,
        )

        return stop_request
