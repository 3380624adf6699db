"""Integrations and the webhook deliveries they received: responses from rows."""

import uuid

from app.models import Integration, WebhookDelivery
from app.schemas.integrations import (
    EMAIL_PROVIDERS,
    EmailIntegrationSettings,
    IntegrationPublic,
    IntegrationSettings,
    IntegrationWithSecret,
    Provider,
)
from app.schemas.webhooks import WebhookDeliveryPublic


def webhook_url(integration_id: uuid.UUID) -> str:
    return f"/v1/webhooks/{integration_id}"


def _settings_of(integration: Integration) -> IntegrationSettings:
    # An email integration's own settings (its candidate); an ATS integration shows none.
    if integration.provider in EMAIL_PROVIDERS:
        return EmailIntegrationSettings.model_validate(integration.settings)
    return IntegrationSettings.model_validate(integration.settings)


def integration_public(integration: Integration) -> IntegrationPublic:
    expires = integration.previous_secret_expires_at
    return IntegrationPublic(
        id=integration.id,
        provider=Provider(integration.provider),
        company_name=integration.company_name or None,
        webhook_url=webhook_url(integration.id),
        settings=_settings_of(integration),
        has_secret=integration.secret is not None,
        previous_secret_expires_at=expires if integration.previous_secret else None,
        has_api_key=integration.api_key is not None,
        api_base_url=integration.api_base_url,
        created_at=integration.created_at,
        updated_at=integration.updated_at,
    )


def integration_with_secret(
    integration: Integration, generated: str | None
) -> IntegrationWithSecret:
    return IntegrationWithSecret(**integration_public(integration).model_dump(), secret=generated)


def webhook_delivery_public(row: WebhookDelivery) -> WebhookDeliveryPublic:
    # The API keeps the names it has always had: `outcome` and `delivery_id` (the vendor's).
    return WebhookDeliveryPublic(
        id=row.id,
        received_at=row.received_at,
        last_received_at=row.last_received_at,
        count=row.count,
        event=row.event,
        delivery_id=row.vendor_delivery_id,
        application_id=row.application_id,
        outcome=row.disposition,
        error=row.error,
        rejection_id=row.rejection_id,
    )
