"""One-time secrets are never kept for Idempotency-Key replays, and access logs carry no
feed token or query-string key (issue 12 #5)."""

import logging

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from app.access_log import scrub_target
from app.settings import Settings
from tests import database as db


def stored_replays() -> list[bytes]:
    with db.get_engine().connect() as connection:
        rows = connection.execute(sa.text("SELECT response_body FROM idempotency_record"))
        return [bytes(row[0]) for row in rows if row[0] is not None]


def test_an_endpoint_secret_is_not_kept_for_replay_and_a_replay_says_it_is_redacted(
    client: TestClient, outbound_settings: Settings
) -> None:
    headers = {"Idempotency-Key": "endpoint-1"}
    body = {"url": "https://127.0.0.1:9/hook", "events": ["rejection.drafted"]}
    first = client.post("/v1/endpoints", json=body, headers=headers)
    assert first.status_code == 201, first.text
    secret = first.json()["secret"]
    assert secret.startswith("whsec_")
    assert first.json()["redacted"] is False

    assert all(secret.encode() not in row for row in stored_replays())
    assert all(b"whsec_" not in row for row in stored_replays())

    client.delete(f"/v1/endpoints/{first.json()['id']}")
    replay = client.post("/v1/endpoints", json=body, headers=headers)
    assert replay.status_code == 201
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.json()["redacted"] is True
    assert replay.json()["secret"] == "[redacted]"
    assert secret not in replay.text


def test_a_rotated_secret_is_not_kept_for_replay(
    client: TestClient, outbound_settings: Settings
) -> None:
    body = {"url": "https://127.0.0.1:9/hook", "events": ["rejection.drafted"]}
    endpoint = client.post("/v1/endpoints", json=body).json()
    headers = {"Idempotency-Key": "rotate-1"}
    rotated = client.post(f"/v1/endpoints/{endpoint['id']}/rotate-secret", headers=headers)
    assert rotated.status_code == 200, rotated.text

    assert all(b"whsec_" not in row for row in stored_replays())
    replay = client.post(f"/v1/endpoints/{endpoint['id']}/rotate-secret", headers=headers)
    assert replay.json()["redacted"] is True
    assert rotated.json()["secret"] not in replay.text


def test_a_generic_integration_secret_is_not_kept_for_replay(client: TestClient) -> None:
    headers = {"Idempotency-Key": "integration-1"}
    body = {"provider": "generic", "company_name": "Acme Robotics"}
    created = client.post("/v1/integrations", json=body, headers=headers)
    assert created.status_code == 201, created.text
    assert created.json()["secret"].startswith("whsec_")

    assert all(b"whsec_" not in row for row in stored_replays())
    replay = client.post("/v1/integrations", json=body, headers=headers)
    assert replay.json()["redacted"] is True
    assert created.json()["secret"] not in replay.text


def test_a_calendar_feed_token_is_not_kept_for_replay(client: TestClient) -> None:
    headers = {"Idempotency-Key": "feed-1"}
    created = client.post("/v1/calendar-feeds", json={"candidate_ref": "c-1"}, headers=headers)
    assert created.status_code == 201, created.text
    token = created.json()["url"].rsplit("/", 1)[1].removesuffix(".ics")

    assert all(token.encode() not in row for row in stored_replays())
    replay = client.post("/v1/calendar-feeds", json={"candidate_ref": "c-1"}, headers=headers)
    assert replay.status_code == 201
    assert replay.json()["redacted"] is True
    assert token not in replay.text
    rotated = client.post(f"/v1/calendar-feeds/{created.json()['id']}/rotate", headers=headers)
    assert rotated.status_code == 422  # the key is the create's; rotation is its own request


def test_the_access_log_carries_no_feed_token_and_no_query_string_key(
    client: TestClient, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = client.post("/v1/calendar-feeds", json={"candidate_ref": "c-2"}).json()
    path = created["url"]
    token = path.rsplit("/", 1)[1].removesuffix(".ics")
    access = logging.getLogger("uvicorn.access")
    # Whatever an earlier uvicorn run configured (propagate off, a level, disabled), this
    # test's handler hears the access logger itself.
    monkeypatch.setattr(access, "disabled", False)
    monkeypatch.setattr(access, "propagate", False)
    caplog.set_level(logging.INFO, logger="uvicorn.access")
    monkeypatch.setattr(access, "handlers", [*access.handlers, caplog.handler])
    targets = [
        path,
        f"{path}?x=1",
        "/v1/rejections?key=rk_live_secret1&limit=5",
        "/v1/rejections?Token=tok-secret2",
        "/v1/rejections?api_key=secret3&API%5FKEY=secret4",
        "/v1/rejections?secret=secret5",
    ]
    for target in targets:
        # uvicorn's access line, with the arguments its protocols pass.
        access.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5000", "GET", target, "1.1", 200)

    logged = caplog.text
    for secret in (token, "rk_live_secret1", "tok-secret2", "secret3", "secret4", "secret5"):
        assert secret not in logged
    assert "limit=5" in logged
    assert "/v1/calendar-feeds/[redacted].ics" in logged


def test_scrub_target_keeps_what_is_not_a_secret() -> None:
    assert scrub_target("/v1/rejections?limit=5&cursor=abc") == "/v1/rejections?limit=5&cursor=abc"
    assert scrub_target("/v1/calendar-feeds/0190f0c0-0000-7000-8000-000000000000/rotate") == (
        "/v1/calendar-feeds/0190f0c0-0000-7000-8000-000000000000/rotate"
    )
