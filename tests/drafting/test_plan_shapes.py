"""The plan's shape follows the stage reached and the interest left; contact keeps quiet
over the year end. The shape table is data, and this table holds it to what the issue asks."""

from datetime import date, timedelta
from typing import Any

import pytest

from app.drafting.context import RejectionContext
from app.drafting.engine import draft_rejection
from app.drafting.quiet import QuietPeriod, parse_period
from app.drafting.results import PlannedStep, StepKind
from app.drafting.shapes import SHAPES

K = StepKind
FULL = {
    K.send_last_pitch,
    K.send_feedback_request,
    K.thank_interviewers,
    K.connect_on_linkedin,
    K.nudge,
    K.watch_openings,
    K.value_check_in,
    K.meet_at_events,
    K.reach_out_about_role,
    K.quarterly_check_in,
}
COURTESY = {K.send_last_pitch, K.thank_interviewers, K.connect_on_linkedin}
NEWS_ONLY = {K.send_last_pitch, K.thank_interviewers, K.watch_openings, K.reach_out_about_role}
TO_CONTACT = FULL - {K.thank_interviewers, K.watch_openings, K.meet_at_events}


def _steps(today: date = date(2026, 11, 20), **overrides: Any) -> list[PlannedStep]:
    raw = {
        "candidate": {"name": "Maya Chen", "skills": ["Kafka"]},
        "company": {"name": "Acme Robotics"},
        "role": {"title": "Data Engineer", "requirements": ["Kafka"]},
        "contact": {"name": "Jordan Lee"},
        "interviewers": [{"name": "Priya Raman"}],
        "stage": "onsite",
        "rejected_on": "2026-11-20",
        **overrides,
    }
    return draft_rejection(RejectionContext.model_validate(raw), today=today).steps


@pytest.mark.parametrize(
    ("stage", "interest", "kinds"),
    [
        ("applied", "high", {K.send_last_pitch, K.watch_openings}),
        ("applied", "medium", {K.send_last_pitch, K.watch_openings}),
        ("applied", "low", {K.send_last_pitch}),
        ("phone_screen", "high", NEWS_ONLY),
        ("phone_screen", "medium", NEWS_ONLY),
        ("phone_screen", "low", {K.send_last_pitch, K.thank_interviewers}),
        ("technical", "medium", FULL),
        ("onsite", "high", FULL),
        ("final", "medium", FULL),
        ("final", "low", COURTESY),
        ("technical", "low", COURTESY),
    ],
)
def test_each_stage_and_interest_gets_its_shape(stage: str, interest: str, kinds: set[K]) -> None:
    assert {step.kind for step in _steps(stage=stage, interest=interest)} == kinds


def test_the_table_names_every_stage_and_interest_and_always_starts_with_the_pitch() -> None:
    for by_interest in SHAPES.values():
        assert len(by_interest) == 3
        for kinds in by_interest.values():
            assert kinds[0] == K.send_last_pitch


def test_a_phone_screen_is_thanked_within_48_hours_and_then_only_news_driven() -> None:
    steps = _steps(stage="phone_screen", rejected_on="2026-11-16", today=date(2026, 11, 16))
    pitch = next(s for s in steps if s.kind == K.send_last_pitch)
    assert pitch.due_on - date(2026, 11, 16) <= timedelta(days=2)
    later_touches = [s for s in steps if s.kind in TO_CONTACT and s.kind != K.send_last_pitch]
    assert [s.kind for s in later_touches] == [K.reach_out_about_role]


@pytest.mark.parametrize("rejected_on", ["2026-11-23", "2026-11-25", "2026-11-27", "2026-11-30"])
def test_a_late_november_final_round_has_no_contact_step_over_the_year_end(
    rejected_on: str,
) -> None:
    today = date.fromisoformat(rejected_on)
    for step in _steps(stage="final", rejected_on=rejected_on, today=today):
        if step.kind in TO_CONTACT:
            assert not date(2026, 12, 20) <= step.due_on <= date(2027, 1, 5), step


def test_the_spacing_holds_after_steps_leave_the_quiet_period() -> None:
    steps = _steps(stage="final", rejected_on="2026-12-14", today=date(2026, 12, 14))
    days = sorted(s.due_on for s in steps if s.kind in TO_CONTACT)
    assert all(
        third - first >= timedelta(days=3) for first, third in zip(days, days[2:], strict=False)
    )


def test_after_a_freeze_the_reach_out_waits_a_quarter() -> None:
    steps = _steps(interest="high", reason="the role has been put on hold")
    pitch = next(s.due_on for s in steps if s.kind == K.send_last_pitch)
    reach = next(s.due_on for s in steps if s.kind == K.reach_out_about_role)
    assert (reach - pitch).days >= 91


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("12-20..01-05", QuietPeriod(date(2000, 12, 20), date(2001, 1, 5))),
        ("11-25..12-24", QuietPeriod(date(2000, 11, 25), date(2000, 12, 24))),
        ("2026-11-25..2026-12-24", QuietPeriod(date(2026, 11, 25), date(2026, 12, 24), False)),
    ],
)
def test_quiet_periods_parse_yearly_or_once(text: str, period: QuietPeriod) -> None:
    assert parse_period(text) == period


@pytest.mark.parametrize(
    "text", ["12-20", "2026-12-24..2026-12-01", "13-01..01-05", "01-01..12-31", "12-01..11-30"]
)
def test_a_bad_quiet_period_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"quiet period|month|day"):
        parse_period(text)


def test_a_yearly_period_wraps_the_new_year_every_year() -> None:
    days = parse_period("12-20..01-05").days(2026, 2027)
    assert {date(2026, 12, 20), date(2027, 1, 5), date(2027, 12, 31), date(2028, 1, 1)} <= days
    assert date(2027, 1, 6) not in days
    assert date(2026, 12, 19) not in days


def test_where_the_lunar_new_year_is_a_holiday_the_days_around_it_are_quiet_too() -> None:
    # The Lunar New Year holidays of 2027 run 5-10 February in China.
    steps = _steps(country="CN", rejected_on="2027-01-26", today=date(2027, 1, 26))
    for step in steps:
        if step.kind in TO_CONTACT:
            assert not date(2027, 1, 31) <= step.due_on <= date(2027, 2, 15), step
    us = _steps(country="US", rejected_on="2027-01-26", today=date(2027, 1, 26))
    assert any(
        date(2027, 2, 1) <= s.due_on <= date(2027, 2, 15) for s in us if s.kind in TO_CONTACT
    )


@pytest.mark.parametrize("stage", ["applied", "phone_screen", "technical", "onsite", "final"])
def test_a_rejection_dated_in_the_first_year_still_gets_a_plan(stage: str) -> None:
    # The year-end period wraps into the year before the first one asked for; year 1 has none
    # (schemathesis found `rejected_on: 0001-01-01` answered 500).
    steps = _steps(stage=stage, rejected_on="0001-01-01", today=date(2026, 11, 30))
    assert steps
    assert all(step.due_on >= date(2026, 11, 30) for step in steps)
