from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.found_stage import FoundStage
    from ..models.founddate import Founddate
    from ..models.foundstr import Foundstr
    from ..models.parsed_company import ParsedCompany
    from ..models.parsed_contact import ParsedContact
    from ..models.parsed_person import ParsedPerson
    from ..models.parsed_role import ParsedRole


T = TypeVar("T", bound="ParsedContext")


@_attrs_define
class ParsedContext:
    """The fields of a rejection context the email holds.

    Attributes:
        candidate (ParsedPerson | Unset): The candidate as the email names them.
        company (ParsedCompany | Unset): The employer.
        role (ParsedRole | Unset): The role applied for.
        contact (ParsedContact | Unset): Who wrote the rejection.
        stage (FoundStage | None | Unset): The stage the wording suggests; often ambiguous: confirm it.
        rejected_on (Founddate | None | Unset): The `Date` header's day in the given time zone, else today.
        reason (Foundstr | None | Unset): The reason the email states.
    """

    candidate: ParsedPerson | Unset = UNSET
    company: ParsedCompany | Unset = UNSET
    role: ParsedRole | Unset = UNSET
    contact: ParsedContact | Unset = UNSET
    stage: FoundStage | None | Unset = UNSET
    rejected_on: Founddate | None | Unset = UNSET
    reason: Foundstr | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.found_stage import FoundStage  # noqa: PLC0415
        from ..models.founddate import Founddate  # noqa: PLC0415
        from ..models.foundstr import Foundstr  # noqa: PLC0415

        candidate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.candidate, Unset):
            candidate = self.candidate.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        stage: dict[str, Any] | None | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, FoundStage):
            stage = self.stage.to_dict()
        else:
            stage = self.stage

        rejected_on: dict[str, Any] | None | Unset
        if isinstance(self.rejected_on, Unset):
            rejected_on = UNSET
        elif isinstance(self.rejected_on, Founddate):
            rejected_on = self.rejected_on.to_dict()
        else:
            rejected_on = self.rejected_on

        reason: dict[str, Any] | None | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, Foundstr):
            reason = self.reason.to_dict()
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if candidate is not UNSET:
            field_dict["candidate"] = candidate
        if company is not UNSET:
            field_dict["company"] = company
        if role is not UNSET:
            field_dict["role"] = role
        if contact is not UNSET:
            field_dict["contact"] = contact
        if stage is not UNSET:
            field_dict["stage"] = stage
        if rejected_on is not UNSET:
            field_dict["rejected_on"] = rejected_on
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.found_stage import FoundStage  # noqa: PLC0415
        from ..models.founddate import Founddate  # noqa: PLC0415
        from ..models.foundstr import Foundstr  # noqa: PLC0415
        from ..models.parsed_company import ParsedCompany  # noqa: PLC0415
        from ..models.parsed_contact import ParsedContact  # noqa: PLC0415
        from ..models.parsed_person import ParsedPerson  # noqa: PLC0415
        from ..models.parsed_role import ParsedRole  # noqa: PLC0415

        d = dict(src_dict)
        _candidate = d.pop("candidate", UNSET)
        candidate: ParsedPerson | Unset
        if isinstance(_candidate, Unset):
            candidate = UNSET
        else:
            candidate = ParsedPerson.from_dict(_candidate)

        _company = d.pop("company", UNSET)
        company: ParsedCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = ParsedCompany.from_dict(_company)

        _role = d.pop("role", UNSET)
        role: ParsedRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = ParsedRole.from_dict(_role)

        _contact = d.pop("contact", UNSET)
        contact: ParsedContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ParsedContact.from_dict(_contact)

        def _parse_stage(data: object) -> FoundStage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stage_type_0 = FoundStage.from_dict(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FoundStage | None | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))

        def _parse_rejected_on(data: object) -> Founddate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rejected_on_type_0 = Founddate.from_dict(data)

                return rejected_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Founddate | None | Unset, data)

        rejected_on = _parse_rejected_on(d.pop("rejected_on", UNSET))

        def _parse_reason(data: object) -> Foundstr | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reason_type_0 = Foundstr.from_dict(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Foundstr | None | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        parsed_context = cls(
            candidate=candidate,
            company=company,
            role=role,
            contact=contact,
            stage=stage,
            rejected_on=rejected_on,
            reason=reason,
        )

        parsed_context.additional_properties = d
        return parsed_context

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
