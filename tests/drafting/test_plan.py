from datetime import date, timedelta
from typing import Any

import holidays

from app.drafting.context import RejectionContext
from app.drafting.engine import draft_rejection
from app.drafting.quiet import DEFAULT_QUIET, QuietPeriod
from app.drafting.results import PlannedStep, StepKind


def _steps(
    today: date = date(2026, 11, 20),
    quiet: tuple[QuietPeriod, ...] = DEFAULT_QUIET,
    **overrides: Any,
) -> list[PlannedStep]:
    raw = {
        "candidate": {"name": "Maya Chen", "skills": ["Kafka"]},
        "company": {"name": "Acme Robotics"},
        "role": {"title": "Data Engineer", "requirements": ["Kafka"]},
        "contact": {"name": "Jordan Lee"},
        "stage": "onsite",
        "rejected_on": "2026-11-20",
        **overrides,
    }
    return draft_rejection(RejectionContext.model_validate(raw), today=today, quiet=quiet).steps


def _due(steps: list[PlannedStep], kind: StepKind) -> date:
    return next(step.due_on for step in steps if step.kind == kind)


def test_the_last_pitch_waits_a_cool_off_but_never_a_week() -> None:
    due = _due(_steps(), StepKind.send_last_pitch)
    assert date(2026, 11, 23) <= due <= date(2026, 11, 27)


def test_thanksgiving_and_weekends_are_skipped() -> None:
    us = holidays.country_holidays("US", years=2026)
    for step in _steps():
        if step.kind not in {StepKind.meet_at_events}:
            assert step.due_on.weekday() < 5
            assert step.due_on not in us
    # Pitch Tue 24th, feedback request Wed 25th, Thanksgiving on the 26th: the invitation
    # waits three business days after the last email, so Fri 27th, Mon 30th, Tue 1 December.
    assert _due(_steps(), StepKind.connect_on_linkedin) == date(2026, 12, 1)


def test_christmas_and_boxing_day_are_skipped_in_great_britain() -> None:
    steps = _steps(country="GB", rejected_on="2026-12-24", interest="high", quiet=())
    assert _due(steps, StepKind.send_last_pitch) == date(2026, 12, 29)


def test_a_pitch_due_in_the_year_end_quiet_period_waits_for_the_new_year() -> None:
    steps = _steps(country="GB", rejected_on="2026-12-24", interest="high")
    assert _due(steps, StepKind.send_last_pitch) == date(2027, 1, 6)


def test_the_feedback_request_follows_the_pitch_and_one_nudge_comes_seven_business_days_later() -> (
    None
):
    steps = _steps()
    pitch = _due(steps, StepKind.send_last_pitch)
    feedback = _due(steps, StepKind.send_feedback_request)
    assert pitch < feedback <= pitch + timedelta(days=3)
    assert [s.kind for s in steps].count(StepKind.nudge) == 1
    assert timedelta(days=9) <= _due(steps, StepKind.nudge) - feedback <= timedelta(days=12)


def test_the_longer_arc_checks_in_at_a_month_and_reaches_out_at_two_to_three_months() -> None:
    # Out of the year-end quiet period, which would move the check-in past 5 January.
    steps = _steps(quiet=())
    pitch = _due(steps, StepKind.send_last_pitch)
    assert 30 <= (_due(steps, StepKind.value_check_in) - pitch).days <= 34
    assert 60 <= (_due(steps, StepKind.reach_out_about_role) - pitch).days <= 94
    assert _due(steps, StepKind.quarterly_check_in) > _due(steps, StepKind.reach_out_about_role)


def test_steps_that_send_a_message_carry_it() -> None:
    for step in _steps():
        if step.kind in {
            StepKind.connect_on_linkedin,
            StepKind.nudge,
            StepKind.value_check_in,
            StepKind.quarterly_check_in,
        }:
            assert step.message
    # A reach-out with no posting and no update to carry is a reminder (tests in
    # test_plan_heard.py), not a message with nothing in it.
    reach = next(s for s in _steps() if s.kind == StepKind.reach_out_about_role)
    assert reach.message is None
    value = next(s for s in _steps() if s.kind == StepKind.value_check_in)
    assert "just checking in" not in (value.message or "").lower()


def test_no_step_is_due_before_today_when_the_rejection_is_old() -> None:
    today = date(2026, 11, 20)
    assert all(step.due_on >= today for step in _steps(today, rejected_on="2026-09-01"))


def test_without_a_rejection_date_the_plan_starts_from_today() -> None:
    steps = _steps(date(2026, 11, 20), rejected_on=None)
    assert _due(steps, StepKind.send_last_pitch) == date(2026, 11, 24)


def test_a_form_rejection_plan_is_short_and_says_a_reply_is_optional() -> None:
    steps = _steps(stage="applied", contact=None)
    assert len(steps) <= 3
    assert steps[0].title.startswith("Optional")
    assert StepKind.nudge not in {s.kind for s in steps}


def test_a_low_interest_plan_is_short_and_courteous() -> None:
    kinds = {s.kind for s in _steps(interest="low")}
    assert kinds <= {
        StepKind.send_last_pitch,
        StepKind.send_feedback_request,
        StepKind.connect_on_linkedin,
        StepKind.thank_interviewers,
    }


def test_high_interest_reaches_out_sooner_than_medium() -> None:
    high = _due(_steps(interest="high"), StepKind.reach_out_about_role)
    medium = _due(_steps(), StepKind.reach_out_about_role)
    assert high < medium


def test_steps_come_in_date_order() -> None:
    dates = [step.due_on for step in _steps(interviewers=[{"name": "Priya Raman"}])]
    assert dates == sorted(dates)
