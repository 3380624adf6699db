from enum import StrEnum


class EventType(StrEnum):
    PLAN_STEP_DUE = "plan.step_due"
    PLAN_STEP_UPDATED = "plan.step_updated"
    REJECTION_DELETED = "rejection.deleted"
    REJECTION_DRAFTED = "rejection.drafted"
    REJECTION_UPDATED = "rejection.updated"

    def __str__(self) -> str:
        return str(self.value)
