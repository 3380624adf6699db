"""Calendar feeds. A feed is found by its token hash alone: the token is the credential."""

import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.models import CalendarFeed
from app.repository.scope import across_tenants, owned, within


def add_calendar_feed(session: Session, feed: CalendarFeed) -> None:
    session.add(feed)
    session.flush()


def feed_by_token_hash(session: Session, token_hash: str) -> CalendarFeed | None:
    statement = select(CalendarFeed).where(
        CalendarFeed.token_hash == token_hash, col(CalendarFeed.revoked_at).is_(None)
    )
    return session.exec(
        across_tenants(statement, "a feed's token is its credential; the feed names its tenant")
    ).first()


def get_calendar_feed(
    session: Session, *, tenant_id: uuid.UUID, feed_id: uuid.UUID
) -> CalendarFeed | None:
    return session.exec(
        owned(CalendarFeed, tenant_id).where(
            CalendarFeed.id == feed_id, col(CalendarFeed.revoked_at).is_(None)
        )
    ).first()


def list_calendar_feeds(
    session: Session, *, tenant_id: uuid.UUID, limit: int
) -> Sequence[CalendarFeed]:
    return session.exec(
        owned(CalendarFeed, tenant_id)
        .where(col(CalendarFeed.revoked_at).is_(None))
        .order_by(col(CalendarFeed.id).desc())
        .limit(limit)
    ).all()


def update_calendar_feed(session: Session, feed: CalendarFeed, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(feed, name, value)
    session.add(feed)
    session.flush()


def count_calendar_feeds(session: Session, *, tenant_id: uuid.UUID) -> int:
    return int(
        session.exec(
            within(
                tenant_id,
                select(sa.func.count())
                .select_from(CalendarFeed)
                .where(col(CalendarFeed.revoked_at).is_(None)),
                CalendarFeed,
            )
        ).one()
    )
