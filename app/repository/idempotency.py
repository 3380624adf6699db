"""Idempotency-Key records."""

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from app.models import IdempotencyRecord
from app.repository.scope import owned, within


def claim_idempotency_key(
    session: Session, *, tenant_id: uuid.UUID, key: str, request_hash: str, now: datetime
) -> IdempotencyRecord | None:
    """Claim `key` for this request: None when it was free, else the record that holds it.

    On PostgreSQL a concurrent request with the same key waits here until the first one
    commits, then sees its record; on SQLite writers are serialised by BEGIN IMMEDIATE.
    """
    values = {
        "id": uuid.uuid4(),
        "tenant_id": tenant_id,
        "key": key,
        "request_hash": request_hash,
        "created_at": now,
    }
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(IdempotencyRecord)
        .values(values)
        .on_conflict_do_nothing(index_elements=["tenant_id", "key"])
        .returning(col(IdempotencyRecord.id))
    )
    if session.execute(statement).first() is not None:
        return None
    return session.exec(
        owned(IdempotencyRecord, tenant_id).where(IdempotencyRecord.key == key)
    ).one()


def reclaim_idempotency_record(
    session: Session, record: IdempotencyRecord, *, request_hash: str, now: datetime
) -> None:
    """Reuse an expired record for a new request under the same key."""
    record.request_hash = request_hash
    record.created_at = now
    record.status_code = None
    record.response_body = None
    record.location = None
    record.rejection_id = None
    session.add(record)
    session.flush()


def complete_idempotency_key(
    session: Session,
    *,
    tenant_id: uuid.UUID,
    key: str,
    status_code: int,
    body: bytes,
    location: str | None,
    rejection_id: uuid.UUID | None,
) -> None:
    session.execute(
        within(
            tenant_id,
            sa.update(IdempotencyRecord)
            .where(col(IdempotencyRecord.key) == key)
            .values(
                status_code=status_code,
                response_body=body,
                location=location,
                rejection_id=rejection_id,
            ),
            IdempotencyRecord,
        )
    )
