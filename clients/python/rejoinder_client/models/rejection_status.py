from enum import StrEnum


class RejectionStatus(StrEnum):
    DRAFTED = "drafted"
    STOPPED = "stopped"
    WITHDRAWN_BY_EMPLOYER = "withdrawn_by_employer"

    def __str__(self) -> str:
        return str(self.value)
