"""Integrations and the webhook deliveries they received: responses from rows."""

from app.models import WebhookDelivery
from app.schemas.integrations import WebhookDeliveryPublic


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
