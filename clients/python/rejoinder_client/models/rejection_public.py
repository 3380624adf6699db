from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome import Outcome
from ..models.rejection_status import RejectionStatus
from ..models.stop_reason import StopReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drafts_public import DraftsPublic
    from ..models.fit import Fit
    from ..models.follow_up_plan import FollowUpPlan
    from ..models.reason_reading import ReasonReading
    from ..models.rejection_context import RejectionContext
    from ..models.review import Review


T = TypeVar("T", bound="RejectionPublic")


@_attrs_define
class RejectionPublic:
    """A rejection with its drafts, its follow-up plan, the fit found and the review.

    Attributes:
        id (UUID): The rejection's id (UUIDv7).
        created_at (datetime.datetime): When it was created (UTC).
        updated_at (datetime.datetime): When it last changed (UTC).
        status (RejectionStatus): Where a rejection stands.
        context (RejectionContext): The context of one rejection: who, where, for what, how far it went, and how to
            write.
        drafts (DraftsPublic): The latest version of every draft of a rejection.
        follow_up_plan (FollowUpPlan): The keep-the-bridge plan, oldest step first.
        fit (Fit): Why the last pitch says what it says.
        reason (ReasonReading): How Rejoinder read the employer's stated reason.
        review (Review): The checks run over every generated draft.
        outcome (None | Outcome | Unset): What came of it, once the candidate says.
        notes (None | str | Unset): The candidate's own notes.
        received_feedback (None | str | Unset): What the employer said when asked for feedback.
        updates (list[str] | Unset): What the candidate has done since, in their words; the update and the reach-out are
            drafted from it.
        stopped_at (datetime.datetime | None | Unset): When outreach was stopped; no step is due after it.
        stop_reason (None | StopReason | Unset): Why outreach stopped.
        from_email (list[str] | None | Unset): On the answer to a create that sent `email`: the dotted paths of the
            context's fields the email filled (`company.name`, `signals.feedback_declined`, …), for the candidate to check;
            null otherwise.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: RejectionStatus
    context: RejectionContext
    drafts: DraftsPublic
    follow_up_plan: FollowUpPlan
    fit: Fit
    reason: ReasonReading
    review: Review
    outcome: None | Outcome | Unset = UNSET
    notes: None | str | Unset = UNSET
    received_feedback: None | str | Unset = UNSET
    updates: list[str] | Unset = UNSET
    stopped_at: datetime.datetime | None | Unset = UNSET
    stop_reason: None | StopReason | Unset = UNSET
    from_email: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        status = self.status.value

        context = self.context.to_dict()

        drafts = self.drafts.to_dict()

        follow_up_plan = self.follow_up_plan.to_dict()

        fit = self.fit.to_dict()

        reason = self.reason.to_dict()

        review = self.review.to_dict()

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, Outcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        received_feedback: None | str | Unset
        if isinstance(self.received_feedback, Unset):
            received_feedback = UNSET
        else:
            received_feedback = self.received_feedback

        updates: list[str] | Unset = UNSET
        if not isinstance(self.updates, Unset):
            updates = self.updates

        stopped_at: None | str | Unset
        if isinstance(self.stopped_at, Unset):
            stopped_at = UNSET
        elif isinstance(self.stopped_at, datetime.datetime):
            stopped_at = self.stopped_at.isoformat()
        else:
            stopped_at = self.stopped_at

        stop_reason: None | str | Unset
        if isinstance(self.stop_reason, Unset):
            stop_reason = UNSET
        elif isinstance(self.stop_reason, StopReason):
            stop_reason = self.stop_reason.value
        else:
            stop_reason = self.stop_reason

        from_email: list[str] | None | Unset
        if isinstance(self.from_email, Unset):
            from_email = UNSET
        elif isinstance(self.from_email, list):
            from_email = self.from_email

        else:
            from_email = self.from_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "status": status,
                "context": context,
                "drafts": drafts,
                "follow_up_plan": follow_up_plan,
                "fit": fit,
                "reason": reason,
                "review": review,
            }
        )
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if notes is not UNSET:
            field_dict["notes"] = notes
        if received_feedback is not UNSET:
            field_dict["received_feedback"] = received_feedback
        if updates is not UNSET:
            field_dict["updates"] = updates
        if stopped_at is not UNSET:
            field_dict["stopped_at"] = stopped_at
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if from_email is not UNSET:
            field_dict["from_email"] = from_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drafts_public import DraftsPublic  # noqa: PLC0415
        from ..models.fit import Fit  # noqa: PLC0415
        from ..models.follow_up_plan import FollowUpPlan  # noqa: PLC0415
        from ..models.reason_reading import ReasonReading  # noqa: PLC0415
        from ..models.rejection_context import RejectionContext  # noqa: PLC0415
        from ..models.review import Review  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        status = RejectionStatus(d.pop("status"))

        context = RejectionContext.from_dict(d.pop("context"))

        drafts = DraftsPublic.from_dict(d.pop("drafts"))

        follow_up_plan = FollowUpPlan.from_dict(d.pop("follow_up_plan"))

        fit = Fit.from_dict(d.pop("fit"))

        reason = ReasonReading.from_dict(d.pop("reason"))

        review = Review.from_dict(d.pop("review"))

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

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_received_feedback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        received_feedback = _parse_received_feedback(d.pop("received_feedback", UNSET))

        updates = cast(list[str], d.pop("updates", UNSET))

        def _parse_stopped_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stopped_at_type_0 = datetime.datetime.fromisoformat(data)

                return stopped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        stopped_at = _parse_stopped_at(d.pop("stopped_at", UNSET))

        def _parse_stop_reason(data: object) -> None | StopReason | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stop_reason_type_0 = StopReason(data)

                return stop_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StopReason | Unset, data)

        stop_reason = _parse_stop_reason(d.pop("stop_reason", UNSET))

        def _parse_from_email(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                from_email_type_0 = cast(list[str], data)

                return from_email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        from_email = _parse_from_email(d.pop("from_email", UNSET))

        rejection_public = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            context=context,
            drafts=drafts,
            follow_up_plan=follow_up_plan,
            fit=fit,
            reason=reason,
            review=review,
            outcome=outcome,
            notes=notes,
            received_feedback=received_feedback,
            updates=updates,
            stopped_at=stopped_at,
            stop_reason=stop_reason,
            from_email=from_email,
        )

        rejection_public.additional_properties = d
        return rejection_public

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
