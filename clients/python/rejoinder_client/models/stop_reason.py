from enum import StrEnum


class StopReason(StrEnum):
    CANDIDATE_GAVE_UP = "candidate_gave_up"
    CONTACT_ASKED = "contact_asked"

    def __str__(self) -> str:
        return str(self.value)
