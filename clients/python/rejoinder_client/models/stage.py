from enum import StrEnum


class Stage(StrEnum):
    APPLIED = "applied"
    FINAL = "final"
    ONSITE = "onsite"
    PHONE_SCREEN = "phone_screen"
    TECHNICAL = "technical"

    def __str__(self) -> str:
        return str(self.value)
