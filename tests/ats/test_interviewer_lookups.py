"""The interviewer lookups against the loopback fakes of Lever's and Ashby's APIs: what counts
as a held interview, who is left out, how the calls are bounded and how they fail."""

import base64
import logging
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.ats import ashby_interviews
from app.ats import fields as f
from app.ats.ashby import AshbyAdapter
from app.ats.ashby_client import AshbyFetchError
from app.ats.ashby_interviews import fetch_ashby_interviewers, named_and_unnamed
from app.ats.base import VendorApi
from app.ats.lever_client import LeverFetchError
from app.ats.lever_interviews import fetch_lever_interviewers, lever_interviewers
from app.ats.mapping import MAX_INTERVIEWERS, Person
from tests.ats.support import DEFAULTS, delivery, dumps, fixture
from tests.ats.test_ashby_client import APPLICATION, ashby_api  # noqa: F401  (a fixture)
from tests.ats.test_ashby_client import Script as AshbyScript
from tests.ats.test_lever_client import API_KEY, OPPORTUNITY, Script, lever_api  # noqa: F401

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
CANDIDATE = Person(name="Shane Smith", email="shane@example.com")
INTERVIEWS = f"/v1/opportunities/{OPPORTUNITY}/interviews"
SCHEDULES = "/interviewSchedule.list"


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _interview(start: datetime | None, *people: dict[str, Any], **extra: Any) -> f.JsonObject:
    return {
        "date": _ms(start) if start else None,
        "duration": 60,
        "canceledAt": None,
        "interviewers": list(people),
        **extra,
    }


def _person(name: str, email: str | None = None) -> dict[str, Any]:
    return {"id": f"u-{name}", "name": name, "email": email or f"{name[:3].lower()}@acme.example"}


def test_a_lever_interview_counts_once_it_has_ended_and_was_not_cancelled() -> None:
    interviews = [
        _interview(NOW - timedelta(hours=1), _person("Ended Exactly")),  # 60 minutes: just over
        _interview(NOW - timedelta(minutes=59), _person("Still Going")),
        _interview(NOW - timedelta(days=1), _person("Called Off"), canceledAt=_ms(NOW)),
        _interview(None, _person("Never Dated")),
        _interview(NOW - timedelta(days=2), {"name": "   "}, "not a person", _person("Kept")),
    ]

    found = lever_interviewers(interviews, now=NOW, candidate=CANDIDATE)

    assert [person.name for person in found] == ["Ended Exactly", "Kept"]


def test_the_candidate_is_never_their_own_interviewer() -> None:
    interviews = [
        _interview(
            NOW - timedelta(days=1),
            _person("Shane Smith", "SHANE@example.com"),  # the candidate, by address
            _person("Rae Cole"),
        )
    ]

    found = lever_interviewers(interviews, now=NOW, candidate=CANDIDATE)

    assert found == (Person(name="Rae Cole", email="rae@acme.example"),)


def test_lever_is_asked_once_with_the_key_and_a_page_of_interviews(
    lever_api: tuple[str, Script],  # noqa: F811
) -> None:
    base_url, script = lever_api
    held = _interview(NOW - timedelta(days=1), _person("Rae Cole"))
    script.answers[INTERVIEWS] = [(200, {"data": [held], "hasNext": False}, 0)]

    found = fetch_lever_interviewers(
        api_key=API_KEY, base_url=base_url, opportunity_id=OPPORTUNITY, now=NOW, candidate=CANDIDATE
    )

    assert [person.name for person in found] == ["Rae Cole"]
    [(path, auth)] = script.requests
    assert path == f"{INTERVIEWS}?limit=100"
    assert auth == "Basic " + base64.b64encode(f"{API_KEY}:".encode()).decode()


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ((500, {}, 0.0), "Lever answered 500 for the interviews"),
        ((200, {"data": {"not": "a list"}}, 0.0), "has no data list"),
        ((200, ["not an object"], 0.0), "has no data list"),
    ],
)
def test_a_lever_interviews_failure_is_one_attempt_and_names_no_key(
    lever_api: tuple[str, Script],  # noqa: F811
    answer: tuple[int, Any, float],
    message: str,
) -> None:
    base_url, script = lever_api
    script.answers[INTERVIEWS] = [answer]

    with pytest.raises(LeverFetchError, match=message) as caught:
        fetch_lever_interviewers(
            api_key=API_KEY,
            base_url=base_url,
            opportunity_id=OPPORTUNITY,
            now=NOW,
            candidate=CANDIDATE,
        )

    assert API_KEY not in str(caught.value)
    assert len(script.requests) == 1


def test_a_slow_lever_is_given_up_on_after_the_timeout(
    lever_api: tuple[str, Script],  # noqa: F811
) -> None:
    base_url, script = lever_api
    script.answers[INTERVIEWS] = [(200, {"data": []}, 2.0)]
    started = time.monotonic()

    with pytest.raises(LeverFetchError, match="timed out"):
        fetch_lever_interviewers(
            api_key=API_KEY,
            base_url=base_url,
            opportunity_id=OPPORTUNITY,
            now=NOW,
            candidate=CANDIDATE,
            timeout=0.2,
        )

    assert time.monotonic() - started < 1.5


def _user(user_id: str, first: str, last: str) -> dict[str, Any]:
    return {"id": user_id, "firstName": first, "lastName": last, "email": f"{user_id}@acme.example"}


def _schedule(
    end: datetime,
    users: list[dict[str, Any]],
    *,
    status: str = "Complete",
    ids: tuple[str, ...] = (),
) -> dict[str, Any]:
    event = {
        "startTime": (end - timedelta(hours=1)).isoformat(),
        "endTime": end.isoformat(),
        "interviewerUserIds": [user["id"] for user in users] + list(ids),
        "interviewers": users,
    }
    return {"status": status, "interviewEvents": [event]}


def test_ashby_events_count_once_over_and_their_schedule_not_cancelled() -> None:
    schedules = [
        _schedule(NOW - timedelta(days=1), [_user("a", "Ada", "Lane")], ids=("b",)),
        _schedule(NOW - timedelta(days=1), [_user("c", "Cy", "Gone")], status="Cancelled"),
        _schedule(NOW + timedelta(hours=1), [_user("d", "Dee", "Soon")], status="Scheduled"),
        {"status": "Complete", "interviewEvents": [{"interviewerUserIds": ["e"]}]},  # undated
        "not a schedule",
    ]

    slots, unnamed = named_and_unnamed(schedules, now=NOW)

    assert [(user_id, person.name if person else None) for user_id, person in slots] == [
        ("a", "Ada Lane"),
        ("b", None),
    ]
    assert unnamed == ["b"]


def _ashby(base_url: str, **overrides: Any) -> tuple[Person, ...]:
    arguments: dict[str, Any] = {
        "api_key": "ashby-test-api-key",
        "base_url": base_url,
        "application_id": APPLICATION,
        "now": NOW,
        "candidate": Person(name="Tobias Lindqvist", email="tobias.lindqvist@example.com"),
        "timeout": 2.0,
    }
    return fetch_ashby_interviewers(**(arguments | overrides))


def _answer(results: Any) -> list[tuple[int, Any, float]]:
    return [(200, {"success": True, "results": results}, 0.0)]


def test_ashby_users_named_by_id_only_are_looked_up_and_bounded(
    ashby_api: tuple[str, AshbyScript],  # noqa: F811
) -> None:
    base_url, script = ashby_api
    ids = tuple(f"id-{n}" for n in range(MAX_INTERVIEWERS + 3))
    script.others[SCHEDULES] = _answer([_schedule(NOW - timedelta(days=1), [], ids=ids)])
    script.others["/user.info"] = _answer(_user("id-x", "Kofi", "Mensah"))

    _ashby(base_url)

    lookups = [body for path, _, body in script.requests if path == "/user.info"]
    assert lookups == [{"userId": user_id} for user_id in ids[:MAX_INTERVIEWERS]]


def test_a_failed_user_lookup_leaves_that_interviewer_out_only(
    ashby_api: tuple[str, AshbyScript],  # noqa: F811
) -> None:
    base_url, script = ashby_api
    lena = _user("lena", "Lena", "Park")
    script.others[SCHEDULES] = _answer(
        [_schedule(NOW - timedelta(days=1), [lena], ids=("gone", "kofi"))]
    )
    script.others["/user.info"] = [
        (404, {"success": False}, 0.0),
        *_answer(_user("kofi", "Kofi", "Mensah")),
    ]

    found = _ashby(base_url)

    assert [person.name for person in found] == ["Lena Park", "Kofi Mensah"]


def test_no_user_lookup_starts_once_the_budget_is_spent(
    ashby_api: tuple[str, AshbyScript],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base_url, script = ashby_api
    monkeypatch.setattr(ashby_interviews, "BUDGET", 0.0)
    script.others[SCHEDULES] = _answer(
        [_schedule(NOW - timedelta(days=1), [_user("lena", "Lena", "Park")], ids=("kofi",))]
    )

    found = _ashby(base_url)

    assert [person.name for person in found] == ["Lena Park"]
    assert [path for path, _, _ in script.requests] == [SCHEDULES]


def test_the_ashby_candidate_is_never_their_own_interviewer(
    ashby_api: tuple[str, AshbyScript],  # noqa: F811
) -> None:
    base_url, script = ashby_api
    candidate = {"id": "c", "firstName": "Tobias", "lastName": "Lindqvist"}  # no address
    script.others[SCHEDULES] = _answer([_schedule(NOW - timedelta(days=1), [candidate])])

    assert _ashby(base_url) == ()


@pytest.mark.parametrize(
    "answer",
    [
        (200, {"success": False, "errors": ["missing permission interviewsRead"]}, 0.0),
        (200, {"success": True, "results": {"not": "a list"}}, 0.0),
        (401, {}, 0.0),
    ],
)
def test_an_ashby_schedules_failure_raises_without_the_key(
    ashby_api: tuple[str, AshbyScript],  # noqa: F811
    answer: tuple[int, Any, float],
) -> None:
    base_url, script = ashby_api
    script.others[SCHEDULES] = [answer]

    with pytest.raises(AshbyFetchError) as caught:
        _ashby(base_url)

    assert "ashby-test-api-key" not in str(caught.value)
    assert len(script.requests) == 1


def test_the_details_hook_logs_a_failed_lookup_without_the_key_and_drafts_on(
    ashby_api: tuple[str, AshbyScript],  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    base_url, script = ashby_api
    script.others[SCHEDULES] = [(503, {}, 0.0)]
    body = fixture("ashby-candidateStageChange-archived_with_history.json")
    event = AshbyAdapter().parse(delivery(dumps(body)), DEFAULTS)
    api = VendorApi("ashby-secret-key", base_url, {}, {})

    with caplog.at_level(logging.WARNING):
        done = AshbyAdapter.details.complete(event, api, DEFAULTS, received_at=NOW)

    assert done.context == event.context  # drafted as the payload said, no interviewers
    assert done.fetch is None
    [record] = [r for r in caplog.records if "interviewers not fetched" in r.getMessage()]
    assert "503" in record.__dict__["why"]
    assert "ashby-secret-key" not in record.getMessage() + str(record.__dict__)
