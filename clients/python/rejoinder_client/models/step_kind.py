from enum import StrEnum


class StepKind(StrEnum):
    BUILD_SKILL = "build_skill"
    CONNECT_ON_LINKEDIN = "connect_on_linkedin"
    MEET_AT_EVENTS = "meet_at_events"
    NUDGE = "nudge"
    QUARTERLY_CHECK_IN = "quarterly_check_in"
    REACH_OUT_ABOUT_ROLE = "reach_out_about_role"
    SEND_FEEDBACK_REQUEST = "send_feedback_request"
    SEND_LAST_PITCH = "send_last_pitch"
    SEND_UPDATE = "send_update"
    THANK_INTERVIEWERS = "thank_interviewers"
    VALUE_CHECK_IN = "value_check_in"
    WATCH_OPENINGS = "watch_openings"

    def __str__(self) -> str:
        return str(self.value)
