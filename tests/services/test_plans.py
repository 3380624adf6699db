"""services.plans: steps move once, a stopped plan never moves, replies are dated sensibly and
cancel what they make moot, and what is due is listed by day."""

import uuid
from datetime import UTC, date, datetime, time, timedelta

import pytest

from app.errors import InvalidTransitionError, OutreachStoppedError, UnprocessableError
from app.schemas import PlanStepPublic, RejectionPublic, StopRequest
from app.schemas.plans import ReplyCreate, ReplyPublic, StepDone, StepSkipped
from app.services import plans, rejections
from tests.services.support import SERVICE_QUIET, START, committed, context, events, stored_steps


@pytest.fixture
def created(tenant_id: uuid.UUID) -> RejectionPublic:
    return committed(
        lambda session: rejections.create_rejection(
            session=session,
            tenant_id=tenant_id,
            context=context(),
            service_quiet=SERVICE_QUIET,
            now=START,
        )
    )


def step(rejection: RejectionPublic, kind: str) -> PlanStepPublic:
    return next(s for s in rejection.follow_up_plan.steps if s.kind == kind)


def on_its_day(planned: PlanStepPublic) -> datetime:
    """15:00 UTC on the step's day: 10:00 for the candidate in New York."""
    return datetime.combine(planned.due_on, time(15), tzinfo=UTC)


def mark(
    tenant_id: uuid.UUID,
    rejection: RejectionPublic,
    kind: str,
    update: StepDone | StepSkipped,
    now: datetime | None = None,
) -> PlanStepPublic:
    planned = step(rejection, kind)
    return committed(
        lambda session: plans.update_step(
            session=session,
            tenant_id=tenant_id,
            rejection_id=rejection.id,
            step_id=planned.id,
            update=update,
            service_quiet=SERVICE_QUIET,
            now=now or on_its_day(planned),
        )
    )


def reply(tenant_id: uuid.UUID, rejection: RejectionPublic, on: date, now: datetime) -> ReplyPublic:
    return committed(
        lambda session: plans.add_reply(
            session=session,
            tenant_id=tenant_id,
            rejection_id=rejection.id,
            reply=ReplyCreate(on=on, summary="Happy to talk next week."),
            service_quiet=SERVICE_QUIET,
            now=now,
        )
    )


def test_a_step_done_is_stored_and_announced_and_cannot_be_done_or_skipped_again(
    tenant_id: uuid.UUID, created: RejectionPublic
) -> None:
    pitch = step(created, "send_last_pitch")

    done = mark(tenant_id, created, "send_last_pitch", StepDone(status="done", note="Sent."))

    assert (done.id, done.status, done.note) == (pitch.id, "done", "Sent.")
    stored = {row.id: row for row in stored_steps(created.id)}
    assert stored[pitch.id].status == "done"
    step_events = [data for kind, data in events(tenant_id) if kind == "plan.step_updated"]
    assert [(data["step_id"], data["status"]) for data in step_events] == [(str(pitch.id), "done")]
    for again in (StepDone(status="done"), StepSkipped(status="skipped")):
        with pytest.raises(InvalidTransitionError):
            mark(tenant_id, created, "send_last_pitch", again)
    assert stored_steps(created.id)[0].status == "done"


def test_a_stopped_plan_is_final_for_its_steps_and_for_replies(
    tenant_id: uuid.UUID, created: RejectionPublic
) -> None:
    committed(
        lambda session: rejections.stop_outreach(
            session=session, tenant_id=tenant_id, rejection_id=created.id, request=StopRequest()
        )
    )
    before = events(tenant_id)

    with pytest.raises(OutreachStoppedError):
        mark(tenant_id, created, "send_last_pitch", StepDone(status="done"))
    with pytest.raises(OutreachStoppedError):
        reply(tenant_id, created, on=START.date(), now=START)

    assert events(tenant_id) == before
    assert {row.status for row in stored_steps(created.id)} == {"cancelled"}


def test_a_reply_must_fall_between_the_rejection_and_the_candidates_today(
    tenant_id: uuid.UUID, created: RejectionPublic
) -> None:
    with pytest.raises(UnprocessableError, match="before the rejection"):
        reply(tenant_id, created, on=date(2026, 11, 19), now=START)
    # 02:00 UTC on the 21st is still the 20th in New York.
    with pytest.raises(UnprocessableError, match="after today"):
        reply(tenant_id, created, on=date(2026, 11, 21), now=START + timedelta(hours=11))

    assert all(row.status == "pending" for row in stored_steps(created.id))


def test_a_reply_after_the_feedback_request_cancels_the_nudge_as_replied(
    tenant_id: uuid.UUID, created: RejectionPublic
) -> None:
    mark(tenant_id, created, "send_last_pitch", StepDone(status="done"))
    mark(tenant_id, created, "send_feedback_request", StepDone(status="done"))
    now = on_its_day(step(created, "send_feedback_request")) + timedelta(days=2)

    answered = reply(tenant_id, created, on=now.date(), now=now)

    changed = [(s.kind, s.status, s.cancel_reason) for s in answered.changed_steps]
    assert changed == [("nudge", "cancelled", "replied")]
    nudge = step(created, "nudge")
    stored = {row.id: row for row in stored_steps(created.id)}
    assert (stored[nudge.id].status, stored[nudge.id].cancel_reason) == ("cancelled", "replied")


def test_due_steps_lists_the_pending_steps_due_by_the_day_in_date_order(
    tenant_id: uuid.UUID, other_tenant_id: uuid.UUID, created: RejectionPublic
) -> None:
    pitch = step(created, "send_last_pitch")
    last_day = max(s.due_on for s in created.follow_up_plan.steps)

    def due(tenant: uuid.UUID, on: date) -> list[uuid.UUID]:
        page = committed(
            lambda session: plans.due_steps(session=session, tenant_id=tenant, on=on, limit=50)
        )
        return [item.id for item in page.items]

    everything = due(tenant_id, last_day)
    assert set(everything) == {s.id for s in created.follow_up_plan.steps}
    by_day = sorted(created.follow_up_plan.steps, key=lambda s: (s.due_on, s.id))
    assert everything == [s.id for s in by_day]
    assert pitch.id in due(tenant_id, pitch.due_on)
    assert due(tenant_id, pitch.due_on - timedelta(days=1)) == []
    assert due(other_tenant_id, last_day) == []

    mark(tenant_id, created, "send_last_pitch", StepDone(status="done"))

    assert pitch.id not in due(tenant_id, last_day)
