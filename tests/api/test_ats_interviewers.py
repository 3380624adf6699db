"""Lever's and Ashby's rejections thank who interviewed, read from the vendors' APIs through the
webhook route: neither payload names an interviewer, so the adapters ask Lever's
`/opportunities/:id/interviews` and Ashby's `interviewSchedule.list` (tests/ats has the fakes
of both APIs). Held interviews only; a failing call still drafts the rejection, without them.
"""

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.ats import lever_interviews
from app.ats.lever_client import REASONS
from app.ats.mapping import MAX_INTERVIEWERS
from app.settings import Settings
from tests.api.webhook_support import (
    create_integration,
    deliveries,
    lever_body,
    post,
    rejections_count,
    signed,
)
from tests.ats.support import raw
from tests.ats.test_ashby_client import APPLICATION, HISTORY_BODY, ashby_api  # noqa: F401
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

ARCHIVE = json.loads(raw("lever-candidateArchiveChange.json"))
OPPORTUNITY_ID = ARCHIVE["data"]["opportunityId"]
INTERVIEWS_PATH = f"/v1/opportunities/{OPPORTUNITY_ID}/interviews"
ASHBY_BODY = raw("ashby-candidateStageChange-archived_with_history.json")
SCHEDULES = "/interviewSchedule.list"
JSON = {"content-type": "application/json"}


@pytest.fixture(autouse=True)
def no_cached_reasons() -> Iterator[None]:
    REASONS.clear()
    yield
    REASONS.clear()


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


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _lever_interview(
    ago: timedelta, *names: str, canceled: bool = False, duration: int = 45
) -> dict[str, Any]:
    """An interview as Lever lists it (hire.lever.co/developer/documentation#interviews)."""
    start = datetime.now(UTC) - ago
    return {
        "id": f"interview-{len(names)}-{ago.total_seconds()}",
        "panel": "panel-1",
        "subject": "On-site interview",
        "note": "",
        "interviewers": [
            {
                "id": f"user-{name}",
                "name": name,
                "email": f"{name.split()[0].lower()}@acme.example",
                "feedbackTemplate": "template-1",
            }
            for name in names
        ],
        "timezone": "America/Los_Angeles",
        "createdAt": _ms(start - timedelta(days=3)),
        "date": _ms(start),
        "duration": duration,
        "location": "Room 4",
        "feedbackTemplate": "template-1",
        "feedbackForms": [],
        "feedbackReminder": "daily",
        "user": "user-coordinator",
        "stage": "stage-onsite",
        "canceledAt": _ms(start - timedelta(days=1)) if canceled else None,
        "postings": [POSTING],
    }


def _drafted(client: TestClient, integration: dict[str, Any]) -> dict[str, Any]:
    [row] = deliveries(integration["id"])
    assert row.disposition == "drafted", row.error
    rejection = client.get(f"/v1/rejections/{row.rejection_id}").json()
    assert isinstance(rejection, dict)
    return rejection


def _names(rejection: dict[str, Any]) -> list[str]:
    return [person["name"] for person in rejection["context"]["interviewers"]]


def test_lever_interviewers_of_held_interviews_each_get_a_thank_you(
    client: TestClient, fake_lever: tuple[str, Script]
) -> None:
    base_url, script = fake_lever
    interviews = [
        _lever_interview(timedelta(days=5), "Priya Natarajan"),
        _lever_interview(timedelta(days=4), "Tomas Greer", "Priya Natarajan"),  # a panel
        _lever_interview(timedelta(days=2), "Ines Cancelled", canceled=True),
        _lever_interview(-timedelta(days=2), "Uma Upcoming"),  # not held yet
        _lever_interview(timedelta(minutes=10), "Otto Ongoing", duration=60),  # not over
    ]
    script.answers[INTERVIEWS_PATH] = [(200, {"data": interviews, "hasNext": False}, 0)]
    integration = create_integration(client, "lever", api_key="lever-key", api_base_url=base_url)

    post(client, integration, lever_body(ARCHIVE), JSON)

    rejection = _drafted(client, integration)
    assert _names(rejection) == ["Priya Natarajan", "Tomas Greer"]
    thanks = rejection["drafts"]["interviewer_thanks"]
    assert ["Priya" in thanks[0]["body"], "Tomas" in thanks[1]["body"]] == [True, True]
    [asked] = [path for path, _ in script.requests if path.startswith(INTERVIEWS_PATH)]
    assert asked == f"{INTERVIEWS_PATH}?limit=100"


@pytest.mark.parametrize("answer", [(503, {"code": "Unavailable"}, 0), (403, {}, 0)])
def test_a_failing_lever_interviews_call_still_drafts_without_interviewers(
    client: TestClient, fake_lever: tuple[str, Script], answer: tuple[int, Any, float]
) -> None:
    base_url, script = fake_lever
    script.answers[INTERVIEWS_PATH] = [answer]
    integration = create_integration(client, "lever", api_key="lever-key", api_base_url=base_url)

    post(client, integration, lever_body(ARCHIVE), JSON)

    rejection = _drafted(client, integration)
    assert rejection["context"]["interviewers"] == []
    assert rejection["context"]["candidate"]["name"] == "Shane Smith"
    assert rejection["drafts"]["interviewer_thanks"] == []
    # One attempt: the interviewers are not worth a retry's delay.
    assert sum(1 for path, _ in script.requests if path.startswith(INTERVIEWS_PATH)) == 1


def test_a_slow_lever_interviews_call_is_given_up_on_and_the_rejection_drafted(
    client: TestClient, fake_lever: tuple[str, Script], monkeypatch: pytest.MonkeyPatch
) -> None:
    base_url, script = fake_lever
    monkeypatch.setattr(lever_interviews, "INTERVIEWS_TIMEOUT", 0.2)
    held = _lever_interview(timedelta(days=1), "Priya Natarajan")
    script.answers[INTERVIEWS_PATH] = [(200, {"data": [held]}, 3.0)]
    integration = create_integration(client, "lever", api_key="lever-key", api_base_url=base_url)
    started = time.monotonic()

    post(client, integration, lever_body(ARCHIVE), JSON)

    assert time.monotonic() - started < 2.5  # not waited out
    assert _drafted(client, integration)["context"]["interviewers"] == []


def test_a_large_lever_panel_is_thanked_up_to_the_contexts_cap(
    client: TestClient, fake_lever: tuple[str, Script]
) -> None:
    base_url, script = fake_lever
    names = [f"Panellist {chr(ord('A') + n)}" for n in range(MAX_INTERVIEWERS + 2)]
    interviews = [_lever_interview(timedelta(days=1), *names)]
    script.answers[INTERVIEWS_PATH] = [(200, {"data": interviews}, 0)]
    integration = create_integration(client, "lever", api_key="lever-key", api_base_url=base_url)

    post(client, integration, lever_body(ARCHIVE), JSON)

    rejection = _drafted(client, integration)
    assert _names(rejection) == names[:MAX_INTERVIEWERS]
    assert len(rejection["drafts"]["interviewer_thanks"]) == MAX_INTERVIEWERS


def test_an_ignored_lever_archive_does_not_ask_for_interviewers(
    client: TestClient, fake_lever: tuple[str, Script]
) -> None:
    base_url, script = fake_lever
    withdrew = {"data": {**REASON_BODY["data"], "text": "Withdrew"}}
    script.answers[f"/v1/archive_reasons/{REASON}"] = [(200, withdrew, 0)]
    integration = create_integration(client, "lever", api_key="lever-key", api_base_url=base_url)

    post(client, integration, lever_body(ARCHIVE), JSON)

    assert [row.disposition for row in deliveries(integration["id"])] == ["ignored"]
    assert rejections_count() == 0
    assert not any(path.startswith(INTERVIEWS_PATH) for path, _ in script.requests)


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _ashby_user(user_id: str, first: str, last: str) -> dict[str, Any]:
    return {
        "id": user_id,
        "firstName": first,
        "lastName": last,
        "email": f"{first.lower()}@acme.example",
        "globalRole": "Elevated Access",
        "isEnabled": True,
    }


def _ashby_schedule(
    ago: timedelta,
    users: list[dict[str, Any]],
    *,
    status: str = "Complete",
    by_id: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A schedule as interviewSchedule.list answers it: one event with its interviewers (and
    `by_id`, users the event names by id only)."""
    start = datetime.now(UTC) - ago
    return {
        "id": f"schedule-{ago.total_seconds()}",
        "status": status,
        "applicationId": APPLICATION,
        "interviewStageId": "stage-technical",
        "interviewEvents": [
            {
                "id": f"event-{ago.total_seconds()}",
                "interviewId": "interview-1",
                "startTime": _iso(start),
                "endTime": _iso(start + timedelta(hours=1)),
                "interviewerUserIds": [user["id"] for user in users] + list(by_id),
                "interviewers": users,
                "hasSubmittedFeedback": True,
            }
        ],
    }


@pytest.fixture
def fake_ashby(
    ashby_api: tuple[str, AshbyScript],  # noqa: F811
    outbound_settings: Settings,
) -> tuple[str, AshbyScript]:
    base_url, script = ashby_api
    script.answers = [(200, HISTORY_BODY, 0)]
    return base_url, script


def test_ashby_interviewers_of_held_interviews_each_get_a_thank_you(
    client: TestClient, fake_ashby: tuple[str, AshbyScript]
) -> None:
    base_url, script = fake_ashby
    lena = _ashby_user("u-lena", "Lena", "Park")
    schedules = [
        _ashby_schedule(timedelta(days=6), [lena]),
        _ashby_schedule(timedelta(days=3), [lena], by_id=("u-kofi",)),  # Kofi: by id only
        _ashby_schedule(timedelta(days=2), [_ashby_user("u-cy", "Cy", "Gone")], status="Cancelled"),
        _ashby_schedule(
            -timedelta(days=1), [_ashby_user("u-ulf", "Ulf", "Soon")], status="Scheduled"
        ),
    ]
    script.others[SCHEDULES] = [(200, {"success": True, "results": schedules}, 0)]
    kofi = {"success": True, "results": _ashby_user("u-kofi", "Kofi", "Mensah")}
    script.others["/user.info"] = [(200, kofi, 0)]
    integration = create_integration(client, "ashby", api_key="ashby-key", api_base_url=base_url)

    post(client, integration, ASHBY_BODY, signed("ashby", ASHBY_BODY))

    rejection = _drafted(client, integration)
    assert _names(rejection) == ["Lena Park", "Kofi Mensah"]
    thanks = rejection["drafts"]["interviewer_thanks"]
    assert ["Lena" in thanks[0]["body"], "Kofi" in thanks[1]["body"]] == [True, True]
    assert rejection["context"]["stage"] == "technical"  # from the payload's history
    sent = {path: body for path, _, body in script.requests}
    assert sent[SCHEDULES]["applicationId"] == APPLICATION
    assert sent["/user.info"] == {"userId": "u-kofi"}
    assert "/application.listHistory" not in sent  # the payload carries the history


def test_a_failing_ashby_schedules_call_still_drafts_without_interviewers(
    client: TestClient, fake_ashby: tuple[str, AshbyScript]
) -> None:
    base_url, script = fake_ashby
    script.others[SCHEDULES] = [(500, {}, 0)]
    integration = create_integration(client, "ashby", api_key="ashby-key", api_base_url=base_url)

    post(client, integration, ASHBY_BODY, signed("ashby", ASHBY_BODY))

    rejection = _drafted(client, integration)
    assert rejection["context"]["interviewers"] == []
    assert rejection["context"]["stage"] == "technical"
    assert [path for path, _, _ in script.requests] == [SCHEDULES]  # no retry
