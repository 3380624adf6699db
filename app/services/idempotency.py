"""Idempotency-Key: a request sent again with the same key gets the first answer again.

The API's dependency (api/deps.py) claims the key before the route runs and stores the answer
after it, in the request's transaction; a key held by an earlier request is either expired
(taken over), the same request (its stored answer is replayed), or another request (a 422).
"""

import uuid
from datetime import datetime, timedelta

from sqlmodel import Session

from app import repository
from app.errors import IdempotencyKeyReusedError
from app.models import IdempotencyRecord


def claim(
    session: Session,
    *,
    tenant_id: uuid.UUID,
    key: str,
    request_hash: str,
    now: datetime,
    ttl: timedelta,
) -> IdempotencyRecord | None:
    """Take `key` for this request; the earlier record to replay when the same request holds
    it already, None when this request may run."""
    held = repository.claim_idempotency_key(
        session, tenant_id=tenant_id, key=key, request_hash=request_hash, now=now
    )
    if held is None:
        return None
    if held.created_at < now - ttl:
        repository.reclaim_idempotency_record(session, held, request_hash=request_hash, now=now)
        return None
    if held.request_hash != request_hash:
        raise IdempotencyKeyReusedError(
            "Idempotency-Key: this key was used with a different request in the last 24 hours.",
        )
    return held


def complete(
    session: Session,
    *,
    tenant_id: uuid.UUID,
    key: str,
    status_code: int,
    body: bytes,
    location: str | None,
    rejection_id: uuid.UUID | None,
) -> None:
    """Store the answer given under `key`, for the replays to come."""
    repository.complete_idempotency_key(
        session,
        tenant_id=tenant_id,
        key=key,
        status_code=status_code,
        body=body,
        location=location,
        rejection_id=rejection_id,
    )
