"""What the plan has heard shapes its later steps: feedback naming a gap, the candidate's
updates, a posting. Every later touch carries something, or it is a reminder."""

import re
from datetime import date
from typing import Any

import pytest

from app.drafting.context import CONTRACT_EXAMPLE, RejectionContext
from app.drafting.engine import draft_rejection
from app.drafting.heard import Heard, Posting
from app.drafting.reason import reading_of
from app.drafting.results import Channel, DraftKind, PlannedStep, ReasonKind, StepKind
from app.drafting.review import review_text
from tests.drafting.test_corpus import IDS, context
from tests.drafting.test_engine import assert_no_seam

TODAY = date(2026, 11, 20)
POSTING = Posting("Staff Data Engineer", "https://acme.example/jobs/42")


def _steps(heard: Heard | None = None, **overrides: Any) -> dict[StepKind, PlannedStep]:
    context = RejectionContext.model_validate({**CONTRACT_EXAMPLE, "reason": None, **overrides})
    result = draft_rejection(context, today=TODAY, heard=heard)
    return {step.kind: step for step in result.steps}


def test_a_reach_out_without_a_posting_or_an_update_is_a_reminder() -> None:
    reach = _steps()[StepKind.reach_out_about_role]
    assert reach.message is None
    assert reach.subject is None
    assert reach.title.startswith("Reminder:")
    assert "add the posting" in reach.title


def test_a_reach_out_with_a_posting_names_it() -> None:
    reach = _steps(Heard(posting=POSTING))[StepKind.reach_out_about_role]
    assert reach.message is not None
    assert "Staff Data Engineer" in reach.message
    assert "https://acme.example/jobs/42" in reach.message
    assert "current or upcoming role" not in reach.message
    assert "Staff Data Engineer" in (reach.subject or "")


def test_feedback_naming_a_gap_changes_what_the_reach_out_pitches() -> None:
    before = _steps(Heard(posting=POSTING))[StepKind.reach_out_about_role].message or ""
    heard = Heard(feedback="We needed deeper Kafka experience.", posting=POSTING)
    after = _steps(heard)[StepKind.reach_out_about_role].message or ""
    assert "Kafka" in before
    assert "Kafka" not in after
    assert after != before


def test_feedback_naming_a_gap_adds_a_step_to_build_it_and_a_later_update() -> None:
    steps = _steps(Heard(feedback="We needed deeper Kafka experience."))
    build, update = steps[StepKind.build_skill], steps[StepKind.send_update]
    assert "Kafka experience" in build.title
    assert build.message is None
    assert build.due_on < update.due_on
    # No update from the candidate yet: a reminder to add one, never an invented one.
    assert update.message is None
    assert update.title.startswith("Reminder:")


def test_the_update_says_what_the_candidate_did_in_their_words() -> None:
    heard = Heard(
        feedback="We needed deeper Kafka experience.",
        updates=("shipped a Kafka Streams service at work",),
    )
    update = _steps(heard)[StepKind.send_update]
    assert "since we spoke, I shipped a Kafka Streams service at work" in (update.message or "")
    warnings = review_text(
        update.message or "", kind=DraftKind.feedback_request, channel=Channel.email
    )
    assert {w.code for w in warnings} <= {"missing_gratitude", "too_long"}


def test_feedback_without_a_gap_adds_no_steps() -> None:
    steps = _steps(Heard(feedback="Thanks, it was a close call."))
    assert StepKind.build_skill not in steps
    assert StepKind.send_update not in steps


def test_the_value_check_in_offers_the_candidates_own_work_not_the_companys_need() -> None:
    check_in = _steps()[StepKind.value_check_in]
    message = check_in.message or ""
    assert "scaling the data platform" not in message
    assert "article" not in message
    assert "write-up of how I cut nightly ETL cost by 40% at Northwind" in message


def test_after_a_freeze_the_reminder_says_a_quarter_has_passed() -> None:
    steps = _steps(reason="the role has been put on hold")
    assert "a quarter on" in steps[StepKind.reach_out_about_role].title
    with_posting = _steps(Heard(posting=POSTING), reason="the role has been put on hold")
    assert "a quarter has passed" in (with_posting[StepKind.reach_out_about_role].message or "")


@pytest.mark.parametrize("cid", IDS)
def test_messages_carrying_news_pass_our_review_and_have_no_seams(cid: str) -> None:
    case = context(cid)
    gap = case.role.requirements[0] if case.role.requirements else "client communication"
    heard = Heard(
        feedback=f"We needed deeper {gap} experience.",
        updates=("finished a course on the subject", "led a small project using it"),
        posting=Posting("Senior Specialist", "https://jobs.example/1"),
    )
    for step in draft_rejection(case, today=TODAY, heard=heard).steps:
        if step.message and step.kind in {StepKind.reach_out_about_role, StepKind.send_update}:
            assert_no_seam(step.message)
            warnings = review_text(
                step.message,
                kind=DraftKind.feedback_request,
                channel=step.channel or Channel.email,
                context=case,
            )
            codes = {w.code for w in warnings} - {"missing_gratitude", "too_long"}
            assert not codes, (step.kind, codes, step.message)


def test_after_a_soft_skills_reason_nothing_asks_to_join_this_team() -> None:
    soft = [cid for cid in IDS if reading_of(context(cid)).kind == ReasonKind.soft_skills]
    assert soft
    for cid in soft:
        result = draft_rejection(context(cid), today=TODAY)
        texts = [result.drafts.last_pitch.body] + [s.message or "" for s in result.steps]
        assert not any(re.search(r"\b(?:on|join) (?:this|your) team\b", t) for t in texts), cid
