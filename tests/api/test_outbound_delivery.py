"""Outbound notifications reach a real receiver, signed, retried on schedule, and visible."""

import itertools
import os
import threading
import time
import uuid
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import select

from app.models import OutboundDelivery, OutboundEndpoint
from app.outbound.schedule import JITTER, MAX_ATTEMPTS, RETRY_DELAYS
from app.services.events import record_event
from app.settings import Settings
from app.worker import Worker
from tests import database as db
from tests.api.outbound_support import Clock, Receiver
from tests.helpers import count_rows, example_context
from tests.inspection import inspection_session


def tenant_id(name: str = "a") -> uuid.UUID:
    with db.get_engine().connect() as connection:
        found = connection.execute(sa.text("SELECT id FROM tenant WHERE name = :n"), {"n": name})
        return uuid.UUID(str(found.scalar_one()))


def register(client: TestClient, receiver: Receiver, events: list[str]) -> dict[str, Any]:
    response = client.post("/v1/endpoints", json={"url": receiver.url, "events": events})
    assert response.status_code == 201, response.text
    endpoint = response.json()
    receiver.secrets = [endpoint["secret"]]
    return endpoint


def step_updated_event(client: TestClient) -> str:
    """Create a rejection and mark its first step done: one `plan.step_updated` event."""
    rejection = client.post("/v1/rejections", json=example_context()).json()
    step = rejection["follow_up_plan"]["steps"][0]
    response = client.patch(
        f"/v1/rejections/{rejection['id']}/plan/steps/{step['id']}", json={"status": "done"}
    )
    assert response.status_code == 200, response.text
    return str(step["id"])


def deliveries(client: TestClient, endpoint: dict[str, Any], **params: str) -> list[Any]:
    response = client.get(f"/v1/endpoints/{endpoint['id']}/deliveries", params=params)
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


def test_an_event_arrives_signed_after_two_failures_on_the_retry_schedule(
    client: TestClient, receiver: Receiver, worker: Worker, clock: Clock
) -> None:
    receiver.fail_first = 2
    endpoint = register(client, receiver, ["plan.step_updated"])
    step_id = step_updated_event(client)

    assert worker.run_once() == 1
    [first] = deliveries(client, endpoint)
    wait = first["next_attempt_at"]
    assert first["status"] == "pending"
    assert first["attempts"][0]["status_code"] == 500
    assert_delay(first, RETRY_DELAYS[0])

    clock.advance(RETRY_DELAYS[0] * (1 - JITTER) - timedelta(seconds=1))
    assert worker.run_once() == 0, "retried before its time"
    clock.advance(RETRY_DELAYS[0] * 2 * JITTER + timedelta(seconds=2))
    assert worker.run_once() == 1
    [second] = deliveries(client, endpoint)
    assert second["next_attempt_at"] != wait
    assert_delay(second, RETRY_DELAYS[1])

    clock.advance(RETRY_DELAYS[1] * (1 + JITTER) + timedelta(seconds=1))
    assert worker.run_once() == 1
    [done] = deliveries(client, endpoint)

    assert done["status"] == "succeeded"
    assert done["next_attempt_at"] is None
    assert [a["status_code"] for a in done["attempts"]] == [500, 500, 204]
    assert len(receiver.received) == 3
    assert all(item.verified for item in receiver.received)
    assert {item.webhook_id for item in receiver.received} == {done["event_id"]}
    payload = receiver.payloads()[0]
    assert payload["type"] == "plan.step_updated"
    assert payload["data"]["step_id"] == step_id
    assert payload["data"]["status"] == "done"


def assert_delay(delivery: dict[str, Any], base: timedelta) -> None:
    attempted = datetime.fromisoformat(delivery["attempts"][-1]["attempted_at"])
    waited = datetime.fromisoformat(delivery["next_attempt_at"]) - attempted
    assert base * (1 - JITTER) <= waited <= base * (1 + JITTER), (waited, base)


def test_the_retry_schedule_spans_about_a_day() -> None:
    total = sum(RETRY_DELAYS, timedelta())

    assert MAX_ATTEMPTS == 10
    assert timedelta(hours=20) <= total <= timedelta(hours=26)
    assert all(a <= b for a, b in itertools.pairwise(RETRY_DELAYS))


def test_a_delivery_that_never_lands_is_failed_visible_and_can_be_retried(
    client: TestClient, receiver: Receiver, worker: Worker, clock: Clock
) -> None:
    receiver.fail_first = MAX_ATTEMPTS
    endpoint = register(client, receiver, ["plan.step_updated"])
    step_updated_event(client)

    for _ in range(MAX_ATTEMPTS):
        assert worker.run_once() == 1
        clock.advance(RETRY_DELAYS[-1] * (1 + JITTER) + timedelta(seconds=1))
    assert worker.run_once() == 0

    [failed] = deliveries(client, endpoint, status="failed")
    assert failed["attempt_count"] == MAX_ATTEMPTS
    assert len(failed["attempts"]) == MAX_ATTEMPTS
    assert failed["last_status_code"] == 500
    assert "500" in failed["last_error"]
    assert deliveries(client, endpoint, status="pending") == []

    retried = client.post(f"/v1/endpoints/{endpoint['id']}/deliveries/{failed['id']}/retry")
    assert retried.status_code == 200, retried.text
    assert retried.json()["status"] == "pending"
    again = client.post(f"/v1/endpoints/{endpoint['id']}/deliveries/{failed['id']}/retry")
    assert again.status_code == 409
    assert worker.run_once() == 1

    [delivered] = deliveries(client, endpoint)
    assert delivered["status"] == "succeeded"
    assert len(delivered["attempts"]) == MAX_ATTEMPTS + 1
    assert all(item.verified for item in receiver.received)


def test_a_worker_killed_mid_batch_loses_nothing(
    client: TestClient, receiver: Receiver, outbound_settings: Any, clock: Clock
) -> None:
    endpoint = register(client, receiver, ["plan.step_updated"])
    with inspection_session(write=True) as session, session.begin():
        for number in range(10):
            record_event(
                session, tenant_id=tenant_id(), event_type="plan.step_updated", data={"n": number}
            )
    doomed = Worker(clock=clock, settings=outbound_settings, database=db.current())
    doomed.client = dying_client(doomed, survive=3)

    with pytest.raises(WorkerKilled):
        doomed.run_once()
    assert len(receiver.ids()) == 3

    # Sends are claimed one at a time, so the killed worker held only those it was sending;
    # the rest never left the queue and the survivor sends them, but not the ones still held.
    with inspection_session(write=False) as session:
        held = len(
            session.exec(
                select(OutboundDelivery).where(OutboundDelivery.status == "delivering")
            ).all()
        )
    assert held >= 1
    survivor = Worker(clock=clock, settings=outbound_settings, database=db.current())
    assert survivor.run_once() == 10 - 3 - held, "took deliveries another worker still holds"
    assert len(receiver.ids()) == 10 - held
    clock.advance(timedelta(seconds=outbound_settings.worker_lease_seconds + 1))
    while survivor.run_once():
        pass

    assert len(receiver.ids()) == 10
    assert set(receiver.ids().values()) == {1}
    statuses = {item["status"] for item in deliveries(client, endpoint, limit="100")}
    assert statuses == {"succeeded"}


class WorkerKilled(BaseException):
    """Stands for SIGKILL: nothing after it runs, no handler sees it."""


def dying_client(worker: Worker, *, survive: int) -> Any:
    sent = 0
    real = httpx.HTTPTransport()
    counting = threading.Lock()  # the worker sends side by side

    class Dying(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            nonlocal sent
            with counting:
                if sent == survive:
                    raise WorkerKilled
                sent += 1
            return real.handle_request(request)

    return httpx.Client(transport=Dying(), follow_redirects=False)


def test_a_rolled_back_transaction_leaves_no_event(client: TestClient) -> None:
    def change_that_fails() -> None:
        with inspection_session(write=True) as session, session.begin():
            record_event(session, tenant_id=tenant_id(), event_type="plan.step_updated", data={})
            raise RuntimeError("the change failed after its event was written")

    with pytest.raises(RuntimeError):
        change_that_fails()

    assert count_rows("outbox_event") == 0


def test_a_failed_request_leaves_neither_its_change_nor_its_event(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    rejection = client.post("/v1/rejections", json=example_context()).json()
    step = rejection["follow_up_plan"]["steps"][0]
    events_before = count_rows("outbox_event")

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("crash after the event was recorded")

    # Only the plan service's mapper fails: the read that follows goes through its own.
    monkeypatch.setattr("app.services.plans.mapper", SimpleNamespace(step_public=fail))
    response = client.patch(
        f"/v1/rejections/{rejection['id']}/plan/steps/{step['id']}", json={"status": "done"}
    )

    assert response.status_code == 500
    assert count_rows("outbox_event") == events_before
    after = client.get(f"/v1/rejections/{rejection['id']}").json()
    assert after["follow_up_plan"]["steps"][0]["status"] == "pending"


@pytest.mark.skipif(
    not os.environ.get("REJOINDER_TEST_POSTGRES_URL"),
    reason="SQLite supports one worker by design (its writers take turns); "
    "concurrent workers claim with FOR UPDATE SKIP LOCKED on PostgreSQL, where CI runs this",
)
def test_two_workers_deliver_500_events_exactly_once(
    client: TestClient, receiver: Receiver, outbound_settings: Any
) -> None:
    register(client, receiver, ["plan.step_updated"])
    with inspection_session(write=True) as session, session.begin():
        for number in range(500):
            record_event(
                session, tenant_id=tenant_id(), event_type="plan.step_updated", data={"n": number}
            )
    workers = [Worker(settings=outbound_settings, database=db.current()) for _ in range(2)]
    worked = [0, 0]

    def drain(index: int) -> None:
        while workers[index].run_once():
            worked[index] += 1

    threads = [threading.Thread(target=drain, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    ids = receiver.ids()
    assert len(ids) == 500, "an event was not delivered"
    assert set(ids.values()) == {1}, "an event was delivered twice"
    assert all(item.verified for item in receiver.received)
    assert all(worked), "one worker did all the work: they did not run side by side"
    with inspection_session(write=False) as session:
        statuses = set(session.exec(select(OutboundDelivery.status)).all())
    assert statuses == {"succeeded"}


def test_a_delivery_goes_to_the_address_the_check_resolved_not_to_a_second_lookup(
    client: TestClient, receiver: Receiver, outbound_settings: Settings, clock: Clock
) -> None:
    # `hooks.rejoinder.test` means nothing to the system's DNS: only the worker's resolver
    # knows it, so the request lands only if it is sent to the address that was checked.
    endpoint = register(client, receiver, ["plan.step_updated"])
    port = httpx.URL(receiver.url).port
    named = f"http://hooks.rejoinder.test:{port}/hooks/rejoinder"
    with db.get_engine().begin() as connection:
        connection.execute(sa.update(OutboundEndpoint).values(url=named))
    lookups: list[str] = []

    def resolver(host: str, _port: int) -> list[str]:
        lookups.append(host)
        return ["127.0.0.1"]

    worker = Worker(
        clock=clock, settings=outbound_settings, database=db.current(), resolver=resolver
    )
    try:
        step_updated_event(client)
        assert worker.run_once() == 1
    finally:
        worker.client.close()

    [done] = deliveries(client, endpoint)
    assert done["status"] == "succeeded", done
    assert lookups == ["hooks.rejoinder.test"]
    [received] = receiver.received
    assert received.headers["host"] == f"hooks.rejoinder.test:{port}"
    assert received.verified


def test_serve_with_worker_delivers_from_the_api_process_and_stops_with_it(
    rejoinder_app: FastAPI,
    client: TestClient,
    receiver: Receiver,
    outbound_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(outbound_settings, "serve_worker", True)
    monkeypatch.setattr(outbound_settings, "worker_poll_seconds", 0.05)
    register(client, receiver, ["rejection.drafted"])

    # A second start of the app: its lifespan now runs the worker.
    with TestClient(rejoinder_app, headers=client.headers) as serving:
        created = serving.post("/v1/rejections", json=example_context()).json()
        deadline = time.monotonic() + 10
        while not receiver.ids() and time.monotonic() < deadline:
            time.sleep(0.05)

    assert [payload["data"]["rejection_id"] for payload in receiver.payloads()] == [created["id"]]
    assert "outbound-worker" not in {thread.name for thread in threading.enumerate()}
