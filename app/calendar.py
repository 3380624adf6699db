"""iCalendar files of pending plan steps: one all-day entry per step, stable UIDs.

A step's UID is derived from its id, so a calendar app that imports the file again (or polls a
feed) updates the entry it has instead of adding a second one.

Every text value comes from outside (the API, a signed ATS payload) and may hold any control
character. Each is normalised here, at the edge: line breaks of every kind become a newline in
a description and a space in a one-line property, other controls a space; then every text
property, NAME, X-WR-CALNAME and X-WR-TIMEZONE included, is written as escaped TEXT, so no
value can end a content line or smuggle in a property.

Nothing in a file is the time it was made: DTSTAMP and every LAST-MODIFIED are the time its
content last changed (recorded per calendar, see `content_hash`), so unchanged content gives the
same bytes and the file's hash can serve as its ETag. The conditional-request rules (RFC 9110
section 13) that turn that into a 304 live here too, beside the file they describe, for both
routes that serve one.
"""

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime

from icalendar import Alarm, Calendar, Event, vDuration, vText

PRODID = "-//Rejoinder//Follow-up plan//EN"
UID_DOMAIN = "rejoinder.dev"
# How often a subscribed app should poll (RFC 7986 REFRESH-INTERVAL, and Outlook's
# X-PUBLISHED-TTL): steps are days apart, so an hour is fresh enough, and every poll after
# the first is a cheap 304 while nothing changed.
REFRESH_INTERVAL = timedelta(hours=1)

# Every poll revalidates (max-age=0, must-revalidate) and pays only a 304 while nothing changed:
# a stale plan would remind the candidate of a step already done. `private`: the URL of a feed
# is its credential and the file is one person's plan, so no shared cache may keep it.
CACHE_CONTROL = "private, max-age=0, must-revalidate"

# One entity tag in an If-None-Match list: optionally weak, then a quoted opaque string
# (RFC 9110 section 8.8.3); a comma may sit inside the quotes, so the list is not split on it.
_ENTITY_TAG = re.compile(r'[\s,]*(?:W/)?("[\x21\x23-\x7e\x80-\xff]*")\s*(?:,|$)')

# The lines `build_calendar` stamps with the change time (a UTC DATE-TIME, never folded).
_STAMP_LINE = re.compile(rb"^(?:DTSTAMP|LAST-MODIFIED):[0-9]{8}T[0-9]{6}Z\r\n", re.MULTILINE)

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


def step_uid(step_id: object) -> str:
    return f"plan-step-{step_id}@{UID_DOMAIN}"


def build_calendar(
    *, name: str, timezone: str, entries: Sequence[CalendarEntry], last_modified: datetime
) -> bytes:
    """`last_modified`: when the calendar's content last changed. It is the calendar's
    LAST-MODIFIED (RFC 7986 allows it there) and every entry's DTSTAMP and LAST-MODIFIED: an app
    that keeps the newest DTSTAMP of a UID takes each change, and the bytes stay those of the
    content."""
    # In UTC and whole seconds, as `content_hash` finds the stamps and the header shows them.
    last_modified = _to_second(last_modified)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # RFC 7986's NAME for apps that read it, X-WR-CALNAME for the many that read only that.
    calendar.add("name", _line(name))
    # icalendar writes an X- property's value as it is: only a vText is escaped.
    calendar.add("x-wr-calname", _line(name))
    # All-day entries are dates, the same day wherever the calendar is opened; this names
    # the candidate's zone, which the plan's days were counted in.
    calendar.add("x-wr-timezone", _line(timezone))
    calendar.add("last-modified", last_modified)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH_INTERVAL))
    for entry in entries:
        calendar.add_component(_event(entry, last_modified))
    return bytes(calendar.to_ical())


def content_hash(body: bytes) -> str:
    """A hash of what a file shows, without the stamps made from its change time: equal for
    the same content whatever time it was stamped with, so a render can tell whether the
    content changed before it knows the time to stamp. No value can start a line (every text
    is escaped, long lines fold with a leading space), so only the stamps are taken out."""
    return hashlib.sha256(_STAMP_LINE.sub(b"", body)).hexdigest()


def next_change_time(previous: datetime | None, now: datetime) -> datetime:
    """The time to record for a change seen at `now`: a whole second after the previous
    change's, so the new Last-Modified is later than any a client holds (HTTP-dates have
    whole seconds); later than `now` only when two changes fall within one second."""
    if previous is None:
        return now
    return max(now, _to_second(previous) + timedelta(seconds=1))


def _event(entry: CalendarEntry, last_modified: datetime) -> Event:
    event = Event()
    event.add("uid", _line(entry.uid))
    event.add("dtstamp", last_modified)
    event.add("last-modified", last_modified)
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


@dataclass(frozen=True, slots=True)
class CalendarFile:
    """A calendar as served: its bytes and when its content last changed."""

    body: bytes
    last_modified: datetime

    @property
    def etag(self) -> str:
        # Strong: equal tags mean byte-identical files, which stamps of the recorded change
        # time ensure.
        return '"' + hashlib.sha256(self.body).hexdigest()[:32] + '"'

    def headers(self) -> dict[str, str]:
        """The validators and caching rules, the same on a 200, a HEAD and a 304."""
        return {
            "ETag": self.etag,
            "Last-Modified": format_datetime(_to_second(self.last_modified), usegmt=True),
            "Cache-Control": CACHE_CONTROL,
        }

    def not_modified(
        self, *, if_none_match: str | None, if_modified_since: str | None, now: datetime
    ) -> bool:
        """Whether a GET or HEAD with these preconditions is answered 304 (RFC 9110 13.2.2):
        If-None-Match when sent, with the weak comparison it calls for; otherwise
        If-Modified-Since, unless it is not a valid HTTP-date."""
        if if_none_match is not None:
            return _none_match_hits(if_none_match, self.etag)
        if if_modified_since is None:
            return False
        since = _http_date(if_modified_since)
        # A date after our clock cannot come from a Last-Modified we sent (RFC 7232 3.3 held it
        # invalid): answering the full file is the safe reading.
        if since is None or since > now:
            return False
        return _to_second(self.last_modified) <= since


def _none_match_hits(field: str, etag: str) -> bool:
    if field.strip() == "*":
        return True
    return etag.removeprefix("W/") in _entity_tags(field)


def _entity_tags(field: str) -> list[str]:
    """The opaque tags of an If-None-Match list, weak or strong alike (the weak comparison
    RFC 9110 13.1.2 calls for); a malformed member ends the list."""
    tags, position = [], 0
    while (found := _ENTITY_TAG.match(field, position)) is not None and found.end() > position:
        tags.append(found.group(1))
        position = found.end()
    return tags


def _http_date(value: str) -> datetime | None:
    """An HTTP-date (IMF-fixdate, or the obsolete RFC 850 and asctime forms) in UTC, or None
    when it is not one: a malformed If-Modified-Since is ignored, never an error."""
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _to_second(moment: datetime) -> datetime:
    # HTTP-dates have whole seconds: compare what the client could have been sent.
    return moment.astimezone(UTC).replace(microsecond=0)
