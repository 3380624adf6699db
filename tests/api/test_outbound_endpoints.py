"""Endpoints: registered once with their secret, checked against SSRF, rotated, disabled."""

import ipaddress
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select
from standardwebhooks.webhooks import Webhook

from app.models import OutboxEvent
from app.outbound.urls import RefusedURLError, check_url, check_url_form, pinned
from app.settings import Settings
from app.worker import Worker
from tests.api.outbound_support import Clock, Receiver
from tests.helpers import example_context
from tests.inspection import inspection_session


def resolver(*addresses: str) -> Any:
    def resolve(host: str, port: int) -> Sequence[str]:
        return addresses

    return resolve


@pytest.mark.parametrize(
    ("url", "address", "sent_to", "host", "tls_name"),
    [
        (
            "https://hooks.example.com/in?x=1",
            "93.184.216.34",
            "https://93.184.216.34/in?x=1",
            "hooks.example.com",
            "hooks.example.com",
        ),
        (
            "https://hooks.example.com:8443/in",
            "2606:2800:220:1::1",
            "https://[2606:2800:220:1::1]:8443/in",
            "hooks.example.com:8443",
            "hooks.example.com",
        ),
        (
            "http://localhost:9000/in",
            "127.0.0.1",
            "http://127.0.0.1:9000/in",
            "localhost:9000",
            None,
        ),
    ],
)
def test_a_pinned_request_connects_to_the_address_and_still_names_the_host(
    url: str, address: str, sent_to: str, host: str, tls_name: str | None
) -> None:
    request = pinned(url, ipaddress.ip_address(address))

    assert request.url == sent_to
    assert request.headers == {"host": host}
    assert request.extensions.get("sni_hostname") == tls_name


@pytest.mark.parametrize(
    ("url", "addresses"),
    [
        ("http://hooks.example/x", ["93.184.216.34"]),
        ("https://hooks.example/x", ["10.0.0.7"]),
        ("https://hooks.example/x", ["169.254.169.254"]),
        ("https://hooks.example/x", ["93.184.216.34", "192.168.1.1"]),
        ("https://hooks.example/x", ["::ffff:127.0.0.1"]),
        ("https://hooks.example/x", ["fe80::1%eth0"]),
        ("https://localhost/x", ["127.0.0.1"]),
        ("https://user:pw@hooks.example/x", ["93.184.216.34"]),
        ("ftp://hooks.example/x", ["93.184.216.34"]),
        ("https://hooks.example:99999/x", ["93.184.216.34"]),
    ],
)
def test_urls_that_would_reach_inside_are_refused(url: str, addresses: list[str]) -> None:
    with pytest.raises(RefusedURLError):
        check_url(url, allow_loopback=False, allow_private=False, resolver=resolver(*addresses))


def test_a_public_https_url_is_allowed() -> None:
    check_url(
        "https://hooks.example/x",
        allow_loopback=False,
        allow_private=False,
        resolver=resolver("93.184.216.34", "2606:2800:220:1::1"),
    )


def test_settings_open_loopback_and_private_networks_only_when_asked() -> None:
    check_url(
        "http://127.0.0.1:8080/x",
        allow_loopback=True,
        allow_private=False,
        resolver=resolver("127.0.0.1"),
    )
    check_url(
        "https://hooks.internal/x",
        allow_loopback=False,
        allow_private=True,
        resolver=resolver("10.1.2.3"),
    )
    with pytest.raises(RefusedURLError):
        check_url(
            "http://hooks.internal/x",
            allow_loopback=True,
            allow_private=True,
            resolver=resolver("10.1.2.3"),
        )


def test_registering_a_loopback_url_in_production_is_403(client: TestClient) -> None:
    response = client.post(
        "/v1/endpoints", json={"url": "http://127.0.0.1:8080/hook", "events": ["plan.step_due"]}
    )

    assert response.status_code == 403
    assert response.json()["type"].endswith("/url-not-allowed")
    # The refusal names the setting that allows it, so a newcomer need not search for it.
    assert "REJOINDER_OUTBOUND_ALLOW_LOOPBACK=true" in response.json()["detail"]


def test_a_private_address_names_the_setting_that_allows_it() -> None:
    with pytest.raises(RefusedURLError, match="REJOINDER_OUTBOUND_ALLOW_PRIVATE=true"):
        check_url(
            "https://hooks.internal/x",
            allow_loopback=False,
            allow_private=False,
            resolver=resolver("10.1.2.3"),
        )


def test_an_endpoint_shows_its_secret_once(client: TestClient, outbound_settings: Settings) -> None:
    created = client.post(
        "/v1/endpoints",
        json={"url": "http://127.0.0.1:9/hook", "events": ["rejection.drafted"]},
    )

    assert created.status_code == 201, created.text
    assert created.json()["secret"].startswith("whsec_")
    assert created.headers["location"] == f"/v1/endpoints/{created.json()['id']}"
    read = client.get(f"/v1/endpoints/{created.json()['id']}").json()
    assert "secret" not in read
    assert [item["id"] for item in client.get("/v1/endpoints").json()["items"]] == [read["id"]]


def test_a_rotated_secret_signs_beside_the_old_one_for_a_while(
    client: TestClient, receiver: Receiver, worker: Worker
) -> None:
    endpoint = client.post(
        "/v1/endpoints", json={"url": receiver.url, "events": ["rejection.updated"]}
    ).json()
    rotated = client.post(f"/v1/endpoints/{endpoint['id']}/rotate-secret")
    assert rotated.status_code == 200
    assert rotated.json()["secret"] != endpoint["secret"]
    rejection = client.post("/v1/rejections", json=example_context()).json()
    client.patch(f"/v1/rejections/{rejection['id']}", json={"outcome": "offer"})

    worker.run_once()

    [item] = receiver.received
    for secret in (endpoint["secret"], rotated.json()["secret"]):
        Webhook(secret).verify(item.body, item.headers)


def test_a_disabled_endpoint_gets_nothing_until_enabled(
    client: TestClient, receiver: Receiver, worker: Worker, clock: Clock
) -> None:
    endpoint = client.post(
        "/v1/endpoints", json={"url": receiver.url, "events": ["plan.step_updated"]}
    ).json()
    receiver.secrets = [endpoint["secret"]]
    rejection = client.post("/v1/rejections", json=example_context()).json()
    step = rejection["follow_up_plan"]["steps"][0]
    client.patch(
        f"/v1/rejections/{rejection['id']}/plan/steps/{step['id']}", json={"status": "done"}
    )
    worker.fan_out()
    off = client.patch(f"/v1/endpoints/{endpoint['id']}", json={"disabled": True})
    assert off.json()["disabled"] is True

    assert worker.run_once() == 0
    client.patch(f"/v1/endpoints/{endpoint['id']}", json={"disabled": False})
    assert worker.run_once() == 1
    assert receiver.received[0].verified


def test_deleting_an_endpoint_takes_its_deliveries(
    client: TestClient, outbound_settings: Settings
) -> None:
    endpoint = client.post(
        "/v1/endpoints", json={"url": "http://127.0.0.1:9/hook", "events": ["plan.step_due"]}
    ).json()

    assert client.delete(f"/v1/endpoints/{endpoint['id']}").status_code == 204
    assert client.get(f"/v1/endpoints/{endpoint['id']}").status_code == 404
    assert client.delete(f"/v1/endpoints/{endpoint['id']}").status_code == 404


def due_events() -> list[OutboxEvent]:
    with inspection_session(write=False) as session:
        statement = select(OutboxEvent).where(OutboxEvent.event_type == "plan.step_due")
        return list(session.exec(statement).all())


def test_step_due_is_emitted_once_on_the_steps_day(
    client: TestClient, worker: Worker, clock: Clock
) -> None:
    rejection = client.post("/v1/rejections", json=example_context()).json()
    step = rejection["follow_up_plan"]["steps"][-1]
    day = date.fromisoformat(step["due_on"])
    # 18:00 UTC is 13:00 in New York, the candidate's zone: well inside the day.
    clock.now = datetime(day.year, day.month, day.day, 18, tzinfo=UTC) - timedelta(days=1)
    worker.emit_due_steps()
    assert [e.data["step_id"] for e in due_events()] == [], "emitted the day before"

    clock.advance(timedelta(days=1))
    worker.emit_due_steps()
    worker.emit_due_steps()
    Worker(clock=clock, settings=worker.settings, database=worker.database).emit_due_steps()

    assert [e.data["step_id"] for e in due_events()].count(step["id"]) == 1


def test_a_stopped_rejection_emits_no_step_due(
    client: TestClient, worker: Worker, clock: Clock
) -> None:
    rejection = client.post("/v1/rejections", json=example_context()).json()
    client.post(f"/v1/rejections/{rejection['id']}/stop", json={})
    day = date.fromisoformat(rejection["follow_up_plan"]["steps"][-1]["due_on"])
    clock.now = datetime(day.year, day.month, day.day, 18, tzinfo=UTC)
    worker.emit_due_steps()

    assert due_events() == []


def test_the_worker_command_runs_one_pass(
    client: TestClient, rejoinder_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from app.cli import cli

    # The command reads its settings at its edge: here, the test app's.
    monkeypatch.setattr("app.cli.get_settings", lambda: rejoinder_app.state.settings)
    result = CliRunner().invoke(cli, ["worker", "--once"])

    assert result.exit_code == 0, result.output
    assert "attempted 0 deliveries" in result.output


@pytest.mark.parametrize(
    ("url", "refused"),
    [
        ("https://api.lever.co/v1", False),  # a name is judged when it is called
        ("http://api.lever.co/v1", True),
        ("https://10.1.2.3/v1", True),
        ("https://[::ffff:169.254.169.254]/v1", True),
        ("https://localhost:8443/v1", True),
        ("https://user:pass@api.lever.co/v1", True),
    ],
)
def test_what_a_url_says_of_itself_is_judged_without_dns(url: str, refused: bool) -> None:
    def checked() -> None:
        check_url_form(url, allow_loopback=False, allow_private=False)

    if refused:
        with pytest.raises(RefusedURLError):
            checked()
    else:
        checked()


@pytest.mark.parametrize(
    "body",
    [
        {"url": "http://127.0.0.1:9/in", "description": "ops\u0000alerts"},
        {"url": "http://127.0.0.1:9/in\u0000x"},
    ],
)
def test_a_nul_character_is_a_422_naming_the_field_and_nothing_is_stored(
    client: TestClient, outbound_settings: Settings, body: dict[str, str]
) -> None:
    # PostgreSQL text cannot hold NUL: unchecked, it was a 500 there and fine on SQLite.
    response = client.post("/v1/endpoints", json={**body, "events": ["rejection.drafted"]})

    assert response.status_code == 422, response.text
    [error] = response.json()["errors"]
    assert error["field"] == ("description" if "description" in body else "url")
    assert client.get("/v1/endpoints").json()["items"] == []
