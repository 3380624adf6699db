"""Build a RejectionContext from what a vendor payload says, filled with integration defaults."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from annotated_types import MaxLen
from pydantic import TypeAdapter, ValidationError

from app.ats.base import IntegrationDefaults, PayloadError
from app.ats.stages import stage_for
from app.drafting.context import Interviewer, RejectionContext
from app.types import MAX_NAME, MAX_TEXT, Email

_EMAIL: TypeAdapter[str] = TypeAdapter(Email)
# The context's own cap: a panel of twelve still drafts, thanking the first ten.
MAX_INTERVIEWERS = next(
    rule.max_length
    for rule in RejectionContext.model_fields["interviewers"].metadata
    if isinstance(rule, MaxLen)
)


@dataclass(frozen=True)
class Person:
    name: str | None = None
    email: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Facts:
    """What one rejection payload (or a Lever fetch) tells us."""

    candidate: Person
    job_title: str | None
    stage_name: str | None
    reason: str | None
    contact: Person | None
    rejected_at: datetime | None
    application_id: str
    candidate_ref: str | None
    # Who interviewed the candidate, in the vendor's order: each gets a thank-you of their own.
    interviewers: tuple[Person, ...] = ()


def _clip(value: str | None, limit: int) -> str | None:
    # Vendor text is not ours to reject: an over-long reason is shortened and a NUL (which
    # no message needs and PostgreSQL cannot store) dropped, not a 400.
    cleaned = value.replace("\x00", "").strip() if value else ""
    return cleaned[:limit] or None


def _email(value: str | None) -> str | None:
    # A malformed address in the ATS must not cost the candidate the drafts.
    if not value:
        return None
    try:
        return _EMAIL.validate_python(value)
    except ValidationError:
        return None


def _zone(defaults: IntegrationDefaults) -> ZoneInfo:
    try:
        return ZoneInfo(defaults.timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _contact(person: Person | None) -> dict[str, str] | None:
    if person is None:
        return None
    fields = {
        "name": _clip(person.name, MAX_NAME),
        "title": _clip(person.title, MAX_NAME),
        "email": _email(person.email),
    }
    present = {key: value for key, value in fields.items() if value}
    return present or None


def _interviewers(people: tuple[Person, ...]) -> list[dict[str, str]]:
    """Named interviewers, once each (a panellist sits on several interviews), capped."""
    seen: set[str] = set()
    mapped: list[dict[str, str]] = []
    for person in people:
        name = _clip(person.name, MAX_NAME)
        if name is None or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        title = _clip(person.title, MAX_NAME)
        mapped.append({"name": name, "title": title} if title else {"name": name})
    return mapped[:MAX_INTERVIEWERS]


def not_the_candidate(person: Person, candidate: Person) -> bool:
    """False when `person` is the candidate (same address, or same name when either has no
    address): a vendor listing the candidate among the attendees must not get them thanked."""
    if person.email and candidate.email:
        return person.email.casefold() != candidate.email.casefold()
    if person.name and candidate.name:
        return person.name.casefold() != candidate.name.casefold()
    return True


def with_interviewers(context: RejectionContext, people: tuple[Person, ...]) -> RejectionContext:
    """`context` thanking `people` (named once each, capped), for interviewers fetched after
    the context was built (Ashby's, from its API)."""
    mapped = [Interviewer.model_validate(person) for person in _interviewers(people)]
    return context.model_copy(update={"interviewers": mapped}) if mapped else context


def build_context(
    facts: Facts, defaults: IntegrationDefaults, *, received_at: datetime
) -> RejectionContext:
    """The drafting input. `rejected_on` is the vendor's rejection day in the candidate's zone,
    never after the day the delivery arrived (the API refuses future dates)."""
    zone = _zone(defaults)
    day = received_at.astimezone(zone).date()
    if facts.rejected_at is not None:
        day = min(day, facts.rejected_at.astimezone(zone).date())
    body: dict[str, Any] = {
        "candidate": {
            "name": _clip(facts.candidate.name, MAX_NAME),
            "email": _email(facts.candidate.email),
        },
        "company": {"name": defaults.company_name},
        "role": {"title": _clip(facts.job_title, MAX_NAME)},
        "contact": _contact(facts.contact),
        "interviewers": _interviewers(facts.interviewers),
        "stage": stage_for(facts.stage_name),
        "rejected_on": day.isoformat(),
        "reason": _clip(facts.reason, MAX_TEXT),
        "external_ref": _clip(facts.application_id, 200),
        "candidate_ref": _clip(facts.candidate_ref, 200),
    }
    for key in ("tone", "timezone", "country"):
        value = getattr(defaults, key)
        if value is not None:
            body[key] = value
    try:
        return RejectionContext.model_validate(body)
    except ValidationError as error:
        where = ", ".join(".".join(str(part) for part in item["loc"]) for item in error.errors())
        raise PayloadError(f"payload does not make a complete rejection: {where}") from None
