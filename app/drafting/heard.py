"""What the plan has heard since it was first drafted, and what its later steps say with it.

Feedback that names a gap turns the later steps towards closing it: a step for the candidate
to build the skill, then an update to the contact drafted from what the candidate says they
did (`updates`, never invented), and the reach-out stops pitching the skill found missing. A
reach-out names a posting, or an update; with neither it is a reminder, not a message.
"""

from dataclasses import dataclass, field
from typing import Any

from app.drafting import facts
from app.drafting.context import RejectionContext
from app.drafting.language import as_achievement, as_topic
from app.drafting.reason import read_reason
from app.drafting.results import Fit, ReasonReading


@dataclass(frozen=True, slots=True)
class Posting:
    """An open role the candidate found at the company."""

    title: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Heard:
    """The reply's feedback, what the candidate did since, and a posting for the reach-out."""

    feedback: str | None = None
    updates: tuple[str, ...] = field(default_factory=tuple)
    posting: Posting | None = None


def feedback_reading(context: RejectionContext, heard: Heard | None) -> ReasonReading | None:
    """How the feedback reads when it names a gap the candidate could close; else None."""
    if heard is None or not heard.feedback:
        return None
    reading = read_reason(heard.feedback, context.role.requirements)
    return reading if reading.gap else None


def plan_facts(
    context: RejectionContext, fit: Fit, variables: dict[str, Any], heard: Heard | None
) -> dict[str, Any]:
    """The variables the plan's templates read: the drafts' own, and what was heard."""
    heard = heard or Heard()
    planned = {**variables}
    reading = feedback_reading(context, heard)
    if reading is not None:
        # The skills pitched from here on leave the gap the feedback named alone.
        planned |= facts.pitch_facts(context, fit, reading)
    updates = [clause for clause in map(as_achievement, heard.updates) if clause]
    posting = heard.posting
    return planned | {
        "feedback_gap": as_topic(reading.gap) if reading and reading.gap else None,
        "updates": updates,
        "posting": {"title": posting.title, "url": posting.url} if posting else None,
    }
