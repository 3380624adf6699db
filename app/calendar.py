"""iCalendar files of pending plan steps: one all-day entry per step, stable UIDs.

A step's UID is derived from its id, so a calendar app that imports the file again (or polls a
feed) updates the entry it has instead of adding a second one.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

PRODID = "-//Rejoinder//Follow-up plan//EN"
UID_DOMAIN = "rejoinder.dev"


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
    calendar.add("x-wr-calname", name)
    # All-day entries are dates, the same day wherever the calendar is opened; this names
    # the candidate's zone, which the plan's days were counted in.
    calendar.add("x-wr-timezone", timezone)
    for entry in entries:
        calendar.add_component(_event(entry, now))
    return bytes(calendar.to_ical())


def _event(entry: CalendarEntry, now: datetime) -> Event:
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", now)
    event.add("last-modified", entry.last_modified)
    event.add("dtstart", entry.day)
    event.add("dtend", entry.day + timedelta(days=1))
    event.add("summary", entry.summary)
    event.add("description", entry.description)
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", entry.summary)
    # 09:00 on the day, in the time of the device showing it.
    alarm.add("trigger", timedelta(hours=9), parameters={"RELATED": "START"})
    event.add_component(alarm)
    return event
