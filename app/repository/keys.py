"""Tenants and their API keys."""

import uuid
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.models import ApiKey, Tenant


def get_or_create_tenant(session: Session, *, name: str, now: datetime) -> Tenant:
    tenant = session.exec(select(Tenant).where(Tenant.name == name)).first()
    if tenant is None:
        tenant = Tenant(id=uuid.uuid4(), name=name, created_at=now)
        session.add(tenant)
        session.flush()
    return tenant


def add_api_key(session: Session, key: ApiKey) -> None:
    session.add(key)
    session.flush()


def find_api_key(session: Session, key_id: str) -> ApiKey | None:
    return session.exec(select(ApiKey).where(ApiKey.key_id == key_id)).first()


def list_api_keys(session: Session) -> Sequence[tuple[ApiKey, str]]:
    statement = (
        select(ApiKey, Tenant.name)
        .join(Tenant, col(Tenant.id) == col(ApiKey.tenant_id))
        .order_by(col(ApiKey.created_at))
    )
    return session.exec(statement).all()


def revoke_api_key(session: Session, *, key_id: str, now: datetime) -> bool:
    result = session.execute(
        sa.update(ApiKey)
        .where(col(ApiKey.key_id) == key_id, col(ApiKey.revoked_at).is_(None))
        .values(revoked_at=now)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def any_api_key(session: Session) -> bool:
    return session.exec(select(ApiKey.id).limit(1)).first() is not None
