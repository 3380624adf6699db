from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FitMatch")


@_attrs_define
class FitMatch:
    """A candidate skill or highlight that meets something the role or company asked for.

    Attributes:
        skill (str): The candidate's skill, in the candidate's words.
        requirement (str): The requirement or need it meets, in their words.
        source (str): Where the requirement came from: `role` or `company`.
        evidence (None | str | Unset): A highlight of the candidate's that shows the skill at work, when one does. When
            only a highlight meets the requirement, `skill` repeats the requirement's words.
    """

    skill: str
    requirement: str
    source: str
    evidence: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill = self.skill

        requirement = self.requirement

        source = self.source

        evidence: None | str | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        else:
            evidence = self.evidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill": skill,
                "requirement": requirement,
                "source": source,
            }
        )
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skill = d.pop("skill")

        requirement = d.pop("requirement")

        source = d.pop("source")

        def _parse_evidence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))

        fit_match = cls(
            skill=skill,
            requirement=requirement,
            source=source,
            evidence=evidence,
        )

        fit_match.additional_properties = d
        return fit_match

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
