"""services/outbox.py, the worker's use cases, each in a committed transaction of its own as the
worker runs them: fan-out, claiming under a lease, recording attempts, due-step events."""

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta

from app.outbound.schedule import JITTER, MAX_ATTEMPTS, RETRY_DELAYS
from app.services import outbox, rejections
from app.services.outbox import ClaimedDelivery
from tests.outbound.support import add_endpoint, add_event, attempts, deliveries, events
from tests.services.support import SERVICE_QUIET, START, committed, context

LEASE = timedelta(seconds=60)


def fan_out(now: datetime = START, limit: int = outbox.FAN_OUT_BATCH) -> int:
    return committed(lambda session: outbox.fan_out(session, now=now, limit=limit))


def claim(now: datetime = START, busy: tuple[uuid.UUID, ...] = ()) -> ClaimedDelivery | None:
    return committed(lambda session: outbox.claim_due(session, now=now, lease=LEASE, busy=busy))


def record(
    claimed: ClaimedDelivery, now: datetime, status_code: int | None, error: str | None
) -> bool:
    return committed(
        lambda session: outbox.record_attempt(
            session,
            claimed,
            status_code=status_code,
            error=error,
            duration_ms=12,
            now=now,
            rng=random.Random(3),
        )
    )


def test_an_event_fans_out_to_each_enabled_endpoint_of_its_tenant_that_subscribes_to_it(
    tenant_id: uuid.UUID, other_tenant_id: uuid.UUID
) -> None:
    subscribed = add_endpoint(tenant_id)
    add_endpoint(tenant_id, events=("plan.step_due",))
    add_endpoint(tenant_id, disabled=True)
    add_endpoint(other_tenant_id)
    add_event(tenant_id, data={"rejection_id": "r-1"})

    assert fan_out() == 1

    [delivery] = deliveries()
    assert (delivery.endpoint_id, delivery.tenant_id) == (subscribed, tenant_id)
    assert (delivery.status, delivery.attempt_count) == ("pending", 0)
    assert delivery.next_attempt_at.replace(tzinfo=UTC) == START
    [event] = events()
    assert event.fanned_out_at.replace(tzinfo=UTC) == START
    # Taken once: a second pass finds nothing new.
    assert fan_out() == 0
    assert len(deliveries()) == 1


def test_fan_out_takes_one_batch_at_a_time_and_leaves_the_rest_for_the_next(
    tenant_id: uuid.UUID,
) -> None:
    add_endpoint(tenant_id)
    for number in range(3):
        add_event(tenant_id, data={"rejection_id": f"r-{number}"})

    assert [fan_out(limit=2), fan_out(limit=2), fan_out(limit=2)] == [2, 1, 0]
    assert len(deliveries(status="pending")) == 3


def test_a_due_delivery_is_leased_to_one_claim_until_its_lease_runs_out(
    tenant_id: uuid.UUID,
) -> None:
    secret = "whsec_" + "A" * 44
    endpoint = add_endpoint(tenant_id, url="https://hooks.example.com/a", secret=secret)
    add_event(tenant_id, data={"rejection_id": "r-1"})
    fan_out()

    assert claim(START - timedelta(seconds=1)) is None  # not due yet
    assert claim(busy=(endpoint,)) is None  # its endpoint has no free slot
    first = claim()
    assert first is not None
    assert (first.url, first.endpoint_id, first.attempt_count) == (
        "https://hooks.example.com/a",
        endpoint,
        0,
    )
    assert (first.event_type, first.data, first.signing_secrets) == (
        "rejection.drafted",
        {"rejection_id": "r-1"},
        (secret,),
    )
    assert claim(START + LEASE / 2) is None  # leased
    # Its worker died: once the lease runs out another claim takes it, under a new lease.
    again = claim(START + LEASE + timedelta(seconds=1))
    assert again is not None
    assert (again.id, again.attempt_count) == (first.id, 0)
    assert again.lease_id != first.lease_id


def test_failed_attempts_follow_the_retry_schedule_until_the_delivery_fails(
    tenant_id: uuid.UUID,
) -> None:
    add_endpoint(tenant_id)
    add_event(tenant_id)
    fan_out()
    now = START
    for attempt in range(1, MAX_ATTEMPTS + 1):
        claimed = claim(now)
        assert claimed is not None
        assert claimed.attempt_count == attempt - 1
        assert record(claimed, now, 500, "the endpoint answered 500")
        [delivery] = deliveries()
        assert (delivery.attempt_count, delivery.last_status_code) == (attempt, 500)
        if attempt < MAX_ATTEMPTS:
            assert delivery.status == "pending"
            delay = delivery.next_attempt_at.replace(tzinfo=UTC) - now
            base = RETRY_DELAYS[attempt - 1]
            assert base * (1 - JITTER) <= delay <= base * (1 + JITTER)
            assert claim(now + delay - timedelta(seconds=1)) is None  # waits its turn
            now += delay
    [delivery] = deliveries()
    assert (delivery.status, delivery.last_error) == ("failed", "the endpoint answered 500")
    assert claim(now + timedelta(days=1)) is None
    logged = attempts(delivery_id=delivery.id)
    assert [(row.status_code, row.error, row.duration_ms) for row in logged] == [
        (500, "the endpoint answered 500", 12)
    ] * MAX_ATTEMPTS


def test_a_lost_lease_records_nothing_and_the_holder_records_the_success(
    tenant_id: uuid.UUID,
) -> None:
    add_endpoint(tenant_id)
    add_event(tenant_id)
    fan_out()
    slow = claim()
    later = START + LEASE + timedelta(seconds=1)
    holder = claim(later)
    assert slow is not None
    assert holder is not None

    assert record(slow, later, 204, None) is False
    assert attempts() == []
    assert record(holder, later, 204, None) is True
    [delivery] = deliveries()
    assert (delivery.status, delivery.last_status_code, delivery.last_error) == (
        "succeeded",
        204,
        None,
    )
    assert (delivery.lease_id, delivery.leased_until) == (None, None)
    assert [row.status_code for row in attempts()] == [204]


def test_a_step_due_event_is_recorded_once_on_its_day_where_the_candidate_is(
    tenant_id: uuid.UUID, other_tenant_id: uuid.UUID
) -> None:
    created = [
        committed(
            lambda session, tenant=tenant: rejections.create_rejection(
                session=session,
                tenant_id=tenant,
                context=context(),
                service_quiet=SERVICE_QUIET,
                now=START,
            )
        )
        for tenant in (tenant_id, other_tenant_id)
    ]
    day: date = min(step.due_on for step in created[0].follow_up_plan.steps)
    first_steps = {
        str(step.id)
        for rejection in created
        for step in rejection.follow_up_plan.steps
        if step.due_on == day
    }

    def scan(now: datetime, limit: int) -> int:
        emitted, page = 0, outbox.DueScan(0, None)
        while True:
            page = committed(
                lambda session, after=page.after: outbox.emit_due_steps_page(
                    session, now=now, after=after, limit=limit
                )
            )
            emitted += page.emitted
            if page.after is None:
                return emitted

    # 03:00 UTC on that day is still the evening before in New York, the candidate's zone.
    assert scan(datetime.combine(day, time(3), tzinfo=UTC), limit=1) == 0
    on_the_day = datetime.combine(day, time(15), tzinfo=UTC)
    # One step a page: the scan goes on from where each page ended.
    assert scan(on_the_day, limit=1) == len(first_steps) == 2
    assert scan(on_the_day, limit=500) == 0  # once per step and day, however often it runs
    due = events(event_type="plan.step_due")
    assert {row.data["step_id"] for row in due} == first_steps
    assert {row.data["due_on"] for row in due} == {day.isoformat()}
    assert {row.tenant_id for row in due} == {tenant_id, other_tenant_id}
