from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancel_reason import CancelReason
from ..models.channel import Channel
from ..models.step_kind import StepKind
from ..models.step_status import StepStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DueStep")


@_attrs_define
class DueStep:
    """A step due on or before the day asked, with the rejection it belongs to.

    Attributes:
        kind (StepKind): One move of the keep-the-bridge plan.
        title (str): What to do, in a few words.
        due_on (datetime.date): The day to do it.
        id (UUID): The step's id.
        rejection_id (UUID): Its rejection.
        status (StepStatus): Where a plan step stands.
        company_name (str): The employer.
        role_title (str): The role.
        candidate_name (str): The candidate.
        candidate_ref (None | str): The job board's candidate id.
        channel (Channel | None | Unset): Where it happens; null for offline steps.
        subject (None | str | Unset): The email subject of the step's message, when it is an email.
        message (None | str | Unset): The drafted message for this step, when it needs one.
        cancel_reason (CancelReason | None | Unset): Why a `cancelled` step was cancelled: `replied` (a reply made it
            moot) or `unanswered` (two touches in a row had no reply); null otherwise, and when the whole outreach was
            stopped.
        posting_title (None | str | Unset): On the reach-out: the open posting the candidate added; its note is drafted
            about it.
        posting_url (None | str | Unset): The posting's address, when given.
        note (None | str | Unset): The candidate's note.
        completed_at (datetime.datetime | None | Unset): When it was done, skipped or cancelled (UTC).
    """

    kind: StepKind
    title: str
    due_on: datetime.date
    id: UUID
    rejection_id: UUID
    status: StepStatus
    company_name: str
    role_title: str
    candidate_name: str
    candidate_ref: None | str
    channel: Channel | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    cancel_reason: CancelReason | None | Unset = UNSET
    posting_title: None | str | Unset = UNSET
    posting_url: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        title = self.title

        due_on = self.due_on.isoformat()

        id = str(self.id)

        rejection_id = str(self.rejection_id)

        status = self.status.value

        company_name = self.company_name

        role_title = self.role_title

        candidate_name = self.candidate_name

        candidate_ref: None | str
        candidate_ref = self.candidate_ref

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        cancel_reason: None | str | Unset
        if isinstance(self.cancel_reason, Unset):
            cancel_reason = UNSET
        elif isinstance(self.cancel_reason, CancelReason):
            cancel_reason = self.cancel_reason.value
        else:
            cancel_reason = self.cancel_reason

        posting_title: None | str | Unset
        if isinstance(self.posting_title, Unset):
            posting_title = UNSET
        else:
            posting_title = self.posting_title

        posting_url: None | str | Unset
        if isinstance(self.posting_url, Unset):
            posting_url = UNSET
        else:
            posting_url = self.posting_url

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "title": title,
                "due_on": due_on,
                "id": id,
                "rejection_id": rejection_id,
                "status": status,
                "company_name": company_name,
                "role_title": role_title,
                "candidate_name": candidate_name,
                "candidate_ref": candidate_ref,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if subject is not UNSET:
            field_dict["subject"] = subject
        if message is not UNSET:
            field_dict["message"] = message
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason
        if posting_title is not UNSET:
            field_dict["posting_title"] = posting_title
        if posting_url is not UNSET:
            field_dict["posting_url"] = posting_url
        if note is not UNSET:
            field_dict["note"] = note
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = StepKind(d.pop("kind"))

        title = d.pop("title")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        id = UUID(d.pop("id"))

        rejection_id = UUID(d.pop("rejection_id"))

        status = StepStatus(d.pop("status"))

        company_name = d.pop("company_name")

        role_title = d.pop("role_title")

        candidate_name = d.pop("candidate_name")

        def _parse_candidate_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        candidate_ref = _parse_candidate_ref(d.pop("candidate_ref"))

        def _parse_channel(data: object) -> Channel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = Channel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | None | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_cancel_reason(data: object) -> CancelReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancel_reason_type_0 = CancelReason(data)

                return cancel_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CancelReason | None | Unset, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason", UNSET))

        def _parse_posting_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        posting_title = _parse_posting_title(d.pop("posting_title", UNSET))

        def _parse_posting_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        posting_url = _parse_posting_url(d.pop("posting_url", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        due_step = cls(
            kind=kind,
            title=title,
            due_on=due_on,
            id=id,
            rejection_id=rejection_id,
            status=status,
            company_name=company_name,
            role_title=role_title,
            candidate_name=candidate_name,
            candidate_ref=candidate_ref,
            channel=channel,
            subject=subject,
            message=message,
            cancel_reason=cancel_reason,
            posting_title=posting_title,
            posting_url=posting_url,
            note=note,
            completed_at=completed_at,
        )

        due_step.additional_properties = d
        return due_step

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
