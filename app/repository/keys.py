"""Tenants and their API keys."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from app.models import ApiKey, Tenant
from app.repository.scope import across_tenants

_OPERATOR = "the operator's CLI manages every tenant's keys"


def get_or_create_tenant(session: Session, *, name: str, now: datetime) -> Tenant:
    tenant = session.exec(
        across_tenants(select(Tenant).where(Tenant.name == name), _OPERATOR)
    ).first()
    if tenant is None:
        tenant = Tenant(id=uuid.uuid4(), name=name, created_at=now)
        session.add(tenant)
        session.flush()
    return tenant


def add_api_key(session: Session, key: ApiKey) -> None:
    session.add(key)
    session.flush()


class KeyCredentials(NamedTuple):
    key_id: str
    secret_hash: str
    tenant_id: uuid.UUID
    revoked_at: datetime | None


_API_KEY: sa.Table = ApiKey.__table__  # type: ignore[attr-defined]
_CREDENTIALS_BY_KEY_ID = sa.select(
    _API_KEY.c.key_id, _API_KEY.c.secret_hash, _API_KEY.c.tenant_id, _API_KEY.c.revoked_at
).where(_API_KEY.c.key_id == sa.bindparam("key_id"))


def find_key_credentials(engine: Engine, key_id: str) -> KeyCredentials | None:
    """What authentication needs of a key, read on a connection of its own.

    Outside any request transaction, so that transaction (and, on SQLite, the writer turn)
    starts only at the request's first statement. Every /v1 request runs this: it is a plain
    row read rather than an ORM load.
    """
    with engine.connect() as connection:
        row = connection.execute(_CREDENTIALS_BY_KEY_ID, {"key_id": key_id}).first()
    return KeyCredentials(*row) if row else None


def list_api_keys(session: Session) -> Sequence[tuple[ApiKey, str]]:
    statement = across_tenants(
        select(ApiKey, Tenant.name)
        .join(Tenant, col(Tenant.id) == col(ApiKey.tenant_id))
        .order_by(col(ApiKey.created_at)),
        _OPERATOR,
    )
    return session.exec(statement).all()


def revoke_api_key(session: Session, *, key_id: str, now: datetime) -> bool:
    result = session.execute(
        across_tenants(
            sa.update(ApiKey)
            .where(col(ApiKey.key_id) == key_id, col(ApiKey.revoked_at).is_(None))
            .values(revoked_at=now),
            _OPERATOR,
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def any_api_key(session: Session) -> bool:
    return session.exec(across_tenants(select(ApiKey.id).limit(1), _OPERATOR)).first() is not None
