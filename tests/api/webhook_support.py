"""Helpers for the webhook tests: integrations, deliveries signed the way each vendor signs,
and direct reads of what the receiver stored."""

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import col, select
from standardwebhooks import Webhook

from app.models import Integration, WebhookDelivery
from tests import database as db
from tests.ats import support
from tests.ats.support import GENERIC_SECRET, SECRET
from tests.inspection import inspection_session

COMPANY = "Acme Robotics"


def now() -> datetime:
    return datetime.now(UTC)


def create_integration(client: TestClient, provider: str, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"provider": provider, "company_name": COMPANY, **fields}
    if provider != "generic" and "secret" not in fields:
        body["secret"] = SECRET
    response = client.post("/v1/integrations", json=body)
    assert response.status_code == 201, response.text
    created = response.json()
    assert isinstance(created, dict)
    return created


def signed(
    provider: str, body: bytes, *, secret: str | None = None, **options: Any
) -> dict[str, str]:
    """HTTP headers of a delivery of `body` signed as `provider` signs (Lever: see `lever_body`)."""
    headers = {"content-type": "application/json"}
    if provider == "greenhouse":
        headers |= support.greenhouse(
            body, secret or SECRET, options.get("event_id", "gh-1")
        ).headers
    elif provider == "ashby":
        headers |= support.ashby(body, secret or SECRET).headers
    elif provider == "workable":
        headers |= support.workable(body, secret or SECRET).headers
    elif provider == "generic":
        stamp = options.get("at") or now()
        signature = Webhook(secret or GENERIC_SECRET).sign(
            options.get("msg_id", "msg_1"), stamp, body.decode()
        )
        headers |= {
            "webhook-id": options.get("msg_id", "msg_1"),
            "webhook-timestamp": str(int(stamp.timestamp())),
            "webhook-signature": signature,
        }
    return headers


def lever_body(
    payload: dict[str, Any],
    *,
    secret: str = SECRET,
    at: datetime | None = None,
    token: str = "t" * 48,
) -> bytes:
    """Lever's signature is in the body, over `token` + `triggeredAt`."""
    return support.lever(payload, secret, at=at or now(), token=token).body


def post(
    client: TestClient, integration: dict[str, Any], body: bytes, headers: dict[str, str]
) -> httpx.Response:
    return client.post(integration["webhook_url"], content=body, headers=headers)


def deliveries(integration_id: str) -> list[WebhookDelivery]:
    """Every stored delivery row of an integration, oldest first, body included."""
    with inspection_session(write=False) as session:
        statement = (
            select(WebhookDelivery)
            .where(WebhookDelivery.integration_id == uuid.UUID(integration_id))
            .order_by(col(WebhookDelivery.id))
        )
        return list(session.exec(statement).all())


def rejections_count() -> int:
    """Rejections drafted from webhooks (other tests leave API-made ones behind)."""
    with db.get_engine().connect() as connection:
        statement = sa.text("SELECT count(*) FROM rejection WHERE source <> 'api'")
        return int(connection.execute(statement).scalar_one())


def set_previous_secret_expiry(integration_id: str, moment: datetime) -> None:
    with inspection_session(write=True) as session, session.begin():
        integration = session.get(Integration, uuid.UUID(integration_id))
        assert integration is not None
        integration.previous_secret_expires_at = moment
        session.add(integration)


def use_secret(integration_id: str, secret: str) -> None:
    """Generic secrets are generated; the Standard Webhooks vector comes with its own."""
    with inspection_session(write=True) as session, session.begin():
        integration = session.get(Integration, uuid.UUID(integration_id))
        assert integration is not None
        integration.secret = secret
        session.add(integration)
