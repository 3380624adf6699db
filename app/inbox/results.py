"""What the email parser returns: the fields of a context it found and the signals it read,
each with how sure it is and where in the normalised text it came from.

These models are also the response of `POST /v1/rejections/parse`, so they carry
descriptions. A field the email does not hold is absent (None), never guessed from nothing.
"""

from datetime import date
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from app.drafting.context import Stage
from app.drafting.results import ReasonKind

T = TypeVar("T")

Span = tuple[int, int]


def _found_schema(schema: dict[str, Any]) -> None:
    # A generic model's parametrised copies (Found[str], Found[date]) carry no docstring, and
    # the value's example depends on its type: both are set here, once for all of them.
    schema["description"] = "One value read from the email, how sure, and where it was read."
    value = schema.get("properties", {}).get("value", {})
    if value.get("format") == "date":
        value["examples"] = ["2026-11-20"]
    elif value.get("type") == "string":
        value["examples"] = ["Acme Robotics"]


class Found(BaseModel, Generic[T]):
    """One value read from the email."""

    model_config = ConfigDict(json_schema_extra=_found_schema)

    value: T = Field(description="What was read.")
    confidence: float = Field(
        ge=0,
        le=1,
        description="How sure the parser is (0 to 1); confirm below 0.8.",
        examples=[0.9],
    )
    span: Span | None = Field(
        default=None,
        description="`[start, end)` character offsets in `text` of what it was read from, so "
        "a frontend can highlight it; null when it was inferred from the whole message.",
        examples=[[112, 131]],
    )


class Signal(BaseModel):
    """A yes/no reading of the email, with the words that said it when it is yes."""

    value: bool = Field(description="Whether the email says it.")
    confidence: float = Field(
        ge=0, le=1, description="How sure the parser is (0 to 1).", examples=[0.9]
    )
    span: Span | None = Field(
        default=None,
        description="`[start, end)` in `text` of the words that say it.",
        examples=[[240, 275]],
    )


class ParsedPerson(BaseModel):
    """The candidate as the email names them."""

    name: Found[str] | None = Field(default=None, description="Their name.")


class ParsedContact(BaseModel):
    """Who wrote the rejection."""

    name: Found[str] | None = Field(default=None, description="The sender's name.")
    title: Found[str] | None = Field(default=None, description="The sender's job title.")
    email: Found[str] | None = Field(
        default=None,
        description="The sender's address; absent when it is a no-reply address (see "
        "`signals.no_reply_sender`).",
    )


class ParsedCompany(BaseModel):
    """The employer."""

    name: Found[str] | None = Field(default=None, description="The employer's name.")


class ParsedRole(BaseModel):
    """The role applied for."""

    title: Found[str] | None = Field(default=None, description="The job title.")


class ParsedContext(BaseModel):
    """The fields of a rejection context the email holds."""

    candidate: ParsedPerson = Field(
        default_factory=ParsedPerson, description="The candidate (greeting, `To`)."
    )
    company: ParsedCompany = Field(default_factory=ParsedCompany, description="The employer named.")
    role: ParsedRole = Field(default_factory=ParsedRole, description="The role it is about.")
    contact: ParsedContact = Field(
        default_factory=ParsedContact, description="Who wrote it (signature, `From`)."
    )
    stage: Found[Stage] | None = Field(
        default=None, description="The stage the wording suggests; often ambiguous: confirm it."
    )
    rejected_on: Found[date] | None = Field(
        default=None, description="The `Date` header's day in the given time zone, else today."
    )
    reason: Found[str] | None = Field(default=None, description="The reason the email states.")


class Signals(BaseModel):
    """What the email says beyond the context's fields; several change the drafts."""

    is_rejection: Signal = Field(
        description="Whether this is a rejection at all (an interview invitation or an offer "
        "is not: then no context is read from it)."
    )
    invited_to_reapply: Signal = Field(description="It invites the candidate to apply again.")
    keeps_cv_on_file: Signal = Field(description="It says the CV or résumé is kept on file.")
    feedback_offered: Signal = Field(description="It offers feedback.")
    feedback_declined: Signal = Field(
        description='It says no individual feedback can be given ("we are unable to provide '
        'feedback").'
    )
    no_reply_sender: Signal = Field(description="It came from an address that takes no reply.")
    automated: Signal = Field(description="It reads as sent by an ATS rather than a person.")
    reason_kind: Found[ReasonKind] | None = Field(
        default=None, description="What the stated reason is about, when one is stated."
    )


class ParsedEmail(BaseModel):
    """A rejection email read into a draft context and signals. Nothing is stored."""

    text: str = Field(
        description="The normalised text every `span` points into: the rejection's own "
        "headers (From, To, Reply-To, Subject, Date, those it has), a blank line, then its "
        "body as plain text, unwrapped from a forward and without quoted replies, with the "
        "line breaks a mail client wrapped inside sentences joined.",
        examples=[
            "From: Jordan Lee <jordan@acme.example>\nSubject: Your application\n\nHi Maya, …"
        ],
    )
    language: str = Field(
        description="ISO 639-1 code of the email's language; fields are read from English "
        "only, signals as far as the cues go.",
        examples=["en"],
    )
    forwarded: bool = Field(
        default=False, description="Whether the rejection was unwrapped from a forward."
    )
    forwarded_by: Found[str] | None = Field(
        default=None,
        description="Who forwarded it (name and address as in the forward's `From`): the "
        "candidate, when they forwarded their own rejection.",
    )
    context: ParsedContext = Field(
        default_factory=ParsedContext,
        description="The context's fields the email holds; empty when it is not a rejection.",
    )
    signals: Signals = Field(description="What the email says beyond the context's fields.")


class EmailError(ValueError):
    """The input cannot be read as an email at all (empty, binary, too large): the message
    says which, and never quotes the input."""
