"""What a verified, deduplicated ATS event does: draft, withdraw, ignore, or wait for details.

Runs after the receiver has answered (see services/webhooks.py). The fetch of what an event
leaves out (Lever's, through its adapter's `details` hook) happens here, outside any
transaction, so a slow vendor API never holds a database lock.
"""

import logging
from datetime import datetime
from typing import Any

from sqlmodel import Session

from app import repository
from app.ats import ADAPTERS, AtsEvent, EventKind, VendorApi
from app.drafting.quiet import QuietPeriod
from app.errors import AppError
from app.models import Integration, WebhookApplicationState, WebhookDelivery, utcnow
from app.models.integrations import ApplicationState
from app.models.integrations import WebhookDeliveryOutcome as W
from app.outbound.urls import RefusedURLError, UrlPolicy
from app.schemas import RejectionStatus
from app.services import integrations as integration_service
from app.services.endpoints import outbound_target
from app.services.events import UPDATED, record_event, rejection_data
from app.services.rejections import create_rejection

logger = logging.getLogger(__name__)

NOTHING_TO_WITHDRAW = (
    "no drafted rejection of this application to withdraw; a rejection older than this "
    "un-rejection will not draft"
)
ALREADY_DRAFTED = "this application is rejected already and its drafted rejection stands"


def complete_event(
    event: AtsEvent, integration: Integration, *, received_at: datetime, policy: UrlPolicy
) -> AtsEvent:
    """Fetch what an event leaves out (a Lever archive event carries only ids) through its
    adapter's `details` hook, when the integration has an API key and `policy` (the
    settings) lets Rejoinder call its API."""
    if event.kind != EventKind.rejection or event.fetch is None or not integration.api_key:
        return event
    fetcher = ADAPTERS[integration.provider].details
    if fetcher is None:
        return event
    try:
        # Checked again at every fetch: what the name resolves to may have changed.
        target = outbound_target(integration.api_base_url or fetcher.api_base, policy)
    except RefusedURLError as error:
        return fetcher.failed(event, f"api_base_url: {error}")
    api = VendorApi(integration.api_key, target.url, target.headers, target.extensions)
    return fetcher.complete(
        event, api, integration_service.defaults(integration), received_at=received_at
    )


def apply_event(
    session: Session,
    row: WebhookDelivery,
    event: AtsEvent | None,
    integration: Integration,
    *,
    service_quiet: tuple[QuietPeriod, ...],
) -> str:
    """Settle the locked delivery `row`; returns its outcome. `service_quiet`: the service's
    own quiet periods (the setting), for the plan of a drafted rejection.

    A rejection or un-rejection moves its application's state only when it is not older
    than the latest event recorded for it (event time, else the time received): one that
    overtook it by arriving late changes nothing."""
    if event is None:
        return _finish(session, row, W.failed, "the stored body no longer parses")
    if event.kind not in (EventKind.rejection, EventKind.unrejection):
        return _finish(session, row, W.ignored, event.ignored_reason or "not a rejection")
    state, stale = _advance(session, row, event, integration)
    if stale is not None:
        return _finish(session, row, W.ignored, stale)
    if event.kind == EventKind.unrejection:
        return _withdraw(session, row, integration, state)
    if state is not None and state.rejection_id is not None:
        return _finish(session, row, W.ignored, ALREADY_DRAFTED)
    if event.needs_details or event.context is None:
        # No rejection is stored without a name, a company and a role to draft with: the
        # delivery keeps its body and the ids, and is processed again when the integration
        # gets an API key (see repository.requeue_needs_details).
        why = event.needs_details or "the payload does not describe the rejection fully"
        return _finish(session, row, W.needs_details, why, keep_body=True)
    try:
        created = create_rejection(
            session=session,
            tenant_id=integration.tenant_id,
            context=event.context,
            service_quiet=service_quiet,
            source=integration.provider,
        )
    except AppError as error:
        return _finish(session, row, W.failed, error.detail)
    if state is not None:
        repository.update_application_state(session, state, {"rejection_id": created.id})
    return _finish(session, row, W.drafted, None, rejection_id=created.id)


def _advance(
    session: Session, row: WebhookDelivery, event: AtsEvent, integration: Integration
) -> tuple[WebhookApplicationState | None, str | None]:
    """Move the application's state to this event, locked for the rest of the transaction;
    returns the state row (None without an application id), or why the event is too old."""
    if not event.application_id:
        return None, None
    at = event.occurred_at or row.received_at
    new = (
        ApplicationState.rejected
        if event.kind == EventKind.rejection
        else ApplicationState.unrejected
    )
    application_id, now = event.application_id, utcnow()
    first = repository.claim_application_state(
        session,
        integration_id=integration.id,
        application_id=application_id,
        state=new,
        occurred_at=at,
        now=now,
    )
    state = repository.lock_application_state(
        session, integration_id=integration.id, application_id=application_id
    )
    if state is None or first:
        return state, None
    if at < state.occurred_at:
        return state, _too_old(new, state)
    if new == state.state == ApplicationState.rejected:
        # A rejection of a rejected application (the same event again once its key was
        # forgotten, or a new archive reason): one draft per rejection, the latest time kept.
        repository.update_application_state(session, state, {"occurred_at": at, "updated_at": now})
        return state, None
    values: dict[str, Any] = {"state": new, "occurred_at": at, "updated_at": now}
    if new == ApplicationState.rejected:
        values["rejection_id"] = None  # a new rejection; its draft is recorded once made
    # An un-rejection keeps `rejection_id` for _withdraw, which clears it.
    repository.update_application_state(session, state, values)
    return state, None


def _too_old(new: ApplicationState, state: WebhookApplicationState) -> str:
    at = state.occurred_at.isoformat()
    if new == ApplicationState.rejected and state.state == ApplicationState.unrejected:
        return (
            f"the employer un-rejected this application after this rejection (at {at}, by "
            "event time); not drafted"
        )
    return f"older than the latest event of this application ({state.state} at {at}); ignored"


def _withdraw(
    session: Session,
    row: WebhookDelivery,
    integration: Integration,
    state: WebhookApplicationState | None,
) -> str:
    rejection_id = state.rejection_id if state is not None else None
    if state is not None and rejection_id is not None:
        repository.update_application_state(session, state, {"rejection_id": None})
    rejection = (
        repository.get_rejection(
            session, tenant_id=integration.tenant_id, rejection_id=rejection_id
        )
        if rejection_id is not None
        else None
    )
    if rejection is None:
        return _finish(session, row, W.withdrawn, NOTHING_TO_WITHDRAW)
    now = utcnow()
    repository.cancel_pending_steps(
        session, tenant_id=rejection.tenant_id, rejection_id=rejection.id, now=now
    )
    repository.update_rejection(
        session,
        rejection,
        {"status": RejectionStatus.withdrawn_by_employer.value, "updated_at": now},
    )
    record_event(
        session, tenant_id=rejection.tenant_id, event_type=UPDATED, data=rejection_data(rejection)
    )
    return _finish(session, row, W.withdrawn, None, rejection_id=rejection.id)


def _finish(
    session: Session,
    row: WebhookDelivery,
    disposition: str,
    error: str | None,
    *,
    rejection_id: Any = None,
    keep_body: bool = False,
) -> str:
    values: dict[str, Any] = {
        "disposition": disposition,
        "error": error,
        "rejection_id": rejection_id,
    }
    if keep_body:
        values["body"] = row.body
    repository.finish_delivery(session, row, values)
    logger.info(
        "webhook delivery processed",
        extra={"delivery": str(row.id), "disposition": disposition},
    )
    return disposition
