from enum import StrEnum


class WebhookDeliveryOutcome(StrEnum):
    AWAITING_SECRET = "awaiting_secret"
    DRAFTED = "drafted"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    IGNORED = "ignored"
    NEEDS_DETAILS = "needs_details"
    RECEIVED = "received"
    REJECTED_SIGNATURE = "rejected_signature"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
