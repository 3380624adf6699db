"""Telling a rejection from other mail: a decision's words win over softer acknowledgement
words, an invitation or an offer is never a rejection, and "unfortunately" alone decides
nothing when the rest of the email is about something else."""

import pytest

from tests.inbox.support import parse, spanned

NOT_REJECTIONS = {
    "rescheduled": "Hi Maya,\n\nUnfortunately our interviewer is out sick, so we need to "
    "reschedule your onsite interview. Which of these times works next week?\n\nJordan",
    "job alerts": "Hi Maya,\n\nThanks for creating a candidate profile with Acme. We'll keep "
    "your profile and send you job alerts. Unfortunately we have no openings in Denver right "
    "now.\n\nThe Acme Talent Team",
    "next round": "Hi Maya,\n\nGreat news - we'd like to move you forward to the final round "
    "for the Data Engineer role.\n\nBest,\nJordan",
    "offer": "Dear Maya,\n\nWe are pleased to confirm that we would like to offer you the "
    "position of Data Engineer at Acme Robotics.\n\nKind regards,\nJordan Lee",
    "incomplete": "Hi Maya,\n\nUnfortunately, your application is incomplete: please upload "
    "your CV so we can review it.\n\nAcme Recruiting",
    "acknowledgement": "Hi Maya,\n\nThanks for applying to Acme! We're reviewing applications "
    "now and will be in touch within two weeks.\n\nAcme Recruiting",
    "invitation": "Hi Maya,\n\nWe'd like to invite you to a video interview with our hiring "
    "manager.\n\nBest,\nJordan",
}


@pytest.mark.parametrize("text", NOT_REJECTIONS.values(), ids=NOT_REJECTIONS.keys())
def test_other_mail_is_not_a_rejection_and_gets_no_context(text: str) -> None:
    parsed = parse(text)
    assert parsed.signals.is_rejection.value is False
    assert parsed.signals.is_rejection.confidence >= 0.8
    assert parsed.context.company.name is None
    assert parsed.context.role.title is None
    assert parsed.context.rejected_on is None


def test_a_decision_wins_over_a_promise_to_be_in_touch() -> None:
    parsed = parse(
        "Hi Maya,\n\nWe have decided to move forward with another candidate. We'll be in touch "
        "if anything else comes up.\n\nJordan"
    )
    assert parsed.signals.is_rejection.value is True
    assert "decided to move forward with another" in spanned(parsed, parsed.signals.is_rejection)


def test_a_rejection_without_a_decision_phrase_reads_as_one_with_less_confidence() -> None:
    parsed = parse("Hi Sam,\n\nUnfortunately this one isn't going your way. Best of luck!\n\nJo")
    assert parsed.signals.is_rejection.value is True
    assert parsed.signals.is_rejection.confidence < 0.8


def test_an_email_with_no_cue_at_all_is_not_called_a_rejection() -> None:
    parsed = parse("Hi Sam,\n\nSee you at the barbecue on Saturday!\n\nJo")
    assert parsed.signals.is_rejection.value is False
    assert parsed.signals.is_rejection.confidence <= 0.5
