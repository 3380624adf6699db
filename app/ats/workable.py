"""Workable webhooks: `candidate_moved` (a disqualification arrives as a move, per the research).

Signature: header `X-Workable-Signature`, HMAC-SHA256 of the raw body keyed with the
account's API token (or the OAuth app's secret). The docs do not say how the digest is
encoded: hex (what integrations in use read) and base64 are both accepted. No handshake, no
timestamp. The docs show no envelope either: the `{id, event_type, fired_at, data}` one that
integrations read is taken when present; a body that is the candidate itself is read as a
`candidate_moved`, and a delivery without `id` gets a digest for its delivery id. The payload
shows the candidate as it is when sent, not when it fired.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from app.ats import fields as f
from app.ats.base import AtsEvent, Delivery, EventKind, IntegrationDefaults
from app.ats.mapping import Facts, Person, build_context
from app.ats.signing import require_hex_or_base64

PROVIDER = "workable"
# The only event Rejoinder subscribes to, and what a body without `event_type` is read as.
_MOVED = "candidate_moved"


class WorkableAdapter:
    provider = PROVIDER
    details = None  # its events arrive complete: nothing to fetch

    def is_handshake(self, delivery: Delivery) -> bool:
        # Workable documents no handshake: subscriptions are created through its API.
        return False

    def verify(self, delivery: Delivery, secrets: Sequence[str], *, now: datetime) -> None:
        require_hex_or_base64(
            delivery.headers.get("x-workable-signature"),
            secrets,
            delivery.body,
            header="X-Workable-Signature",
        )

    def parse(self, delivery: Delivery, defaults: IntegrationDefaults) -> AtsEvent:
        body = f.load_object(delivery.body)
        event_type = f.opt_text(body, "event_type") or _MOVED
        data = f.opt_obj(body, "data")
        if data is None and "event_type" not in body:
            data = body  # the candidate itself, without an envelope
        base = AtsEvent(
            kind=EventKind.ignored,
            provider=PROVIDER,
            event_name=event_type,
            vendor_delivery_id=_delivery_id(body, data, delivery.body),
        )
        if event_type != _MOVED:
            return replace(base, ignored_reason=f"event {event_type!r} is not candidate_moved")
        if data is None:
            data = f.obj(body, "data", "body")
        # A Workable candidate belongs to one job: its id is the application id as well.
        candidate_id = f.ident(data, "id", "body.data")
        base = replace(base, application_id=candidate_id, candidate_ref=candidate_id)
        if not f.flag(data, "disqualified", "body.data"):
            return replace(base, ignored_reason="the candidate is not disqualified")
        if data.get("withdrew") is True:
            return replace(base, ignored_reason="the candidate withdrew")
        disqualified_at = f.opt_iso_time(data, "disqualified_at")
        facts = Facts(
            candidate=Person(name=_name(data), email=f.opt_text(data, "email")),
            job_title=f.text(f.obj(data, "job", "body.data"), "title", "body.data.job"),
            stage_name=f.opt_text(data, "stage"),
            reason=f.opt_text(data, "disqualification_reason"),
            contact=None,
            rejected_at=disqualified_at,
            application_id=candidate_id,
            candidate_ref=candidate_id,
        )
        context = build_context(facts, defaults, received_at=delivery.received_at)
        return replace(base, kind=EventKind.rejection, context=context, occurred_at=disqualified_at)


def _delivery_id(body: f.JsonObject, data: f.JsonObject | None, raw: bytes) -> str:
    """The envelope's `id`; else a digest: a retry re-sends the same bytes, so it is stable
    across retries, and the candidate and its `updated_at` tell two moves apart. (A body that
    is the candidate itself has an `id` too: the candidate's, not the delivery's.)"""
    envelope_id = f.opt_ident(body, "id") if data is not body else None
    if envelope_id is not None:
        return envelope_id
    candidate = data or {}
    digest = hashlib.sha256(raw)
    for part in (f.opt_ident(candidate, "id"), f.opt_text(candidate, "updated_at")):
        digest.update(b"\x00" + (part or "").encode())
    return f"sha256:{digest.hexdigest()}"


def _name(data: f.JsonObject) -> str | None:
    return f.opt_text(data, "name") or f.full_name(
        f.opt_text(data, "firstname"), f.opt_text(data, "lastname")
    )
