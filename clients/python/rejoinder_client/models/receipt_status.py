from enum import StrEnum


class ReceiptStatus(StrEnum):
    AWAITING_SECRET = "awaiting_secret"
    DUPLICATE = "duplicate"
    HANDSHAKE = "handshake"
    IGNORED = "ignored"
    RECEIVED = "received"

    def __str__(self) -> str:
        return str(self.value)
