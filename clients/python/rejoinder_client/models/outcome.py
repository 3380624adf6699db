from enum import StrEnum


class Outcome(StrEnum):
    CLOSED = "closed"
    FEEDBACK_RECEIVED = "feedback_received"
    NEW_INTERVIEW = "new_interview"
    NO_REPLY = "no_reply"
    OFFER = "offer"

    def __str__(self) -> str:
        return str(self.value)
