"""Variants 1 and 2 and the LinkedIn channel, held to the same bar as the original drafts.

Variant 0 by email is what the API has stored: the golden files pin it byte for byte.
"""

import json
import re
from datetime import date
from pathlib import Path

import pytest

from app.drafting.context import RejectionContext, Tone
from app.drafting.engine import LINKEDIN_MESSAGE_LIMIT, MAX_VARIANT, draft_rejection
from app.drafting.results import Channel, DraftedMessage, DraftingResult, StepKind
from tests.drafting.conftest import CASES, TODAY
from tests.drafting.test_engine import (
    assert_email_lengths,
    assert_no_banned_phrase_or_tone_warning,
    assert_no_seam,
    assert_review_clean,
    pitched_skills,
    questions_in,
    sentences,
)

VARIANTS = range(MAX_VARIANT + 1)
GOLDEN = Path(__file__).parent / "golden"


def _rephrased(result: DraftingResult) -> list[DraftedMessage]:
    drafts = result.drafts
    return [drafts.last_pitch, drafts.feedback_request, *drafts.interviewer_thanks]


def _without_questions(text: str) -> str:
    return "\n\n".join(
        " ".join(s for s in re.split(r"(?<=[.?!])\s+", part) if not s.endswith("?"))
        for part in text.split("\n\n")
    )


def _shared(first: str, second: str) -> float:
    """The share of the shorter text's sentences the other also has, sign-offs left out.

    The sign-off (the last paragraph) is set by the tone, not the wording, so it is no sentence.
    """
    a, b = (sentences(text.rsplit("\n\n", 1)[0]) for text in (first, second))
    return len(a & b) / min(len(a), len(b))


def _assert_meets_the_bar(result: DraftingResult, case: RejectionContext) -> None:
    for draft in result.drafts.all():
        assert_no_seam(draft.body)
        assert_no_seam(draft.subject or "")
    assert_no_banned_phrase_or_tone_warning(result)
    assert_review_clean(result, case)
    pitched = pitched_skills(result, case)
    if pitched:
        assert any(skill in result.drafts.last_pitch.body for skill in pitched)
    for draft in (result.drafts.last_pitch, result.drafts.feedback_request):
        assert case.company.name in draft.body
        assert case.role.title in draft.body or case.role.title in (draft.subject or "")
        assert "15-minute call" in draft.body or draft is result.drafts.last_pitch
        assert re.search(r"\breply\b", draft.body) or draft is result.drafts.last_pitch


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_variant_meets_the_bar_by_email(
    case: RejectionContext, today: date, variant: int
) -> None:
    result = draft_rejection(case, today=today, variant=variant)
    _assert_meets_the_bar(result, case)
    assert_email_lengths(result, case)
    for draft in _rephrased(result):
        assert draft.channel == Channel.email
        assert draft.subject
        assert draft.template.endswith(f"/{case.tone.value}.j2")
    assert 1 <= len(questions_in(result.drafts.feedback_request.body)) <= 2


def test_variants_are_materially_different(case: RejectionContext, today: date) -> None:
    results = [draft_rejection(case, today=today, variant=v) for v in VARIANTS]
    for i, first in enumerate(results):
        for second in results[i + 1 :]:
            for a, b in zip(_rephrased(first), _rephrased(second), strict=True):
                assert _shared(a.body, b.body) < 0.5, (a.body, b.body)
                assert a.subject != b.subject or a.recipient


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("channel", Channel)
def test_the_same_variant_and_channel_always_give_the_same_text(
    case: RejectionContext, today: date, variant: int, channel: Channel
) -> None:
    first = draft_rejection(case, today=today, variant=variant, channel=channel)
    assert first == draft_rejection(case, today=today, variant=variant, channel=channel)


@pytest.mark.parametrize("variant", VARIANTS)
def test_linkedin_messages_are_short_subjectless_and_meet_the_bar(
    case: RejectionContext, today: date, variant: int
) -> None:
    result = draft_rejection(case, today=today, variant=variant, channel=Channel.linkedin)
    _assert_meets_the_bar(result, case)
    pitch, request = result.drafts.last_pitch, result.drafts.feedback_request
    for draft, (least, most) in ((pitch, (50, 110)), (request, (40, 100))):
        assert draft.channel == Channel.linkedin
        assert draft.subject is None
        assert draft.char_limit == LINKEDIN_MESSAGE_LIMIT
        assert draft.char_count == len(draft.body) <= LINKEDIN_MESSAGE_LIMIT
        assert least <= draft.word_count <= most, draft.body
        assert draft.template == f"en/{draft.kind.value}/linkedin/{case.tone.value}.j2"
        # A greeting, one or two short paragraphs, and the name alone: no "Warm regards,".
        _greeting, *paragraphs, name = draft.body.split("\n\n")
        assert 1 <= len(paragraphs) <= 2
        assert name in (case.candidate.name, case.candidate.name.split()[0])
        assert not re.search(r"regards|^Best,", draft.body, re.MULTILINE)
    assert request.body.count("?") <= 2
    # The other drafts keep their own channels.
    assert all(d.channel == Channel.email for d in result.drafts.interviewer_thanks)
    steps = {s.kind.value: s.channel for s in result.steps}
    assert steps["send_last_pitch"] == Channel.linkedin


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_linkedin_message_differs_from_the_email(
    case: RejectionContext, today: date, variant: int
) -> None:
    email = draft_rejection(case, today=today, variant=variant)
    linkedin = draft_rejection(case, today=today, variant=variant, channel=Channel.linkedin)
    for kind in ("last_pitch", "feedback_request"):
        mail, message = getattr(email.drafts, kind), getattr(linkedin.drafts, kind)
        # The questions and the closing the reason calls for are the message's facts and stay;
        # the opening is written for the channel.
        opening = [_without_questions(d.body).split("\n\n")[1] for d in (mail, message)]
        assert opening[0] != opening[1], (mail.body, message.body)
        assert message.char_count <= LINKEDIN_MESSAGE_LIMIT
    assert email.drafts.interviewer_thanks == linkedin.drafts.interviewer_thanks
    assert email.drafts.linkedin_note == linkedin.drafts.linkedin_note


GOLDEN_NAMES = sorted(p.stem for p in GOLDEN.glob("*.json"))
CORPUS_GOLDEN = GOLDEN / "corpus"


@pytest.mark.parametrize("name", GOLDEN_NAMES)
def test_variant_zero_by_email_is_byte_identical_to_the_stored_drafts(name: str) -> None:
    context = RejectionContext.model_validate(CASES[name])
    expected = (GOLDEN / f"{name}.json").read_text()
    assert draft_rejection(context, today=TODAY).model_dump_json(indent=2) + "\n" == expected
    explicit = draft_rejection(context, today=TODAY, variant=0, channel=Channel.email)
    assert explicit.model_dump_json(indent=2) + "\n" == expected


def corpus_snapshot(context: RejectionContext) -> str:
    """What a corpus golden pins: the drafts and how the context was read, not the plan's
    dates (tests/drafting/test_plan.py and the plan's own scenarios hold those)."""
    result = draft_rejection(context, today=TODAY)
    return result.model_dump_json(include={"drafts", "fit", "reason"}, indent=2) + "\n"


@pytest.mark.parametrize("name", sorted(p.stem for p in CORPUS_GOLDEN.glob("*.json")))
def test_corpus_drafts_read_and_pinned_stay_as_they_were_read(name: str) -> None:
    corpus = json.loads((Path(__file__).parent / "corpus" / "contexts.json").read_text())
    context = RejectionContext.model_validate(corpus[name]["context"])
    assert corpus_snapshot(context) == (CORPUS_GOLDEN / f"{name}.json").read_text()


@pytest.mark.parametrize("variant", [-1, MAX_VARIANT + 1, 10])
def test_a_variant_out_of_range_is_refused(variant: int) -> None:
    context = RejectionContext.model_validate(CASES["minimal"])
    with pytest.raises(ValueError, match="variant"):
        draft_rejection(context, today=TODAY, variant=variant)


def test_overlong_names_keep_a_linkedin_message_within_its_limit() -> None:
    long = "x" * 190
    context = RejectionContext.model_validate(
        {
            "candidate": {
                "name": f"Maya {long}",
                "skills": [f"Kafka {long}", f"Airflow {long}"],
                "highlights": [f"cut cost {long}"],
            },
            "company": {"name": f"Acme {long}", "needs": [f"scaling {long}"]},
            "role": {"title": f"Engineer {long}", "requirements": [f"Kafka {long}"]},
            "contact": {"name": f"Jordan {long}"},
            "reason": f"we needed deeper dbt experience {long}",
            "stage": "final",
            "tone": Tone.formal,
        }
    )
    for variant in VARIANTS:
        result = draft_rejection(context, today=TODAY, variant=variant, channel=Channel.linkedin)
        for draft in (result.drafts.last_pitch, result.drafts.feedback_request):
            assert len(draft.body) <= LINKEDIN_MESSAGE_LIMIT
            assert_no_seam(draft.body)


@pytest.mark.parametrize("tone", list(Tone))
def test_a_feedback_request_sent_on_linkedin_is_nudged_on_linkedin(tone: Tone) -> None:
    context = RejectionContext.model_validate({**CASES["contract-example"], "tone": tone})

    by_email = draft_rejection(context, today=TODAY)
    on_linkedin = draft_rejection(context, today=TODAY, channel=Channel.linkedin)

    [mail] = [step for step in by_email.steps if step.kind == StepKind.nudge]
    [nudge] = [step for step in on_linkedin.steps if step.kind == StepKind.nudge]
    assert (mail.channel, nudge.channel) == (Channel.email, Channel.linkedin)
    assert nudge.due_on == mail.due_on
    assert mail.subject is not None
    assert nudge.subject is None
    assert nudge.message is not None
    assert len(nudge.message) <= LINKEDIN_MESSAGE_LIMIT
    assert "inbox" not in nudge.message
    assert context.role.title in nudge.message
    assert_no_seam(nudge.message)
    # A message closes with the name alone, as the LinkedIn drafts do.
    assert nudge.message.rsplit("\n\n", 1)[1] in (
        context.candidate.name,
        context.candidate.name.split()[0],
    )
