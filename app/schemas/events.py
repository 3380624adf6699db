"""What an outbound notification carries: the Standard Webhooks envelope (`type`, `timestamp`,
`data`) around one of three data shapes. The events service builds its data with these models,
and the OpenAPI document's `webhooks` section is written from them, so the two agree."""

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from app.drafting.results import StepKind
from app.models.outbound import EventType
from app.models.rejections import CancelReason, Outcome, RejectionStatus, StepStatus

_EXAMPLE_ID = "01936b8e-6f2a-7c41-9d0e-3b5f2a8c9e10"
_EXAMPLE_STEP_ID = "01936b8e-7a10-7d2e-8c55-0f4a6b2c1d39"


class RejectionEventData(BaseModel):
    """A rejection's ids and state; never the drafted messages themselves (fetch them with
    `GET /v1/rejections/{rejection_id}`)."""

    rejection_id: uuid.UUID = Field(examples=[_EXAMPLE_ID], description="The rejection's id.")
    status: RejectionStatus = Field(description="Where the rejection stands.")
    outcome: Outcome | None = Field(description="What came of it, once the candidate says.")
    external_ref: str | None = Field(examples=["app-8812"], description="The caller's own id.")
    candidate_ref: str | None = Field(
        examples=["user-1234"], description="The job board's own id for the candidate."
    )
    company_name: str = Field(examples=["Acme Analytics"], description="The employer.")
    role_title: str = Field(examples=["Data Engineer"], description="The role applied for.")


class RejectionDeletedData(BaseModel):
    """An erased rejection: its id and nothing else."""

    rejection_id: uuid.UUID = Field(
        examples=[_EXAMPLE_ID], description="The erased rejection's id."
    )


class PlanStepEventData(BaseModel):
    """A plan step that came due or changed, with its rejection's references."""

    rejection_id: uuid.UUID = Field(
        examples=[_EXAMPLE_ID], description="The rejection the step belongs to."
    )
    step_id: uuid.UUID = Field(examples=[_EXAMPLE_STEP_ID], description="The step's id.")
    kind: StepKind = Field(description="What the step is.")
    title: str = Field(examples=["Send the feedback request"], description="What to do.")
    due_on: date = Field(
        examples=["2026-12-03"], description="The day to do it, in the candidate's time zone."
    )
    status: StepStatus = Field(description="Where the step stands.")
    cancel_reason: CancelReason | None = Field(
        description="Why the step was cancelled while the plan went on, if it was."
    )
    external_ref: str | None = Field(examples=["app-8812"], description="The caller's own id.")
    candidate_ref: str | None = Field(
        examples=["user-1234"], description="The job board's own id for the candidate."
    )


class _Envelope(BaseModel):
    timestamp: datetime = Field(
        examples=["2026-11-30T14:05:09.123456+00:00"], description="When the event happened (UTC)."
    )


class RejectionDrafted(_Envelope):
    """A rejection was created and drafted (through the API, an ATS or a forwarded email)."""

    type: Literal[EventType.rejection_drafted] = Field(description="The event's type.")
    data: RejectionEventData = Field(description="The rejection, by its ids and state.")


class RejectionUpdated(_Envelope):
    """A rejection changed: its context, its status (stopped, withdrawn by the employer) or
    its outcome."""

    type: Literal[EventType.rejection_updated] = Field(description="The event's type.")
    data: RejectionEventData = Field(description="The rejection, by its ids and state.")


class RejectionDeleted(_Envelope):
    """A rejection was erased, with everything stored about it."""

    type: Literal[EventType.rejection_deleted] = Field(description="The event's type.")
    data: RejectionDeletedData = Field(description="The erased rejection's id.")


class PlanStepDue(_Envelope):
    """A pending plan step's day has come in the candidate's time zone (once a step and day)."""

    type: Literal[EventType.plan_step_due] = Field(description="The event's type.")
    data: PlanStepEventData = Field(description="The step and its rejection's references.")


class PlanStepUpdated(_Envelope):
    """A plan step was done, skipped, snoozed or cancelled."""

    type: Literal[EventType.plan_step_updated] = Field(description="The event's type.")
    data: PlanStepEventData = Field(description="The step and its rejection's references.")


EVENT_PAYLOADS: dict[EventType, type[_Envelope]] = {
    EventType.rejection_drafted: RejectionDrafted,
    EventType.rejection_updated: RejectionUpdated,
    EventType.rejection_deleted: RejectionDeleted,
    EventType.plan_step_due: PlanStepDue,
    EventType.plan_step_updated: PlanStepUpdated,
}
