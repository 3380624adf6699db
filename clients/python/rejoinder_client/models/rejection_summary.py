from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome import Outcome
from ..models.rejection_status import RejectionStatus
from ..models.stage import Stage
from ..models.tone import Tone
from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectionSummary")


@_attrs_define
class RejectionSummary:
    """One line of the rejection list.

    Attributes:
        status (RejectionStatus): Where a rejection stands.
        stage (Stage): How far the candidate got before the rejection.
        tone (Tone): The voice of the drafts.
        candidate_name (str): The candidate.
        company_name (str): The employer.
        role_title (str): The role.
        rejected_on (datetime.date): The day of the rejection.
        id (UUID): The rejection's id.
        created_at (datetime.datetime): When it was created (UTC).
        outcome (None | Outcome | Unset): What came of it, once the candidate says.
        external_ref (None | str | Unset): The caller's own id.
        candidate_ref (None | str | Unset): The job board's candidate id.
    """

    status: RejectionStatus
    stage: Stage
    tone: Tone
    candidate_name: str
    company_name: str
    role_title: str
    rejected_on: datetime.date
    id: UUID
    created_at: datetime.datetime
    outcome: None | Outcome | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    candidate_ref: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        stage = self.stage.value

        tone = self.tone.value

        candidate_name = self.candidate_name

        company_name = self.company_name

        role_title = self.role_title

        rejected_on = self.rejected_on.isoformat()

        id = str(self.id)

        created_at = self.created_at.isoformat()

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, Outcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        candidate_ref: None | str | Unset
        if isinstance(self.candidate_ref, Unset):
            candidate_ref = UNSET
        else:
            candidate_ref = self.candidate_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "stage": stage,
                "tone": tone,
                "candidate_name": candidate_name,
                "company_name": company_name,
                "role_title": role_title,
                "rejected_on": rejected_on,
                "id": id,
                "created_at": created_at,
            }
        )
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if candidate_ref is not UNSET:
            field_dict["candidate_ref"] = candidate_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = RejectionStatus(d.pop("status"))

        stage = Stage(d.pop("stage"))

        tone = Tone(d.pop("tone"))

        candidate_name = d.pop("candidate_name")

        company_name = d.pop("company_name")

        role_title = d.pop("role_title")

        rejected_on = datetime.date.fromisoformat(d.pop("rejected_on"))

        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_outcome(data: object) -> None | Outcome | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = Outcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Outcome | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_ref = _parse_external_ref(d.pop("external_ref", UNSET))

        def _parse_candidate_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        candidate_ref = _parse_candidate_ref(d.pop("candidate_ref", UNSET))

        rejection_summary = cls(
            status=status,
            stage=stage,
            tone=tone,
            candidate_name=candidate_name,
            company_name=company_name,
            role_title=role_title,
            rejected_on=rejected_on,
            id=id,
            created_at=created_at,
            outcome=outcome,
            external_ref=external_ref,
            candidate_ref=candidate_ref,
        )

        rejection_summary.additional_properties = d
        return rejection_summary

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
