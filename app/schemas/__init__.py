"""Public request and response models. A stored draft and a plan step derive from the base
their table derives from (app.models), so the two cannot drift; the stored-state enums live
beside their tables and are re-exported here."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.drafting.context import RejectionContext
from app.drafting.results import Fit, ReasonReading, Review
from app.models.rejections import (
    CancelReason,
    DraftBase,
    Outcome,
    PlanStepBase,
    RejectionBase,
    RejectionStatus,
    StepStatus,
    StopReason,
)
from app.types import NO_NUL

_EXAMPLE_ID = "01936b8e-6f2a-7c41-9d0e-3b5f2a8c9e10"

__all__ = [
    "CancelReason",
    "DraftPublic",
    "DraftsPublic",
    "FollowUpPlan",
    "Health",
    "Outcome",
    "PlanStepPublic",
    "RejectionPage",
    "RejectionPublic",
    "RejectionStatus",
    "RejectionSummary",
    "RejectionUpdate",
    "Stats",
    "StepStatus",
    "StopReason",
    "StopRequest",
    "StopResult",
]


class DraftPublic(DraftBase):
    """A stored draft: the rendered message with its id and version."""

    id: uuid.UUID = Field(description="The draft's id.", examples=[_EXAMPLE_ID])
    version: int = Field(
        description="1 for the first draft; regeneration stores a new version.", examples=[1]
    )


class DraftsPublic(BaseModel):
    """The latest version of every draft of a rejection."""

    last_pitch: DraftPublic = Field(
        description="The thank-you note that makes one last pitch for the candidate."
    )
    feedback_request: DraftPublic | None = Field(
        default=None,
        description="The message that asks what would have made the difference; null when the "
        "rejection said the employer gives no individual feedback (`signals.feedback_declined`): "
        "the last pitch then asks one lighter question, and the plan has no feedback request "
        "or nudge.",
    )
    interviewer_thanks: list[DraftPublic] = Field(
        default_factory=list, description="One short, distinct thank-you per interviewer."
    )
    linkedin_note: DraftPublic | None = Field(
        default=None, description="A connection note within LinkedIn's character limit."
    )


class PlanStepPublic(PlanStepBase):
    """One dated step of the follow-up plan, with what the candidate recorded on it."""

    id: uuid.UUID = Field(description="The step's id.", examples=[_EXAMPLE_ID])
    rejection_id: uuid.UUID = Field(description="Its rejection.", examples=[_EXAMPLE_ID])
    status: StepStatus = Field(description="Where the step stands.", examples=["pending"])
    cancel_reason: CancelReason | None = Field(
        default=None,
        description="Why a `cancelled` step was cancelled: `replied` (a reply made it moot) "
        "or `unanswered` (two touches in a row had no reply); null otherwise, and when the "
        "whole outreach was stopped.",
        examples=[None],
    )
    posting_title: str | None = Field(
        default=None,
        description="On the reach-out: the open posting the candidate added; its note is "
        "drafted about it.",
        examples=[None],
    )
    posting_url: str | None = Field(
        default=None, description="The posting's address, when given.", examples=[None]
    )
    note: str | None = Field(default=None, description="The candidate's note.", examples=[None])
    completed_at: datetime | None = Field(
        default=None,
        description="When it was done, skipped or cancelled (UTC).",
        examples=["2026-11-23T18:02:00Z"],
    )


class FollowUpPlan(BaseModel):
    """The keep-the-bridge plan, oldest step first."""

    steps: list[PlanStepPublic] = Field(description="The dated steps, in order.")


class RejectionPublic(BaseModel):
    """A rejection with its drafts, its follow-up plan, the fit found and the review."""

    id: uuid.UUID = Field(description="The rejection's id (UUIDv7).", examples=[_EXAMPLE_ID])
    created_at: datetime = Field(
        description="When it was created (UTC).", examples=["2026-11-20T14:03:11Z"]
    )
    updated_at: datetime = Field(
        description="When it last changed (UTC).", examples=["2026-11-20T14:03:11Z"]
    )
    status: RejectionStatus = Field(description="Where it stands.", examples=["drafted"])
    outcome: Outcome | None = Field(
        default=None, description="What came of it, once the candidate says.", examples=["offer"]
    )
    notes: str | None = Field(
        default=None,
        description="The candidate's own notes.",
        examples=["Jordan suggested I apply for the platform role in Q1."],
    )
    received_feedback: str | None = Field(
        default=None,
        description="What the employer said when asked for feedback.",
        examples=["We went with someone who had run dbt in production."],
    )
    updates: list[str] = Field(
        default_factory=list,
        description="What the candidate has done since, in their words; the update and the "
        "reach-out are drafted from it.",
        examples=[["shipped a dbt project at work"]],
    )
    stopped_at: datetime | None = Field(
        default=None,
        description="When outreach was stopped; no step is due after it.",
        examples=["2026-12-01T09:30:00Z"],
    )
    stop_reason: StopReason | None = Field(
        default=None, description="Why outreach stopped.", examples=["contact_asked"]
    )
    context: RejectionContext = Field(
        description="The context the latest drafts were drafted from: a regeneration in "
        "another tone changes `tone` here (earlier versions keep theirs in the draft history)."
    )
    drafts: DraftsPublic = Field(description="The latest drafts.")
    follow_up_plan: FollowUpPlan = Field(description="The dated keep-the-bridge plan.")
    fit: Fit = Field(description="Which skills met which requirements, and the gaps.")
    reason: ReasonReading = Field(
        description="How the stated reason was read; it shapes the drafts."
    )
    review: Review = Field(description="What a human should look at before sending.")
    from_email: list[str] | None = Field(
        default=None,
        description="On the answer to a create that sent `email`: the dotted paths of the "
        "context's fields the email filled (`company.name`, `signals.feedback_declined`, "
        "…), for the candidate to check; null otherwise.",
        examples=[["company.name", "role.title", "contact.name", "rejected_on"]],
    )


class RejectionSummary(RejectionBase):
    """One line of the rejection list."""

    id: uuid.UUID = Field(description="The rejection's id.", examples=[_EXAMPLE_ID])
    created_at: datetime = Field(
        examples=["2026-11-20T14:03:11Z"], description="When it was created (UTC)."
    )


class RejectionPage(BaseModel):
    """A page of rejections, newest first."""

    items: list[RejectionSummary] = Field(description="This page's rejections.")
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null on the last page.",
        examples=["AZNrjm8qfEGdDjtfKoyeEA"],
    )


class Health(BaseModel):
    """Liveness or readiness."""

    status: str = Field(description="`ok` when healthy.", examples=["ok"])


_Note = Annotated[str, StringConstraints(max_length=5000, pattern=NO_NUL)]
_Update = Annotated[
    str, StringConstraints(min_length=1, max_length=300, pattern=NO_NUL, strip_whitespace=True)
]


class RejectionUpdate(BaseModel):
    """The fields a candidate may change after the drafts; absent fields stay as they are."""

    model_config = ConfigDict(extra="forbid")

    outcome: Outcome | None = Field(
        default=None, description="What came of the rejection.", examples=["feedback_received"]
    )
    notes: _Note | None = Field(
        default=None,
        description="The candidate's own notes (at most 5000 characters).",
        examples=["Sent the pitch on Monday; Jordan replied the same day."],
    )
    received_feedback: _Note | None = Field(
        default=None,
        description="The text the employer sent back (at most 5000 characters).",
        examples=["Strong system design; we needed deeper dbt experience."],
    )
    updates: list[_Update] | None = Field(
        default=None,
        max_length=10,
        description='What you have done since, each as you did it ("shipped a dbt project at '
        'work", at most 300 characters): replaces the list. After feedback that named a gap, '
        "the update to the contact and the reach-out are drafted from it; nothing is invented.",
        examples=[["shipped a dbt project at work", "completed the dbt Fundamentals course"]],
    )


class StopRequest(BaseModel):
    """Stop every pending outreach step of a rejection, for good."""

    model_config = ConfigDict(extra="forbid")

    reason: StopReason = Field(
        default=StopReason.contact_asked,
        description="`contact_asked`: the contact asked not to be contacted again; "
        "`candidate_gave_up`: the candidate has moved on.",
    )


class StopResult(BaseModel):
    """What stopping cancelled."""

    id: uuid.UUID = Field(description="The rejection's id.", examples=[_EXAMPLE_ID])
    status: RejectionStatus = Field(description="Now `stopped`.", examples=["stopped"])
    stop_reason: StopReason = Field(description="Why it stopped.", examples=["contact_asked"])
    stopped_at: datetime = Field(
        description="When it stopped (UTC).", examples=["2026-12-01T09:30:00Z"]
    )
    cancelled_steps: list[PlanStepPublic] = Field(
        description="The steps this request cancelled (empty when it was stopped already)."
    )


class Stats(BaseModel):
    """How the caller's rejections turned out: the product's own measure."""

    total: int = Field(description="Rejections in the range.", examples=[42])
    by_stage: dict[str, int] = Field(
        description="Rejections per stage reached.", examples=[{"onsite": 12, "applied": 30}]
    )
    by_outcome: dict[str, int] = Field(
        description="Rejections per outcome; `unknown` when none was recorded.",
        examples=[{"new_interview": 3, "offer": 1, "unknown": 38}],
    )
    turned_into_opportunity: int = Field(
        description="Rejections that led to a new interview or an offer.", examples=[4]
    )
    opportunity_rate: float = Field(
        description="`turned_into_opportunity / total` (0 when there are none).", examples=[0.095]
    )
