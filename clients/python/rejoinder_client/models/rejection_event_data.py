from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome import Outcome
from ..models.rejection_status import RejectionStatus

T = TypeVar("T", bound="RejectionEventData")


@_attrs_define
class RejectionEventData:
    """A rejection's ids and state; never the drafted messages themselves (fetch them with
    `GET /v1/rejections/{rejection_id}`).

        Attributes:
            rejection_id (UUID): The rejection's id.
            status (RejectionStatus): Where a rejection stands.
            outcome (None | Outcome): What came of it, once the candidate says.
            external_ref (None | str): The caller's own id.
            candidate_ref (None | str): The job board's own id for the candidate.
            company_name (str): The employer.
            role_title (str): The role applied for.
    """

    rejection_id: UUID
    status: RejectionStatus
    outcome: None | Outcome
    external_ref: None | str
    candidate_ref: None | str
    company_name: str
    role_title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rejection_id = str(self.rejection_id)

        status = self.status.value

        outcome: None | str
        if isinstance(self.outcome, Outcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        external_ref: None | str
        external_ref = self.external_ref

        candidate_ref: None | str
        candidate_ref = self.candidate_ref

        company_name = self.company_name

        role_title = self.role_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rejection_id": rejection_id,
                "status": status,
                "outcome": outcome,
                "external_ref": external_ref,
                "candidate_ref": candidate_ref,
                "company_name": company_name,
                "role_title": role_title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rejection_id = UUID(d.pop("rejection_id"))

        status = RejectionStatus(d.pop("status"))

        def _parse_outcome(data: object) -> None | Outcome:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = Outcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Outcome, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_external_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_ref = _parse_external_ref(d.pop("external_ref"))

        def _parse_candidate_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        candidate_ref = _parse_candidate_ref(d.pop("candidate_ref"))

        company_name = d.pop("company_name")

        role_title = d.pop("role_title")

        rejection_event_data = cls(
            rejection_id=rejection_id,
            status=status,
            outcome=outcome,
            external_ref=external_ref,
            candidate_ref=candidate_ref,
            company_name=company_name,
            role_title=role_title,
        )

        rejection_event_data.additional_properties = d
        return rejection_event_data

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
