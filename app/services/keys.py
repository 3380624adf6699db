"""Tenants and their API keys: create, list, revoke, and the first-run development key."""

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app import repository
from app.models import ApiKey, utcnow
from app.security import generate_key

logger = logging.getLogger(__name__)

LOCAL_TENANT = "local"


@dataclass(frozen=True, slots=True)
class CreatedKey:
    key_id: str
    tenant: str
    plaintext: str


@dataclass(frozen=True, slots=True)
class KeyListing:
    key_id: str
    tenant: str
    created_at: datetime
    revoked_at: datetime | None


def find_key_credentials(engine: Engine, key_id: str) -> repository.KeyCredentials | None:
    """What authentication needs of a key (its hash, tenant and revocation), read outside any
    request transaction: see repository.find_key_credentials."""
    return repository.find_key_credentials(engine, key_id)


def create_key(*, session: Session, tenant_name: str) -> CreatedKey:
    """A new key for `tenant_name`, creating the tenant when it does not exist yet."""
    now = utcnow()
    tenant = repository.get_or_create_tenant(session, name=tenant_name, now=now)
    new = generate_key()
    repository.add_api_key(
        session,
        ApiKey(
            id=uuid.uuid4(),
            tenant_id=tenant.id,
            key_id=new.key_id,
            secret_hash=new.secret_hash,
            created_at=now,
        ),
    )
    logger.info("api key created", extra={"key_id": new.key_id, "tenant": tenant_name})
    return CreatedKey(key_id=new.key_id, tenant=tenant_name, plaintext=new.plaintext)


def list_keys(*, session: Session) -> Sequence[KeyListing]:
    return [
        KeyListing(key.key_id, tenant, key.created_at, key.revoked_at)
        for key, tenant in repository.list_api_keys(session)
    ]


def revoke_key(*, session: Session, key_id: str) -> bool:
    revoked = repository.revoke_api_key(session, key_id=key_id, now=utcnow())
    if revoked:
        logger.info("api key revoked", extra={"key_id": key_id})
    return revoked


def development_key(*, session: Session) -> CreatedKey | None:
    """A key for the local tenant, only when the database has no key at all."""
    if repository.any_api_key(session):
        return None
    return create_key(session=session, tenant_name=LOCAL_TENANT)
