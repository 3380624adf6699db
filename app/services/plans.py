"""The plan as a candidate lives with it: mark steps done, skip or snooze them, list what is due."""

import base64
import uuid
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from app import repository
from app.drafting.quiet import QuietPeriod
from app.drafting.results import StepKind
from app.errors import (
    InvalidTransitionError,
    NotFoundError,
    OutreachStoppedError,
    UnprocessableError,
)
from app.mappers import rejections as mapper
from app.models import PlanStep, Rejection, utcnow
from app.models.rejections import PENDING_STEP_STATUSES
from app.schemas import PlanStepPublic
from app.schemas.plans import (
    DuePage,
    ReplyCreate,
    ReplyPublic,
    StepDone,
    StepPosting,
    StepSkipped,
    StepSnoozed,
    StepUpdate,
)
from app.services.listening import after_touch, announce, local_today, record_reply
from app.services.rejections import find_rejection, store_feedback
from app.services.replanning import replan

# A plan step is a reminder, not an archive: a day further off than this is a typo or a
# probe, and a far day (9999-12-31) is past what calendar files can hold.
MAX_SNOOZE_YEARS = 2


def latest_snooze(today: date) -> date:
    """The last day a step may be snoozed to: the same day `MAX_SNOOZE_YEARS` on (29 February
    becomes the 28th)."""
    year = today.year + MAX_SNOOZE_YEARS
    try:
        return today.replace(year=year)
    except ValueError:
        return today.replace(year=year, day=28)


def update_step(
    *,
    session: Session,
    tenant_id: uuid.UUID,
    rejection_id: uuid.UUID,
    step_id: uuid.UUID,
    update: StepUpdate,
    service_quiet: tuple[QuietPeriod, ...],
    now: datetime | None = None,
) -> PlanStepPublic:
    """`service_quiet`: the service's own quiet periods (the setting), for a re-plan."""
    now = now or utcnow()
    # Locked: of two changes at once, the second sees the first's status and is a 409.
    found = repository.get_step(
        session, tenant_id=tenant_id, rejection_id=rejection_id, step_id=step_id, for_update=True
    )
    if found is None:
        raise NotFoundError("Plan step")
    step, rejection = found
    _check_transition(step, rejection, update)
    repository.update_step(session, step, _new_values(step, rejection, update, now))
    announce(session, rejection, step, now)
    if isinstance(update, StepPosting):
        replan(session, rejection, now, service_quiet=service_quiet)
    if isinstance(update, StepDone):
        if update.received_feedback is not None:
            store_feedback(
                session, rejection, update.received_feedback, now, service_quiet=service_quiet
            )
        after_touch(session, rejection, step, now)
    return mapper.step_public(step)


def add_reply(
    *,
    session: Session,
    tenant_id: uuid.UUID,
    rejection_id: uuid.UUID,
    reply: ReplyCreate,
    service_quiet: tuple[QuietPeriod, ...],
    now: datetime | None = None,
) -> ReplyPublic:
    """Record a reply from the contact: the nudge it made moot is cancelled (`replied`)."""
    now = now or utcnow()
    rejection = find_rejection(session, tenant_id, rejection_id)
    _check_open(rejection)
    today = local_today(rejection, now)
    if reply.on > today:
        raise UnprocessableError(f"on: {reply.on} is after today ({today}) for the candidate.")
    if reply.on < rejection.rejected_on:
        raise UnprocessableError(
            f"on: {reply.on} is before the rejection ({rejection.rejected_on})."
        )
    row, changed = record_reply(
        session,
        rejection,
        on=reply.on,
        channel=reply.channel.value,
        summary=reply.summary,
        now=now,
    )
    changed += replan(session, rejection, now, service_quiet=service_quiet)
    return ReplyPublic(
        id=row.id,
        rejection_id=rejection.id,
        on=row.received_on,
        channel=reply.channel,
        summary=row.summary,
        created_at=row.created_at,
        changed_steps=[mapper.step_public(step) for step in changed],
    )


def _check_open(rejection: Rejection) -> None:
    if rejection.stopped_at is not None:
        # A stopped rejection must never see a step move again, nor send an event about one.
        raise OutreachStoppedError("Outreach for this rejection was stopped; its steps are final.")


def _check_transition(step: PlanStep, rejection: Rejection, update: StepUpdate) -> None:
    _check_open(rejection)
    if step.status not in PENDING_STEP_STATUSES:
        raise InvalidTransitionError(
            f"The step is {step.status}; only a pending or snoozed step can become "
            f"{update.status}.",
        )
    if isinstance(update, StepPosting) and step.kind != StepKind.reach_out_about_role:
        raise UnprocessableError("posting_title: only the reach-out step takes a posting.")
    if (
        isinstance(update, StepDone)
        and update.received_feedback is not None
        and step.kind != StepKind.send_feedback_request
    ):
        raise UnprocessableError(
            "received_feedback: only the feedback request step can carry the reply."
        )


def _new_values(
    step: PlanStep, rejection: Rejection, update: StepUpdate, now: datetime
) -> dict[str, Any]:
    values: dict[str, Any] = {"status": update.status}
    if update.note is not None:
        values["note"] = update.note
    if isinstance(update, StepPosting):
        # A snoozed reach-out stays snoozed: only what it is about changes.
        return values | {
            "status": step.status,
            "posting_title": update.posting_title,
            "posting_url": update.posting_url,
        }
    if isinstance(update, StepSnoozed):
        today = local_today(rejection, now)
        if update.due_on <= today:
            raise UnprocessableError(f"due_on: snooze to a day after today ({today}).")
        latest = latest_snooze(today)
        if update.due_on > latest:
            raise UnprocessableError(
                f"due_on: snooze at most {MAX_SNOOZE_YEARS} years ahead, to {latest} at the latest."
            )
        values |= {"due_on": update.due_on, "completed_at": None}
    elif isinstance(update, StepDone | StepSkipped):
        values["completed_at"] = now
    return values


def due_steps(
    *,
    session: Session,
    tenant_id: uuid.UUID,
    on: date | None,
    limit: int,
    cursor: str | None = None,
    candidate_ref: str | None = None,
) -> DuePage:
    rows = repository.due_steps(
        session,
        tenant_id=tenant_id,
        on=on or utcnow().date(),
        limit=limit + 1,
        after=decode_due_cursor(cursor) if cursor else None,
        candidate_ref=candidate_ref,
    )
    page = rows[:limit]
    next_cursor = None
    if len(rows) > limit:
        last = page[-1][0]
        next_cursor = encode_due_cursor(last.due_on, last.id)
    return DuePage(
        items=[mapper.due_step(step, rejection) for step, rejection in page],
        next_cursor=next_cursor,
    )


def encode_due_cursor(due_on: date, step_id: uuid.UUID) -> str:
    raw = due_on.toordinal().to_bytes(4, "big") + step_id.bytes
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def decode_due_cursor(cursor: str) -> tuple[date, uuid.UUID]:
    # The route admits only 27 base64url characters: always 20 bytes. Any day number decodes
    # to a day (one past the range just means "after everything"), so no cursor is an error.
    raw = base64.urlsafe_b64decode(cursor + "=")
    ordinal = min(max(int.from_bytes(raw[:4], "big"), 1), date.max.toordinal())
    return date.fromordinal(ordinal), uuid.UUID(bytes=raw[4:20])
