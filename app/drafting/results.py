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
    # After feedback that names a gap: the candidate works on it, then tells the contact.
    build_skill = "build_skill"
    send_update = "send_update"


class DraftedMessage(BaseModel):
    """One rendered message."""

    kind: DraftKind = Field(description="Which message this is.")
    channel: Channel = Field(description="Where it is meant to be sent.")
    subject: str | None = Field(
        examples=["Thank you, and the Senior Data Engineer role"],
        description="The email subject; null for LinkedIn notes.",
    )
    body: str = Field(
        examples=["Hi Jordan,\n\nThank you for letting me know ..."],
        description="The message text, ready to send or edit.",
    )
    word_count: int = Field(examples=[142], description="Words in the body.")
    char_count: int = Field(
        examples=[871], description="Characters in the body (what LinkedIn counts)."
    )
    template: str = Field(
        examples=["en/last_pitch/warm.j2"],
        description="The template it was rendered from, for support and A/B.",
    )
    char_limit: int | None = Field(
        examples=[None],
        default=None,
        description="The channel's character limit the body was held to (LinkedIn notes: 200, "
        "or 300 with Premium); null when the channel has none.",
    )
    recipient: str | None = Field(
        examples=["Jordan Lee"],
        default=None,
        description="Who it is addressed to, when the draft is for one person.",
    )


class FitMatch(BaseModel):
    """A candidate skill or highlight that meets something the role or company asked for."""

    skill: str = Field(
        examples=["Kafka"], description="The candidate's skill, in the candidate's words."
    )
    requirement: str = Field(
        examples=["Kafka"], description="The requirement or need it meets, in their words."
    )
    source: str = Field(
        examples=["role"], description="Where the requirement came from: `role` or `company`."
    )
    evidence: str | None = Field(
        examples=["cut nightly ETL cost by 40% at Northwind"],
        default=None,
        description="A highlight of the candidate's that shows the skill at work, when one does. "
        "When only a highlight meets the requirement, `skill` repeats the requirement's words.",
    )


class Fit(BaseModel):
    """Why the last pitch says what it says."""

    matched: list[FitMatch] = Field(default_factory=list, description="Strongest matches first.")
    gaps: list[str] = Field(
        examples=[["dbt"]],
        default_factory=list,
        description="Requirements none of the candidate's skills meet.",
    )


class ReviewWarning(BaseModel):
    """Something in a draft a human should look at before sending."""

    code: str = Field(
        examples=["cliche"], description="A stable machine-readable code, e.g. `cliche`."
    )
    message: str = Field(
        examples=['"Just checking in" reads as filler; say what you are sharing instead.'],
        description="What to look at, in plain language.",
    )
    draft: DraftKind | None = Field(default=None, description="The draft it concerns.")
    span: tuple[int, int] | None = Field(
        examples=[[120, 137]],
        default=None,
        description="Start and end character offsets in the body it refers to.",
    )
    suggestion: str | None = Field(
        examples=["what would have made my application stronger"],
        default=None,
        description="A safe replacement for the text at `span`, when one exists: a frontend can "
        "offer it as a one-click fix. Null when only the writer can say it better.",
    )


class ReasonKind(StrEnum):
    """What the employer's stated reason is about; it chooses the questions and the closing."""

    skills_gap = "skills_gap"
    experience_level = "experience_level"
    soft_skills = "soft_skills"
    role_closed = "role_closed"
    internal_candidate = "internal_candidate"
    location = "location"
    compensation = "compensation"
    unknown = "unknown"


class ReasonReading(BaseModel):
    """How Rejoinder read the employer's stated reason."""

    kind: ReasonKind = Field(
        examples=["skills_gap"],
        description="What the reason is about: `skills_gap`, `experience_level`, `soft_skills`, "
        "`role_closed` (a freeze, a budget cut, a cancelled or closed role), "
        "`internal_candidate`, `location`, `compensation`, or `unknown` (no reason, or one "
        "that names nothing). It chooses the feedback questions and the pitch's closing.",
    )
    gap: str | None = Field(
        examples=["dbt experience"],
        default=None,
        description="The skill or experience the reason says was missing, when it names one.",
    )


class Review(BaseModel):
    """The checks run over every generated draft."""

    warnings: list[ReviewWarning] = Field(
        default_factory=list, description="What to look at, most important first."
    )


class PlannedStep(BaseModel):
    """One dated step of the follow-up plan, before it is stored."""

    kind: StepKind = Field(description="Which move this step is.")
    title: str = Field(
        examples=["Send your last pitch to Jordan Lee"], description="What to do, in a few words."
    )
    due_on: date = Field(
        examples=["2026-11-24"], description="The day to do it, in the candidate's time zone."
    )
    channel: Channel | None = Field(description="Where it happens; null for offline steps.")
    subject: str | None = Field(
        examples=["Re: A quick request for feedback on the Senior Data Engineer process"],
        default=None,
        description="The email subject of the step's message, when it is an email.",
    )
    message: str | None = Field(
        examples=[None],
        default=None,
        description="The drafted message for this step, when it needs one.",
    )


class Drafts(BaseModel):
    """Every message drafted for one rejection."""

    last_pitch: DraftedMessage = Field(description="The thank-you note that makes one last pitch.")
    feedback_request: DraftedMessage | None = Field(
        default=None,
        description="The message that asks for feedback; null when the employer said it gives "
        "no individual feedback (the last pitch asks one lighter question instead).",
    )
    interviewer_thanks: list[DraftedMessage] = Field(
        default_factory=list, description="One short, distinct thank-you per interviewer."
    )
    linkedin_note: DraftedMessage | None = Field(
        default=None, description="A connection note within LinkedIn's character limit."
    )

    def all(self) -> list[DraftedMessage]:
        request = [self.feedback_request] if self.feedback_request else []
        rest = [self.linkedin_note] if self.linkedin_note else []
        return [self.last_pitch, *request, *self.interviewer_thanks, *rest]


class DraftingResult(BaseModel):
    """Everything the engine produces for one context."""

    drafts: Drafts
    steps: list[PlannedStep]
    fit: Fit
    reason: ReasonReading
    review: Review
