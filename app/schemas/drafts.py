"""Request and response models of the drafts endpoints: review, preview, regenerate, history."""

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.drafting.context import RejectionContext, Tone
from app.drafting.engine import MAX_VARIANT
from app.drafting.results import (
    Channel,
    DraftKind,
    Drafts,
    Fit,
    PlannedStep,
    ReasonReading,
    Review,
    ReviewWarning,
)
from app.schemas import DraftPublic
from app.types import NO_NUL

MAX_REVIEW_CHARS = 10_000


class ReviewRequest(BaseModel):
    """A candidate's own text, to be checked before they send it."""

    model_config = ConfigDict(extra="forbid")

    text: Annotated[
        str, StringConstraints(min_length=1, max_length=MAX_REVIEW_CHARS, pattern=NO_NUL)
    ] = Field(
        description="The text as the candidate means to send it.",
        examples=["Hi Jordan, just checking in to see why I wasn't chosen."],
    )
    kind: DraftKind = Field(description="Which message it is.", examples=["last_pitch"])
    channel: Channel = Field(
        default=Channel.email, description="Where it will be sent.", examples=["email"]
    )
    context: RejectionContext | None = Field(
        default=None,
        description="The rejection's context, when known: lets the review check skills and "
        "LinkedIn's Premium limit.",
    )


class ReviewResult(BaseModel):
    """What a human should look at in the text."""

    warnings: list[ReviewWarning] = Field(description="Most serious first; empty when clean.")
    word_count: int = Field(description="Words in the text.", examples=[96])
    char_count: int = Field(description="Characters in the text.", examples=[612])


class PlannedPlan(BaseModel):
    """A follow-up plan that has not been stored."""

    steps: list[PlannedStep] = Field(description="The dated steps, in order.")


class Preview(BaseModel):
    """Everything Rejoinder would draft for a context, stored nowhere."""

    drafts: Drafts = Field(description="Every drafted message.")
    follow_up_plan: PlannedPlan = Field(description="The dated keep-the-bridge plan.")
    fit: Fit = Field(description="Which skills met which requirements, and the gaps.")
    reason: ReasonReading = Field(
        description="How the stated reason was read; it shapes the drafts."
    )
    review: Review = Field(description="What a human should look at before sending.")


class RegenerateRequest(BaseModel):
    """What to change in the new drafts; absent fields keep the context's own."""

    model_config = ConfigDict(extra="forbid")

    tone: Tone | None = Field(
        default=None, description="Another voice for every draft.", examples=["formal"]
    )
    channel: Channel | None = Field(
        default=None,
        description="`linkedin` drafts the last pitch and the feedback request as LinkedIn "
        "messages instead of emails.",
        examples=["linkedin"],
    )
    variant: int | None = Field(
        default=None,
        ge=0,
        le=MAX_VARIANT,
        description=f"Another phrasing of the same facts (0 to {MAX_VARIANT}).",
        examples=[1],
    )


class DraftVersion(DraftPublic):
    """One stored version of one draft."""

    position: int = Field(
        description="Orders drafts of one kind (one thank-you per interviewer).", examples=[0]
    )
    tone: Tone = Field(description="The voice it was drafted in.", examples=["warm"])
    variant: int = Field(description="The phrasing it was drafted in.", examples=[0])
    created_at: datetime = Field(
        description="When this version was drafted (UTC).", examples=["2026-11-20T14:03:11Z"]
    )


class DraftHistory(BaseModel):
    """Every version of every draft of a rejection, newest first."""

    items: list[DraftVersion] = Field(description="The versions, newest first.")
