from enum import StrEnum


class StepStatus(StrEnum):
    CANCELLED = "cancelled"
    DONE = "done"
    PENDING = "pending"
    SKIPPED = "skipped"
    SNOOZED = "snoozed"

    def __str__(self) -> str:
        return str(self.value)
