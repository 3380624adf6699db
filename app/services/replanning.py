"""Draft the steps still to do again with what the plan has heard since it was made.

Feedback that names a gap, the candidate's updates and a posting on the reach-out change what
later steps say, and may add a step to build the skill and an update to send. Steps already
done, skipped or cancelled stay as they were; a pending step keeps its day (the candidate may
have moved it) and only its words change. Each step changed emits `plan.step_updated`.
"""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session
from uuid_utils.compat import uuid7

from app import repository
from app.drafting.context import RejectionContext
from app.drafting.engine import draft_rejection
from app.drafting.heard import Heard, Posting
from app.drafting.quiet import QuietPeriod
from app.drafting.results import Channel, PlannedStep, StepKind
from app.models import PlanStep, Rejection
from app.models.rejections import PENDING_STEP_STATUSES
from app.schemas import StepStatus
from app.services.listening import announce, local_today
from app.services.quiet import quiet_for

# Steps a re-plan may add; every other kind was planned, or left out, when the plan was made.
_ADDED_LATER = frozenset({StepKind.build_skill, StepKind.send_update})


def replan(
    session: Session,
    rejection: Rejection,
    now: datetime,
    *,
    service_quiet: tuple[QuietPeriod, ...],
) -> list[PlanStep]:
    """Re-draft the pending steps with what was heard; add the steps it now calls for.
    `service_quiet`: the service's own quiet periods (the setting)."""
    if rejection.stopped_at is not None:
        return []
    steps = list(
        repository.plan_steps(session, tenant_id=rejection.tenant_id, rejection_id=rejection.id)
    )
    result = draft_rejection(
        RejectionContext.model_validate(rejection.context),
        today=local_today(rejection, now),
        channel=_message_channel(steps),
        quiet=quiet_for(session, rejection.tenant_id, service_quiet),
        heard=heard_by(rejection, steps),
    )
    stored = {StepKind(step.kind): step for step in steps}
    position = max((step.position for step in steps), default=-1)
    changed = []
    for planned in result.steps:
        step = stored.get(planned.kind)
        if step is None and planned.kind in _ADDED_LATER:
            position += 1
            changed.append(_add(session, rejection, planned, position))
        elif step is not None and step.status in PENDING_STEP_STATUSES and _reworded(step, planned):
            words = {"title": planned.title, "subject": planned.subject, "message": planned.message}
            repository.update_step(session, step, words)
            changed.append(step)
    for step in changed:
        announce(session, rejection, step, now)
    return changed


def heard_by(rejection: Rejection, steps: Sequence[PlanStep]) -> Heard:
    reach = next((s for s in steps if s.kind == StepKind.reach_out_about_role), None)
    posting = None
    if reach is not None and reach.posting_title:
        posting = Posting(reach.posting_title, reach.posting_url)
    return Heard(
        feedback=rejection.received_feedback,
        updates=tuple(rejection.updates or ()),
        posting=posting,
    )


def _message_channel(steps: Sequence[PlanStep]) -> Channel:
    """Where the pitch went: the nudge answers in the same place."""
    pitch = next((s for s in steps if s.kind == StepKind.send_last_pitch), None)
    return Channel(pitch.channel) if pitch is not None and pitch.channel else Channel.email


def _reworded(step: PlanStep, planned: PlannedStep) -> bool:
    return (step.title, step.subject, step.message) != (
        planned.title,
        planned.subject,
        planned.message,
    )


def _add(session: Session, rejection: Rejection, planned: PlannedStep, position: int) -> PlanStep:
    return repository.add_step(
        session,
        {
            "id": uuid7(),
            "rejection_id": rejection.id,
            "position": position,
            "status": StepStatus.pending.value,
            **planned.model_dump(),
        },
    )
