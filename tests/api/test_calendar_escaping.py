"""One bad value never breaks a calendar export: a line feed or a bare CR in a company name or
role title (from the API or a signed ATS payload) is normalised, and every text property,
X-WR-CALNAME included, is escaped, so no value can end a line or inject a property."""

import re
from datetime import UTC, date, datetime

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar

from app.calendar import CalendarEntry, build_calendar
from tests.helpers import example_context

HOSTILE = [
    "Acme\nRobotics",
    "Acme\rX-INJECTED:1",
    "Acme\r\nBEGIN:VEVENT",
    "Acme\x0bRobotics\x1f\x7f\x85\u2028\u2029",
    "Acme, Robotics; Ltd\\",
]


def _content_lines(body: bytes) -> list[bytes]:
    assert b"\r\n" in body
    # A CR or LF that is not part of a CRLF would end a line for a lenient parser.
    assert re.search(rb"\r(?!\n)|(?<!\r)\n", body) is None, body
    return body.split(b"\r\n")


def _assert_safe(body: bytes) -> Calendar:
    lines = _content_lines(body)
    for line in lines:
        assert re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", line) is None, line
        assert not line.startswith(b"X-INJECTED")
    assert sum(line == b"BEGIN:VEVENT" for line in lines) == len(
        Calendar.from_ical(body).walk("VEVENT")
    )
    return Calendar.from_ical(body)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_hostile_company_or_role_never_breaks_plan_ics(client: TestClient, hostile: str) -> None:
    body = {
        **example_context(),
        "company": {"name": hostile},
        "role": {"title": f"Data\nEngineer {hostile}"},
    }
    created = client.post("/v1/rejections", json=body)
    assert created.status_code == 201, created.text

    response = client.get(f"/v1/rejections/{created.json()['id']}/plan.ics")

    assert response.status_code == 200, response.text
    calendar = _assert_safe(response.content)
    name = str(calendar["X-WR-CALNAME"])
    assert name.startswith("Maya Chen — follow-ups with Acme")
    assert str(calendar["NAME"]) == name
    assert "\n" not in name
    assert "\r" not in name
    for event in calendar.walk("VEVENT"):
        assert "\r" not in str(event["SUMMARY"])
        assert "\n" not in str(event["SUMMARY"])


@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_hostile_candidate_name_never_breaks_a_feed(
    client: TestClient, anonymous_client: TestClient, hostile: str
) -> None:
    body = {**example_context(), "candidate_ref": "user-hostile"}
    body["candidate"] = {"name": f"Maya\n{hostile}", "email": "maya@example.com"}
    created = client.post("/v1/rejections", json=body)
    assert created.status_code == 201, created.text
    feed = client.post("/v1/calendar-feeds", json={"candidate_ref": "user-hostile"}).json()

    response = anonymous_client.get(feed["url"])

    assert response.status_code == 200, response.text
    calendar = _assert_safe(response.content)
    for field in ("NAME", "X-WR-CALNAME"):
        name = str(calendar[field])
        assert name.startswith("Maya Acme")
        assert name.endswith("— follow-ups")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_every_text_property_is_escaped(hostile: str) -> None:
    now = datetime(2026, 11, 30, tzinfo=UTC)
    entry = CalendarEntry(
        uid="plan-step-1@rejoinder.dev",
        day=date(2026, 12, 1),
        summary=hostile,
        description=f"Line one\r\nline two\rline three {hostile}",
    )

    body = build_calendar(name=hostile, timezone="UTC", entries=[entry], last_modified=now)

    calendar = _assert_safe(body)
    [event] = calendar.walk("VEVENT")
    assert str(event["DESCRIPTION"]).startswith("Line one\nline two\nline three Acme")


def test_the_calendar_name_is_escaped_like_any_text() -> None:
    now = datetime(2026, 11, 30, tzinfo=UTC)

    body = build_calendar(name="Acme, Inc.; Data", timezone="UTC", entries=[], last_modified=now)

    assert b"X-WR-CALNAME:Acme\\, Inc.\\; Data\r\n" in body
    # icalendar reads an X- property back raw; a TEXT reader (vobject, calendar apps)
    # unescapes it to the name.
    raw = str(Calendar.from_ical(body)["X-WR-CALNAME"])
    assert raw.replace("\\,", ",").replace("\\;", ";") == "Acme, Inc.; Data"
