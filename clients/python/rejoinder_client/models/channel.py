from enum import StrEnum


class Channel(StrEnum):
    EMAIL = "email"
    LINKEDIN = "linkedin"

    def __str__(self) -> str:
        return str(self.value)
