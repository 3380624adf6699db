import pytest

from app.drafting.context import RejectionContext
from app.drafting.engine import LINKEDIN_MESSAGE_LIMIT
from app.drafting.results import Channel, DraftKind
from app.drafting.review import review_text

GOOD_PITCH = """Hi Jordan,

Thank you for letting me know, and for the onsite interviews. I respect the decision.

My experience with Kafka still fits what the role calls for, and I'd be glad to help with
scaling the data platform. If another role opens up, I'd welcome being considered.

Best,
Maya"""


def _codes(text: str, kind: DraftKind = DraftKind.last_pitch) -> list[str]:
    return [w.code for w in review_text(text, kind=kind, channel=Channel.email)]


def test_a_gracious_specific_pitch_raises_no_warning() -> None:
    assert _codes(GOOD_PITCH) == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Honestly I'm disappointed and a bit frustrated.", "bitterness"),
        ("Your process was poorly organized.", "blame"),
        ("Thanks for nothing, I guess.", "sarcasm"),
        ("I really need this job, I'll do anything.", "begging"),
        ("Please reconsider your decision.", "pressure"),
        ("Why wasn't I chosen?", "blunt_why"),
        ("Why didn\u2019t I get the offer?", "blunt_why"),
        ("What did the other candidate have that I don't?", "comparison"),
        ("Just checking in on this.", "cliche"),
        ("Touching base about my application.", "cliche"),
        ("Circling back to my note.", "cliche"),
        ("Just following up here.", "cliche"),
        ("I worked on a API for None of them.", "seam"),
        ("Here is [link].", "placeholder"),
    ],
)
def test_a_problem_sentence_is_flagged_with_its_span(sentence: str, code: str) -> None:
    text = GOOD_PITCH.replace("I respect the decision.", sentence)
    warnings = [w for w in review_text(text, kind=DraftKind.last_pitch, channel=Channel.email)]
    flagged = [w for w in warnings if w.code == code]
    assert flagged, [w.code for w in warnings]
    start, end = flagged[0].span or (0, 0)
    assert text[start:end].lower() in sentence.lower()
    assert flagged[0].message


def test_words_that_merely_contain_a_phrase_are_not_flagged() -> None:
    text = GOOD_PITCH.replace("I respect the decision.", "The upsetting of the schedule was minor.")
    assert "bitterness" not in _codes(text)
    text = GOOD_PITCH.replace("I respect the decision.", "You clearly explained the roadmap.")
    assert "sarcasm" not in _codes(text)


def test_a_message_without_thanks_is_flagged() -> None:
    text = GOOD_PITCH.replace("Thank you for letting me know, and", "I got your note")
    assert "missing_gratitude" in _codes(text)


def test_a_pitch_without_any_skill_is_flagged() -> None:
    text = GOOD_PITCH.replace("My experience with Kafka still fits", "My background still fits")
    text = text.replace("scaling the data platform", "the team's goals")
    assert "missing_skill" in _codes(text)


def test_with_a_context_the_skill_check_uses_the_candidates_own_skills() -> None:
    context = RejectionContext.model_validate(
        {
            "candidate": {"name": "Maya", "skills": ["k8s"]},
            "company": {"name": "Acme"},
            "role": {"title": "Engineer"},
        }
    )
    text = GOOD_PITCH.replace("Kafka", "Kubernetes")
    codes = [
        w.code
        for w in review_text(
            text, kind=DraftKind.last_pitch, channel=Channel.email, context=context
        )
    ]
    assert "missing_skill" not in codes
    codes = [
        w.code
        for w in review_text(
            GOOD_PITCH, kind=DraftKind.last_pitch, channel=Channel.email, context=context
        )
    ]
    assert "missing_skill" in codes


def test_an_overlong_email_is_flagged_from_the_first_word_past_the_limit() -> None:
    text = GOOD_PITCH + " word" * 200
    warning = next(
        w
        for w in review_text(text, kind=DraftKind.last_pitch, channel=Channel.email)
        if w.code == "too_long"
    )
    assert warning.span is not None
    assert warning.span[1] == len(text)
    assert len(text[: warning.span[0]].split()) == 180


def test_a_linkedin_note_is_held_to_200_characters_or_300_with_premium() -> None:
    note = "Hi Jordan, thank you for your time on the Data Engineer process. " * 4
    codes = [
        w.code for w in review_text(note, kind=DraftKind.linkedin_note, channel=Channel.linkedin)
    ]
    assert "too_long" in codes
    premium = RejectionContext.model_validate(
        {
            "candidate": {"name": "Maya", "linkedin_premium": True},
            "company": {"name": "Acme"},
            "role": {"title": "Engineer"},
        }
    )
    short_enough = note[:290]
    warnings = review_text(
        short_enough, kind=DraftKind.linkedin_note, channel=Channel.linkedin, context=premium
    )
    assert "too_long" not in [w.code for w in warnings]


def test_a_pitch_sent_on_linkedin_is_held_to_the_message_limit_not_the_email_words() -> None:
    premium = RejectionContext.model_validate(
        {
            "candidate": {"name": "Maya", "linkedin_premium": True},
            "company": {"name": "Acme"},
            "role": {"title": "Engineer"},
        }
    )
    words = GOOD_PITCH + " word" * 200
    for context in (None, premium):
        for kind in (DraftKind.last_pitch, DraftKind.feedback_request):
            fits = review_text(words, kind=kind, channel=Channel.linkedin, context=context)
            assert "too_long" not in [w.code for w in fits]
            text = GOOD_PITCH + " word" * 400
            warning = next(
                w
                for w in review_text(text, kind=kind, channel=Channel.linkedin, context=context)
                if w.code == "too_long"
            )
            assert warning.span == (LINKEDIN_MESSAGE_LIMIT, len(text))


def test_the_most_serious_warnings_come_first() -> None:
    text = "Just checking in. Why wasn't I chosen?"
    codes = _codes(text, DraftKind.feedback_request)
    assert codes.index("blunt_why") < codes.index("cliche") < codes.index("missing_gratitude")


def _context(**overrides: object) -> RejectionContext:
    return RejectionContext.model_validate(
        {
            "candidate": {"name": "Maya", "skills": ["Kafka"]},
            "company": {"name": "Acme"},
            "role": {"title": "Engineer", "requirements": ["dbt"]},
            **overrides,
        }
    )


def _codes_with(text: str, context: RejectionContext, kind: DraftKind) -> set[str]:
    warnings = review_text(text, kind=kind, channel=Channel.email, context=context)
    return {w.code for w in warnings}


def test_asking_to_be_taken_for_this_role_again_is_pressure_only_after_a_final_round() -> None:
    text = "Thank you. Could you still consider me for this role? My Kafka work fits."
    assert "pressure" in _codes_with(text, _context(stage="final"), DraftKind.last_pitch)
    assert "pressure" not in _codes_with(text, _context(stage="phone_screen"), DraftKind.last_pitch)


def test_a_question_about_them_is_a_comparison_when_the_reason_names_a_hire() -> None:
    text = "Thank you for letting me know. What did they bring to the team?"
    hired = _context(reason="we hired an internal candidate")
    assert "comparison" in _codes_with(text, hired, DraftKind.feedback_request)
    assert "comparison" not in _codes_with(text, _context(), DraftKind.feedback_request)


def test_a_requirement_named_in_the_context_counts_as_a_skill() -> None:
    text = GOOD_PITCH.replace("Kafka", "dbt")
    assert "missing_skill" not in _codes_with(text, _context(), DraftKind.last_pitch)


@pytest.mark.parametrize(
    "sentence",
    [
        "No hard feelings, and I'm not upset at all.",
        "Naturally I was a little disappointed, but I enjoyed the day.",
        "Thanks so much for your time.",
        "I trust you made the right choice.",
        "I would welcome the chance to interview again.",
        "I slipped on the database question and have practised since.",
        'My friend joked "thanks for nothing", but I am grateful.',
    ],
)
def test_kind_sentences_with_trigger_words_raise_no_tone_warning(sentence: str) -> None:
    text = GOOD_PITCH.replace("I respect the decision.", sentence)
    assert _codes(text) == []


def test_a_blunt_why_comes_with_a_rewrite_of_its_span() -> None:
    text = "Thank you for the update. What went wrong in my final round?"
    warning = next(
        w
        for w in review_text(text, kind=DraftKind.feedback_request, channel=Channel.email)
        if w.code == "blunt_why"
    )
    assert warning.span is not None
    assert text[warning.span[0] : warning.span[1]] == "What went wrong"
    assert warning.suggestion == "What would have made my application stronger"
