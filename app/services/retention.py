"""Retention: how long Rejoinder keeps the records of finished work, and their pruning.

Rejections, drafts and plans are the candidate's and stay until erased. What is pruned is
bookkeeping: answers kept for `Idempotency-Key` replays (once the replay window closes),
outbound events whose every delivery has settled, and the webhook delivery log with the
vendor ids kept to spot retries (after `REJOINDER_RETENTION_DAYS`). Webhook deliveries parked
for a secret that never came expire sooner (services/webhooks.PARKED_FOR).
"""

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlmodel import Session

from app import repository
from app.services.webhooks import PARKED_EXPIRED, PARKED_FOR
from app.settings import Settings

BATCH = 1000


def prune(
    *,
    now: datetime,
    settings: Settings,
    session_factory: Callable[[], Session],
) -> dict[str, int]:
    """Delete what has expired as of `now`; how many rows of each kind went."""
    kept_for = timedelta(days=settings.retention_days)
    replay_window = timedelta(hours=settings.idempotency_ttl_hours)
    deleters: dict[str, Callable[[Session], int]] = {
        "idempotency_records": lambda session: repository.delete_idempotency_records(
            session, created_before=now - replay_window, limit=BATCH
        ),
        "outbound_events": lambda session: repository.delete_settled_events(
            session, created_before=now - kept_for, limit=BATCH
        ),
        "webhook_deliveries": lambda session: repository.delete_webhook_log(
            session, received_before=now - kept_for, limit=BATCH
        ),
        "webhook_delivery_ids": lambda session: repository.delete_webhook_delivery_keys(
            session, created_before=now - kept_for, limit=BATCH
        ),
        "webhook_parked_expired": lambda session: repository.expire_parked_deliveries(
            session, received_before=now - PARKED_FOR, error=PARKED_EXPIRED, limit=BATCH
        ),
    }
    return {kind: _in_batches(delete, session_factory) for kind, delete in deleters.items()}


def _in_batches(delete: Callable[[Session], int], session_factory: Callable[[], Session]) -> int:
    # One short transaction per batch, so writers never wait long behind a large backlog.
    total = 0
    while True:
        with session_factory() as session, session.begin():
            deleted = delete(session)
        total += deleted
        if deleted < BATCH:
            return total
