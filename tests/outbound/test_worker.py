"""app/worker.py, the entry point that runs the outbox's use cases: a pass fans out, sends and
records, each in its own transaction, and a pass finds nothing left to do once all is sent."""

import random
import uuid
from collections.abc import Iterator

import pytest

from app.outbound.schedule import JITTER, RETRY_DELAYS
from app.outbound.signing import generate_secret
from app.settings import Settings
from app.worker import Worker
from tests import database as db
from tests.api.outbound_support import Clock, Receiver
from tests.outbound.support import add_endpoint, add_event, attempts, deliveries, events
from tests.services.support import START


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def worker(outbound_settings: Settings, clock: Clock) -> Iterator[Worker]:
    worker = Worker(
        clock=clock, rng=random.Random(1), settings=outbound_settings, database=db.current()
    )
    yield worker
    worker.close()


def test_a_pass_delivers_a_new_event_signed_to_its_endpoint_and_records_it(
    tenant_id: uuid.UUID, receiver: Receiver, worker: Worker
) -> None:
    receiver.secrets = [generate_secret()]
    endpoint = add_endpoint(tenant_id, url=receiver.url, secret=receiver.secrets[0])
    add_event(tenant_id, data={"rejection_id": "r-42"})

    assert worker.run_once() == 1
    assert worker.run_once() == 0

    [received] = receiver.received
    assert received.verified
    [event] = events()
    assert received.webhook_id == str(event.id)
    assert receiver.payloads() == [
        {
            "type": "rejection.drafted",
            "timestamp": START.isoformat(),
            "data": {"rejection_id": "r-42"},
        }
    ]
    [delivery] = deliveries(endpoint_id=endpoint)
    assert (delivery.status, delivery.attempt_count, delivery.last_status_code) == (
        "succeeded",
        1,
        204,
    )
    assert [(row.status_code, row.error) for row in attempts(delivery_id=delivery.id)] == [
        (204, None)
    ]


def test_a_failed_send_is_tried_again_only_once_its_delay_has_passed(
    tenant_id: uuid.UUID, receiver: Receiver, worker: Worker, clock: Clock
) -> None:
    receiver.secrets = [generate_secret()]
    receiver.fail_first = 1
    add_endpoint(tenant_id, url=receiver.url, secret=receiver.secrets[0])
    add_event(tenant_id)

    assert worker.run_once() == 1
    clock.advance(RETRY_DELAYS[0] * (1 - JITTER) - RETRY_DELAYS[0] / 100)
    assert worker.run_once() == 0  # not yet: the clock, not a sleep, decides
    clock.advance(RETRY_DELAYS[0] * 2 * JITTER + RETRY_DELAYS[0] / 50)
    assert worker.run_once() == 1

    assert [item.answered for item in receiver.received] == [500, 204]
    assert len({item.webhook_id for item in receiver.received}) == 1  # the same message
    [delivery] = deliveries()
    assert (delivery.status, delivery.attempt_count) == ("succeeded", 2)
    assert [row.status_code for row in attempts()] == [500, 204]
