"""The plan as iCalendar: a rejection's file, and per-candidate feeds read with a token."""

from datetime import date, timedelta
from typing import Any

from fastapi.testclient import TestClient
from icalendar import Calendar

from tests.helpers import example_context


def create(client: TestClient, **changes: Any) -> dict[str, Any]:
    response = client.post("/v1/rejections", json={**example_context(), **changes})
    assert response.status_code == 201, response.text
    return dict(response.json())


def events_of(body: bytes) -> dict[str, Any]:
    calendar = Calendar.from_ical(body)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_the_ics_parses_back_with_one_all_day_entry_per_pending_step(client: TestClient) -> None:
    rejection = create(client)
    steps = rejection["follow_up_plan"]["steps"]

    response = client.get(f"/v1/rejections/{rejection['id']}/plan.ics")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["X-WR-TIMEZONE"]) == "America/New_York"
    events = events_of(response.content)
    assert len(events) == len(steps)
    first = next(e for e in events.values() if str(e["SUMMARY"]).startswith(steps[0]["title"]))
    assert first.decoded("DTSTART") == date.fromisoformat(steps[0]["due_on"])
    pitch = rejection["drafts"]["last_pitch"]["body"]
    assert pitch.splitlines()[0] in str(first["DESCRIPTION"])


def test_importing_again_keeps_the_uids_and_updates_the_entries(client: TestClient) -> None:
    rejection = create(client)
    steps = rejection["follow_up_plan"]["steps"]
    before = events_of(client.get(f"/v1/rejections/{rejection['id']}/plan.ics").content)
    base = f"/v1/rejections/{rejection['id']}/plan/steps"
    client.patch(f"{base}/{steps[0]['id']}", json={"status": "done"})
    later = date.today() + timedelta(days=40)
    client.patch(f"{base}/{steps[1]['id']}", json={"status": "snoozed", "due_on": str(later)})

    after = events_of(client.get(f"/v1/rejections/{rejection['id']}/plan.ics").content)

    assert set(after) == set(before) - {uid for uid in before if steps[0]["id"] in uid}
    moved = next(event for uid, event in after.items() if steps[1]["id"] in uid)
    assert moved.decoded("DTSTART") == later


def test_a_feed_lists_one_candidates_steps_without_an_api_key(
    client: TestClient, other_client: TestClient, anonymous_client: TestClient
) -> None:
    mine = create(client, candidate_ref="user-1234")
    also_mine = create(client, candidate_ref="user-1234", company={"name": "Globex"})
    create(client, candidate_ref="someone-else")
    other_client.post("/v1/rejections", json={**example_context(), "candidate_ref": "user-1234"})

    created = client.post("/v1/calendar-feeds", json={"candidate_ref": "user-1234"})
    assert created.status_code == 201, created.text
    response = anonymous_client.get(created.json()["url"])

    assert response.status_code == 200
    expected = {step["id"] for r in (mine, also_mine) for step in r["follow_up_plan"]["steps"]}
    assert {
        uid.split("@")[0].removeprefix("plan-step-") for uid in events_of(response.content)
    } == (expected)


def test_a_rotated_or_revoked_feed_token_is_404(
    client: TestClient, anonymous_client: TestClient
) -> None:
    create(client, candidate_ref="user-1234")
    feed = client.post("/v1/calendar-feeds", json={"candidate_ref": "user-1234"}).json()

    rotated = client.post(f"/v1/calendar-feeds/{feed['id']}/rotate").json()
    assert anonymous_client.get(feed["url"]).status_code == 404
    assert anonymous_client.get(rotated["url"]).status_code == 200

    assert client.post(f"/v1/calendar-feeds/{feed['id']}/revoke").status_code == 204
    revoked = anonymous_client.get(rotated["url"])
    assert revoked.status_code == 404
    assert revoked.headers["content-type"] == "application/problem+json"
    assert client.get("/v1/calendar-feeds").json()["items"] == []


def test_an_unknown_or_malformed_token_is_refused(anonymous_client: TestClient) -> None:
    unknown = "/v1/calendar-feeds/rjf_" + "A" * 43 + ".ics"

    assert anonymous_client.get(unknown).status_code == 404
    malformed = anonymous_client.get("/v1/calendar-feeds/not-a-token.ics")
    assert malformed.status_code == 404
    assert malformed.headers["content-type"] == "application/problem+json"


def test_head_answers_the_feeds_headers_without_its_body(
    client: TestClient, anonymous_client: TestClient
) -> None:
    client.post("/v1/rejections", json={**example_context(), "candidate_ref": "user-head"})
    feed = client.post("/v1/calendar-feeds", json={"candidate_ref": "user-head"}).json()

    got = anonymous_client.get(feed["url"])
    head = anonymous_client.head(feed["url"])

    assert head.status_code == got.status_code == 200
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.content == b""
    assert got.content.startswith(b"BEGIN:VCALENDAR")


def test_the_feed_list_never_shows_a_url(client: TestClient) -> None:
    client.post("/v1/calendar-feeds", json={"candidate_ref": "user-1234"})

    [item] = client.get("/v1/calendar-feeds").json()["items"]

    assert "url" not in item
    assert item["candidate_ref"] == "user-1234"
