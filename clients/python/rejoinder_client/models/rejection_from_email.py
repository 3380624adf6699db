from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.country import Country
from ..models.interest import Interest
from ..models.stage import Stage
from ..models.time_zone import TimeZone
from ..models.tone import Tone
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.candidate_hints import CandidateHints
    from ..models.company_hints import CompanyHints
    from ..models.contact import Contact
    from ..models.interviewer import Interviewer
    from ..models.rejection_signals import RejectionSignals
    from ..models.role_hints import RoleHints


T = TypeVar("T", bound="RejectionFromEmail")


@_attrs_define
class RejectionFromEmail:
    """A rejection drafted from its email: the fields you give win, the ones the email holds fill the gaps (the answer's
    `from_email` lists them), and the result must still name the candidate, the company and the role.

        Attributes:
            email (str): The rejection email as text: pasted from a mail client (the body, with or without the header lines
                above it), or a whole raw message. At most 256 KiB.
            candidate (CandidateHints | Unset): The person who was turned down and on whose behalf Rejoinder writes. Every
                field optional: the email fills what is left out.
            company (CompanyHints | Unset): The employer that sent the rejection. Every field optional: the email fills what
                is left out.
            role (RoleHints | Unset): The position the candidate applied for. Every field optional: the email fills what is
                left out.
            contact (Contact | None | Unset): The hiring manager or recruiter to write to, when known.
            interviewers (list[Interviewer] | Unset): People who interviewed the candidate; each gets a distinct short
                thank-you.
            stage (Stage | Unset): How far the candidate got before the rejection.
            rejected_on (datetime.date | None | Unset): The day the rejection arrived, in the candidate's time zone (YYYY-
                MM-DD): not after today in the context's `timezone` (a later day is a 422 naming `rejected_on`; JSON Schema
                cannot say 'today'). Defaults to today. The follow-up plan is dated from it.
            reason (None | str | Unset): The reason the employer gave, if any. The feedback request asks about it; the last
                pitch never argues with it.
            signals (RejectionSignals | Unset): What the rejection itself said beyond its reason; each changes the drafts or
                the plan.

                Read from a pasted or forwarded email (`email`), or set by the caller.
            tone (Tone | Unset): The voice of the drafts.
            interest (Interest | Unset): How much the candidate still wants to work at this company.
            timezone (TimeZone | Unset): An IANA time zone name, e.g. `America/New_York`.
            country (Country | Unset): An ISO 3166-1 alpha-2 country code with a known public-holiday calendar, e.g. `US`.
            external_ref (None | str | Unset): The caller's own id for this application (e.g. an ATS id).
            candidate_ref (None | str | Unset): The job board's own id for the candidate; lists filter by it.
    """

    email: str
    candidate: CandidateHints | Unset = UNSET
    company: CompanyHints | Unset = UNSET
    role: RoleHints | Unset = UNSET
    contact: Contact | None | Unset = UNSET
    interviewers: list[Interviewer] | Unset = UNSET
    stage: Stage | Unset = UNSET
    rejected_on: datetime.date | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    signals: RejectionSignals | Unset = UNSET
    tone: Tone | Unset = UNSET
    interest: Interest | Unset = UNSET
    timezone: TimeZone | Unset = UNSET
    country: Country | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    candidate_ref: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact import Contact  # noqa: PLC0415

        email = self.email

        candidate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.candidate, Unset):
            candidate = self.candidate.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.to_dict()

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, Contact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        interviewers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interviewers, Unset):
            interviewers = []
            for interviewers_item_data in self.interviewers:
                interviewers_item = interviewers_item_data.to_dict()
                interviewers.append(interviewers_item)

        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        rejected_on: None | str | Unset
        if isinstance(self.rejected_on, Unset):
            rejected_on = UNSET
        elif isinstance(self.rejected_on, datetime.date):
            rejected_on = self.rejected_on.isoformat()
        else:
            rejected_on = self.rejected_on

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        signals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = self.signals.to_dict()

        tone: str | Unset = UNSET
        if not isinstance(self.tone, Unset):
            tone = self.tone.value

        interest: str | Unset = UNSET
        if not isinstance(self.interest, Unset):
            interest = self.interest.value

        timezone: str | Unset = UNSET
        if not isinstance(self.timezone, Unset):
            timezone = self.timezone.value

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.value

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

        field_dict.update(
            {
                "email": email,
            }
        )
        if candidate is not UNSET:
            field_dict["candidate"] = candidate
        if company is not UNSET:
            field_dict["company"] = company
        if role is not UNSET:
            field_dict["role"] = role
        if contact is not UNSET:
            field_dict["contact"] = contact
        if interviewers is not UNSET:
            field_dict["interviewers"] = interviewers
        if stage is not UNSET:
            field_dict["stage"] = stage
        if rejected_on is not UNSET:
            field_dict["rejected_on"] = rejected_on
        if reason is not UNSET:
            field_dict["reason"] = reason
        if signals is not UNSET:
            field_dict["signals"] = signals
        if tone is not UNSET:
            field_dict["tone"] = tone
        if interest is not UNSET:
            field_dict["interest"] = interest
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if country is not UNSET:
            field_dict["country"] = country
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if candidate_ref is not UNSET:
            field_dict["candidate_ref"] = candidate_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_hints import CandidateHints  # noqa: PLC0415
        from ..models.company_hints import CompanyHints  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.interviewer import Interviewer  # noqa: PLC0415
        from ..models.rejection_signals import RejectionSignals  # noqa: PLC0415
        from ..models.role_hints import RoleHints  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")

        _candidate = d.pop("candidate", UNSET)
        candidate: CandidateHints | Unset
        if isinstance(_candidate, Unset):
            candidate = UNSET
        else:
            candidate = CandidateHints.from_dict(_candidate)

        _company = d.pop("company", UNSET)
        company: CompanyHints | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyHints.from_dict(_company)

        _role = d.pop("role", UNSET)
        role: RoleHints | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = RoleHints.from_dict(_role)

        def _parse_contact(data: object) -> Contact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = Contact.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Contact | None | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        _interviewers = d.pop("interviewers", UNSET)
        interviewers: list[Interviewer] | Unset = UNSET
        if _interviewers is not UNSET:
            interviewers = []
            for interviewers_item_data in _interviewers:
                interviewers_item = Interviewer.from_dict(interviewers_item_data)

                interviewers.append(interviewers_item)

        _stage = d.pop("stage", UNSET)
        stage: Stage | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = Stage(_stage)

        def _parse_rejected_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rejected_on_type_0 = datetime.date.fromisoformat(data)

                return rejected_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        rejected_on = _parse_rejected_on(d.pop("rejected_on", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        _signals = d.pop("signals", UNSET)
        signals: RejectionSignals | Unset
        if isinstance(_signals, Unset):
            signals = UNSET
        else:
            signals = RejectionSignals.from_dict(_signals)

        _tone = d.pop("tone", UNSET)
        tone: Tone | Unset
        if isinstance(_tone, Unset):
            tone = UNSET
        else:
            tone = Tone(_tone)

        _interest = d.pop("interest", UNSET)
        interest: Interest | Unset
        if isinstance(_interest, Unset):
            interest = UNSET
        else:
            interest = Interest(_interest)

        _timezone = d.pop("timezone", UNSET)
        timezone: TimeZone | Unset
        if isinstance(_timezone, Unset):
            timezone = UNSET
        else:
            timezone = TimeZone(_timezone)

        _country = d.pop("country", UNSET)
        country: Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = Country(_country)

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

        rejection_from_email = cls(
            email=email,
            candidate=candidate,
            company=company,
            role=role,
            contact=contact,
            interviewers=interviewers,
            stage=stage,
            rejected_on=rejected_on,
            reason=reason,
            signals=signals,
            tone=tone,
            interest=interest,
            timezone=timezone,
            country=country,
            external_ref=external_ref,
            candidate_ref=candidate_ref,
        )

        return rejection_from_email
