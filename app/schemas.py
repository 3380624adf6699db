"""Public request and response models that are not tables."""

import uuid
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from app.drafting.context import RejectionContext, Stage, Tone
from app.drafting.results import Channel, Draft, Fit, Review, StepKind

_EXAMPLE_ID = "01936b8e-6f2a-7c41-9d0e-3b5f2a8c9e10"


class RejectionStatus(StrEnum):
    """Where a rejection stands."""

    drafted = "drafted"


class StepStatus(StrEnum):
    """Where a plan step stands."""

    pending = "pending"
    done = "done"
    skipped = "skipped"
    snoozed = "snoozed"
    cancelled = "cancelled"


class DraftPublic(Draft):
    """A stored draft: the rendered message with its id and version."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID = Field(description="The draft's id.", examples=[_EXAMPLE_ID])
    version: int = Field(
        description="1 for the first draft; regeneration stores a new version.", examples=[1]
    )


class DraftsPublic(BaseModel):
    """The latest version of every draft of a rejection."""

    last_pitch: DraftPublic = Field(
        description="The thank-you note that makes one last pitch for the candidate."
    )
    feedback_request: DraftPublic = Field(
        description="The message that asks what would have made the difference."
    )
    interviewer_thanks: list[DraftPublic] = Field(
        default_factory=list, description="One short, distinct thank-you per interviewer."
    )
    linkedin_note: DraftPublic | None = Field(
        default=None, description="A connection note within LinkedIn's character limit."
    )


class PlanStepPublic(BaseModel):
    """One dated step of the follow-up plan."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID = Field(description="The step's id.", examples=[_EXAMPLE_ID])
    kind: StepKind = Field(description="Which move this step is.", examples=["send_last_pitch"])
    title: str = Field(
        description="What to do, in a few words.",
        examples=["Send your thank-you note to Jordan Lee"],
    )
    due_on: date = Field(description="The day to do it.", examples=["2026-11-23"])
    channel: Channel | None = Field(
        description="Where it happens; null for offline steps.", examples=["email"]
    )
    status: StepStatus = Field(description="Where the step stands.", examples=["pending"])
    message: str | None = Field(
        description="The drafted message for this step, when it needs one.", examples=[None]
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
    context: RejectionContext = Field(description="The context it was drafted from.")
    drafts: DraftsPublic = Field(description="The latest drafts.")
    follow_up_plan: FollowUpPlan = Field(description="The dated keep-the-bridge plan.")
    fit: Fit = Field(description="Which skills met which requirements, and the gaps.")
    review: Review = Field(description="What a human should look at before sending.")


class RejectionSummary(BaseModel):
    """One line of the rejection list."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID = Field(description="The rejection's id.", examples=[_EXAMPLE_ID])
    created_at: datetime = Field(
        examples=["2026-11-20T14:03:11Z"], description="When it was created (UTC)."
    )
    status: RejectionStatus = Field(description="Where it stands.", examples=["drafted"])
    stage: Stage = Field(description="The last stage reached.", examples=["onsite"])
    tone: Tone = Field(description="The voice of its drafts.", examples=["warm"])
    candidate_name: str = Field(description="The candidate.", examples=["Maya Chen"])
    company_name: str = Field(description="The employer.", examples=["Acme Robotics"])
    role_title: str = Field(description="The role.", examples=["Senior Data Engineer"])
    rejected_on: date = Field(description="The day of the rejection.", examples=["2026-11-20"])
    external_ref: str | None = Field(description="The caller's own id.", examples=["app-8812"])
    candidate_ref: str | None = Field(
        description="The job board's candidate id.", examples=["user-1234"]
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
