"""The typed input of the drafting engine: everything Rejoinder knows about one rejection.

These models are also the public request body of `POST /v1/rejections`, so every field
carries a description and an example that "Try it out" in /docs can send as shown.
"""

from enum import StrEnum
from functools import cache
from typing import Annotated
from zoneinfo import ZoneInfo, available_timezones

import holidays
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    StrictBool,
    StringConstraints,
    model_validator,
)

from app.types import Email, IsoDate, Item, Name, NamedSchema, Ref, Text, enum_varnames


class Stage(StrEnum):
    """How far the candidate got before the rejection."""

    applied = "applied"
    phone_screen = "phone_screen"
    technical = "technical"
    onsite = "onsite"
    final = "final"


class Tone(StrEnum):
    """The voice of the drafts."""

    warm = "warm"
    formal = "formal"
    concise = "concise"


class Interest(StrEnum):
    """How much the candidate still wants to work at this company."""

    high = "high"
    medium = "medium"
    low = "low"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Candidate(_Strict):
    """The person who was turned down and on whose behalf Rejoinder writes."""

    name: Name = Field(
        examples=["Maya Chen"], description="The candidate's name as they sign their emails."
    )
    email: Email | None = Field(
        examples=["maya@example.com"], default=None, description="The candidate's email address."
    )
    skills: list[Item] = Field(
        examples=[["Kafka", "Airflow", "Python"]],
        default_factory=list,
        max_length=50,
        description="Skills the candidate can back up (at most 50). Matched against the role's "
        "requirements and the company's needs to choose what the last pitch leans on.",
    )
    highlights: list[Text] = Field(
        examples=[["cut nightly ETL cost by 40% at Northwind"]],
        default_factory=list,
        max_length=20,
        description="Concrete achievements in the candidate's own words (at most 20). Drafts "
        "quote them; Rejoinder never invents one.",
    )
    linkedin_premium: StrictBool = Field(
        default=False,
        description="Whether the candidate has LinkedIn Premium: connection notes may then use "
        "300 characters instead of 200.",
    )


class Company(_Strict):
    """The employer that sent the rejection."""

    name: Name = Field(
        examples=["Acme Robotics"],
        description="The employer's name as it should appear in a message.",
    )
    needs: list[Item] = Field(
        examples=[["scaling the data platform"]],
        default_factory=list,
        max_length=20,
        description="What the company is trying to get done, as stated in the posting or the "
        "interviews (at most 20).",
    )


class Role(_Strict):
    """The position the candidate applied for."""

    title: Name = Field(
        examples=["Senior Data Engineer"], description="The job title as the posting names it."
    )
    requirements: list[Item] = Field(
        examples=[["Kafka", "dbt"]],
        default_factory=list,
        max_length=50,
        description="Skills or experience the posting asks for (at most 50).",
    )


class Contact(_Strict):
    """The person the last pitch and the feedback request are addressed to."""

    name: Name | None = Field(
        examples=["Jordan Lee"],
        default=None,
        description="Who to address; without it the drafts use a graceful greeting.",
    )
    title: Name | None = Field(
        examples=["Engineering Manager"], default=None, description="The contact's job title."
    )
    email: Email | None = Field(
        examples=["jordan@acme.example"], default=None, description="Where to send the drafts."
    )


class Interviewer(_Strict):
    """Someone who interviewed the candidate and gets a thank-you of their own."""

    name: Name = Field(examples=["Priya Natarajan"], description="The interviewer's name.")
    title: Name | None = Field(
        examples=["Staff Data Engineer"], default=None, description="The interviewer's job title."
    )


class RejectionSignals(_Strict):
    """What the rejection itself said beyond its reason; each changes the drafts or the plan.

    Read from a pasted or forwarded email (`email`), or set by the caller."""

    # Said in the schema too, so a client (and a fuzzer) knows before sending.
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "not": {
                "required": ["feedback_offered", "feedback_declined"],
                "properties": {
                    "feedback_offered": {"const": True},
                    "feedback_declined": {"const": True},
                },
            }
        },
    )

    feedback_offered: StrictBool = Field(
        default=False,
        description="The employer offered feedback: the feedback request accepts the offer, "
        "and the plan asks for it even at a stage where it otherwise would not.",
    )
    feedback_declined: StrictBool = Field(
        default=False,
        description="The employer said it cannot give individual feedback: no feedback "
        "request is drafted (`drafts.feedback_request` is null), the plan has no request or "
        "nudge, and the last pitch asks one lighter question instead.",
    )
    invited_to_reapply: StrictBool = Field(
        default=False,
        description="The employer invited the candidate to apply again: the plan gains a "
        "dated step to look for the next opening (unless `interest` is low), and the last "
        "pitch thanks them for the invitation when the reason allows.",
    )
    keeps_cv_on_file: StrictBool = Field(
        default=False,
        description="The employer said it keeps the CV or résumé on file: the plan gains the "
        "same dated step to look for the next opening (unless `interest` is low).",
    )
    no_reply_sender: StrictBool = Field(
        default=False,
        description="The rejection came from an address that takes no reply: nothing is "
        "addressed to it, and the plan says where to find the hiring manager instead. A "
        "`contact.email` that reads as no-reply (`no-reply@…`) counts as this signal.",
    )

    @model_validator(mode="after")
    def _offered_or_declined(self) -> "RejectionSignals":
        if self.feedback_offered and self.feedback_declined:
            raise ValueError("feedback cannot be both offered and declined")
        return self


@cache
def supported_countries() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of the countries whose public holidays are known (the
    library also takes alpha-3 aliases, which the API does not: one code per country)."""
    return frozenset(code for code in holidays.list_supported_countries() if len(code) == 2)


@cache
def known_timezones() -> frozenset[str]:
    return frozenset(available_timezones())


def _known_timezone(value: str) -> str:
    if value not in known_timezones():
        raise ValueError(f"unknown IANA time zone {value!r}")
    return value


def _supported_country(value: str) -> str:
    code = value.upper()
    if code not in supported_countries():
        raise ValueError(
            f"no public-holiday calendar for country {value!r} (an ISO 3166-1 alpha-2 code, "
            "e.g. 'US')"
        )
    return code


_TIMEZONES = sorted(known_timezones())
_COUNTRIES = sorted(supported_countries())
TimeZoneName = Annotated[
    str,
    StringConstraints(max_length=64),
    AfterValidator(_known_timezone),
    NamedSchema(
        "TimeZone",
        {
            "description": "An IANA time zone name, e.g. `America/New_York`.",
            "enum": list[JsonValue](_TIMEZONES),
            "x-enum-varnames": list[JsonValue](enum_varnames(_TIMEZONES)),
        },
    ),
]
# Lower case is taken and upper-cased; the schema lists the canonical form.
CountryCode = Annotated[
    str,
    StringConstraints(min_length=2, max_length=2),
    AfterValidator(_supported_country),
    NamedSchema(
        "Country",
        {
            "description": "An ISO 3166-1 alpha-2 country code with a known public-holiday "
            "calendar, e.g. `US`.",
            "enum": list[JsonValue](_COUNTRIES),
        },
    ),
]


# The core contract's example body: the one "Try it out" in /docs sends as shown.
CONTRACT_EXAMPLE: dict[str, JsonValue] = {
    "candidate": {
        "name": "Maya Chen",
        "email": "maya@example.com",
        "skills": ["Kafka", "Airflow", "Python"],
        "highlights": ["cut nightly ETL cost by 40% at Northwind"],
    },
    "company": {"name": "Acme Robotics", "needs": ["scaling the data platform"]},
    "role": {"title": "Senior Data Engineer", "requirements": ["Kafka", "dbt"]},
    "contact": {
        "name": "Jordan Lee",
        "title": "Engineering Manager",
        "email": "jordan@acme.example",
    },
    "stage": "onsite",
    "rejected_on": "2026-11-20",
    "reason": "another candidate had more dbt experience",
    "tone": "warm",
    "timezone": "America/New_York",
    "external_ref": "app-8812",
}


class RejectionContext(_Strict):
    """The context of one rejection: who, where, for what, how far it went, and how to write."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [CONTRACT_EXAMPLE]},
    )

    candidate: Candidate = Field(description="The candidate who was turned down.")
    company: Company = Field(description="The employer.")
    role: Role = Field(description="The position applied for.")
    contact: Contact | None = Field(
        default=None, description="The hiring manager or recruiter to write to, when known."
    )
    interviewers: list[Interviewer] = Field(
        default_factory=list,
        max_length=10,
        description="People who interviewed the candidate; each gets a distinct short thank-you.",
    )
    stage: Stage = Field(default=Stage.applied, description="The last stage the candidate reached.")
    rejected_on: IsoDate | None = Field(
        examples=["2026-11-20"],
        default=None,
        description="The day the rejection arrived, in the candidate's time zone (YYYY-MM-DD): "
        "not after today in the context's `timezone` (a later day is a 422 naming "
        "`rejected_on`; JSON Schema cannot say 'today'). Defaults to today. The follow-up "
        "plan is dated from it.",
    )
    reason: Text | None = Field(
        examples=["another candidate had more dbt experience"],
        default=None,
        description="The reason the employer gave, if any. The feedback request asks about it; "
        "the last pitch never argues with it.",
    )
    signals: RejectionSignals = Field(
        default_factory=RejectionSignals,
        description="What the rejection said beyond its reason (an offer of feedback, an "
        "invitation to reapply, a no-reply sender); read from `email` when one is given.",
    )
    tone: Tone = Field(
        default=Tone.warm, description="How the drafts should sound: warm, formal or concise."
    )
    interest: Interest = Field(
        default=Interest.medium,
        description="How much the candidate still wants this company: shapes the follow-up plan.",
    )
    timezone: TimeZoneName = Field(
        examples=["America/New_York"],
        default="UTC",
        description="The candidate's IANA time zone; plan dates are counted in it.",
    )
    country: CountryCode = Field(
        examples=["US"],
        default="US",
        description="ISO 3166-1 alpha-2 country whose public holidays the plan skips.",
    )
    external_ref: Ref | None = Field(
        examples=["app-8812"],
        default=None,
        description="The caller's own id for this application (e.g. an ATS id).",
    )
    candidate_ref: Ref | None = Field(
        examples=["user-1234"],
        default=None,
        description="The job board's own id for the candidate; lists filter by it.",
    )

    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)
