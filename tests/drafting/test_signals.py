"""What the rejection said beyond its reason changes the drafts and the plan (issue 13).

Each signal is held in every tone, variant and channel: the feedback request is absent or
accepts the offer, the pitch asks one lighter question, the plan loses or gains its steps, a
no-reply sender is never written to, and every draft still meets the bar of test_engine.py.
"""

import re
from datetime import date
from itertools import product
from typing import Any

import pytest

from app.drafting.context import CONTRACT_EXAMPLE, RejectionContext, Tone
from app.drafting.engine import MAX_VARIANT, draft_rejection
from app.drafting.results import Channel, DraftingResult, StepKind
from tests.drafting.conftest import CASES, TODAY
from tests.drafting.test_engine import (
    assert_no_banned_phrase_or_tone_warning,
    assert_no_seam,
    assert_review_clean,
    questions_in,
)

TONES = list(Tone)
CHANNELS = list(Channel)
VARIANTS = range(MAX_VARIANT + 1)
EVERY_WAY = list(product(TONES, VARIANTS, CHANNELS))
# What a skills question asks about; a reason that is not about skills never hears one.
SKILLS_WORDS = re.compile(r"\b(skills?|stronger|strengthen|improve|work on|better)\b", re.I)
# The pitch's length on the contract example, as PRODUCT.md holds the last pitch.
MOST_WORDS = {Tone.warm: 100, Tone.formal: 100, Tone.concise: 75}
FREEZE = "the position has been put on hold due to a hiring freeze"


def context(signals: dict[str, bool], **changes: Any) -> RejectionContext:
    return RejectionContext.model_validate({**CONTRACT_EXAMPLE, **changes, "signals": signals})


def drafted(ctx: RejectionContext, variant: int = 0, channel: Channel = Channel.email) -> Any:
    return draft_rejection(ctx, today=TODAY, variant=variant, channel=channel)


def kinds(result: DraftingResult) -> list[StepKind]:
    return [step.kind for step in result.steps]


def step(result: DraftingResult, kind: StepKind) -> Any:
    return next(s for s in result.steps if s.kind == kind)


def closing(body: str) -> str:
    """The paragraph before the sign-off, where the pitch's lighter question stands."""
    paragraphs = body.split("\n\n")
    return paragraphs[-2]


@pytest.mark.parametrize(("tone", "variant", "channel"), EVERY_WAY)
def test_declined_feedback_drafts_no_request_and_a_lighter_question(
    tone: Tone, variant: int, channel: Channel
) -> None:
    ctx = context({"feedback_declined": True}, tone=tone.value)
    ordinary = drafted(context({}, tone=tone.value), variant, channel)

    result = drafted(ctx, variant, channel)

    assert result.drafts.feedback_request is None
    assert all(draft.kind != "feedback_request" for draft in result.drafts.all())
    assert StepKind.send_feedback_request not in kinds(result)
    assert StepKind.nudge not in kinds(result)
    pitch = result.drafts.last_pitch.body
    assert len(questions_in(pitch)) == 1
    assert questions_in(ordinary.drafts.last_pitch.body) == []
    asked = closing(pitch)
    assert "?" in asked
    assert re.search(r"[Nn]o (need to reply|reply is needed|reply needed)", asked)
    assert SKILLS_WORDS.search(asked)
    assert_no_seam(pitch)
    assert result.review.warnings == []


@pytest.mark.parametrize(("tone", "variant"), product(TONES, VARIANTS))
def test_the_lighter_question_keeps_the_pitch_within_its_words(tone: Tone, variant: int) -> None:
    pitch = drafted(context({"feedback_declined": True}, tone=tone.value), variant)

    assert pitch.drafts.last_pitch.word_count <= MOST_WORDS[tone], pitch.drafts.last_pitch.body


@pytest.mark.parametrize(
    ("reason", "about"),
    [
        (FREEZE, "funded again"),
        ("we decided to promote someone from within", "another team"),
        ("the role must be based in our Berlin office", "remotely"),
        ("your salary expectations were above our range for the role", "level"),
    ],
)
@pytest.mark.parametrize(("tone", "variant", "channel"), EVERY_WAY)
def test_after_a_reason_not_about_skills_the_lighter_question_is_not_about_skills(
    reason: str, about: str, tone: Tone, variant: int, channel: Channel
) -> None:
    result = drafted(
        context({"feedback_declined": True}, tone=tone.value, reason=reason), variant, channel
    )

    asked = closing(result.drafts.last_pitch.body)
    assert len(questions_in(result.drafts.last_pitch.body)) == 1
    assert not SKILLS_WORDS.search(asked), asked
    assert re.search(r"[Nn]o (need to reply|reply is needed|reply needed)", asked), asked
    assert "weighed" not in result.drafts.last_pitch.body
    if tone != Tone.concise:
        assert about in asked


def test_a_candidate_with_little_interest_left_keeps_the_courteous_wish() -> None:
    freeze = drafted(context({"feedback_declined": True}, interest="low", reason=FREEZE))
    gap = drafted(context({"feedback_declined": True}, interest="low"))

    assert questions_in(freeze.drafts.last_pitch.body) == []
    assert "Acme Robotics" in closing(freeze.drafts.last_pitch.body)
    assert len(questions_in(gap.drafts.last_pitch.body)) == 1


@pytest.mark.parametrize(("tone", "variant", "channel"), EVERY_WAY)
def test_offered_feedback_is_accepted_in_its_own_words(
    tone: Tone, variant: int, channel: Channel
) -> None:
    ordinary = drafted(context({}, tone=tone.value), variant, channel).drafts.feedback_request
    result = drafted(context({"feedback_offered": True}, tone=tone.value), variant, channel)
    request = result.drafts.feedback_request

    assert request is not None
    assert ordinary is not None
    assert re.search(r"offer(ed|ing)? (of |to share )?feedback", request.body)
    assert "15-minute call" in request.body
    assert re.search(r"\breply\b", request.body)
    assert 1 <= len(questions_in(request.body)) <= 2
    offer_sentences = {s for s in re.split(r"(?<=[.?!])\s+", request.body) if "offer" in s}
    assert offer_sentences
    assert not offer_sentences & set(re.split(r"(?<=[.?!])\s+", ordinary.body))
    if channel == Channel.email:
        assert "offer of feedback" in (request.subject or "")
    assert step(result, StepKind.send_feedback_request).title == (
        "Take Jordan Lee up on the offer of feedback"
    )
    assert result.review.warnings == []


def test_an_offer_of_feedback_is_taken_up_even_where_the_plan_would_not_ask() -> None:
    early = drafted(context({"feedback_offered": True}, stage="applied"))
    low = drafted(context({"feedback_offered": True}, interest="low"))

    assert StepKind.send_feedback_request not in kinds(drafted(context({}, stage="applied")))
    assert StepKind.send_feedback_request in kinds(early)
    assert StepKind.send_feedback_request in kinds(low)
    assert StepKind.nudge not in kinds(early)


@pytest.mark.parametrize("stage", ["applied", "phone_screen", "technical", "onsite", "final"])
@pytest.mark.parametrize("interest", ["high", "medium"])
def test_an_invitation_to_reapply_dates_a_watch_for_the_next_opening(
    stage: str, interest: str
) -> None:
    result = drafted(context({"invited_to_reapply": True}, stage=stage, interest=interest))

    watch = step(result, StepKind.watch_openings)
    assert watch.title == (
        "Acme Robotics invited you to apply again: set an alert for new openings and apply "
        "to the next one that fits"
    )
    assert TODAY < watch.due_on <= date(2026, 12, 15)
    assert watch.due_on.weekday() < 5
    assert kinds(result).count(StepKind.watch_openings) == 1


def test_a_cv_kept_on_file_names_itself_and_a_plain_plan_does_not() -> None:
    kept = drafted(context({"keeps_cv_on_file": True}, stage="phone_screen", interest="high"))
    plain = drafted(context({}, stage="final"))

    assert step(kept, StepKind.watch_openings).title.startswith(
        "Acme Robotics keeps your CV on file: set an alert for new openings"
    )
    assert (
        step(plain, StepKind.watch_openings).title
        == "Set an alert for new openings at Acme Robotics"
    )


def test_low_interest_gets_no_new_chore_from_an_invitation() -> None:
    low = drafted(context({"invited_to_reapply": True}, stage="onsite", interest="low"))

    assert StepKind.watch_openings not in kinds(low)


@pytest.mark.parametrize(("tone", "variant", "channel"), EVERY_WAY)
def test_the_pitch_thanks_them_for_the_invitation(
    tone: Tone, variant: int, channel: Channel
) -> None:
    pitch = drafted(context({"invited_to_reapply": True}, tone=tone.value), variant, channel)

    body = pitch.drafts.last_pitch.body
    assert re.search(r"reapply|apply again", body), body
    assert pitch.review.warnings == []
    if channel == Channel.email:
        assert pitch.drafts.last_pitch.word_count <= MOST_WORDS[tone] + 5


NO_REPLY_WAYS = [
    {"signals": {"no_reply_sender": True}},
    {"contact": {"name": "Jordan Lee", "email": "no-reply@acme.example"}},
]


@pytest.mark.parametrize("way", NO_REPLY_WAYS, ids=["signal", "address"])
def test_a_no_reply_sender_is_never_written_to_by_email(way: dict[str, Any]) -> None:
    raw = {**CONTRACT_EXAMPLE, **way}
    result = drafted(RejectionContext.model_validate(raw))
    titles = {s.kind: s.title for s in result.steps}

    assert titles[StepKind.send_last_pitch] == (
        "The rejection came from a no-reply address: find Jordan Lee's own address (the "
        "interview invitation, the company site or LinkedIn) and send your last pitch there"
    )
    for kind in (StepKind.send_feedback_request, StepKind.nudge, StepKind.value_check_in):
        assert titles[kind].endswith("; write to their own address, not the no-reply one")
    assert titles[StepKind.connect_on_linkedin] == "Connect on LinkedIn with a short note"
    assert result.drafts.linkedin_note is not None
    assert all("no-reply" not in draft.body for draft in result.drafts.all())


def test_by_linkedin_a_no_reply_sender_changes_nothing_but_the_emails() -> None:
    result = drafted(context({"no_reply_sender": True}), channel=Channel.linkedin)
    titles = {s.kind: s.title for s in result.steps}

    assert titles[StepKind.send_last_pitch] == "Send your last pitch to Jordan Lee"
    assert titles[StepKind.nudge] == "No reply yet? Send one polite nudge, then let it rest"
    assert "no-reply" in titles[StepKind.value_check_in]


def test_without_a_contact_the_plan_says_to_find_the_hiring_manager() -> None:
    result = drafted(context({"no_reply_sender": True}, contact=None, stage="phone_screen"))

    assert step(result, StepKind.send_last_pitch).title == (
        "The rejection came from a no-reply address: find the hiring manager's own address "
        "(the interview invitation, the company site or LinkedIn) and send your thank-you "
        "note there within two days"
    )


def test_an_ordinary_address_is_no_signal() -> None:
    result = drafted(context({}))

    assert all("no-reply" not in s.title for s in result.steps)


# Cheap: a third of the corpus per signal set, every variant and both channels.
SIGNAL_SETS = [
    {"feedback_declined": True, "invited_to_reapply": True},
    {"feedback_offered": True, "keeps_cv_on_file": True, "no_reply_sender": True},
    {"feedback_declined": True, "no_reply_sender": True},
]


@pytest.mark.parametrize("signals", SIGNAL_SETS, ids=["declined", "offered", "declined-no-reply"])
@pytest.mark.parametrize("name", list(CASES)[::3])
def test_our_own_review_raises_no_warning_on_anything_drafted_with_signals(
    signals: dict[str, bool], name: str
) -> None:
    ctx = RejectionContext.model_validate({**CASES[name], "signals": signals})
    for variant, channel in product(VARIANTS, CHANNELS):
        result = drafted(ctx, variant, channel)
        for draft in result.drafts.all():
            assert_no_seam(draft.body)
            assert_no_seam(draft.subject or "")
        for planned in result.steps:
            assert_no_seam(planned.title)
        assert_no_banned_phrase_or_tone_warning(result)
        assert_review_clean(result, ctx)
        most = 110 if ctx.tone == Tone.concise else 150
        assert result.drafts.last_pitch.word_count <= most or channel == Channel.linkedin
