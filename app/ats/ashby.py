"""Ashby webhooks: `candidateStageChange` (and its twin `applicationUpdate`), `ping`.

Signature: header `Ashby-Signature: sha256=<hex>`, HMAC-SHA256 of the raw body with the
webhook's secret token. No timestamp; `webhookActionId` is the same across retries and across
the candidateStageChange/applicationUpdate pair, so it is the delivery id. The payload schema
requires only `action` and `data`, so a body without it gets a digest instead (see
`_delivery_id`).

A rejection's stage is the one reached before Archived, read from the payload's
`applicationHistory`. No payload names who interviewed. So a rejection carries `fetch`
(AshbyFetch), and `AshbyAdapter.details` (AshbyHistoryDetails) reads from Ashby's API, when the
integration has an API key, the interviewers (see ashby_interviews) and, for a payload without
a history, the history (see ashby_client). Without a key, or when a fetch fails, the rejection
is drafted without interviewers and, lacking a history, with the stage unset (the context's
default): the event is never held back for either.
"""

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

import httpx

from app.ats import fields as f
from app.ats.ashby_client import DEFAULT_BASE_URL, AshbyFetchError, fetch_application_history
from app.ats.ashby_interviews import fetch_ashby_interviewers
from app.ats.base import (
    AshbyFetch,
    AtsEvent,
    Delivery,
    EventKind,
    IntegrationDefaults,
    VendorApi,
)
from app.ats.mapping import Facts, Person, build_context, with_interviewers
from app.ats.signing import require_sha256_hex
from app.ats.stages import stage_for
from app.drafting.context import RejectionContext

logger = logging.getLogger(__name__)

PROVIDER = "ashby"
# Both fire for one move to an Archived stage; dedupe on webhookActionId keeps one.
_STAGE_EVENTS = ("candidateStageChange", "applicationUpdate")
_CONTACT_ROLES = ("hiring manager", "recruiter")


class AshbyHistoryDetails:
    """Adds to a rejection, from Ashby's API, who interviewed the candidate and (for a payload
    without a history) the stage reached. Neither is worth holding the rejection back for: a
    failed fetch is logged and the rejection drafted without what it would have added."""

    api_base = DEFAULT_BASE_URL

    def complete(
        self,
        event: AtsEvent,
        api: VendorApi,
        defaults: IntegrationDefaults,
        *,
        received_at: datetime,
    ) -> AtsEvent:
        fetch, context = event.fetch, event.context
        if not isinstance(fetch, AshbyFetch) or context is None:
            return event
        if fetch.needs_history:
            context = _with_stage(context, api, fetch.application_id)
        context = _with_interviewers(context, api, fetch.application_id, received_at)
        return replace(event, context=context, fetch=None)

    def failed(self, event: AtsEvent, why: str) -> AtsEvent:
        # The rejection is drafted anyway, its stage and interviewers left to the defaults.
        _not_fetched("the history and the interviewers", why, event.application_id)
        return replace(event, fetch=None)


def _not_fetched(what: str, why: str, application_id: str | None) -> None:
    # `why` is one of the clients' messages, which never hold the API key.
    logger.warning(
        f"ashby {what} not fetched; drafting without them",
        extra={"why": why, "application": application_id},
    )


def _with_stage(context: RejectionContext, api: VendorApi, application_id: str) -> RejectionContext:
    try:
        history = fetch_application_history(
            api_key=api.api_key,
            base_url=api.base_url,
            headers=api.headers,
            extensions=api.extensions,
            application_id=application_id,
        )
    except AshbyFetchError as error:
        why = str(error)
    except httpx.InvalidURL:
        why = "the API base URL is not usable"
    else:
        stage = _stage_before_archiving({"applicationHistory": history})
        if stage is not None:
            return context.model_copy(update={"stage": stage_for(stage)})
        why = "the history names no stage before Archived"
    _not_fetched("history", why, application_id)
    return context


def _with_interviewers(
    context: RejectionContext, api: VendorApi, application_id: str, received_at: datetime
) -> RejectionContext:
    candidate = Person(name=context.candidate.name, email=context.candidate.email)
    try:
        people = fetch_ashby_interviewers(
            api_key=api.api_key,
            base_url=api.base_url,
            headers=api.headers,
            extensions=api.extensions,
            application_id=application_id,
            now=received_at,
            candidate=candidate,
        )
    except AshbyFetchError as error:
        why = str(error)
    except httpx.InvalidURL:
        why = "the API base URL is not usable"
    else:
        return with_interviewers(context, people)
    _not_fetched("interviewers", why, application_id)
    return context


class AshbyAdapter:
    provider = PROVIDER
    # Reads the stage from Ashby's API when a rejection's payload has no history.
    details = AshbyHistoryDetails()

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
    # No interviewers yet: the payload's application names none (hiringTeam runs the hiring, it
    # did not necessarily interview); the details hook reads them from interviewSchedule.list.
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
    # The interviewers, and without a history in the payload the stage, come from Ashby's API.
    fetch = (
        AshbyFetch(base.application_id, needs_history=not _history(application))
        if base.application_id
        else None
    )
    return replace(
        base, kind=EventKind.rejection, context=context, occurred_at=archived_at, fetch=fetch
    )


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
