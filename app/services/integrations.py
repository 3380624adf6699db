"""Use cases around ATS integrations: create, read, list, update (rotate secrets), delete.

Vendor secrets and API keys are write-only: they are stored as given (HMAC and Lever's API
need them in clear; at-rest encryption is left to the database/disk layer), never returned
after creation and never logged. A generated `generic` secret is shown once, in the answer
that created or rotated it.
"""

import logging
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session
from uuid_utils.compat import uuid7

from app import repository
from app.ats import IntegrationDefaults, new_basic_password, new_generic_secret
from app.errors import NotFoundError, UnprocessableError
from app.mappers import integrations as mapper
from app.models import Integration, utcnow
from app.models.integrations import WebhookDeliveryOutcome
from app.outbound.urls import UrlPolicy
from app.paging import decode_id_cursor, encode_id_cursor
from app.schemas.integrations import (
    BASIC_AUTH_PROVIDERS,
    EMAIL_PROVIDERS,
    AshbyIntegrationCreate,
    EmailIntegrationSettings,
    GenericIntegrationCreate,
    IntegrationCreate,
    IntegrationList,
    IntegrationPublic,
    IntegrationSettings,
    IntegrationUpdate,
    IntegrationWithSecret,
    LeverIntegrationCreate,
    Provider,
)
from app.schemas.webhooks import WebhookDeliveryPage, WebhookDeliveryPublic
from app.services.endpoints import check_url_form_or_refuse

logger = logging.getLogger(__name__)

# How long a rotated-out secret keeps verifying, while the vendor is switched over.
ROTATION_WINDOW = timedelta(hours=24)


def find_integration(
    session: Session, tenant_id: uuid.UUID, integration_id: uuid.UUID
) -> Integration:
    integration = repository.get_integration(
        session, tenant_id=tenant_id, integration_id=integration_id
    )
    if integration is None:
        raise NotFoundError("Integration")
    return integration


def active_secrets(integration: Integration, now: datetime) -> list[str]:
    """The current secret, and the previous one while its rotation window lasts."""
    secrets = [integration.secret] if integration.secret else []
    expires = integration.previous_secret_expires_at
    if integration.previous_secret and expires is not None and now < expires:
        secrets.append(integration.previous_secret)
    return secrets


def defaults(integration: Integration) -> IntegrationDefaults:
    # Every provider's settings are a subset of an email integration's.
    settings = EmailIntegrationSettings.model_validate(integration.settings)
    return IntegrationDefaults(
        company_name=integration.company_name,
        tone=settings.tone,
        timezone=settings.timezone,
        country=settings.country,
        draft_unknown_archive_reasons=settings.draft_unknown_archive_reasons,
        candidate_ref=settings.candidate_ref,
    )


def create_integration(
    *, session: Session, tenant_id: uuid.UUID, request: IntegrationCreate, policy: UrlPolicy
) -> IntegrationWithSecret:
    now = utcnow()
    _check_email_settings(request.provider, request.settings)
    generated = _generated_secret(request)
    # The vendors whose events may need their API (an API key and root).
    with_api = (
        request if isinstance(request, LeverIntegrationCreate | AshbyIntegrationCreate) else None
    )
    if with_api and with_api.api_base_url:
        check_url_form_or_refuse(with_api.api_base_url, field="api_base_url", policy=policy)
    integration = Integration(
        id=uuid7(),
        tenant_id=tenant_id,
        provider=request.provider,
        # The column is NOT NULL; an email integration may name no employer: empty is none.
        company_name=request.company_name or "",
        secret=generated or getattr(request, "secret", None),
        api_key=with_api.api_key if with_api else None,
        api_base_url=with_api.api_base_url if with_api else None,
        settings=request.settings.model_dump(mode="json", exclude_none=True),
        created_at=now,
        updated_at=now,
    )
    repository.add_integration(session, integration)
    logger.info("integration created", extra={"integration": str(integration.id)})
    return mapper.integration_with_secret(integration, generated)


def _generated_secret(request: IntegrationCreate) -> str | None:
    if isinstance(request, GenericIntegrationCreate):
        return new_generic_secret()
    # Basic credentials cannot wait for a secret set later, as a signature can (parking keeps
    # no Authorization header), so a Postmark or SendGrid integration always has one.
    if request.provider in BASIC_AUTH_PROVIDERS and getattr(request, "secret", None) is None:
        return new_basic_password()
    return None


def _check_email_settings(provider: str, settings: IntegrationSettings | None) -> None:
    candidate_ref = getattr(settings, "candidate_ref", None)
    if candidate_ref and provider not in EMAIL_PROVIDERS:
        raise UnprocessableError(
            "settings.candidate_ref: only an email integration (postmark, sendgrid, mailgun) "
            "uses it."
        )


def get_integration(
    *, session: Session, tenant_id: uuid.UUID, integration_id: uuid.UUID
) -> IntegrationPublic:
    return mapper.integration_public(find_integration(session, tenant_id, integration_id))


def list_integrations(*, session: Session, tenant_id: uuid.UUID) -> IntegrationList:
    rows = repository.list_integrations(session, tenant_id=tenant_id)
    return IntegrationList(items=[mapper.integration_public(row) for row in rows])


def update_integration(
    *,
    session: Session,
    tenant_id: uuid.UUID,
    integration_id: uuid.UUID,
    update: IntegrationUpdate,
    policy: UrlPolicy,
) -> IntegrationWithSecret:
    integration = find_integration(session, tenant_id, integration_id)
    _check_update(integration, update, policy)
    now = utcnow()
    values: dict[str, Any] = update.model_dump(exclude_unset=True, exclude={"rotate_secret"})
    if "settings" in values:
        settings = update.settings or IntegrationSettings()
        values["settings"] = settings.model_dump(mode="json", exclude_none=True)
    if values.get("company_name") is None:
        values.pop("company_name", None)
    generated = new_generic_secret() if update.rotate_secret else None
    new_secret = generated or values.pop("secret", None)
    if new_secret is not None and new_secret != integration.secret:
        values |= _rotation(integration, new_secret, now)
    repository.update_integration(session, integration, {**values, "updated_at": now})
    if values.get("api_key"):
        # Lever archive events recorded as needs_details can be completed now.
        repository.requeue_needs_details(
            session, tenant_id=tenant_id, integration_id=integration.id
        )
    logger.info("integration updated", extra={"integration": str(integration.id)})
    return mapper.integration_with_secret(integration, generated)


_USE_AN_API = (Provider.lever, Provider.ashby)


def _check_update(integration: Integration, update: IntegrationUpdate, policy: UrlPolicy) -> None:
    generic = integration.provider == Provider.generic
    fields = update.model_fields_set
    if generic and update.secret is not None:
        raise UnprocessableError(
            "secret: a generic integration's secret is generated; send rotate_secret."
        )
    if update.rotate_secret and not generic:
        raise UnprocessableError(
            "rotate_secret: send the new `secret` the vendor was configured with."
        )
    if integration.provider not in _USE_AN_API and fields & {"api_key", "api_base_url"}:
        raise UnprocessableError(
            "api_key, api_base_url: only a lever or ashby integration uses them."
        )
    if update.api_base_url:
        check_url_form_or_refuse(update.api_base_url, field="api_base_url", policy=policy)
    _check_email_settings(integration.provider, update.settings)


def _rotation(integration: Integration, new_secret: str, now: datetime) -> dict[str, Any]:
    # One previous secret at a time: a second rotation within 24 h retires the first one.
    keep_previous = integration.secret is not None
    return {
        "secret": new_secret,
        "previous_secret": integration.secret if keep_previous else None,
        "previous_secret_expires_at": now + ROTATION_WINDOW if keep_previous else None,
    }


def delete_integration(
    *, session: Session, tenant_id: uuid.UUID, integration_id: uuid.UUID
) -> None:
    if not repository.delete_integration(
        session, tenant_id=tenant_id, integration_id=integration_id
    ):
        raise NotFoundError("Integration")


def list_deliveries(
    *,
    session: Session,
    tenant_id: uuid.UUID,
    integration_id: uuid.UUID,
    limit: int,
    cursor: str | None = None,
    outcome: WebhookDeliveryOutcome | None = None,
) -> WebhookDeliveryPage:
    integration = find_integration(session, tenant_id, integration_id)
    rows = repository.list_deliveries(
        session,
        tenant_id=tenant_id,
        integration_id=integration.id,
        limit=limit + 1,
        before_id=decode_id_cursor(cursor) if cursor else None,
        disposition=outcome.value if outcome else None,
    )
    page = rows[:limit]
    more = len(rows) > limit
    next_cursor = encode_id_cursor(page[-1].id) if more else None
    return WebhookDeliveryPage(
        items=[mapper.webhook_delivery_public(row) for row in page], next_cursor=next_cursor
    )


def last_delivery(*, session: Session, integration_id: uuid.UUID) -> WebhookDeliveryPublic | None:
    """The newest delivery to an integration's webhook URL, as its delivery list shows it (no
    body, no secret): for an operator checking a vendor set-up from the command line, who
    holds the integration's id but no tenant's key."""
    integration = repository.find_integration_for_webhook(session, integration_id)
    if integration is None:
        raise NotFoundError("Integration")
    rows = repository.list_deliveries(
        session, tenant_id=integration.tenant_id, integration_id=integration.id, limit=1
    )
    return mapper.webhook_delivery_public(rows[0]) if rows else None
