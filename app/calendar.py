"""iCalendar files of pending plan steps: one all-day entry per step, stable UIDs.

A step's UID is derived from its id, so a calendar app that imports the file again (or polls a
feed) updates the entry it has instead of adding a second one.

Every text value comes from outside (the API, a signed ATS payload) and may hold any control
character. Each is normalised here, at the edge: line breaks of every kind become a newline in
a description and a space in a one-line property, other controls a space; then every text
property, X-WR-CALNAME and X-WR-TIMEZONE included, is written as escaped TEXT, so no value
can end a content line or smuggle in a property.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Alarm, Calendar, Event, vText

PRODID = "-//Rejoinder//Follow-up plan//EN"
UID_DOMAIN = "rejoinder.dev"

# CRLF, CR, LF, NEL and the Unicode line and paragraph separators all end a line somewhere.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x85\u2028\u2029]")
# The other C0 and C1 controls (a tab is white space RFC 5545 allows in TEXT).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _line(value: str) -> vText:
    """A one-line TEXT value: line breaks and controls become spaces."""
    return vText(_CONTROL.sub(" ", _LINE_BREAK.sub(" ", value)))


def _lines(value: str) -> vText:
    """A multi-line TEXT value: every line break becomes a newline (escaped as `\\n`)."""
    return vText(_CONTROL.sub(" ", _LINE_BREAK.sub("\n", value)))


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    uid: str
    day: date
    summary: str
    description: str
    last_modified: datetime


def step_uid(step_id: object) -> str:
    return f"plan-step-{step_id}@{UID_DOMAIN}"


def build_calendar(
    *, name: str, timezone: str, entries: Sequence[CalendarEntry], now: datetime
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # icalendar writes an X- property's value as it is: only a vText is escaped.
    calendar.add("x-wr-calname", _line(name))
    # All-day entries are dates, the same day wherever the calendar is opened; this names
    # the candidate's zone, which the plan's days were counted in.
    calendar.add("x-wr-timezone", _line(timezone))
    for entry in entries:
        calendar.add_component(_event(entry, now))
    return bytes(calendar.to_ical())


def _event(entry: CalendarEntry, now: datetime) -> Event:
    event = Event()
    event.add("uid", _line(entry.uid))
    event.add("dtstamp", now)
    event.add("last-modified", entry.last_modified)
    event.add("dtstart", entry.day)
    event.add("dtend", entry.day + timedelta(days=1))
    event.add("summary", _line(entry.summary))
    event.add("description", _lines(entry.description))
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", _line(entry.summary))
    # 09:00 on the day, in the time of the device showing it.
    alarm.add("trigger", timedelta(hours=9), parameters={"RELATED": "START"})
    event.add_component(alarm)
    return event
