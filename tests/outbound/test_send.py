"""outbound/send.py: one attempt over HTTP to a real receiver, signed, within a deadline."""

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from app.outbound.send import USER_AGENT, new_client, payload, send
from app.outbound.signing import generate_secret
from app.outbound.urls import resolve
from tests.api.outbound_support import Receiver


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with new_client(timeout_seconds=5.0) as client:
        yield client


def attempt(
    client: httpx.Client, receiver: Receiver, body: str, *, allow_loopback: bool = True
) -> tuple[int | None, str | None]:
    return send(
        client,
        url=receiver.url,
        message_id="msg_01",
        body=body,
        signing_secrets=receiver.secrets,
        deadline_seconds=5.0,
        allow_loopback=allow_loopback,
        allow_private=False,
        resolver=resolve,
    )


def test_an_attempt_arrives_signed_and_its_answer_decides_the_outcome(
    client: httpx.Client, receiver: Receiver
) -> None:
    receiver.secrets = [generate_secret()]
    receiver.fail_first = 1
    created = datetime(2026, 11, 20, 10, 0, tzinfo=timezone(timedelta(hours=-5)))
    body = payload(event_type="rejection.drafted", created_at=created, data={"n": 1})
    # The Standard Webhooks body: the event's type, its time in UTC, its data.
    assert (
        body
        == '{"type":"rejection.drafted","timestamp":"2026-11-20T15:00:00+00:00","data":{"n":1}}'
    )

    assert attempt(client, receiver, body) == (500, "the endpoint answered 500")
    assert attempt(client, receiver, body) == (204, None)

    first, second = receiver.received
    assert first.verified
    assert second.verified
    assert (second.webhook_id, second.body) == ("msg_01", body.encode())
    assert second.headers["user-agent"] == USER_AGENT
    assert second.headers["content-type"] == "application/json"


def test_a_refused_address_is_an_error_and_nothing_is_sent(
    client: httpx.Client, receiver: Receiver
) -> None:
    receiver.secrets = [generate_secret()]

    status, error = attempt(client, receiver, "{}", allow_loopback=False)

    assert status is None
    assert error is not None
    assert error.startswith("refused: ")
    assert receiver.received == []
