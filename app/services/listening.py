"""The plan listens: a reply makes the nudge moot, and silence ends the outreach.

A reply comes in three ways (`POST …/replies`, `received_feedback` on the rejection, or on the
feedback request step marked done); each is recorded here and answered the same way. Every
step this changes emits `plan.step_updated`, in the caller's transaction.
"""

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session
from uuid_utils.compat import uuid7

from app import repository
from app.drafting.plan import TO_THE_CONTACT
from app.drafting.results import StepKind
from app.models import PlanReply, PlanStep, Rejection
from app.models.outbound import EventType
from app.models.rejections import PENDING_STEP_STATUSES
from app.schemas import CancelReason, StepStatus
from app.services.events import record_event, step_data

# What counts as a touch that waits for an answer. The last pitch goes out with the feedback
# request as one approach, and the LinkedIn invitation answers itself; the nudge counts, so a
# request and its nudge both unanswered end the outreach, as do an update and a reach-out.
TOUCHES = frozenset(
    {
        StepKind.send_feedback_request,
        StepKind.nudge,
        StepKind.value_check_in,
        StepKind.reach_out_about_role,
        StepKind.quarterly_check_in,
        StepKind.send_update,
    }
)
# Touches in a row without a reply that end the outreach to the contact.
UNANSWERED_LIMIT = 2


def local_today(rejection: Rejection, now: datetime) -> date:
    """Today where the candidate is: the plan's days were counted in their zone."""
    return now.astimezone(ZoneInfo(str(rejection.context.get("timezone", "UTC")))).date()


def record_reply(
    session: Session,
    rejection: Rejection,
    *,
    on: date,
    channel: str,
    summary: str | None,
    now: datetime,
    feedback: bool = False,
) -> tuple[PlanReply, list[PlanStep]]:
    """Store a reply and let the plan hear it; `feedback` when it carried the feedback asked."""
    reply = repository.insert_reply(
        session,
        {
            "id": uuid7(),
            "rejection_id": rejection.id,
            "received_on": on,
            "channel": channel,
            "summary": summary,
            "created_at": now,
        },
    )
    moot = {StepKind.nudge, StepKind.send_feedback_request} if feedback else {StepKind.nudge}
    changed = [
        step
        for step in repository.plan_steps(
            session, tenant_id=rejection.tenant_id, rejection_id=rejection.id
        )
        if step.status in PENDING_STEP_STATUSES and step.kind in moot
    ]
    cancel(session, rejection, changed, CancelReason.replied, now)
    return reply, changed


def after_touch(
    session: Session, rejection: Rejection, step: PlanStep, now: datetime
) -> list[PlanStep]:
    """After a touch is done: when it and the one before went unanswered, end the outreach.

    The steps still to do that message the contact are cancelled (`unanswered`); watching
    for openings and meeting the team at events reach no one, and stay.
    """
    if step.kind not in TOUCHES or rejection.stopped_at is not None:
        return []
    steps = repository.plan_steps(session, tenant_id=rejection.tenant_id, rejection_id=rejection.id)
    done = sorted(
        (s for s in steps if s.kind in TOUCHES and s.status == StepStatus.done and s.completed_at),
        key=lambda s: s.completed_at or now,
    )
    if len(done) < UNANSWERED_LIMIT:
        return []
    first = done[-UNANSWERED_LIMIT].completed_at or now
    if repository.replied_since(
        session,
        tenant_id=rejection.tenant_id,
        rejection_id=rejection.id,
        day=local_today(rejection, first),
    ):
        return []
    ended = [s for s in steps if s.status in PENDING_STEP_STATUSES and s.kind in TO_THE_CONTACT]
    cancel(session, rejection, ended, CancelReason.unanswered, now)
    return ended


def cancel(
    session: Session,
    rejection: Rejection,
    steps: Sequence[PlanStep],
    reason: CancelReason,
    now: datetime,
) -> None:
    for step in steps:
        values = {
            "status": StepStatus.cancelled.value,
            "cancel_reason": reason.value,
            "completed_at": now,
        }
        repository.update_step(session, step, values)
        announce(session, rejection, step, now)


def announce(session: Session, rejection: Rejection, step: PlanStep, now: datetime) -> None:
    record_event(
        session,
        tenant_id=rejection.tenant_id,
        event_type=EventType.plan_step_updated,
        data=step_data(step, rejection),
        now=now,
    )
