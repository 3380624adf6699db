"""Workable webhooks: `candidate_moved` (a disqualification arrives as a move, per the research).

Signature: header `X-Workable-Signature: <hex>`, HMAC-SHA256 of the raw body keyed with the
account's API token (or the OAuth app's secret). No handshake, no timestamp; the body `id`
is the delivery id. The payload shows the candidate as it is when sent, not when it fired.
"""

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from app.ats import fields as f
from app.ats.base import AtsEvent, Delivery, EventKind, IntegrationDefaults
from app.ats.mapping import Facts, Person, build_context
from app.ats.signing import require_hex

PROVIDER = "workable"


class WorkableAdapter:
    provider = PROVIDER
    details = None  # its events arrive complete: nothing to fetch

    def is_handshake(self, delivery: Delivery) -> bool:
        # Workable documents no handshake: subscriptions are created through its API.
        return False

    def verify(self, delivery: Delivery, secrets: Sequence[str], *, now: datetime) -> None:
        require_hex(
            delivery.headers.get("x-workable-signature"),
            secrets,
            delivery.body,
            header="X-Workable-Signature",
        )

    def parse(self, delivery: Delivery, defaults: IntegrationDefaults) -> AtsEvent:
        body = f.load_object(delivery.body)
        event_type = f.text(body, "event_type", "body")
        base = AtsEvent(
            kind=EventKind.ignored,
            provider=PROVIDER,
            event_name=event_type,
            vendor_delivery_id=f.ident(body, "id", "body"),
        )
        if event_type != "candidate_moved":
            return replace(base, ignored_reason=f"event {event_type!r} is not candidate_moved")
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


def _name(data: f.JsonObject) -> str | None:
    return f.opt_text(data, "name") or f.full_name(
        f.opt_text(data, "firstname"), f.opt_text(data, "lastname")
    )
