from enum import StrEnum


class ReasonKind(StrEnum):
    COMPENSATION = "compensation"
    EXPERIENCE_LEVEL = "experience_level"
    INTERNAL_CANDIDATE = "internal_candidate"
    LOCATION = "location"
    ROLE_CLOSED = "role_closed"
    SKILLS_GAP = "skills_gap"
    SOFT_SKILLS = "soft_skills"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
