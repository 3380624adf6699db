"""When each move of the keep-the-bridge plan is due.

Dates are counted in business days from the rejection (or today), skipping weekends and the
public holidays of the candidate's country; no step falls before `today`. What the steps say
is rendered elsewhere: this module only decides which steps a context gets, and when.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays

from app.drafting.context import Interest, RejectionContext, Stage
from app.drafting.results import Channel, StepKind

_LATE_STAGES = frozenset({Stage.onsite, Stage.final})
# No one gets more than two messages in any three days (PRODUCT.md).
_MOST_IN_WINDOW = 2
_WINDOW_DAYS = 3
# Business days a LinkedIn invitation waits after the last email of the first week.
_LINKEDIN_WAIT = 3
# Steps that message the contact (or, without one, the person the LinkedIn note goes to).
_TO_THE_CONTACT = frozenset(
    {
        StepKind.send_last_pitch,
        StepKind.send_feedback_request,
        StepKind.connect_on_linkedin,
        StepKind.nudge,
        StepKind.value_check_in,
        StepKind.reach_out_about_role,
        StepKind.quarterly_check_in,
    }
)
# The plan reaches about half a year out; two calendar years always cover it.
_YEARS_COVERED = 2


@dataclass(frozen=True, slots=True)
class ScheduledStep:
    kind: StepKind
    due_on: date
    channel: Channel | None


# Bounded: a caller choosing odd rejection years must not grow the cache without limit.
@lru_cache(maxsize=256)
def _public_holidays(country: str, first_year: int, last_year: int) -> frozenset[date]:
    calendar = holidays.country_holidays(country, years=range(first_year, last_year + 1))
    return frozenset(calendar.keys())


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    """Weekdays that are not public holidays in one country."""

    off: frozenset[date]

    @classmethod
    def for_country(cls, country: str, first: date, last: date) -> "BusinessCalendar":
        return cls(_public_holidays(country, first.year, last.year + _YEARS_COVERED - 1))

    def is_open(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.off

    def on_or_after(self, day: date) -> date:
        while not self.is_open(day):
            day += timedelta(days=1)
        return day

    def add(self, day: date, business_days: int) -> date:
        for _ in range(business_days):
            day = self.on_or_after(day + timedelta(days=1))
        return day


def _cool_off(context: RejectionContext) -> int:
    """Business days to wait before the last pitch: a cool-off, shorter when more is at stake."""
    if context.stage == Stage.applied:
        return 1
    if context.interest == Interest.high and context.stage in _LATE_STAGES:
        return 1
    return 2


def schedule(
    context: RejectionContext,
    *,
    today: date,
    has_linkedin_note: bool,
    has_interviewer_notes: bool | None = None,
    message_channel: Channel = Channel.email,
) -> list[ScheduledStep]:
    """The dated steps for this context, earliest first, spaced for each person they reach.

    `message_channel` is where the last pitch and the feedback request were drafted for;
    `has_interviewer_notes` is false when the only interviewer is the contact (who gets the
    pitch instead), and defaults to whether the context names interviewers.
    """
    if has_interviewer_notes is None:
        has_interviewer_notes = bool(context.interviewers)
    base = context.rejected_on or today
    cal = BusinessCalendar.for_country(context.country, min(base, today), max(base, today))
    pitch = cal.on_or_after(max(cal.add(base, _cool_off(context)), today))
    form_rejection = context.stage == Stage.applied
    engaged = context.interest != Interest.low
    steps = [ScheduledStep(StepKind.send_last_pitch, pitch, message_channel)]
    if engaged or not form_rejection:
        feedback = pitch if form_rejection else cal.add(pitch, 1)
        steps.append(ScheduledStep(StepKind.send_feedback_request, feedback, message_channel))
    if has_interviewer_notes:
        steps.append(ScheduledStep(StepKind.thank_interviewers, pitch, Channel.email))
    if has_linkedin_note:
        # An invitation on top of two emails reads as pressing: it waits for them to land.
        last_email = max(step.due_on for step in steps)
        steps.append(
            ScheduledStep(
                StepKind.connect_on_linkedin, cal.add(last_email, _LINKEDIN_WAIT), Channel.linkedin
            )
        )
    if engaged:
        steps.extend(_keep_the_bridge(context, cal, pitch, message_channel))
    return space_out(sorted(steps, key=lambda step: step.due_on), cal)


def space_out(steps: list[ScheduledStep], cal: BusinessCalendar) -> list[ScheduledStep]:
    """Move a step to the contact later until no three days hold more than two for them.

    Steps are in date order; interviewer thank-yous reach other people and never move.
    """
    sent: list[date] = []
    spaced = []
    for step in steps:
        due = step.due_on
        if step.kind in _TO_THE_CONTACT:
            while (
                len(sent) >= _MOST_IN_WINDOW and (due - sent[-_MOST_IN_WINDOW]).days < _WINDOW_DAYS
            ):
                due = cal.on_or_after(due + timedelta(days=1))
            sent.append(due)
        spaced.append(ScheduledStep(step.kind, due, step.channel))
    return sorted(spaced, key=lambda step: step.due_on)


def _keep_the_bridge(
    context: RejectionContext, cal: BusinessCalendar, pitch: date, message_channel: Channel
) -> list[ScheduledStep]:
    """The longer arc, for a candidate who still wants this company. The nudge answers the
    feedback request, so it goes where that went."""
    watch = ScheduledStep(StepKind.watch_openings, cal.add(pitch, 5), None)
    reach_days = 60 if context.interest == Interest.high else 90
    reach = cal.on_or_after(pitch + timedelta(days=reach_days))
    reach_out = ScheduledStep(StepKind.reach_out_about_role, reach, Channel.email)
    if context.stage == Stage.applied:
        return [watch, reach_out] if context.interest == Interest.high else [watch]
    return [
        ScheduledStep(StepKind.nudge, cal.add(cal.add(pitch, 1), 7), message_channel),
        watch,
        ScheduledStep(
            StepKind.value_check_in, cal.on_or_after(pitch + timedelta(days=30)), Channel.email
        ),
        ScheduledStep(StepKind.meet_at_events, cal.on_or_after(pitch + timedelta(days=45)), None),
        reach_out,
        ScheduledStep(
            StepKind.quarterly_check_in, cal.on_or_after(reach + timedelta(days=91)), Channel.email
        ),
    ]
