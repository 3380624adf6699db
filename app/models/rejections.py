"""A rejection, the drafts and plan steps drafted for it, and the replies the plan hears."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import AutoString, Field, SQLModel

from app.drafting.context import Stage, Tone
from app.drafting.results import Channel, DraftKind, StepKind
from app.models.base import UTCDateTime, owned_by


class RejectionStatus(StrEnum):
    """Where a rejection stands."""

    drafted = "drafted"
    stopped = "stopped"
    # An ATS un-rejected the application: pending steps were cancelled.
    withdrawn_by_employer = "withdrawn_by_employer"


class Outcome(StrEnum):
    """What came of the rejection in the end, as the candidate reports it."""

    no_reply = "no_reply"
    feedback_received = "feedback_received"
    new_interview = "new_interview"
    offer = "offer"
    closed = "closed"


class StopReason(StrEnum):
    """Why outreach stopped."""

    contact_asked = "contact_asked"
    candidate_gave_up = "candidate_gave_up"


class StepStatus(StrEnum):
    """Where a plan step stands."""

    pending = "pending"
    done = "done"
    skipped = "skipped"
    snoozed = "snoozed"
    cancelled = "cancelled"


# Steps still to do: the plan may move, redraft or cancel these, never the others.
PENDING_STEP_STATUSES = (StepStatus.pending, StepStatus.snoozed)


class CancelReason(StrEnum):
    """Why a step was cancelled while the rest of the plan went on."""

    # A reply came: the nudge (or the feedback request it answered) has nothing left to do.
    replied = "replied"
    # Two touches in a row went unanswered: the outreach to the contact ends there.
    unanswered = "unanswered"


class RejectionBase(SQLModel):
    """What the list shows of a rejection: the table and `RejectionSummary` share these."""

    status: RejectionStatus = Field(
        sa_type=AutoString(32),
        description="Where it stands.",
        schema_extra={"examples": ["drafted"]},
    )
    outcome: Outcome | None = Field(
        default=None,
        sa_type=AutoString(32),
        description="What came of it, once the candidate says.",
        schema_extra={"examples": ["new_interview"]},
    )
    stage: Stage = Field(
        sa_type=AutoString(16),
        index=True,
        description="The last stage reached.",
        schema_extra={"examples": ["onsite"]},
    )
    tone: Tone = Field(
        sa_type=AutoString(16),
        description="The voice of its latest drafts.",
        schema_extra={"examples": ["warm"]},
    )
    candidate_name: str = Field(
        max_length=200, description="The candidate.", schema_extra={"examples": ["Maya Chen"]}
    )
    company_name: str = Field(
        max_length=200, description="The employer.", schema_extra={"examples": ["Acme Robotics"]}
    )
    role_title: str = Field(
        max_length=200, description="The role.", schema_extra={"examples": ["Senior Data Engineer"]}
    )
    rejected_on: date = Field(
        description="The day of the rejection.", schema_extra={"examples": ["2026-11-20"]}
    )
    external_ref: str | None = Field(
        default=None,
        max_length=200,
        index=True,
        description="The caller's own id.",
        schema_extra={"examples": ["app-8812"]},
    )
    candidate_ref: str | None = Field(
        default=None,
        max_length=200,
        index=True,
        description="The job board's candidate id.",
        schema_extra={"examples": ["user-1234"]},
    )


class Rejection(RejectionBase, table=True):
    __tablename__ = "rejection"
    __table_args__ = (
        sa.Index("ix_rejection_company_key_id", "company_key", "id"),
        sa.Index("ix_rejection_tenant_id_id", "tenant_id", "id"),
    )

    id: uuid.UUID = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=owned_by("tenant"))
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    # casefolded in Python: SQLite's lower() only folds ASCII, PostgreSQL's folds more.
    # Folding can triple a character ("ΐ"), so a 200-character name needs room for 600.
    company_key: str = Field(max_length=600)
    context: dict[str, Any] = Field(sa_type=sa.JSON)
    fit: dict[str, Any] = Field(sa_type=sa.JSON)
    review: dict[str, Any] = Field(sa_type=sa.JSON)
    notes: str | None = Field(default=None, sa_type=sa.Text)
    received_feedback: str | None = Field(default=None, sa_type=sa.Text)
    stopped_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    stop_reason: StopReason | None = Field(default=None, sa_type=AutoString(32))
    # Where the rejection came from: `api`, or the ATS provider that posted it.
    source: str = Field(default="api", max_length=32)
    # What the candidate has done since, in their words: later steps are drafted from it.
    updates: list[str] | None = Field(default=None, sa_type=sa.JSON)


class DraftBase(SQLModel):
    """A drafted message as it is stored and shown: the table and the API share these."""

    kind: DraftKind = Field(sa_type=AutoString(32), description="Which message this is.")
    channel: Channel = Field(sa_type=AutoString(16), description="Where it is meant to be sent.")
    subject: str | None = Field(
        default=None,
        sa_type=sa.Text,
        schema_extra={"examples": ["Thank you, and the Senior Data Engineer role"]},
        description="The email subject; null for LinkedIn notes.",
    )
    body: str = Field(
        sa_type=sa.Text,
        schema_extra={"examples": ["Hi Jordan,\n\nThank you for letting me know ..."]},
        description="The message text, ready to send or edit.",
    )
    word_count: int = Field(schema_extra={"examples": [142]}, description="Words in the body.")
    char_count: int = Field(
        schema_extra={"examples": [871]},
        description="Characters in the body (what LinkedIn counts).",
    )
    template: str = Field(
        max_length=200,
        schema_extra={"examples": ["en/last_pitch/warm.j2"]},
        description="The template it was rendered from, for support and A/B.",
    )
    char_limit: int | None = Field(
        default=None,
        schema_extra={"examples": [None]},
        description="The channel's character limit the body was held to (LinkedIn notes: 200, "
        "or 300 with Premium); null when the channel has none.",
    )
    recipient: str | None = Field(
        default=None,
        max_length=200,
        schema_extra={"examples": ["Jordan Lee"]},
        description="Who it is addressed to, when the draft is for one person.",
    )


class Draft(DraftBase, table=True):
    """One version of one drafted message; regenerating adds a version, never overwrites."""

    __tablename__ = "draft"
    __table_args__ = (sa.UniqueConstraint("rejection_id", "kind", "position", "version"),)

    id: uuid.UUID = Field(primary_key=True)
    rejection_id: uuid.UUID = Field(sa_column=owned_by("rejection"))
    # Orders drafts of one kind (one thank-you per interviewer); 0 for single drafts.
    position: int = 0
    version: int = 1
    tone: str = Field(max_length=16)
    variant: int = 0
    created_at: datetime = Field(sa_type=UTCDateTime)


class PlanStepBase(SQLModel):
    """A dated step of the follow-up plan as it is stored and shown."""

    kind: StepKind = Field(
        sa_type=AutoString(32),
        description="Which move this step is.",
        schema_extra={"examples": ["send_last_pitch"]},
    )
    # A sentence that quotes names of up to 200 characters each.
    title: str = Field(
        sa_type=sa.Text,
        description="What to do, in a few words.",
        schema_extra={"examples": ["Send your thank-you note to Jordan Lee"]},
    )
    due_on: date = Field(description="The day to do it.", schema_extra={"examples": ["2026-11-23"]})
    channel: Channel | None = Field(
        default=None,
        sa_type=AutoString(16),
        description="Where it happens; null for offline steps.",
        schema_extra={"examples": ["email"]},
    )
    subject: str | None = Field(
        default=None,
        sa_type=sa.Text,
        description="The email subject of the step's message, when it is an email.",
        schema_extra={
            "examples": ["Re: A quick request for feedback on the Senior Data Engineer process"]
        },
    )
    message: str | None = Field(
        default=None,
        sa_type=sa.Text,
        description="The drafted message for this step, when it needs one.",
        schema_extra={"examples": [None]},
    )


class PlanStep(PlanStepBase, table=True):
    __tablename__ = "plan_step"
    __table_args__ = (sa.Index("ix_plan_step_rejection_id_position", "rejection_id", "position"),)

    id: uuid.UUID = Field(primary_key=True)
    rejection_id: uuid.UUID = Field(sa_column=owned_by("rejection"))
    position: int
    status: StepStatus = Field(default=StepStatus.pending, sa_type=AutoString(16))
    completed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # The candidate's own note on the step (why it was skipped, what the reply said).
    note: str | None = Field(default=None, sa_type=sa.Text)
    # Why a cancelled step was cancelled: `replied` (a reply made it moot) or `unanswered`
    # (two touches in a row went unanswered); null when outreach was stopped as a whole.
    cancel_reason: CancelReason | None = Field(default=None, sa_type=AutoString(16))
    # An open posting the candidate added to the reach-out: the note is drafted about it.
    posting_title: str | None = Field(default=None, max_length=200)
    posting_url: str | None = Field(default=None, max_length=2000)


class PlanReply(SQLModel, table=True):
    """A reply the contact sent, as the candidate records it: the plan listens to these."""

    __tablename__ = "plan_reply"
    __table_args__ = (sa.Index("ix_plan_reply_rejection_id", "rejection_id"),)

    id: uuid.UUID = Field(primary_key=True)
    rejection_id: uuid.UUID = Field(sa_column=owned_by("rejection"))
    # The day it came, in the candidate's zone: replies are weighed against the days touches
    # were sent, which are the candidate's days too.
    received_on: date
    channel: str = Field(max_length=16)
    summary: str | None = Field(default=None, sa_type=sa.Text)
    created_at: datetime = Field(sa_type=UTCDateTime)


# The "today" view reads pending steps by day across all of a tenant's rejections.
sa.Index("ix_plan_step_status_due_on", PlanStep.status, PlanStep.due_on)  # type: ignore[arg-type]
