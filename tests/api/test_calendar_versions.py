"""Last-Modified is the time a calendar's content last changed, whatever changed it: a change the
data records no time for (a snooze, a note, an erased rejection of a feed) moves it too, so a
client that revalidates with If-Modified-Since alone never gets a 304 for a stale copy."""

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from httpx import Response
from icalendar import Calendar
from sqlalchemy.engine import Engine
from sqlmodel import select

from app.models import CalendarVersion
from tests.helpers import example_context
from tests.inspection import inspection_session

VALIDATORS = ("etag", "last-modified", "cache-control")


def create(client: TestClient, candidate_ref: str, **changes: Any) -> dict[str, Any]:
    body = {**example_context(), "candidate_ref": candidate_ref, **changes}
    response = client.post("/v1/rejections", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


def feed_of(client: TestClient, candidate_ref: str) -> dict[str, Any]:
    created = client.post("/v1/calendar-feeds", json={"candidate_ref": candidate_ref})
    assert created.status_code == 201, created.text
    return dict(created.json())


def plan_url(rejection: dict[str, Any]) -> str:
    return f"/v1/rejections/{rejection['id']}/plan.ics"


def patch_step(client: TestClient, rejection: dict[str, Any], body: dict[str, Any]) -> None:
    step = rejection["follow_up_plan"]["steps"][0]
    response = client.patch(f"/v1/rejections/{rejection['id']}/plan/steps/{step['id']}", json=body)
    assert response.status_code == 200, response.text


def since(client: TestClient, url: str, first: Response) -> Response:
    """The poll of a client that kept only `first`'s Last-Modified."""
    response: Response = client.get(
        url, headers={"If-Modified-Since": first.headers["last-modified"]}
    )
    return response


def assert_moved_on(first: Response, later: Response) -> None:
    assert later.status_code == 200
    assert later.content != first.content
    assert later.headers["etag"] != first.headers["etag"]
    moved = parsedate_to_datetime(later.headers["last-modified"])
    assert moved > parsedate_to_datetime(first.headers["last-modified"])


def events(response: Response) -> list[Any]:
    return list(Calendar.from_ical(response.content).walk("VEVENT"))


def versions(subject_id: str) -> list[CalendarVersion]:
    with inspection_session() as session:
        rows = session.exec(select(CalendarVersion)).all()
    return [row for row in rows if str(row.subject_id) == subject_id]


@pytest.fixture
def calendar_writes() -> Iterator[list[str]]:
    """The statements that write calendar_version, as they run."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        text = statement.lower()
        if "calendar_version" in text and not text.lstrip().startswith("select"):
            seen.append(statement)

    sa.event.listen(Engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(Engine, "before_cursor_execute", record)


def test_a_snooze_moves_last_modified_on_the_plan_and_the_feed(
    client: TestClient, anonymous_client: TestClient
) -> None:
    rejection = create(client, "user-v-snooze")
    feed = feed_of(client, "user-v-snooze")
    plan_first = client.get(plan_url(rejection))
    feed_first = anonymous_client.get(feed["url"])
    later = date.today() + timedelta(days=30)

    patch_step(client, rejection, {"status": "snoozed", "due_on": str(later)})

    plan_after = since(client, plan_url(rejection), plan_first)
    feed_after = since(anonymous_client, feed["url"], feed_first)
    for first, after in ((plan_first, plan_after), (feed_first, feed_after)):
        assert_moved_on(first, after)
        assert f"DTSTART;VALUE=DATE:{later:%Y%m%d}" in after.text
    # The new copy is current from now on: its own date earns a 304.
    assert since(client, plan_url(rejection), plan_after).status_code == 304
    assert since(anonymous_client, feed["url"], feed_after).status_code == 304


def test_a_note_alone_moves_last_modified(client: TestClient, anonymous_client: TestClient) -> None:
    rejection = create(client, "user-v-note")
    feed = feed_of(client, "user-v-note")
    later = str(date.today() + timedelta(days=20))
    patch_step(client, rejection, {"status": "snoozed", "due_on": later})
    plan_first = client.get(plan_url(rejection))
    feed_first = anonymous_client.get(feed["url"])

    # The same day again: only the note is new.
    patch_step(
        client, rejection, {"status": "snoozed", "due_on": later, "note": "Ask about the team"}
    )

    for first, after in (
        (plan_first, since(client, plan_url(rejection), plan_first)),
        (feed_first, since(anonymous_client, feed["url"], feed_first)),
    ):
        assert_moved_on(first, after)
        descriptions = [str(event["DESCRIPTION"]) for event in events(after)]
        assert any("Ask about the team" in text for text in descriptions)


def test_erasing_one_of_a_feeds_rejections_moves_its_last_modified_and_drops_its_row(
    client: TestClient, anonymous_client: TestClient
) -> None:
    kept = create(client, "user-v-erase")
    erased = create(client, "user-v-erase", company={"name": "Globex"})
    feed = feed_of(client, "user-v-erase")
    first = anonymous_client.get(feed["url"])
    assert client.get(plan_url(erased)).status_code == 200
    assert versions(erased["id"])

    assert client.delete(f"/v1/rejections/{erased['id']}").status_code == 204

    after = since(anonymous_client, feed["url"], first)
    assert_moved_on(first, after)
    assert "Globex" in first.text
    assert "Globex" not in after.text
    assert f"plan-step-{kept['follow_up_plan']['steps'][0]['id']}" in after.text
    assert versions(erased["id"]) == []
    assert len(versions(feed["id"])) == 1


def test_revoking_a_feed_drops_its_row_and_rotating_keeps_its_last_modified(
    client: TestClient, anonymous_client: TestClient
) -> None:
    create(client, "user-v-revoke")
    feed = feed_of(client, "user-v-revoke")
    first = anonymous_client.get(feed["url"])

    rotated = client.post(f"/v1/calendar-feeds/{feed['id']}/rotate").json()
    again = anonymous_client.get(rotated["url"])
    assert again.content == first.content
    assert again.headers["last-modified"] == first.headers["last-modified"]

    assert client.post(f"/v1/calendar-feeds/{feed['id']}/revoke").status_code == 204
    assert versions(feed["id"]) == []


def test_unchanged_content_keeps_its_last_modified_and_writes_nothing(
    client: TestClient, calendar_writes: list[str]
) -> None:
    rejection = create(client, "user-v-same")
    first = client.get(plan_url(rejection))
    assert len(calendar_writes) == 1  # the first render records the content
    calendar_writes.clear()

    for _ in range(3):
        again = client.get(plan_url(rejection))
        assert again.content == first.content
        for name in VALIDATORS:
            assert again.headers[name] == first.headers[name]
    assert since(client, plan_url(rejection), first).status_code == 304
    assert calendar_writes == []


def test_head_on_plan_ics_answers_gets_headers_and_304s(client: TestClient) -> None:
    rejection = create(client, "user-v-head")
    url = plan_url(rejection)

    get, head = client.get(url), client.head(url)

    assert head.status_code == get.status_code == 200
    assert head.content == b""
    for name in (*VALIDATORS, "content-type", "content-length", "content-disposition"):
        assert head.headers[name] == get.headers[name], name
    for headers in (
        {"If-None-Match": get.headers["etag"]},
        {"If-Modified-Since": get.headers["last-modified"]},
    ):
        not_modified = client.head(url, headers=headers)
        assert not_modified.status_code == 304
        for name in VALIDATORS:
            assert not_modified.headers[name] == get.headers[name]
    missing = client.head("/v1/rejections/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/plan.ics")
    assert missing.status_code == 404


def test_concurrent_first_renders_of_the_same_content_agree(
    client: TestClient, anonymous_client: TestClient
) -> None:
    urls = []
    for number in range(4):
        create(client, f"user-v-race-{number}")
        urls.append(feed_of(client, f"user-v-race-{number}")["url"])

    with ThreadPoolExecutor(max_workers=2) as pool:
        pairs = [list(pool.map(anonymous_client.get, [url, url])) for url in urls]

    for left, right in pairs:
        assert left.status_code == right.status_code == 200
        assert left.content == right.content
        assert left.headers["last-modified"] == right.headers["last-modified"]
