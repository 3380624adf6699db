"""Replies a contact sent, read and written through the rejection they answer.

The rejection is found tenant-scoped first (`get_rejection`); these take its id.
"""

import uuid
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from app.models import PlanReply


def insert_reply(session: Session, values: dict[str, Any]) -> PlanReply:
    reply = PlanReply(**values)
    session.add(reply)
    session.flush()
    return reply


def replied_since(session: Session, *, rejection_id: uuid.UUID, day: date) -> bool:
    """Whether any reply came on or after `day`."""
    statement = (
        select(PlanReply.id)
        .where(PlanReply.rejection_id == rejection_id, col(PlanReply.received_on) >= day)
        .limit(1)
    )
    return session.exec(statement).first() is not None
