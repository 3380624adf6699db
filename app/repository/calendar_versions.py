"""When each calendar's content last changed (calendar_version), keyed by what it shows."""

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from app.models import CalendarVersion
from app.repository.scope import owned, within


def calendar_version(
    session: Session, *, tenant_id: uuid.UUID, subject_id: uuid.UUID
) -> CalendarVersion | None:
    return session.exec(
        owned(CalendarVersion, tenant_id).where(CalendarVersion.subject_id == subject_id)
    ).first()


def record_calendar_version(
    session: Session,
    *,
    tenant_id: uuid.UUID,
    subject_id: uuid.UUID,
    content_hash: str,
    now: datetime,
) -> datetime:
    """Store `content_hash` as changed at `now` unless it is the stored hash already; the
    stored change time either way. One upsert: a concurrent render of the same new content
    waits for the other's row, leaves it as it is, and reads its time."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(CalendarVersion)
        .values(
            tenant_id=tenant_id, subject_id=subject_id, content_hash=content_hash, changed_at=now
        )
        .on_conflict_do_update(
            index_elements=["tenant_id", "subject_id"],
            set_={"content_hash": content_hash, "changed_at": now},
            where=col(CalendarVersion.content_hash) != content_hash,
        )
        .returning(col(CalendarVersion.changed_at))
    )
    stored = session.execute(statement).scalar_one_or_none()
    if stored is not None:
        return now
    version = calendar_version(session, tenant_id=tenant_id, subject_id=subject_id)
    assert version is not None, "the upsert left the row it conflicted with"
    return version.changed_at


def forget_calendar_version(
    session: Session, *, tenant_id: uuid.UUID, subject_id: uuid.UUID
) -> None:
    """Delete what is kept of a calendar that is gone: an erased rejection, a revoked feed."""
    session.execute(
        within(
            tenant_id,
            sa.delete(CalendarVersion).where(col(CalendarVersion.subject_id) == subject_id),
            CalendarVersion,
        )
    )
