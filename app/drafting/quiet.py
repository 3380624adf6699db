"""Quiet periods: days on which no step that messages the contact may land.

Between 20 December and 5 January inboxes fill with out-of-office replies and a note is read,
if at all, in a pile. A period is yearly (`12-20..01-05`, it may wrap the new year) or once
(`2026-11-25..2026-12-24`, a retail peak season). Both ends are included. Where the holidays
library knows a country's own festive season (the Lunar New Year), the days around it are
quiet there too.
"""

from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta
from functools import lru_cache

import holidays

_SEPARATOR = ".."
# A plan that could not reach anyone for more than a quarter would lose its arc: a peak
# season fits, a year-long blackout does not.
_LONGEST_DAYS = 92


@dataclass(frozen=True, slots=True)
class QuietPeriod:
    """From `start` to `end`, both included; when `yearly`, only their month and day count."""

    start: date
    end: date
    yearly: bool = True

    def days(self, first_year: int, last_year: int) -> set[date]:
        if not self.yearly:
            return _span(self.start, self.end)
        days: set[date] = set()
        wraps = (self.end.month, self.end.day) < (self.start.month, self.start.day)
        # A period that wraps the new year starts in the year before the one it ends in; a
        # rejection dated in year 1 has no year before it to start in.
        first = max(first_year - 1, MINYEAR)
        last = min(last_year, MAXYEAR - 1 if wraps else MAXYEAR)
        for year in range(first, last + 1):
            start = _in_year(self.start, year)
            end = _in_year(self.end, year + 1 if wraps else year)
            days |= _span(start, end)
        return days


def _in_year(day: date, year: int) -> date:
    # 29 February falls back to the 28th in a common year.
    return day.replace(year=year, day=min(day.day, 28 if day.month == 2 else day.day))


def _span(start: date, end: date) -> set[date]:
    return {start + timedelta(days=n) for n in range((end - start).days + 1)}


YEAR_END = QuietPeriod(date(2000, 12, 20), date(2001, 1, 5))
DEFAULT_QUIET = (YEAR_END,)


def parse_period(text: str) -> QuietPeriod:
    """`MM-DD..MM-DD` (yearly) or `YYYY-MM-DD..YYYY-MM-DD` (once); ValueError otherwise."""
    period = _parse(text)
    if (period.end - period.start).days >= _LONGEST_DAYS:
        raise ValueError(f"a quiet period lasts at most {_LONGEST_DAYS} days, not {text!r}")
    return period


def _parse(text: str) -> QuietPeriod:
    start_text, separator, end_text = text.strip().partition(_SEPARATOR)
    if not separator:
        raise ValueError(f"a quiet period is START..END, not {text!r}")
    yearly = len(start_text) == len(end_text) == len("12-20")
    if yearly:
        # 2000 is a leap year, so 02-29 parses.
        start = date.fromisoformat(f"2000-{start_text}")
        end = date.fromisoformat(f"2000-{end_text}")
        return QuietPeriod(start, end.replace(year=2001) if end < start else end)
    start, end = date.fromisoformat(start_text), date.fromisoformat(end_text)
    if end < start:
        raise ValueError(f"a quiet period ends on or after it starts, not {text!r}")
    return QuietPeriod(start, end, yearly=False)


def quiet_days(
    periods: tuple[QuietPeriod, ...], first_year: int, last_year: int
) -> frozenset[date]:
    days: set[date] = set()
    for period in periods:
        days |= period.days(first_year, last_year)
    return frozenset(days)


# Festive seasons whose public holidays are only their core: inboxes stay full for days on
# either side. Matched on the holidays library's English names.
_FESTIVE_NAMES = ("lunar new year", "chinese new year", "korean new year", "spring festival")
_FESTIVE_MARGIN_DAYS = 5


# Bounded: a caller choosing odd years must not grow the cache without limit.
@lru_cache(maxsize=256)
def festive_days(country: str, first_year: int, last_year: int) -> frozenset[date]:
    """The days from five before to five after each festive holiday of this country."""
    calendar = holidays.country_holidays(
        country, years=range(first_year, last_year + 1), language="en_US"
    )
    core = [day for day, name in calendar.items() if _is_festive(str(name))]
    margin = timedelta(days=_FESTIVE_MARGIN_DAYS)
    days: set[date] = set()
    for day in core:
        days |= _span(day - margin, day + margin)
    return frozenset(days)


def _is_festive(name: str) -> bool:
    lowered = name.lower()
    return any(festive in lowered for festive in _FESTIVE_NAMES)
