from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CandidateHints")


@_attrs_define
class CandidateHints:
    """The person who was turned down and on whose behalf Rejoinder writes. Every field optional: the email fills what is
    left out.

        Attributes:
            name (str | Unset): The candidate's name as they sign their emails.
            email (None | str | Unset): The candidate's email address.
            skills (list[str] | Unset): Skills the candidate can back up (at most 50). Matched against the role's
                requirements and the company's needs to choose what the last pitch leans on.
            highlights (list[str] | Unset): Concrete achievements in the candidate's own words (at most 20). Drafts quote
                them; Rejoinder never invents one.
            linkedin_premium (bool | Unset): Whether the candidate has LinkedIn Premium: connection notes may then use 300
                characters instead of 200.
    """

    name: str | Unset = UNSET
    email: None | str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    highlights: list[str] | Unset = UNSET
    linkedin_premium: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        highlights: list[str] | Unset = UNSET
        if not isinstance(self.highlights, Unset):
            highlights = self.highlights

        linkedin_premium = self.linkedin_premium

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if skills is not UNSET:
            field_dict["skills"] = skills
        if highlights is not UNSET:
            field_dict["highlights"] = highlights
        if linkedin_premium is not UNSET:
            field_dict["linkedin_premium"] = linkedin_premium

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        skills = cast(list[str], d.pop("skills", UNSET))

        highlights = cast(list[str], d.pop("highlights", UNSET))

        linkedin_premium = d.pop("linkedin_premium", UNSET)

        candidate_hints = cls(
            name=name,
            email=email,
            skills=skills,
            highlights=highlights,
            linkedin_premium=linkedin_premium,
        )

        return candidate_hints
