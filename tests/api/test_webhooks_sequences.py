"""An application rejected, un-rejected and rejected again, as vendors report it (issue 16, 1).

The application's state follows its latest event in event time: a rejection after an
un-rejection drafts again, an un-rejection withdraws the current rejection's plan, and an
event older than the latest one recorded (it arrived late) changes nothing. Greenhouse gives
no time for an un-rejection, so its time received stands in; Lever's `triggeredAt` dates an
unarchive and `toArchived.archivedAt` an archive. Ashby dates an archive by `archivedAt` and
a move out of Archived by the `enteredStageAt` of the history's newest entry.
"""

import copy
import json
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from tests.api.webhook_support import (
    create_integration,
    deliveries,
    lever_body,
    now,
    post,
    rejections_count,
    signed,
)
from tests.ats.support import raw
from tests.ats.test_lever_client import (  # the loopback fake of Lever's API
    OPPORTUNITY_BODY,
    POSTING,
    POSTING_BODY,
    REASON,
    REASON_BODY,
    Script,
    lever_api,  # noqa: F401  (a fixture)
)

REJECT = json.loads(raw("greenhouse-reject_candidate.json"))
UNREJECT = raw("greenhouse-unreject_candidate.json")
ARCHIVE = json.loads(raw("lever-candidateArchiveChange.json"))
OPPORTUNITY_ID = ARCHIVE["data"]["opportunityId"]
JSON = {"content-type": "application/json"}


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _greenhouse_reject(rejected_at: datetime) -> bytes:
    # Greenhouse's reject_candidate dates the rejection in payload.application.rejected_at.
    payload = copy.deepcopy(REJECT)
    payload["payload"]["application"]["rejected_at"] = _iso(rejected_at)
    return json.dumps(payload).encode()


def _greenhouse(
    client: TestClient, integration: dict[str, Any], body: bytes, event_id: str
) -> httpx.Response:
    response = post(client, integration, body, signed("greenhouse", body, event_id=event_id))
    assert response.status_code == 200, response.text
    return response


def _rejections(client: TestClient, integration: dict[str, Any]) -> list[dict[str, Any]]:
    """The rejections the integration's deliveries drafted, oldest first."""
    ids = [
        row.rejection_id
        for row in deliveries(integration["id"])
        if row.disposition == "drafted" and row.rejection_id is not None
    ]
    return [client.get(f"/v1/rejections/{rejection_id}").json() for rejection_id in ids]


def _step_statuses(rejection: dict[str, Any]) -> set[str]:
    return {step["status"] for step in rejection["follow_up_plan"]["steps"]}


def _assert_two_drafts_and_one_withdrawn_plan(
    client: TestClient, integration: dict[str, Any]
) -> None:
    assert rejections_count() == 2
    first, second = _rejections(client, integration)
    assert first["status"] == "withdrawn_by_employer"
    assert _step_statuses(first) == {"cancelled"}
    assert second["status"] == "drafted"
    assert "pending" in _step_statuses(second)
    outcomes = [row.disposition for row in deliveries(integration["id"])]
    assert outcomes == ["drafted", "withdrawn", "drafted"]
    assert str(deliveries(integration["id"])[1].rejection_id) == first["id"]


def test_greenhouse_reject_unreject_reject_drafts_twice_and_withdraws_once(
    client: TestClient,
) -> None:
    integration = create_integration(client, "greenhouse")

    _greenhouse(client, integration, _greenhouse_reject(now() - timedelta(hours=2)), "gh-1")
    _greenhouse(client, integration, UNREJECT, "gh-2")  # dated when it arrives
    again = _greenhouse(client, integration, _greenhouse_reject(now()), "gh-3")

    assert again.json()["status"] == "received"
    _assert_two_drafts_and_one_withdrawn_plan(client, integration)


def test_greenhouse_a_late_rejection_older_than_the_unrejection_drafts_nothing(
    client: TestClient,
) -> None:
    integration = create_integration(client, "greenhouse")
    _greenhouse(client, integration, _greenhouse_reject(now() - timedelta(hours=2)), "gh-1")
    _greenhouse(client, integration, UNREJECT, "gh-2")

    # The employer rejects again, then un-rejects again; the un-rejection arrives first.
    rejected_again_at = now()
    _greenhouse(client, integration, UNREJECT, "gh-4")
    late = _greenhouse(client, integration, _greenhouse_reject(rejected_again_at), "gh-3")

    assert late.json()["status"] == "received"
    assert rejections_count() == 1
    [only] = _rejections(client, integration)
    assert only["status"] == "withdrawn_by_employer"
    rows = deliveries(integration["id"])
    assert [row.disposition for row in rows] == ["drafted", "withdrawn", "withdrawn", "ignored"]
    assert "un-rejected this application after this rejection" in (rows[-1].error or "")


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


def _lever(
    client: TestClient, integration: dict[str, Any], n: int, at: datetime, *, archived: bool
) -> httpx.Response:
    """Lever's candidateArchiveChange, sent at `at`: archived then (toArchived.archivedAt),
    or unarchived (toArchived null; triggeredAt dates it). Each event has its own id and
    token, as each of Lever's requests does."""
    payload = copy.deepcopy(ARCHIVE)
    payload["id"] = f"lever-event-{n}"
    moment = int(at.timestamp() * 1000)
    if archived:
        payload["data"]["toArchived"]["archivedAt"] = moment
    else:
        payload["data"]["fromArchived"] = payload["data"]["toArchived"]
        payload["data"]["toArchived"] = None
    body = lever_body(payload, at=at, token=f"{n:048d}")
    response = post(client, integration, body, JSON)
    assert response.status_code == 200, response.text
    return response


def _lever_integration(client: TestClient, base_url: str) -> dict[str, Any]:
    return create_integration(client, "lever", api_key="lever-key", api_base_url=base_url)


def test_lever_archive_unarchive_archive_drafts_twice_and_withdraws_once(
    client: TestClient, fake_lever: tuple[str, Script]
) -> None:
    integration = _lever_integration(client, fake_lever[0])
    start = now() - timedelta(minutes=3)

    _lever(client, integration, 1, start, archived=True)
    _lever(client, integration, 2, start + timedelta(minutes=1), archived=False)
    again = _lever(client, integration, 3, start + timedelta(minutes=2), archived=True)

    assert again.json()["status"] == "received"
    _assert_two_drafts_and_one_withdrawn_plan(client, integration)


def test_lever_a_late_archive_older_than_the_unarchive_drafts_nothing(
    client: TestClient, fake_lever: tuple[str, Script]
) -> None:
    integration = _lever_integration(client, fake_lever[0])
    start = now() - timedelta(minutes=4)
    _lever(client, integration, 1, start, archived=True)
    _lever(client, integration, 2, start + timedelta(minutes=1), archived=False)

    # Archived again at +2, unarchived again at +3: the unarchive arrives first.
    _lever(client, integration, 4, start + timedelta(minutes=3), archived=False)
    _lever(client, integration, 3, start + timedelta(minutes=2), archived=True)

    assert rejections_count() == 1
    [only] = _rejections(client, integration)
    assert only["status"] == "withdrawn_by_employer"
    rows = deliveries(integration["id"])
    assert [row.disposition for row in rows] == ["drafted", "withdrawn", "withdrawn", "ignored"]
    assert "un-rejected this application after this rejection" in (rows[-1].error or "")


def test_lever_a_late_unarchive_older_than_the_archive_leaves_its_draft(
    client: TestClient, fake_lever: tuple[str, Script]
) -> None:
    integration = _lever_integration(client, fake_lever[0])
    start = now() - timedelta(minutes=4)
    _lever(client, integration, 1, start, archived=True)
    _lever(client, integration, 2, start + timedelta(minutes=1), archived=False)

    # Unarchived again at +2, archived again at +3: the archive arrives first and drafts.
    _lever(client, integration, 4, start + timedelta(minutes=3), archived=True)
    _lever(client, integration, 3, start + timedelta(minutes=2), archived=False)

    assert rejections_count() == 2
    first, second = _rejections(client, integration)
    assert (first["status"], second["status"]) == ("withdrawn_by_employer", "drafted")
    rows = deliveries(integration["id"])
    assert [row.disposition for row in rows] == ["drafted", "withdrawn", "drafted", "ignored"]
    assert "older than the latest event of this application" in (rows[-1].error or "")


ASHBY_ARCHIVED = json.loads(raw("ashby-candidateStageChange-archived_with_history.json"))


def _ashby_archive(n: int, at: datetime) -> bytes:
    """Ashby's candidateStageChange for a move to Archived at `at` (archivedAt, and the
    Archived entry of `applicationHistory` entered then), with its own webhookActionId."""
    payload = copy.deepcopy(ASHBY_ARCHIVED)
    payload["webhookActionId"] = f"ashby-action-{n}"
    application = payload["data"]["application"]
    application["archivedAt"] = application["updatedAt"] = _iso(at)
    *reached, archived = application["applicationHistory"]
    reached[-1]["leftStageAt"] = archived["enteredStageAt"] = _iso(at)
    return json.dumps(payload).encode()


def _ashby_unarchive(n: int, archived_at: datetime, at: datetime) -> bytes:
    """Ashby's candidateStageChange for a move out of Archived at `at`, back to the stage
    reached: the history's Archived entry (entered `archived_at`) left at `at`, a new entry
    entered then (as tests/fixtures/ats/ashby-candidateStageChange-unarchived.json)."""
    payload = copy.deepcopy(ASHBY_ARCHIVED)
    payload["webhookActionId"] = f"ashby-action-{n}"
    application = payload["data"]["application"]
    *reached, archived = application["applicationHistory"]
    back = copy.deepcopy(reached[-1])
    application.update(
        status="Active",
        updatedAt=_iso(at),
        archivedAt=None,
        archiveReason=None,
        currentInterviewStage={
            **application["currentInterviewStage"],
            "id": back["stageId"],
            "title": back["title"],
            "type": "Active",
        },
    )
    reached[-1]["leftStageAt"] = archived["enteredStageAt"] = _iso(archived_at)
    archived["leftStageAt"] = _iso(at)
    back.update(id="h-back", enteredStageAt=_iso(at), leftStageAt=None)
    application["applicationHistory"] = [*reached, archived, back]
    return json.dumps(payload).encode()


def _ashby(client: TestClient, integration: dict[str, Any], body: bytes) -> httpx.Response:
    response = post(client, integration, body, signed("ashby", body))
    assert response.status_code == 200, response.text
    return response


def test_ashby_archive_unarchive_archive_drafts_twice_and_withdraws_once(
    client: TestClient,
) -> None:
    integration = create_integration(client, "ashby")
    start = now() - timedelta(hours=3)

    _ashby(client, integration, _ashby_archive(1, start))
    _ashby(client, integration, _ashby_unarchive(2, start, start + timedelta(hours=1)))
    again = _ashby(client, integration, _ashby_archive(3, start + timedelta(hours=2)))

    assert again.json()["status"] == "received"
    _assert_two_drafts_and_one_withdrawn_plan(client, integration)
    first, second = _rejections(client, integration)
    # The stage reached, from the history, not the Archived stage moved to.
    assert first["context"]["stage"] == second["context"]["stage"] == "technical"


def test_ashby_a_late_archive_older_than_the_unarchive_drafts_nothing(
    client: TestClient,
) -> None:
    integration = create_integration(client, "ashby")
    start = now() - timedelta(hours=4)
    _ashby(client, integration, _ashby_archive(1, start))
    _ashby(client, integration, _ashby_unarchive(2, start, start + timedelta(hours=1)))

    # Archived again at +2, unarchived again at +3: the unarchive arrives first.
    archived_again = start + timedelta(hours=2)
    _ashby(client, integration, _ashby_unarchive(4, archived_again, start + timedelta(hours=3)))
    _ashby(client, integration, _ashby_archive(3, archived_again))

    assert rejections_count() == 1
    [only] = _rejections(client, integration)
    assert only["status"] == "withdrawn_by_employer"
    assert _step_statuses(only) == {"cancelled"}
    rows = deliveries(integration["id"])
    assert [row.disposition for row in rows] == ["drafted", "withdrawn", "withdrawn", "ignored"]
    assert "un-rejected this application after this rejection" in (rows[-1].error or "")
