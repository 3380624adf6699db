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
from app.drafting.heard import Heard, feedback_reading
from app.drafting.quiet import DEFAULT_QUIET, QuietPeriod, festive_days, quiet_days
from app.drafting.reason import reading_of
from app.drafting.results import Channel, ReasonKind, StepKind
from app.drafting.shapes import shape_of
from app.drafting.signals import signals_of, steps_for

_LATE_STAGES = frozenset({Stage.onsite, Stage.final})
# No one gets more than two messages in any three days (PRODUCT.md).
_MOST_IN_WINDOW = 2
_WINDOW_DAYS = 3
# Business days a LinkedIn invitation waits after the last email of the first week.
_LINKEDIN_WAIT = 3
# Steps that message the contact (or, without one, the person the LinkedIn note goes to).
TO_THE_CONTACT = frozenset(
    {
        StepKind.send_last_pitch,
        StepKind.send_feedback_request,
        StepKind.connect_on_linkedin,
        StepKind.nudge,
        StepKind.value_check_in,
        StepKind.reach_out_about_role,
        StepKind.quarterly_check_in,
        StepKind.send_update,
    }
)
# After feedback naming a gap: time to build the skill, then time to have used it.
_BUILD_AFTER_BUSINESS_DAYS = 5
_UPDATE_AFTER_DAYS = 42
# The plan reaches about half a year out; two calendar years always cover it.
_YEARS_COVERED = 2
# A hiring freeze typically lifts with the next quarter's budget: the reach-out waits for it.
_FREEZE_LIFTS_AFTER_DAYS = 91


@dataclass(frozen=True, slots=True)
class ScheduledStep:
    """A step's move, day and channel, decided before any of its words: the plan dates the
    moves first (cadence, quiet periods, business days), then steps.py drafts each one into a
    PlannedStep. The engine's own; nothing outside drafting/ sees it."""

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
    """Weekdays that are not public holidays in one country; `quiet` days take no contact."""

    off: frozenset[date]
    quiet: frozenset[date] = frozenset()

    @classmethod
    def for_country(
        cls,
        country: str,
        first: date,
        last: date,
        quiet: tuple[QuietPeriod, ...] = DEFAULT_QUIET,
    ) -> "BusinessCalendar":
        last_year = last.year + _YEARS_COVERED - 1
        return cls(
            _public_holidays(country, first.year, last_year),
            quiet_days(quiet, first.year, last_year) | festive_days(country, first.year, last_year),
        )

    def is_open(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.off

    def contact_day(self, day: date) -> date:
        """The first open day on or after `day` outside every quiet period."""
        while not self.is_open(day) or day in self.quiet:
            day += timedelta(days=1)
        return day

    def on_or_after(self, day: date) -> date:
        while not self.is_open(day):
            day += timedelta(days=1)
        return day

    def add(self, day: date, business_days: int) -> date:
        for _ in range(business_days):
            day = self.on_or_after(day + timedelta(days=1))
        return day


def _cool_off(context: RejectionContext) -> int:
    """Business days to wait before the last pitch: a cool-off, shorter when more is at stake.
    A phone screen's thank-you goes within 48 hours or reads as an afterthought."""
    if context.stage in {Stage.applied, Stage.phone_screen}:
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
    quiet: tuple[QuietPeriod, ...] = DEFAULT_QUIET,
    heard: Heard | None = None,
) -> list[ScheduledStep]:
    """The dated steps for this context, earliest first, spaced for each person they reach.

    Which steps there are comes from the shape table (`shapes.SHAPES`), changed by what the
    rejection said (`signals.steps_for`); this decides when.
    `message_channel` is where the last pitch and the feedback request were drafted for;
    `has_interviewer_notes` is false when the only interviewer is the contact (who gets the
    pitch instead), and defaults to whether the context names interviewers. No step that
    messages the contact lands in a `quiet` period. When the `heard` feedback names a gap, a
    plan that still reaches out gains a step to build the skill and an update to the contact.
    """
    if has_interviewer_notes is None:
        has_interviewer_notes = bool(context.interviewers)
    base = context.rejected_on or today
    cal = BusinessCalendar.for_country(context.country, min(base, today), max(base, today), quiet)
    kinds = steps_for(
        set(shape_of(context.stage, context.interest)), signals_of(context), context.interest
    )
    if not has_linkedin_note:
        kinds.discard(StepKind.connect_on_linkedin)
    if not has_interviewer_notes:
        kinds.discard(StepKind.thank_interviewers)
    if StepKind.reach_out_about_role in kinds and feedback_reading(context, heard) is not None:
        kinds |= {StepKind.build_skill, StepKind.send_update}
    pitch = cal.on_or_after(max(cal.add(base, _cool_off(context)), today))
    steps = [
        step
        for step in _all_steps(context, cal, pitch, message_channel, kinds)
        if step.kind in kinds
    ]
    return space_out(sorted(steps, key=lambda step: step.due_on), cal)


def space_out(steps: list[ScheduledStep], cal: BusinessCalendar) -> list[ScheduledStep]:
    """Move a step to the contact later until no three days hold more than two for them, and
    out of any quiet period.

    Steps are in date order; interviewer thank-yous reach other people and never move.
    """
    sent: list[date] = []
    spaced = []
    for step in steps:
        due = step.due_on
        if step.kind in TO_THE_CONTACT:
            due = cal.contact_day(due)
            while (
                len(sent) >= _MOST_IN_WINDOW and (due - sent[-_MOST_IN_WINDOW]).days < _WINDOW_DAYS
            ):
                due = cal.contact_day(due + timedelta(days=1))
            sent.append(due)
        spaced.append(ScheduledStep(step.kind, due, step.channel))
    return sorted(spaced, key=lambda step: step.due_on)


def _all_steps(
    context: RejectionContext,
    cal: BusinessCalendar,
    pitch: date,
    message_channel: Channel,
    kinds: set[StepKind],
) -> list[ScheduledStep]:
    """Every step a plan could have, dated; the shape picks among them. The nudge answers
    the feedback request, so it goes where that went."""
    feedback = cal.add(pitch, 1)
    # An invitation on top of two emails reads as pressing: it waits for them to land.
    last_email = feedback if StepKind.send_feedback_request in kinds else pitch
    reach = cal.on_or_after(pitch + timedelta(days=_reach_out_after(context)))
    build = cal.add(pitch, _BUILD_AFTER_BUSINESS_DAYS)
    return [
        ScheduledStep(StepKind.send_last_pitch, pitch, message_channel),
        ScheduledStep(StepKind.send_feedback_request, feedback, message_channel),
        ScheduledStep(StepKind.thank_interviewers, pitch, Channel.email),
        ScheduledStep(
            StepKind.connect_on_linkedin, cal.add(last_email, _LINKEDIN_WAIT), Channel.linkedin
        ),
        ScheduledStep(StepKind.nudge, cal.add(feedback, 7), message_channel),
        ScheduledStep(StepKind.watch_openings, cal.add(pitch, 5), None),
        ScheduledStep(
            StepKind.value_check_in, cal.on_or_after(pitch + timedelta(days=30)), Channel.email
        ),
        ScheduledStep(StepKind.meet_at_events, cal.on_or_after(pitch + timedelta(days=45)), None),
        ScheduledStep(StepKind.reach_out_about_role, reach, Channel.email),
        ScheduledStep(
            StepKind.quarterly_check_in, cal.on_or_after(reach + timedelta(days=91)), Channel.email
        ),
        ScheduledStep(StepKind.build_skill, build, None),
        ScheduledStep(
            StepKind.send_update,
            cal.on_or_after(build + timedelta(days=_UPDATE_AFTER_DAYS)),
            Channel.email,
        ),
    ]


def _reach_out_after(context: RejectionContext) -> int:
    """Days from the pitch to the reach-out: sooner for a keen candidate, and after a freeze
    not before it typically lifts."""
    days = 60 if context.interest == Interest.high else 90
    if reading_of(context).kind == ReasonKind.role_closed:
        return max(days, _FREEZE_LIFTS_AFTER_DAYS)
    return days
