"""What the drafting engine hands back: drafts, a dated plan, the fit it found, and a review.

Plain pydantic models with no ids and no persistence: the service layer stores them and the
API wraps them with ids, versions and statuses.
"""

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, Field


class DraftKind(StrEnum):
    """Which message a draft is."""

    last_pitch = "last_pitch"
    feedback_request = "feedback_request"
    interviewer_thanks = "interviewer_thanks"
    linkedin_note = "linkedin_note"


class Channel(StrEnum):
    """Where a message is sent."""

    email = "email"
    linkedin = "linkedin"


class StepKind(StrEnum):
    """One move of the keep-the-bridge plan."""

    send_last_pitch = "send_last_pitch"
    send_feedback_request = "send_feedback_request"
    thank_interviewers = "thank_interviewers"
    connect_on_linkedin = "connect_on_linkedin"
    nudge = "nudge"
    value_check_in = "value_check_in"
    watch_openings = "watch_openings"
    reach_out_about_role = "reach_out_about_role"
    quarterly_check_in = "quarterly_check_in"
    meet_at_events = "meet_at_events"


class Draft(BaseModel):
    """One rendered message."""

    kind: DraftKind = Field(description="Which message this is.")
    channel: Channel = Field(description="Where it is meant to be sent.")
    subject: str | None = Field(description="The email subject; null for LinkedIn notes.")
    body: str = Field(description="The message text, ready to send or edit.")
    word_count: int = Field(description="Words in the body.")
    char_count: int = Field(description="Characters in the body (what LinkedIn counts).")
    template: str = Field(description="The template it was rendered from, for support and A/B.")
    char_limit: int | None = Field(
        default=None,
        description="The channel's character limit the body was held to (LinkedIn notes: 200, "
        "or 300 with Premium); null when the channel has none.",
    )
    recipient: str | None = Field(
        default=None, description="Who it is addressed to, when the draft is for one person."
    )


class FitMatch(BaseModel):
    """A candidate skill or highlight that meets something the role or company asked for."""

    skill: str = Field(description="The candidate's skill, in the candidate's words.")
    requirement: str = Field(description="The requirement or need it meets, in their words.")
    source: str = Field(description="Where the requirement came from: `role` or `company`.")
    evidence: str | None = Field(
        default=None,
        description="A highlight of the candidate's that shows the skill at work, when one does. "
        "When only a highlight meets the requirement, `skill` repeats the requirement's words.",
    )


class Fit(BaseModel):
    """Why the last pitch says what it says."""

    matched: list[FitMatch] = Field(default_factory=list, description="Strongest matches first.")
    gaps: list[str] = Field(
        default_factory=list, description="Requirements none of the candidate's skills meet."
    )


class ReviewWarning(BaseModel):
    """Something in a draft a human should look at before sending."""

    code: str = Field(description="A stable machine-readable code, e.g. `cliche`.")
    message: str = Field(description="What to look at, in plain language.")
    draft: DraftKind | None = Field(default=None, description="The draft it concerns.")
    span: tuple[int, int] | None = Field(
        default=None, description="Start and end character offsets in the body it refers to."
    )


class Review(BaseModel):
    """The checks run over every generated draft."""

    warnings: list[ReviewWarning] = Field(default_factory=list)


class PlannedStep(BaseModel):
    """One dated step of the follow-up plan, before it is stored."""

    kind: StepKind = Field(description="Which move this step is.")
    title: str = Field(description="What to do, in a few words.")
    due_on: date = Field(description="The day to do it, in the candidate's time zone.")
    channel: Channel | None = Field(description="Where it happens; null for offline steps.")
    subject: str | None = Field(
        default=None, description="The email subject of the step's message, when it is an email."
    )
    message: str | None = Field(
        default=None, description="The drafted message for this step, when it needs one."
    )


class Drafts(BaseModel):
    """Every message drafted for one rejection."""

    last_pitch: Draft
    feedback_request: Draft
    interviewer_thanks: list[Draft] = Field(default_factory=list)
    linkedin_note: Draft | None = None

    def all(self) -> list[Draft]:
        rest = [self.linkedin_note] if self.linkedin_note else []
        return [self.last_pitch, self.feedback_request, *self.interviewer_thanks, *rest]


class DraftingResult(BaseModel):
    """Everything the engine produces for one context."""

    drafts: Drafts
    steps: list[PlannedStep]
    fit: Fit
    review: Review
