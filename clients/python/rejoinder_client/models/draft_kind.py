from enum import StrEnum


class DraftKind(StrEnum):
    FEEDBACK_REQUEST = "feedback_request"
    INTERVIEWER_THANKS = "interviewer_thanks"
    LAST_PITCH = "last_pitch"
    LINKEDIN_NOTE = "linkedin_note"

    def __str__(self) -> str:
        return str(self.value)
