"""Greenhouse recruiting webhooks: `reject_candidate`, `unreject_candidate`, `ping`.

Signature: header `Signature: sha256 <hex>`, HMAC-SHA256 of the raw body with the secret the
admin typed when creating the webhook. No timestamp, so no replay window; deliveries carry a
`Greenhouse-Event-ID` header used for dedupe.
"""

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from app.ats import fields as f
from app.ats.base import AtsEvent, Delivery, EventKind, IntegrationDefaults
from app.ats.mapping import Facts, Person, build_context
from app.ats.signing import require_sha256_hex

PROVIDER = "greenhouse"
# Harvest's rejection-reason type for a candidate-side withdrawal: not ours to answer.
_CANDIDATE_SIDE = "they rejected us"
# The type Harvest gives a reason nobody chose (its docs list "We rejected them", "They rejected
# us" and "None specified"; harvest.html#rejection-reasons): drafting from it would put words
# in the company's mouth, so it is no reason at all.
_NO_REASON = "none specified"
# Interviews that never took place (webhooks.html, "Candidate stage change": the statuses of
# `current_stage.interviews[]`), and an interviewer who declined the invitation: none of them
# met the candidate, so none is thanked.
_NOT_HELD = frozenset({"to_be_scheduled", "scheduled", "skipped"})
_DECLINED = "declined"


class GreenhouseAdapter:
    provider = PROVIDER
    details = None  # its events arrive complete: nothing to fetch

    def is_handshake(self, delivery: Delivery) -> bool:
        # The ping is sent when the webhook is saved, possibly before we hold its secret; if it
        # fails the webhook is created disabled. Answering it stores and reveals nothing.
        body = f.try_load_object(delivery.body)
        return body is not None and body.get("action") == "ping"

    def verify(self, delivery: Delivery, secrets: Sequence[str], *, now: datetime) -> None:
        require_sha256_hex(
            delivery.headers.get("signature"),
            secrets,
            delivery.body,
            header="Signature",
            separator=" ",
        )

    def parse(self, delivery: Delivery, defaults: IntegrationDefaults) -> AtsEvent:
        body = f.load_object(delivery.body)
        action = f.text(body, "action", "body")
        base = AtsEvent(
            kind=EventKind.ignored,
            provider=PROVIDER,
            event_name=action,
            vendor_delivery_id=delivery.headers.get("greenhouse-event-id") or None,
        )
        if action == "ping":
            return replace(base, kind=EventKind.handshake)
        if action not in ("reject_candidate", "unreject_candidate"):
            return replace(base, ignored_reason=f"action {action!r} is not a rejection")
        application = f.obj(f.obj(body, "payload", "body"), "application", "body.payload")
        candidate = f.obj(application, "candidate", "payload.application")
        base = replace(
            base,
            application_id=f.ident(application, "id", "payload.application"),
            candidate_ref=f.ident(candidate, "id", "payload.application.candidate"),
        )
        if action == "unreject_candidate":
            # Greenhouse gives no un-rejection time (rejected_at is null by then).
            return replace(base, kind=EventKind.unrejection)
        return _rejection(base, application, candidate, delivery, defaults)


def _skip_reason(application: f.JsonObject, candidate: f.JsonObject) -> str | None:
    if application.get("prospect") is True:
        return "the rejected person is a prospect, not an applicant"
    if candidate.get("can_email") is False:
        return "the candidate may not be emailed (can_email is false)"
    reason_type = f.opt_obj(f.opt_obj(application, "rejection_reason") or {}, "type") or {}
    if (f.opt_text(reason_type, "name") or "").casefold() == _CANDIDATE_SIDE:
        return "the rejection reason type says the candidate withdrew"
    return None


def _rejection(
    base: AtsEvent,
    application: f.JsonObject,
    candidate: f.JsonObject,
    delivery: Delivery,
    defaults: IntegrationDefaults,
) -> AtsEvent:
    rejected_at = f.opt_iso_time(application, "rejected_at")
    skip = _skip_reason(application, candidate)
    if skip is not None:
        return replace(base, ignored_reason=skip, occurred_at=rejected_at)
    facts = Facts(
        candidate=Person(
            name=f.full_name(
                f.opt_text(candidate, "first_name"), f.opt_text(candidate, "last_name")
            ),
            email=_email(candidate),
        ),
        job_title=_job_title(application),
        stage_name=f.opt_text(f.opt_obj(application, "current_stage") or {}, "name"),
        reason=_reason(application),
        contact=_recruiter(candidate),
        rejected_at=rejected_at,
        application_id=base.application_id or "",
        candidate_ref=base.candidate_ref,
        interviewers=_interviewers(application),
    )
    context = build_context(facts, defaults, received_at=delivery.received_at)
    return replace(base, kind=EventKind.rejection, context=context, occurred_at=rejected_at)


def _reason(application: f.JsonObject) -> str | None:
    reason = f.opt_obj(application, "rejection_reason") or {}
    name = f.opt_text(reason, "name")
    type_name = f.opt_text(f.opt_obj(reason, "type") or {}, "name")
    if _NO_REASON in ((type_name or "").casefold(), (name or "").casefold()):
        return None
    return name


def _interviewers(application: f.JsonObject) -> tuple[Person, ...]:
    """`current_stage.interviews[].interviewers[]` (`{id, display_name, status}` in the docs;
    `name` or first/last names and a `title` are read too, where a payload carries them)."""
    stage = f.opt_obj(application, "current_stage") or {}
    people: list[Person] = []
    for interview in _objects(stage.get("interviews")):
        if f.opt_text(interview, "status") in _NOT_HELD:
            continue
        for person in _objects(interview.get("interviewers")):
            if f.opt_text(person, "status") == _DECLINED:
                continue
            name = (
                f.opt_text(person, "display_name")
                or f.opt_text(person, "name")
                or f.full_name(f.opt_text(person, "first_name"), f.opt_text(person, "last_name"))
            )
            people.append(Person(name=name, title=f.opt_text(person, "title")))
    return tuple(people)


def _objects(value: object) -> list[f.JsonObject]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _email(candidate: f.JsonObject) -> str | None:
    addresses = [a for a in candidate.get("email_addresses") or [] if isinstance(a, dict)]
    personal = [a for a in addresses if a.get("type") == "personal"]
    for address in personal + addresses:
        value = f.opt_text(address, "value")
        if value:
            return value
    return None


def _job_title(application: f.JsonObject) -> str | None:
    jobs = [job for job in application.get("jobs") or [] if isinstance(job, dict)]
    return f.opt_text(jobs[0], "name") if jobs else None


def _recruiter(candidate: f.JsonObject) -> Person | None:
    recruiter = f.opt_obj(candidate, "recruiter")
    if recruiter is None:
        return None
    name = f.opt_text(recruiter, "name") or f.full_name(
        f.opt_text(recruiter, "first_name"), f.opt_text(recruiter, "last_name")
    )
    return Person(name=name, email=f.opt_text(recruiter, "email"), title="Recruiter")
