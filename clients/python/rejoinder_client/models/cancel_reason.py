from enum import StrEnum


class CancelReason(StrEnum):
    REPLIED = "replied"
    UNANSWERED = "unanswered"

    def __str__(self) -> str:
        return str(self.value)
