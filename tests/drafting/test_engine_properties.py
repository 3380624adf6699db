"""Property tests: whatever form and casing a caller writes a need, a highlight or a skill in,
the drafts read as written for their sentence and pass our own review.

The phrases are built from word pools in every form the issue names (noun phrase, imperative,
sentence with "we"/"our", résumé fragment) and then mangled: any casing, trailing punctuation.
"""

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.drafting.context import RejectionContext
from app.drafting.engine import draft_rejection
from app.drafting.results import Channel, DraftingResult
from tests.drafting.test_corpus import DOUBLED, PLACEHOLDER
from tests.drafting.test_engine import assert_no_seam

TODAY = date(2026, 11, 20)
_VERBS = ["rebuild", "reduce", "grow", "launch", "improve", "run", "plan", "lead"]
_PAST = ["rebuilt", "reduced", "grew", "launched", "improved", "ran", "planned", "led"]
_OBJECTS = [
    "the search indexer",
    "patient wait times",
    "enterprise renewals",
    "the weekend brunch menu",
    "our analytics team",
    "table turnover time",
    "the robotics club",
    "night-shift pick accuracy",
]
_TAILS = ["", " before Q2", " by 18%", " in EMEA", " across both shops", " for 2,000 employees"]


@st.composite
def need(draw: st.DrawFn) -> str:
    verb, thing, tail = draw(st.sampled_from(_VERBS)), draw(st.sampled_from(_OBJECTS)), ""
    tail = draw(st.sampled_from(_TAILS))
    form = draw(st.sampled_from(["noun", "imperative", "we", "our", "looking"]))
    text = {
        "noun": f"{thing}{tail}",
        "imperative": f"{verb} {thing}{tail}",
        "we": f"we need to {verb} {thing}{tail}",
        "our": f"our team needs someone who can {verb} {thing}{tail}",
        "looking": f"we are looking for someone to {verb} {thing}{tail}",
    }[form]
    return _mangle(draw, text)


@st.composite
def highlight(draw: st.DrawFn) -> str:
    index = draw(st.integers(0, len(_PAST) - 1))
    thing, tail = draw(st.sampled_from(_OBJECTS)), draw(st.sampled_from(_TAILS))
    form = draw(st.sampled_from(["fragment", "first_person", "noun"]))
    text = {
        "fragment": f"{_PAST[index]} {thing}{tail}",
        "first_person": f"I {_PAST[index]} {thing}{tail}",
        "noun": f"a record result on {thing}{tail}",
    }[form]
    return _mangle(draw, text)


def _mangle(draw: st.DrawFn, text: str) -> str:
    casing = draw(st.sampled_from(["as is", "capital", "upper first word", "title"]))
    if casing == "capital":
        text = text[:1].upper() + text[1:]
    elif casing == "upper first word":
        first, _, rest = text.partition(" ")
        text = f"{first.capitalize()} {rest}"
    elif casing == "title":
        text = text.title()
    return text + draw(st.sampled_from(["", ".", "!", ";", " .", "..."]))


def _texts(result: DraftingResult) -> list[str]:
    drafts = result.drafts.all()
    return (
        [d.body for d in drafts]
        + [d.subject or "" for d in drafts]
        + [s.message or "" for s in result.steps]
    )


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    needs=st.lists(need(), min_size=1, max_size=2),
    highlights=st.lists(highlight(), min_size=1, max_size=3),
    tone=st.sampled_from(["warm", "formal", "concise"]),
    stage=st.sampled_from(["applied", "phone_screen", "technical", "onsite", "final"]),
    variant=st.integers(0, 2),
    channel=st.sampled_from(list(Channel)),
)
def test_any_form_of_phrase_reads_as_written_for_its_sentence(
    needs: list[str],
    highlights: list[str],
    tone: str,
    stage: str,
    variant: int,
    channel: Channel,
) -> None:
    context = RejectionContext.model_validate(
        {
            "candidate": {"name": "Maya Chen", "skills": ["Kafka"], "highlights": highlights},
            "company": {"name": "Acme Robotics", "needs": needs},
            "role": {"title": "Data Engineer", "requirements": ["Kafka"]},
            "contact": {"name": "Dr. Jordan Lee"},
            "stage": stage,
            "tone": tone,
        }
    )
    result = draft_rejection(context, today=TODAY, variant=variant, channel=channel)
    # "I rebuilt…" is the candidate's own first person and may stand as written; Title Case
    # Throughout cannot be told from proper nouns, so only its first word is ours to lower.
    raw_sentences = [
        p.strip(" .!;")
        for p in needs + highlights
        if p[:1].isupper() and not p.startswith("I ") and not p.strip(" .!;").istitle()
    ]
    for text in _texts(result):
        assert_no_seam(text)
        assert not DOUBLED.search(text), text
        assert not PLACEHOLDER.search(text), text
        # The candidate's own highlight may say "our team"; our words never lead into "We…".
        assert not re.search(r"\b(?:on|with|about) (?:We|Our|I) |the work on (?:we|our) ", text)
        for raw in raw_sentences:
            # A caller's sentence, with its capital, is never pasted after a word of ours.
            assert not re.search(rf"[a-z,] {re.escape(raw)}", text), (raw, text)
    for draft in result.drafts.all():
        greeting = draft.body.split("\n", 1)[0]
        assert "Dr. Jordan" not in greeting
    assert [w.code for w in result.review.warnings] == []
