"""Ashby webhooks: `candidateStageChange` (and its twin `applicationUpdate`), `ping`.

Signature: header `Ashby-Signature: sha256=<hex>`, HMAC-SHA256 of the raw body with the
webhook's secret token. No timestamp; `webhookActionId` is the same across retries and across
the candidateStageChange/applicationUpdate pair, so it is the delivery id. The payload schema
requires only `action` and `data`, so a body without it gets a digest instead (see
`_delivery_id`).
"""

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from app.ats import fields as f
from app.ats.base import AtsEvent, Delivery, EventKind, IntegrationDefaults
from app.ats.mapping import Facts, Person, build_context
from app.ats.signing import require_sha256_hex

PROVIDER = "ashby"
# Both fire for one move to an Archived stage; dedupe on webhookActionId keeps one.
_STAGE_EVENTS = ("candidateStageChange", "applicationUpdate")
_CONTACT_ROLES = ("hiring manager", "recruiter")


class AshbyAdapter:
    provider = PROVIDER
    details = None  # its events arrive complete: nothing to fetch

    def is_handshake(self, delivery: Delivery) -> bool:
        # Sent on create/edit, signed only if a secret is set; failing it disables the webhook.
        body = f.try_load_object(delivery.body)
        return body is not None and body.get("action") == "ping"

    def verify(self, delivery: Delivery, secrets: Sequence[str], *, now: datetime) -> None:
        require_sha256_hex(
            delivery.headers.get("ashby-signature"),
            secrets,
            delivery.body,
            header="Ashby-Signature",
            separator="=",
        )

    def parse(self, delivery: Delivery, defaults: IntegrationDefaults) -> AtsEvent:
        body = f.load_object(delivery.body)
        action = f.text(body, "action", "body")
        if action == "ping":
            return AtsEvent(kind=EventKind.handshake, provider=PROVIDER, event_name=action)
        base = AtsEvent(
            kind=EventKind.ignored,
            provider=PROVIDER,
            event_name=action,
            vendor_delivery_id=_delivery_id(body, delivery.body, {}),
        )
        if action not in _STAGE_EVENTS:
            return replace(base, ignored_reason=f"action {action!r} is not a stage change")
        application = f.obj(f.obj(body, "data", "body"), "application", "body.data")
        candidate = f.obj(application, "candidate", "data.application")
        base = replace(
            base,
            vendor_delivery_id=_delivery_id(body, delivery.body, application),
            application_id=f.ident(application, "id", "data.application"),
            candidate_ref=f.ident(candidate, "id", "data.application.candidate"),
        )
        if not _archived(application):
            return _move(base, application)
        skip = _skip_reason(application)
        if skip is not None:
            return replace(base, ignored_reason=skip)
        return _rejection(base, application, candidate, delivery, defaults)


def _delivery_id(body: f.JsonObject, raw: bytes, application: f.JsonObject) -> str:
    """`webhookActionId`, or a digest standing in for it.

    Ashby's pages disagree on whether every delivery carries the id (the payload schemas
    require only `action` and `data`; "Common payload data" shows it). Without it a retry of
    the same event re-sends the same bytes, so the digest of the raw body, the application
    and its `updatedAt` is the same across retries and differs between two moves.
    """
    action_id = f.opt_text(body, "webhookActionId")
    if action_id is not None:
        return action_id
    digest = hashlib.sha256(raw)
    for part in (f.opt_ident(application, "id"), f.opt_text(application, "updatedAt")):
        digest.update(b"\x00" + (part or "").encode())
    return f"sha256:{digest.hexdigest()}"


def _archived(application: f.JsonObject) -> bool:
    status = f.text(application, "status", "data.application")
    stage = f.obj(application, "currentInterviewStage", "data.application")
    return status == "Archived" or stage.get("type") == "Archived"


def _move(base: AtsEvent, application: f.JsonObject) -> AtsEvent:
    """A move to a stage that is not Archived: an un-rejection when it leaves Archived.

    The payload names only the stage moved to. Only a history carried in the payload (the
    entries of `application.listHistory`) tells that the stage left was Archived; without one,
    the move is ignored rather than taken for an un-rejection of every ordinary move.
    """
    history = _history(application)
    if (
        len(history) >= 2
        and _is_archived_entry(history[-2])
        and not _is_archived_entry(history[-1])
    ):
        left_at = f.opt_iso_time(history[-1], "enteredStageAt") or f.opt_iso_time(
            application, "updatedAt"
        )
        return replace(base, kind=EventKind.unrejection, occurred_at=left_at)
    return replace(base, ignored_reason="the application was not moved to an Archived stage")


def _history(application: f.JsonObject) -> list[f.JsonObject]:
    """`applicationHistory` entries (`{stageId, title, enteredStageAt, leftStageAt,
    archiveReasonId?}`, as `application.listHistory` answers), oldest first."""
    raw = application.get("applicationHistory")
    entries = [e for e in raw if isinstance(e, dict)] if isinstance(raw, list) else []
    stamped = [
        (time, entry)
        for entry in entries
        if (time := f.opt_iso_time(entry, "enteredStageAt")) is not None
    ]
    if len(stamped) < len(entries):
        return entries  # not every entry is dated: the payload's order stands
    return [entry for _, entry in sorted(stamped, key=lambda pair: pair[0])]


def _is_archived_entry(entry: f.JsonObject) -> bool:
    # An Archived stage's entry carries the archive reason it was archived with; its type,
    # where sent, or the stage's default title say the same.
    return (
        f.opt_ident(entry, "archiveReasonId") is not None
        or entry.get("type") == "Archived"
        or (f.opt_text(entry, "title") or "").casefold() == "archived"
    )


def _stage_before_archiving(application: f.JsonObject) -> str | None:
    """The stage the candidate had reached: the last non-Archived entry of the history.

    The payload's `currentInterviewStage` is the Archived stage itself, which says nothing of
    how far the candidate got; without a history the stage stays unknown (the context's
    default) rather than read from the word "Archived".
    """
    reached = [entry for entry in _history(application) if not _is_archived_entry(entry)]
    return f.opt_text(reached[-1], "title") if reached else None


def _skip_reason(application: f.JsonObject) -> str | None:
    reason_type = f.opt_text(f.opt_obj(application, "archiveReason") or {}, "reasonType")
    if reason_type != "RejectedByOrg":
        return f"the archive reason type is {reason_type or 'missing'}, not RejectedByOrg"
    return None


def _rejection(
    base: AtsEvent,
    application: f.JsonObject,
    candidate: f.JsonObject,
    delivery: Delivery,
    defaults: IntegrationDefaults,
) -> AtsEvent:
    archived_at = f.opt_iso_time(application, "archivedAt")
    job = f.obj(application, "job", "data.application")
    facts = Facts(
        candidate=Person(
            name=f.text(candidate, "name", "data.application.candidate"),
            email=f.opt_text(f.opt_obj(candidate, "primaryEmailAddress") or {}, "value"),
        ),
        job_title=f.text(job, "title", "data.application.job"),
        stage_name=_stage_before_archiving(application),
        reason=f.opt_text(f.opt_obj(application, "archiveReason") or {}, "text"),
        contact=_contact(application),
        rejected_at=archived_at,
        application_id=base.application_id or "",
        candidate_ref=base.candidate_ref,
    )
    context = build_context(facts, defaults, received_at=delivery.received_at)
    return replace(base, kind=EventKind.rejection, context=context, occurred_at=archived_at)


def _contact(application: f.JsonObject) -> Person | None:
    team = [member for member in application.get("hiringTeam") or [] if isinstance(member, dict)]

    def rank(member: f.JsonObject) -> int:
        role = (f.opt_text(member, "role") or "").casefold()
        return _CONTACT_ROLES.index(role) if role in _CONTACT_ROLES else len(_CONTACT_ROLES)

    for member in sorted(team, key=rank):
        name = f.full_name(f.opt_text(member, "firstName"), f.opt_text(member, "lastName"))
        if name or f.opt_text(member, "email"):
            return Person(
                name=name, email=f.opt_text(member, "email"), title=f.opt_text(member, "role")
            )
    return None
