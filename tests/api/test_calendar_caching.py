"""Calendar files as calendar apps poll them: a stable body with a strong ETag and the time its
content last changed as Last-Modified, a 304 while nothing changed (RFC 9110 section 13), HEAD
with the same headers, an hourly REFRESH-INTERVAL, a name a person reads, and 404 for any token
that is not live."""

from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar

from app.services import calendars as calendar_service
from app.services import rejections as rejection_service
from tests.helpers import example_context

# What a 304 or a HEAD must repeat of the 200 (RFC 9110 section 15.4.5).
VALIDATORS = ("etag", "last-modified", "cache-control")


def create(client: TestClient, **changes: Any) -> dict[str, Any]:
    response = client.post("/v1/rejections", json={**example_context(), **changes})
    assert response.status_code == 201, response.text
    return dict(response.json())


def an_hour_ago(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, candidate_ref: str
) -> tuple[dict[str, Any], str]:
    """A rejection and its candidate's feed, made an hour ago: a change made now is a later
    second than every time they recorded."""
    earlier = datetime.now(UTC) - timedelta(hours=1)
    with monkeypatch.context() as patch:
        patch.setattr(rejection_service, "utcnow", lambda: earlier)
        patch.setattr(calendar_service, "utcnow", lambda: earlier)
        return create(client, candidate_ref=candidate_ref), feed_url(client, candidate_ref)


def feed_url(client: TestClient, candidate_ref: str) -> str:
    created = client.post("/v1/calendar-feeds", json={"candidate_ref": candidate_ref})
    assert created.status_code == 201, created.text
    return str(created.json()["url"])


def plan_url(rejection: dict[str, Any]) -> str:
    return f"/v1/rejections/{rejection['id']}/plan.ics"


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True)


def test_an_unchanged_plan_is_the_same_bytes_under_the_same_strong_etag(
    client: TestClient, anonymous_client: TestClient
) -> None:
    rejection = create(client, candidate_ref="user-cache")
    url = feed_url(client, "user-cache")

    for get in (lambda: anonymous_client.get(url), lambda: client.get(plan_url(rejection))):
        first, second = get(), get()

        assert first.status_code == second.status_code == 200
        assert first.content == second.content
        assert first.headers["etag"] == second.headers["etag"]
        assert first.headers["etag"].startswith('"')  # strong: no W/
        assert first.headers["cache-control"] == "private, max-age=0, must-revalidate"
        assert first.headers["last-modified"] == second.headers["last-modified"]


def test_marking_a_step_done_changes_the_etag_and_moves_last_modified(
    client: TestClient, anonymous_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    rejection, url = an_hour_ago(client, monkeypatch, "user-done")
    feed_before = anonymous_client.get(url)
    plan_before = client.get(plan_url(rejection))
    step = rejection["follow_up_plan"]["steps"][0]

    patched = client.patch(
        f"/v1/rejections/{rejection['id']}/plan/steps/{step['id']}", json={"status": "done"}
    )
    assert patched.status_code == 200, patched.text

    feed_after, plan_after = anonymous_client.get(url), client.get(plan_url(rejection))

    for before, after in ((feed_before, feed_after), (plan_before, plan_after)):
        assert after.headers["etag"] != before.headers["etag"]
        assert step["id"] not in after.text
        moved = parsedate_to_datetime(after.headers["last-modified"])
        assert moved > parsedate_to_datetime(before.headers["last-modified"])
    # The app's copy is stale now: its tag no longer earns a 304.
    revalidated = anonymous_client.get(url, headers={"If-None-Match": feed_before.headers["etag"]})
    assert revalidated.status_code == 200
    assert revalidated.content == feed_after.content


def test_a_snoozed_step_changes_the_etag_with_its_day(
    client: TestClient, anonymous_client: TestClient
) -> None:
    rejection = create(client, candidate_ref="user-snooze")
    url = feed_url(client, "user-snooze")
    before = anonymous_client.get(url)
    step = rejection["follow_up_plan"]["steps"][0]
    later = date.today() + timedelta(days=30)

    snoozed = client.patch(
        f"/v1/rejections/{rejection['id']}/plan/steps/{step['id']}",
        json={"status": "snoozed", "due_on": str(later)},
    )
    assert snoozed.status_code == 200, snoozed.text

    after = anonymous_client.get(url, headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200
    assert after.headers["etag"] != before.headers["etag"]
    assert f"DTSTART;VALUE=DATE:{later:%Y%m%d}" in after.text


def test_a_reply_changes_the_etag(client: TestClient, anonymous_client: TestClient) -> None:
    rejection = create(client, candidate_ref="user-reply")
    url = feed_url(client, "user-reply")
    before = anonymous_client.get(url)

    replied = client.post(
        f"/v1/rejections/{rejection['id']}/replies",
        json={"on": rejection["context"]["rejected_on"], "summary": "Happy to talk."},
    )
    assert replied.status_code == 201, replied.text
    assert replied.json()["changed_steps"], "the reply should make a nudge moot"

    after = anonymous_client.get(url)
    assert after.status_code == 200
    assert after.headers["etag"] != before.headers["etag"]
    assert after.content != before.content


@pytest.mark.parametrize(
    "field",
    ["{etag}", "W/{etag}", '"stale", {etag}', '"a,b" , W/{etag} ,"c"', "*"],
)
def test_if_none_match_with_the_current_tag_is_a_304_without_a_body(
    client: TestClient, anonymous_client: TestClient, field: str
) -> None:
    create(client, candidate_ref="user-304")
    url = feed_url(client, "user-304")
    got = anonymous_client.get(url)

    for method in (anonymous_client.get, anonymous_client.head):
        response = method(url, headers={"If-None-Match": field.format(etag=got.headers["etag"])})

        assert response.status_code == 304
        assert response.content == b""
        for name in VALIDATORS:
            assert response.headers[name] == got.headers[name]
        assert "content-type" not in response.headers


@pytest.mark.parametrize(
    "field",
    [
        '{stale}, W/"other"',
        # Not entity tags: no quotes, a stray prefix, a member after a malformed one.
        "{bare}",
        "X{etag}",
        '"a" junk, {etag}',
        "",
    ],
)
def test_if_none_match_with_other_tags_is_a_200_and_outranks_if_modified_since(
    client: TestClient, anonymous_client: TestClient, field: str
) -> None:
    create(client, candidate_ref="user-200")
    url = feed_url(client, "user-200")
    got = anonymous_client.get(url)
    etag = got.headers["etag"]
    sent = field.format(etag=etag, stale=etag[:-2] + 'x"', bare=etag.strip('"'))

    response = anonymous_client.get(
        url,
        # The date alone would be a 304; a sent If-None-Match makes it ignored.
        headers={"If-None-Match": sent, "If-Modified-Since": http_date(datetime.now(UTC))},
    )

    assert response.status_code == 200
    assert response.content == got.content
    assert response.headers["etag"] == etag


def test_if_modified_since_is_a_304_from_last_modified_on_and_ignored_when_not_a_date(
    client: TestClient, anonymous_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    rejection, _ = an_hour_ago(client, monkeypatch, "user-since")
    url = plan_url(rejection)
    # First served an hour ago: that is its Last-Modified, and five minutes later is past too.
    with monkeypatch.context() as patch:
        patch.setattr(calendar_service, "utcnow", lambda: datetime.now(UTC) - timedelta(hours=1))
        got = client.get(url)
    last_modified = parsedate_to_datetime(got.headers["last-modified"])

    def status_since(value: str) -> int:
        return client.get(url, headers={"If-Modified-Since": value}).status_code

    assert status_since(got.headers["last-modified"]) == 304
    assert status_since(http_date(last_modified + timedelta(minutes=5))) == 304
    assert status_since(http_date(last_modified - timedelta(seconds=1))) == 200
    # Not an HTTP-date, or a date after the server's clock: ignored, the whole file.
    assert status_since("yesterday") == 200
    assert status_since("") == 200
    assert status_since(http_date(datetime.now(UTC) + timedelta(days=1))) == 200
    not_modified = client.get(url, headers={"If-Modified-Since": got.headers["last-modified"]})
    assert not_modified.content == b""
    assert not_modified.headers["etag"] == got.headers["etag"]


def test_head_on_a_feed_answers_the_same_headers_as_get(
    client: TestClient, anonymous_client: TestClient
) -> None:
    create(client, candidate_ref="user-head")
    url = feed_url(client, "user-head")

    get, head = anonymous_client.get(url), anonymous_client.head(url)

    assert head.status_code == get.status_code == 200
    assert head.content == b""
    for name in (*VALIDATORS, "content-type", "content-length"):
        assert head.headers[name] == get.headers[name], name


def test_the_calendar_says_how_often_to_poll_and_whose_it_is(
    client: TestClient, anonymous_client: TestClient
) -> None:
    rejection = create(client, candidate_ref="user-name")

    feed = Calendar.from_ical(anonymous_client.get(feed_url(client, "user-name")).content)
    plan = Calendar.from_ical(client.get(plan_url(rejection)).content)

    for calendar in (feed, plan):
        assert calendar.decoded("REFRESH-INTERVAL") == timedelta(hours=1)
        assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
        assert str(calendar["X-PUBLISHED-TTL"]) == "PT1H"
        assert str(calendar["NAME"]) == str(calendar["X-WR-CALNAME"])
    assert str(feed["NAME"]) == "Maya Chen — follow-ups"
    assert str(plan["NAME"]) == "Maya Chen — follow-ups with Acme Robotics (Senior Data Engineer)"
    assert "user-name" not in str(feed["NAME"])


def test_an_empty_feed_is_named_readably_and_dated_by_its_first_poll(
    client: TestClient, anonymous_client: TestClient
) -> None:
    created = client.post("/v1/calendar-feeds", json={"candidate_ref": "nobody-yet"}).json()

    before = datetime.now(UTC).replace(microsecond=0)
    response = anonymous_client.get(created["url"])
    after = datetime.now(UTC)

    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["NAME"]) == "Job search follow-ups"
    assert calendar.walk("VEVENT") == []
    assert before <= parsedate_to_datetime(response.headers["last-modified"]) <= after
    assert calendar.decoded("LAST-MODIFIED") == parsedate_to_datetime(
        response.headers["last-modified"]
    )


def test_event_stamps_are_the_contents_change_time_not_the_requests(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # First served an hour ago: a stamp of a later request's time would be an hour off.
    rejection, _ = an_hour_ago(client, monkeypatch, "user-stamps")
    with monkeypatch.context() as patch:
        patch.setattr(calendar_service, "utcnow", lambda: datetime.now(UTC) - timedelta(hours=1))
        first = client.get(plan_url(rejection))

    again = client.get(plan_url(rejection))
    events = Calendar.from_ical(again.content).walk("VEVENT")

    assert again.content == first.content
    assert events
    served = parsedate_to_datetime(again.headers["last-modified"])
    assert served < datetime.now(UTC) - timedelta(minutes=59)
    for event in events:
        assert event.decoded("DTSTAMP") == event.decoded("LAST-MODIFIED") == served


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_a_token_that_is_not_live_is_404_on_get_and_head(
    client: TestClient, anonymous_client: TestClient, method: str
) -> None:
    create(client, candidate_ref="user-dead")
    feed = client.post("/v1/calendar-feeds", json={"candidate_ref": "user-dead"}).json()
    rotated = client.post(f"/v1/calendar-feeds/{feed['id']}/rotate").json()
    other = client.post("/v1/calendar-feeds", json={"candidate_ref": "user-dead"}).json()
    assert client.post(f"/v1/calendar-feeds/{other['id']}/revoke").status_code == 204
    dead = [
        "/v1/calendar-feeds/not-a-token.ics",
        "/v1/calendar-feeds/rjf_" + "A" * 43 + ".ics",
        "/v1/calendar-feeds/rjf_" + "A" * 44 + ".ics",
        feed["url"],  # rotated away
        other["url"],  # revoked
    ]

    for url in dead:
        # A precondition never turns a missing feed into a 304.
        response = anonymous_client.request(method, url, headers={"If-None-Match": "*"})
        assert response.status_code == 404, url
        assert response.headers["content-type"] == "application/problem+json"
        assert "etag" not in response.headers
    assert anonymous_client.request(method, rotated["url"]).status_code == 200
