from enum import StrEnum


class Tone(StrEnum):
    CONCISE = "concise"
    FORMAL = "formal"
    WARM = "warm"

    def __str__(self) -> str:
        return str(self.value)
