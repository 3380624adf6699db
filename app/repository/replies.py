"""Replies a contact sent, read and written through the rejection they answer."""

import uuid
from datetime import date
from typing import Any

from sqlmodel import Session, col

from app.models import PlanReply
from app.repository.scope import owned


def insert_reply(session: Session, values: dict[str, Any]) -> PlanReply:
    reply = PlanReply(**values)
    session.add(reply)
    session.flush()
    return reply


def replied_since(
    session: Session, *, tenant_id: uuid.UUID, rejection_id: uuid.UUID, day: date
) -> bool:
    """Whether any reply came on or after `day`."""
    statement = (
        owned(PlanReply, tenant_id)
        .where(PlanReply.rejection_id == rejection_id, col(PlanReply.received_on) >= day)
        .limit(1)
    )
    return session.exec(statement).first() is not None
