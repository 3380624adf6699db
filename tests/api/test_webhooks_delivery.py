"""Delivery semantics: retries and re-sends draft once, un-rejections in either order, Lever's
and Ashby's API fetch, and an acknowledged delivery that survives the process dying before
drafting it."""

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import col, select

from app.models import OutboxEvent
from app.services import webhook_settling
from app.settings import Settings
from app.worker import Worker
from tests.api.outbound_support import Clock
from tests.api.webhook_support import (
    create_integration,
    deliveries,
    lever_body,
    post,
    rejections_count,
    signed,
)
from tests.ats.support import raw
from tests.ats.test_ashby_client import (
    HISTORY_BODY,
    ashby_api,  # noqa: F401  (a fixture: Ashby's API fake)
)
from tests.ats.test_ashby_client import Script as AshbyScript
from tests.ats.test_lever_client import (  # the loopback fake of Lever's API
    OPPORTUNITY_BODY,
    POSTING,
    POSTING_BODY,
    REASON,
    REASON_BODY,
    Script,
    lever_api,  # noqa: F401  (a fixture)
)
from tests.inspection import inspection_session

REJECT = raw("greenhouse-reject_candidate.json")
UNREJECT = raw("greenhouse-unreject_candidate.json")
ARCHIVE = json.loads(raw("lever-candidateArchiveChange.json"))
OPPORTUNITY_ID = ARCHIVE["data"]["opportunityId"]
JSON = {"content-type": "application/json"}


def _greenhouse(client: TestClient, integration: dict[str, Any], body: bytes, event_id: str) -> Any:
    return post(client, integration, body, signed("greenhouse", body, event_id=event_id))


def test_a_retried_delivery_is_a_duplicate_and_drafts_once(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")

    first = _greenhouse(client, integration, REJECT, "gh-1")
    retry = _greenhouse(client, integration, REJECT, "gh-1")

    assert first.json()["status"] == "received"
    assert retry.status_code == 200
    assert retry.json()["status"] == "duplicate"
    assert "delivery id" in retry.json()["reason"]
    assert rejections_count() == 1


def test_a_second_event_for_the_same_rejection_is_a_duplicate(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")

    _greenhouse(client, integration, REJECT, "gh-1")
    resent = _greenhouse(client, integration, REJECT, "gh-bulk-resend")

    assert resent.json()["status"] == "duplicate"
    assert "application was rejected before" in resent.json()["reason"]
    assert rejections_count() == 1


def test_the_same_delivery_sent_20_times_at_once_makes_one_rejection(
    client: TestClient,
) -> None:
    integration = create_integration(client, "greenhouse")

    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(
            pool.map(lambda _: _greenhouse(client, integration, REJECT, "gh-1"), range(20))
        )

    assert [answer.status_code for answer in answers] == [200] * 20
    statuses = sorted(answer.json()["status"] for answer in answers)
    assert statuses == ["duplicate"] * 19 + ["received"]
    assert rejections_count() == 1
    outcomes = sorted(row.disposition for row in deliveries(integration["id"]))
    assert outcomes == ["drafted"] + ["duplicate"] * 19


def test_an_unrejection_after_the_rejection_withdraws_it(client: TestClient) -> None:
    integration = create_integration(client, "greenhouse")
    _greenhouse(client, integration, REJECT, "gh-1")
    rejection_id = deliveries(integration["id"])[0].rejection_id

    _greenhouse(client, integration, UNREJECT, "gh-2")

    rejection = client.get(f"/v1/rejections/{rejection_id}").json()
    assert rejection["status"] == "withdrawn_by_employer"
    statuses = {step["status"] for step in rejection["follow_up_plan"]["steps"]}
    assert statuses == {"cancelled"}
    last = deliveries(integration["id"])[-1]
    assert (last.disposition, last.rejection_id) == ("withdrawn", rejection_id)
    with inspection_session(write=False) as session:
        kinds = [
            (row.event_type, row.data["status"])
            for row in session.exec(select(OutboxEvent).order_by(col(OutboxEvent.id))).all()
        ]
    assert kinds == [
        ("rejection.drafted", "drafted"),
        ("rejection.updated", "withdrawn_by_employer"),
    ]


def test_an_unrejection_before_its_rejection_keeps_the_late_one_from_drafting(
    client: TestClient,
) -> None:
    integration = create_integration(client, "greenhouse")

    _greenhouse(client, integration, UNREJECT, "gh-2")
    late = _greenhouse(client, integration, REJECT, "gh-1")

    assert late.status_code == 200
    assert rejections_count() == 0
    [unrejection, rejection] = deliveries(integration["id"])
    assert unrejection.disposition == "withdrawn"
    assert rejection.disposition == "ignored"
    # Greenhouse dates an un-rejection when it arrives: after the rejection's `rejected_at`.
    assert "un-rejected this application after this rejection" in (rejection.error or "")


def test_an_acknowledged_delivery_is_drafted_by_the_sweep_after_a_restart(
    client: TestClient, rejoinder_app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    integration = create_integration(client, "greenhouse")
    # The process dies after the 200: the background drafting never runs.
    monkeypatch.setattr(webhook_settling, "process_delivery", lambda *_: None)

    acknowledged = _greenhouse(client, integration, REJECT, "gh-1")

    assert acknowledged.json()["status"] == "received"
    [waiting] = deliveries(integration["id"])
    assert waiting.disposition == "received"
    assert waiting.body == REJECT
    assert rejections_count() == 0

    monkeypatch.undo()
    with TestClient(rejoinder_app):  # start-up runs the sweep
        pass

    [drafted] = deliveries(integration["id"])
    assert (drafted.disposition, drafted.body) == ("drafted", None)
    assert rejections_count() == 1


def test_the_cli_sweep_drafts_what_is_still_waiting(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from app.cli import cli

    integration = create_integration(client, "greenhouse")
    monkeypatch.setattr(webhook_settling, "process_delivery", lambda *_: None)
    _greenhouse(client, integration, REJECT, "gh-1")
    monkeypatch.undo()
    # The command reads its settings at its edge: here, the test app's.
    settings: Settings = client.app.state.settings  # type: ignore[attr-defined]
    monkeypatch.setattr("app.cli.get_settings", lambda: settings)

    result = CliRunner().invoke(cli, ["sweep-webhooks"])

    assert result.exit_code == 0, result.output
    assert "settled 1" in result.output
    assert rejections_count() == 1


@pytest.fixture
def fake_lever(
    lever_api: tuple[str, Script],  # noqa: F811
    outbound_settings: Settings,  # the fake API is on loopback, allowed only in development
) -> tuple[str, Script]:
    base_url, script = lever_api
    script.answers[f"/v1/opportunities/{OPPORTUNITY_ID}"] = [(200, OPPORTUNITY_BODY, 0)]
    script.answers[f"/v1/archive_reasons/{REASON}"] = [(200, REASON_BODY, 0)]
    script.answers[f"/v1/postings/{POSTING}"] = [(200, POSTING_BODY, 0)]
    return base_url, script


def test_a_lever_archive_with_an_api_key_is_completed_from_lever_and_drafted(
    client: TestClient, fake_lever: tuple[str, Script]
) -> None:
    base_url, script = fake_lever
    integration = create_integration(client, "lever", api_key="lever-key", api_base_url=base_url)

    response = post(client, integration, lever_body(ARCHIVE), JSON)

    assert response.json()["status"] == "received"
    [row] = deliveries(integration["id"])
    assert row.disposition == "drafted", row.error
    context = client.get(f"/v1/rejections/{row.rejection_id}").json()["context"]
    assert context["candidate"]["name"] == "Shane Smith"
    assert context["role"]["title"] == "Infrastructure Engineer"
    assert context["stage"] == "onsite"
    assert context["reason"] == "Underqualified"
    assert any(path.startswith("/v1/opportunities/") for path, _ in script.requests)


def test_a_failed_lever_fetch_records_needs_details_with_the_reason(
    client: TestClient, fake_lever: tuple[str, Script]
) -> None:
    base_url, script = fake_lever
    script.answers[f"/v1/opportunities/{OPPORTUNITY_ID}"] = [(503, {"code": "Unavailable"}, 0)]
    integration = create_integration(client, "lever", api_key="lever-key", api_base_url=base_url)

    response = post(client, integration, lever_body(ARCHIVE), JSON)

    assert response.status_code == 200
    [row] = deliveries(integration["id"])
    assert row.disposition == "needs_details"
    assert "fetching the details from Lever failed" in (row.error or "")
    assert rejections_count() == 0


def test_adding_a_lever_api_key_completes_the_archives_that_needed_details(
    client: TestClient, fake_lever: tuple[str, Script]
) -> None:
    base_url, _ = fake_lever
    integration = create_integration(client, "lever")
    post(client, integration, lever_body(ARCHIVE), JSON)
    assert deliveries(integration["id"])[0].disposition == "needs_details"

    client.patch(
        f"/v1/integrations/{integration['id']}",
        json={"api_key": "lever-key", "api_base_url": base_url},
    )

    [row] = deliveries(integration["id"])
    assert (row.disposition, row.body) == ("drafted", None)
    assert rejections_count() == 1


def test_a_lever_archive_for_a_hire_is_ignored(
    client: TestClient, fake_lever: tuple[str, Script]
) -> None:
    base_url, script = fake_lever
    hired = {"data": {**REASON_BODY["data"], "text": "Hired", "type": "hired"}}
    script.answers[f"/v1/archive_reasons/{REASON}"] = [(200, hired, 0)]
    integration = create_integration(client, "lever", api_key="lever-key", api_base_url=base_url)

    post(client, integration, lever_body(ARCHIVE), JSON)

    [row] = deliveries(integration["id"])
    assert (row.disposition, row.error) == ("ignored", "the archive reason is of type hired")


def test_a_lever_api_base_url_inside_the_network_is_refused(client: TestClient) -> None:
    response = client.post(
        "/v1/integrations",
        json={
            "provider": "lever",
            "company_name": "Acme Robotics",
            "secret": "lever-signature-token",
            "api_key": "lever-key",
            "api_base_url": "https://169.254.169.254/v1",
        },
    )

    assert response.status_code == 403
    assert response.json()["detail"].startswith("api_base_url:")


def test_an_acknowledged_delivery_is_drafted_by_a_worker_pass_without_a_restart(
    client: TestClient, worker: Worker, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12 #10: a short database blip leaves an acknowledged delivery `received`; the
    running worker's periodic sweep drafts it, no restart or CLI needed."""
    integration = create_integration(client, "greenhouse")
    worker.run_once()  # the worker has been running: its first sweep is behind it
    # The blip: the background drafting could not reach the database.
    monkeypatch.setattr(webhook_settling, "process_delivery", lambda *_: None)
    _greenhouse(client, integration, REJECT, "gh-1")
    monkeypatch.undo()
    [waiting] = deliveries(integration["id"])
    assert waiting.disposition == "received"

    clock.advance(timedelta(seconds=worker.settings.worker_webhook_sweep_seconds))
    worker.run_once()

    [drafted] = deliveries(integration["id"])
    assert (drafted.disposition, drafted.body) == ("drafted", None)
    assert rejections_count() == 1


def test_the_worker_sweeps_webhooks_no_more_often_than_its_interval(
    client: TestClient, worker: Worker, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    integration = create_integration(client, "greenhouse")
    worker.run_once()
    monkeypatch.setattr(webhook_settling, "process_delivery", lambda *_: None)
    _greenhouse(client, integration, REJECT, "gh-1")
    monkeypatch.undo()

    clock.advance(timedelta(seconds=worker.settings.worker_webhook_sweep_seconds - 1))
    worker.run_once()

    [waiting] = deliveries(integration["id"])
    assert waiting.disposition == "received"


def _ashby_archive_without_history() -> bytes:
    payload = json.loads(raw("ashby-candidateStageChange-archived_with_history.json"))
    del payload["data"]["application"]["applicationHistory"]
    return json.dumps(payload).encode()


@pytest.mark.parametrize(
    ("answers", "stage"),
    [
        ([(200, HISTORY_BODY, 0)], "technical"),  # the stage before Archived, from the history
        ([(503, {}, 0)], "applied"),  # Ashby down: drafted all the same, the stage unset
    ],
)
def test_an_ashby_rejection_without_history_takes_its_stage_from_ashbys_api(
    client: TestClient,
    ashby_api: tuple[str, AshbyScript],  # noqa: F811
    outbound_settings: Settings,  # the fake API is on loopback, allowed only in development
    answers: list[tuple[int, Any, float]],
    stage: str,
) -> None:
    base_url, script = ashby_api
    script.answers = list(answers)
    integration = create_integration(client, "ashby", api_key="ashby-key", api_base_url=base_url)
    body = _ashby_archive_without_history()

    response = post(client, integration, body, signed("ashby", body))

    assert response.json()["status"] == "received"
    [row] = deliveries(integration["id"])
    assert row.disposition == "drafted", row.error
    context = client.get(f"/v1/rejections/{row.rejection_id}").json()["context"]
    assert context["stage"] == stage
    assert script.requests[0][0] == "/application.listHistory"
