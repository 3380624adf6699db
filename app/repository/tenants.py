"""A tenant's own settings, read and written by its id (the caller's, never another's)."""

import uuid
from typing import Any

from sqlmodel import Session

from app.models import Tenant
from app.repository.scope import owned


def get_tenant(session: Session, tenant_id: uuid.UUID) -> Tenant | None:
    return session.exec(owned(Tenant, tenant_id)).first()


def update_tenant(session: Session, tenant: Tenant, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(tenant, name, value)
    session.add(tenant)
    session.flush()
