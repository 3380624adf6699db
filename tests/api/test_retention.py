"""Pruning: bookkeeping past its retention goes, the candidate's work and pending work stay."""

import json
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import col, select

from app.models import OutboundDelivery, OutboxEvent
from app.worker import Worker
from tests.api.outbound_support import Clock, Receiver
from tests.api.test_outbound_delivery import register
from tests.api.webhook_support import create_integration, deliveries, lever_body, post, signed
from tests.ats.support import raw
from tests.helpers import count_rows, example_context
from tests.inspection import inspection_session

REJECT = raw("greenhouse-reject_candidate.json")
ARCHIVE = json.loads(raw("lever-candidateArchiveChange.json"))


def _events_by_state() -> dict[str, int]:
    with inspection_session(write=False) as session:
        events = session.exec(select(OutboxEvent)).all()
        pending = {
            delivery.event_id
            for delivery in session.exec(
                select(OutboundDelivery).where(col(OutboundDelivery.status) == "pending")
            )
        }
    return {
        "unfanned": sum(event.fanned_out_at is None for event in events),
        "pending": sum(event.id in pending for event in events),
        "settled": sum(
            event.fanned_out_at is not None and event.id not in pending for event in events
        ),
    }


def test_pruning_past_retention_keeps_rejections_and_unfinished_work(
    client: TestClient, receiver: Receiver, worker: Worker, clock: Clock
) -> None:
    register(client, receiver, ["rejection.drafted"])
    headers = {"Idempotency-Key": "prune-1"}
    client.post("/v1/rejections", json=example_context(), headers=headers)
    # Fan out and deliver, without run_once's scan for due steps: whether a step is due
    # today depends on the day the test runs.
    worker.fan_out()
    worker.deliver_batch()
    assert len(receiver.ids()) == 1
    # A second event fanned out but not sent yet, and a third not even fanned out.
    client.post("/v1/rejections", json=example_context())
    worker.fan_out()
    client.post("/v1/rejections", json=example_context())
    greenhouse = create_integration(client, "greenhouse")
    for _ in range(2):  # drafted, then a duplicate
        post(client, greenhouse, REJECT, signed("greenhouse", REJECT, event_id="gh-prune"))
    lever = create_integration(client, "lever")
    body = lever_body(ARCHIVE)
    post(client, lever, body, {"content-type": "application/json"})
    assert [row.disposition for row in deliveries(lever["id"])] == ["needs_details"]
    before = {table: count_rows(table) for table in ("idempotency_record", "webhook_delivery")}
    assert before == {"idempotency_record": 1, "webhook_delivery": 3}
    assert _events_by_state() == {"unfanned": 2, "pending": 1, "settled": 1}

    assert set(worker.prune().values()) == {0}  # nothing is old yet

    clock.advance(timedelta(days=31))
    pruned = worker.prune()

    assert pruned == {
        "idempotency_records": 1,
        "outbound_events": 1,
        "webhook_deliveries": 2,
        # Greenhouse's and Lever's delivery ids, and the identity of each one's event
        "webhook_delivery_ids": 4,
        "webhook_parked_expired": 0,
    }
    assert count_rows("rejection") == 4
    assert count_rows("draft") > 0
    assert _events_by_state() == {"unfanned": 2, "pending": 1, "settled": 0}
    assert count_rows("outbound_attempt") == 0
    assert [row.disposition for row in deliveries(lever["id"])] == ["needs_details"]
    assert count_rows("idempotency_record") == 0
    assert count_rows("webhook_delivery_key") == 0


def test_a_replayable_answer_goes_once_its_24_hours_are_over(
    client: TestClient, worker: Worker, clock: Clock
) -> None:
    client.post("/v1/rejections", json=example_context(), headers={"Idempotency-Key": "day-1"})

    clock.advance(timedelta(hours=23))
    kept = worker.prune()["idempotency_records"]
    clock.advance(timedelta(hours=2))
    gone = worker.prune()["idempotency_records"]

    assert (kept, gone) == (0, 1)
    assert count_rows("rejection") == 1
