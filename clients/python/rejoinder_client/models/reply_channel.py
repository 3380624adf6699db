from enum import StrEnum


class ReplyChannel(StrEnum):
    EMAIL = "email"
    LINKEDIN = "linkedin"
    OTHER = "other"
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
