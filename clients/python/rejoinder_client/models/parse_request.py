from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ParseRequest")


@_attrs_define
class ParseRequest:
    """A rejection email to read; nothing is stored.

    Attributes:
        email (str): The rejection email as text: pasted from a mail client (the body, with or without the header lines
            above it), or a whole raw message. At most 256 KiB.
    """

    email: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        parse_request = cls(
            email=email,
        )

        return parse_request
