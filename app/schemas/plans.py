"""Request and response models of the plan lifecycle and the calendar feeds."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from app.drafting.quiet import parse_period
from app.models.outbound import CalendarFeedBase
from app.schemas import PlanStepPublic
from app.types import NO_NUL, PLAIN_REF, IsoDate

_EXAMPLE_ID = "01936b8e-6f2a-7c41-9d0e-3b5f2a8c9e10"
_Text = Annotated[str, StringConstraints(max_length=5000, pattern=NO_NUL)]
_CandidateRef = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200, pattern=PLAIN_REF),
    AfterValidator(str.strip),
]
_NOTE = Field(
    default=None,
    description="The candidate's own note on the step (at most 5000 characters).",
    examples=["Sent from my phone on the train."],
)


class StepDone(BaseModel):
    """The step was done."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["done"] = Field(description="`done`.", examples=["done"])
    note: _Text | None = _NOTE
    received_feedback: _Text | None = Field(
        default=None,
        description="Only on the feedback request step: the reply's text, stored as the "
        "rejection's `received_feedback`.",
        examples=["Strong system design; we needed deeper dbt experience."],
    )


class StepSkipped(BaseModel):
    """The candidate chose not to do the step."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["skipped"] = Field(description="`skipped`.", examples=["skipped"])
    note: _Text | None = _NOTE


class StepSnoozed(BaseModel):
    """Put the step off to a later day."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["snoozed"] = Field(description="`snoozed`.", examples=["snoozed"])
    due_on: IsoDate = Field(
        description="The new day: after today in the candidate's time zone, and at most "
        "2 years ahead (the same day two years on); a later day is a 422 naming `due_on`.",
        examples=["2026-12-07"],
    )
    note: _Text | None = _NOTE


class StepPosting(BaseModel):
    """The reach-out stays pending, now about an open posting: its note is drafted."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["pending"] = Field(description="`pending`.", examples=["pending"])
    posting_title: Annotated[
        str, StringConstraints(min_length=1, max_length=200, pattern=PLAIN_REF)
    ] = Field(description="The posting's title.", examples=["Staff Data Engineer"])
    posting_url: (
        Annotated[str, StringConstraints(max_length=2000, pattern=r"^https?://[^ \x00-\x1f\x7f]+$")]
        | None
    ) = Field(
        default=None,
        description="Its address (http or https).",
        examples=["https://acme.example/jobs/42"],
    )
    note: _Text | None = _NOTE


StepUpdate = Annotated[
    StepDone | StepSkipped | StepSnoozed | StepPosting, Field(discriminator="status")
]


class DueStep(PlanStepPublic):
    """A step due on or before the day asked, with the rejection it belongs to."""

    company_name: str = Field(description="The employer.", examples=["Acme Robotics"])
    role_title: str = Field(description="The role.", examples=["Senior Data Engineer"])
    candidate_name: str = Field(description="The candidate.", examples=["Maya Chen"])
    candidate_ref: str | None = Field(
        description="The job board's candidate id.", examples=["user-1234"]
    )


class DuePage(BaseModel):
    """Steps due, oldest first."""

    items: list[DueStep] = Field(description="This page's steps.")
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null on the last page.",
        examples=["AAtDtwGTa46PKnxBnQ47XyqM8J4"],
    )


class CalendarFeedCreate(BaseModel):
    """A calendar subscription for one candidate."""

    model_config = ConfigDict(extra="forbid")

    candidate_ref: _CandidateRef = Field(
        description="The job board's candidate id, as sent in `candidate_ref` on rejections.",
        examples=["user-1234"],
    )


class CalendarFeedPublic(CalendarFeedBase):
    """A calendar feed; its token is shown only when it is created or rotated."""

    id: uuid.UUID = Field(description="The feed's id.", examples=[_EXAMPLE_ID])


class CalendarFeedSecret(CalendarFeedPublic):
    """A feed with its subscription URL: store it now, it is not shown again."""

    url: str = Field(
        description="The path a calendar app subscribes to, with no API key; prefix your "
        "API's origin. Anyone holding it can read the candidate's pending steps.",
        examples=["/v1/calendar-feeds/rjf_3q2S8vPp0m9nW0u1oQk7cVg5d4YxT6bZrHjEaLfKiMs.ics"],
    )
    redacted: bool = Field(
        default=False,
        description="`false` in the first answer. `true` in an `Idempotency-Key` replay: the "
        "token is stored only as its SHA-256, so the replay's `url` reads "
        "`/v1/calendar-feeds/[redacted].ics`; rotate the feed if the URL is lost.",
    )

    def without_secret(self) -> "CalendarFeedSecret":
        """The answer as it is kept for replay."""
        return self.model_copy(
            update={"url": "/v1/calendar-feeds/[redacted].ics", "redacted": True}
        )


class CalendarFeedList(BaseModel):
    """The caller's active calendar feeds."""

    items: list[CalendarFeedPublic] = Field(description="Active feeds, newest first.")


class ReplyChannel(StrEnum):
    """How the reply came."""

    email = "email"
    linkedin = "linkedin"
    phone = "phone"
    other = "other"


class ReplyCreate(BaseModel):
    """A reply from the contact, as the candidate records it."""

    model_config = ConfigDict(extra="forbid")

    on: IsoDate = Field(
        description="The day it came, in the candidate's time zone; not after today.",
        examples=["2026-11-27"],
    )
    channel: ReplyChannel = Field(
        default=ReplyChannel.email, description="How it came.", examples=["email"]
    )
    summary: _Text | None = Field(
        default=None,
        description="What it said, in the candidate's words (at most 5000 characters).",
        examples=["Jordan thanked me and offered a call next week."],
    )


class ReplyPublic(BaseModel):
    """A recorded reply, with the plan steps it changed."""

    id: uuid.UUID = Field(description="The reply's id.", examples=[_EXAMPLE_ID])
    rejection_id: uuid.UUID = Field(description="Its rejection.", examples=[_EXAMPLE_ID])
    on: date = Field(description="The day it came.", examples=["2026-11-27"])
    channel: ReplyChannel = Field(description="How it came.", examples=["email"])
    summary: str | None = Field(description="What it said.", examples=[None])
    created_at: datetime = Field(
        description="When it was recorded (UTC).", examples=["2026-11-27T18:02:00Z"]
    )
    changed_steps: list[PlanStepPublic] = Field(
        description="The steps the reply changed: the nudge it made moot, cancelled with "
        "`cancel_reason` `replied`, and steps drafted again."
    )


def _a_period(text: str) -> str:
    try:
        parse_period(text)
    except ValueError as exc:
        # What the pattern cannot say: a real day, an end after the start, 92 days at most.
        raise ValueError(f"not a usable quiet period ({exc})") from exc
    return text


_DAY = r"[0-9]{2}-[0-9]{2}"
_PERIOD = rf"^(?:{_DAY}\.\.{_DAY}|[0-9]{{4}}-{_DAY}\.\.[0-9]{{4}}-{_DAY})$"
_Period = Annotated[str, StringConstraints(pattern=_PERIOD), AfterValidator(_a_period)]


class QuietPeriods(BaseModel):
    """Ranges in which no plan step messages a contact, beside the service's own."""

    model_config = ConfigDict(extra="forbid")

    periods: list[_Period] = Field(
        max_length=20,
        description="`MM-DD..MM-DD` every year (it may wrap the new year) or "
        "`YYYY-MM-DD..YYYY-MM-DD` once; both ends included. Replaces the list.",
        examples=[["11-25..12-24"]],
    )
    defaults: list[str] = Field(
        default_factory=list,
        description="The service's own periods (`REJOINDER_QUIET_PERIODS`), which always apply; "
        "ignored when sent.",
        examples=[["12-20..01-05"]],
    )
