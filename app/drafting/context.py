"""The typed input of the drafting engine: everything Rejoinder knows about one rejection.

These models are also the public request body of `POST /v1/rejections`, so every field
carries a description and an example that "Try it out" in /docs can send as shown.
"""

import re
import unicodedata
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Annotated
from zoneinfo import ZoneInfo, available_timezones

import holidays
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    JsonValue,
    StrictBool,
    StringConstraints,
    field_validator,
)

MAX_NAME = 200
MAX_ITEM = 200
MAX_TEXT = 1000
# Exactly the characters str.strip() removes, spelled out: `\s` differs between Python and
# the ECMA regexes JSON Schema tools use, and the schema must say what the check does.
WHITE_SPACE = r"\t-\r\x1c- \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# No NUL anywhere (PostgreSQL text cannot hold it), and at least one character that is not
# white space: strip() leaves nothing of the rest. The bounds are checked on the text as sent,
# as the schema states them, and the white space at its ends is trimmed after.
NO_NUL = r"^[^\x00]*$"
# Characters that draw nothing, as far as a JSON Schema pattern (no `u` flag, so the Basic
# Multilingual Plane only) can list them: controls, format characters (soft hyphen,
# zero-width space and joiners, bidi controls, word joiner, BOM), variation selectors and
# blank "letters" (Hangul fillers, the Braille blank). `_require_visible` judges the rest.
INVISIBLE = (
    r"\x00-\x1f\x7f-\x9f\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    r"\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    r"\u2066-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
)
_VISIBLE = f"^[^\\x00]*[^{INVISIBLE}{WHITE_SPACE}][^\\x00]*$"

# What a JSON Schema pattern cannot say: Unicode's format characters (zero-width space, soft
# hyphen, word joiner, BOM, bidi controls, tags), controls, lone combining marks and the
# blank "letters" below draw nothing, so a name made only of them greets "Hi ,".
_BLANK_LETTERS = frozenset("\u115f\u1160\u2800\u3164\uffa0")


# Unassigned and private-use code points count as visible: a font draws them as a box.
_DRAWS_NOTHING = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"})


def _draws_something(char: str) -> bool:
    return unicodedata.category(char) not in _DRAWS_NOTHING and char not in _BLANK_LETTERS


def _require_visible(value: str) -> str:
    if not any(_draws_something(char) for char in value):
        raise ValueError("must contain a visible character (letters, digits or punctuation)")
    return value


Name = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_NAME, pattern=_VISIBLE),
    AfterValidator(_require_visible),
    AfterValidator(str.strip),
]
Item = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_ITEM, pattern=_VISIBLE),
    AfterValidator(_require_visible),
    AfterValidator(str.strip),
]
Text = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_TEXT, pattern=_VISIBLE),
    AfterValidator(_require_visible),
    AfterValidator(str.strip),
]
Ref = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200, pattern=_VISIBLE),
    AfterValidator(str.strip),
]

# Rejoinder never sends mail itself: a plausible address is enough, and deliverability rules
# (reserved domains such as .test) are the sender's business.
Email = Annotated[
    str,
    StringConstraints(
        max_length=254,
        pattern=f"^[^@\\x00{WHITE_SPACE}]+@[^@\\x00{WHITE_SPACE}]+\\.[^@\\x00{WHITE_SPACE}]+$",
    ),
    AfterValidator(str.strip),
]


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date_as_text(value: object) -> object:
    # Lax pydantic reads a number, or a string of digits, as seconds since 1970: a client
    # sending 0 or "1700000000" means a mistake, not 1 January 1970.
    if isinstance(value, str) and not _ISO_DAY.fullmatch(value):
        raise ValueError("expected a date as YYYY-MM-DD")
    if isinstance(value, int | float):
        raise ValueError("expected a date as YYYY-MM-DD")
    return value


# A calendar day written as YYYY-MM-DD, the only form the schema (format: date) allows.
IsoDate = Annotated[date, BeforeValidator(_date_as_text)]


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


@cache
def supported_countries() -> frozenset[str]:
    return frozenset(holidays.list_supported_countries())


@cache
def known_timezones() -> frozenset[str]:
    return frozenset(available_timezones())


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
    tone: Tone = Field(
        default=Tone.warm, description="How the drafts should sound: warm, formal or concise."
    )
    interest: Interest = Field(
        default=Interest.medium,
        description="How much the candidate still wants this company: shapes the follow-up plan.",
    )
    timezone: str = Field(
        examples=["America/New_York"],
        default="UTC",
        max_length=64,
        json_schema_extra={"enum": list[JsonValue](sorted(known_timezones()))},
        description="The candidate's IANA time zone; plan dates are counted in it.",
    )
    country: str = Field(
        examples=["US"],
        default="US",
        max_length=2,
        json_schema_extra={"enum": list[JsonValue](sorted(supported_countries()))},
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

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        if value not in known_timezones():
            raise ValueError(f"unknown IANA time zone {value!r}")
        return value

    @field_validator("country")
    @classmethod
    def _supported_country(cls, value: str) -> str:
        code = value.upper()
        if code not in supported_countries():
            raise ValueError(f"no public-holiday calendar for country {value!r}")
        return code

    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)
