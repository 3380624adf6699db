"""Issue 9's bar, held over the labelled corpus of contexts (tests/drafting/corpus/).

The corpus is split by a stable hash of each id: two thirds were read while the reason-kind and
role-family tables were tuned, one third (`HELD_OUT`) never was. Classifiers are held to an
accuracy on each part; the drafts themselves are held, in every tone, variant and channel, to
what PRODUCT.md says a draft a coach would send unchanged is.
"""

import json
import re
import statistics
import zlib
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from app.drafting import facts
from app.drafting.context import RejectionContext, Tone
from app.drafting.engine import MAX_VARIANT, draft_rejection
from app.drafting.families import role_family
from app.drafting.fit import assess
from app.drafting.language import PhraseForm, as_topic, classify
from app.drafting.names import parse_person
from app.drafting.reason import NOT_ABOUT_SKILLS, reading_of
from app.drafting.results import Channel, DraftingResult, DraftKind, StepKind
from app.drafting.review import review_text
from tests.drafting.test_engine import assert_no_seam

CORPUS: dict[str, dict[str, Any]] = json.loads(
    (Path(__file__).parent / "corpus" / "contexts.json").read_text()
)
HELD_OUT = frozenset(cid for cid in CORPUS if zlib.crc32(cid.encode()) % 3 == 0)
TODAY = date(2026, 11, 20)
IDS = sorted(CORPUS)
# Words that claim the candidate fits; said only when a requirement or need matched.
FIT_CLAIMS = re.compile(
    r"fits what|calls for|close match|aligns with|corresponds closely|which the (?:role|position)"
    r"|matches what|the .{0,40} experience the role",
    re.IGNORECASE,
)
PLACEHOLDER = re.compile(r"\[|\]|\bTODO\b|<[^>]*>|\{|\}|\bXX+\b|\badd (?:a|the) link\b", re.I)
# "check-in in English" is not a doubled word.
DOUBLED = re.compile(r"(?<![-\w])(\w+)\s+\1\b", re.IGNORECASE)
# Drafting only: the candidate wrote no skill or highlight to name.
ALLOWED_WITHOUT_PROOF = {"missing_skill"}


def context(cid: str) -> RejectionContext:
    return RejectionContext.model_validate(CORPUS[cid]["context"])


def labels(cid: str) -> dict[str, Any]:
    labelled: dict[str, Any] = CORPUS[cid]["labels"]
    return labelled


@cache
def drafted(cid: str, variant: int = 0, channel: Channel = Channel.email) -> DraftingResult:
    return draft_rejection(context(cid), today=TODAY, variant=variant, channel=channel)


def every_draft() -> Iterator[tuple[str, int, Channel, DraftingResult]]:
    for cid in IDS:
        for variant in range(MAX_VARIANT + 1):
            for channel in Channel:
                yield cid, variant, channel, drafted(cid, variant, channel)


def _accuracy(ids: list[str], predicted: dict[str, str], label: str) -> float:
    scored = [cid for cid in ids if label in labels(cid)]
    return sum(predicted[cid] == labels(cid)[label] for cid in scored) / len(scored)


@pytest.mark.parametrize(("part", "floor"), [("tuned", 0.97), ("held_out", 0.85)])
def test_reason_kinds_and_role_families_are_read_as_a_reader_labels_them(
    part: str, floor: float
) -> None:
    ids = [cid for cid in IDS if (cid in HELD_OUT) == (part == "held_out")]
    kinds = {cid: reading_of(context(cid)).kind.value for cid in ids}
    families = {cid: role_family(context(cid).role.title).value for cid in ids}
    assert _accuracy(ids, kinds, "reason_kind") >= floor
    assert _accuracy(ids, families, "family") >= floor - 0.05


def test_a_contact_who_also_interviewed_is_recognised_however_the_name_is_written() -> None:
    for cid in IDS:
        assert facts.contact_interviewed(context(cid)) == labels(cid).get(
            "contact_interviewed", False
        ), cid


def test_the_highlight_quoted_is_the_one_that_best_meets_the_need_most_of_the_time() -> None:
    scored = [cid for cid in IDS if "best_highlight" in labels(cid)]
    chosen = 0
    for cid in scored:
        case = context(cid)
        wants = [*case.company.needs, *case.role.requirements]
        chosen += (
            facts.best_highlight(case.candidate.highlights, wants, None)
            == labels(cid)["best_highlight"]
        )
    assert chosen / len(scored) >= 0.65


def test_needs_are_quoted_in_the_form_a_reader_labels_them() -> None:
    """A noun phrase stays one ("guest check-in"), an instruction becomes a gerund ("cutting
    room turnaround time"), a sentence with a subject is reduced to its topic."""
    misread = []
    for cid in IDS:
        form = labels(cid).get("need_form")
        if form not in ("noun_phrase", "verb_phrase"):
            continue
        need = context(cid).company.needs[0]
        first = as_topic(need).split()[0]
        gerund = first.endswith("ing") and not need.split()[0].lower().endswith("ing")
        if gerund != (form == "verb_phrase"):
            misread.append((cid, need, as_topic(need)))
    assert misread == []


@pytest.mark.parametrize("cid", IDS)
def test_no_caller_phrase_is_pasted_raw_with_its_capital_and_period(cid: str) -> None:
    case = context(cid)
    # A sentence, an imperative or a résumé fragment has a form of its own to lose; a noun
    # phrase's capital may be a proper noun's ("Offline mode" cannot be told from "Kafka").
    raw = [
        p
        for p in (*case.company.needs, *case.candidate.highlights)
        if p[:1].isupper() and (p.endswith(".") or classify(p) != PhraseForm.noun_phrase)
    ]
    for variant in range(MAX_VARIANT + 1):
        result = drafted(cid, variant)
        texts = [d.body for d in result.drafts.all()] + [s.message or "" for s in result.steps]
        texts += [d.subject or "" for d in result.drafts.all()]
        for text in texts:
            for phrase in raw:
                first_word = phrase.split()[0]
                # A proper noun may lead ("Kafka", "Q2"): the period and the sentence form may not.
                if first_word.lower() != first_word and first_word[1:].islower():
                    assert f" {phrase}" not in text, (phrase, text)
            assert not re.search(r"\b(?:on|with|about) (?:We|Our|I) ", text), text
            assert not DOUBLED.search(text), (DOUBLED.search(text), text)
            assert not PLACEHOLDER.search(text), text
            assert_no_seam(text)


@pytest.mark.parametrize("cid", IDS)
def test_greetings_use_a_title_only_with_the_family_name(cid: str) -> None:
    case = context(cid)
    people = [i.name for i in case.interviewers]
    people += [case.contact.name] if case.contact and case.contact.name else []
    for result in (drafted(cid, v) for v in range(MAX_VARIANT + 1)):
        for draft in result.drafts.all():
            greeting = draft.body.split("\n", 1)[0]
            for name in people:
                person = parse_person(name)
                if person.title and person.first != person.full:
                    assert f"{person.title} {person.first}" not in greeting, greeting
            if case.tone != Tone.formal:
                assert not re.match(r"(?:Hi|Hello) (?:Dr|Mr|Mrs|Ms|Prof)\b", greeting), greeting


@pytest.mark.parametrize("cid", IDS)
def test_the_contact_is_written_to_never_about(cid: str) -> None:
    case = context(cid)
    if not (case.contact and case.contact.name):
        return
    contact = parse_person(case.contact.name)
    result = drafted(cid)
    for draft in (result.drafts.last_pitch, result.drafts.feedback_request):
        _greeting, body = draft.body.split("\n", 1)
        assert contact.full not in body, body
        if contact.first != contact.full:
            assert not re.search(rf"\b{re.escape(contact.first)}\b", body.rsplit("\n\n", 1)[0])
    recipients = [d.recipient for d in result.drafts.interviewer_thanks]
    if labels(cid).get("contact_interviewed"):
        assert contact.full not in recipients


@pytest.mark.parametrize("cid", IDS)
def test_no_one_gets_more_than_two_messages_in_any_three_days(cid: str) -> None:
    to_contact = {
        StepKind.send_last_pitch,
        StepKind.send_feedback_request,
        StepKind.connect_on_linkedin,
        StepKind.nudge,
        StepKind.value_check_in,
        StepKind.reach_out_about_role,
        StepKind.quarterly_check_in,
    }
    days = sorted(s.due_on for s in drafted(cid).steps if s.kind in to_contact)
    for first, third in zip(days, days[2:], strict=False):
        assert third - first >= timedelta(days=3), days


@pytest.mark.parametrize("cid", IDS)
def test_the_drafts_are_true_to_the_reason(cid: str) -> None:
    reading = reading_of(context(cid))
    for variant in range(MAX_VARIANT + 1):
        result = drafted(cid, variant)
        request = result.drafts.feedback_request.body.lower()
        if reading.kind in NOT_ABOUT_SKILLS:
            assert "weighed most" not in request, request
            assert "which skills" not in request, request
        if reading.kind.value == "role_closed" and context(cid).interest.value != "low":
            assert re.search(r"funded again|reopen|opens? again", request), request


@pytest.mark.parametrize("cid", IDS)
def test_fit_is_claimed_only_when_something_matched(cid: str) -> None:
    case = context(cid)
    fit = assess(case)
    if fit.matched or labels(cid).get("fit") == "match":
        return
    for variant in range(MAX_VARIANT + 1):
        for channel in Channel:
            pitch = drafted(cid, variant, channel).drafts.last_pitch.body
            assert not FIT_CLAIMS.search(pitch), pitch


@pytest.mark.parametrize("cid", IDS)
def test_the_register_fits_the_role_and_the_interest(cid: str) -> None:
    case = context(cid)
    for variant in range(MAX_VARIANT + 1):
        pitch = drafted(cid, variant).drafts.last_pitch.body
        if role_family(case.role.title).value != "tech":
            assert "is building" not in pitch, pitch
            assert "technical" not in pitch.lower(), pitch
        if case.interest.value == "low":
            assert not re.search(r"excited|keen|love|I'd welcome", pitch), pitch


@pytest.mark.parametrize("cid", IDS)
def test_interviewer_notes_of_one_rejection_never_share_a_sentence(cid: str) -> None:
    for variant in range(MAX_VARIANT + 1):
        seen: set[str] = set()
        for note in drafted(cid, variant).drafts.interviewer_thanks:
            middle = "\n\n".join(note.body.split("\n\n")[1:-1])
            said = {s for s in re.split(r"(?<=[.?!])\s+|\n+", middle) if s.endswith(".")}
            assert not said & seen, said & seen
            seen |= said


@pytest.mark.slow
def test_our_own_review_raises_nothing_on_anything_we_draft() -> None:
    flagged = []
    for cid, variant, channel, result in every_draft():
        case = context(cid)
        allowed = set() if case.candidate.skills or case.candidate.highlights else {"missing_skill"}
        codes = {w.code for w in result.review.warnings} - allowed
        if codes:
            flagged.append((cid, variant, channel.value, sorted(codes)))
        for step in result.steps:
            if step.message:
                warnings = review_text(
                    step.message,
                    kind=DraftKind.feedback_request,
                    channel=step.channel or Channel.email,
                    context=case,
                )
                codes = {w.code for w in warnings} - {"missing_gratitude", "too_long"}
                if codes:
                    flagged.append((cid, variant, step.kind.value, sorted(codes)))
    assert flagged == []


def test_last_pitches_are_as_short_as_a_coachs() -> None:
    by_tone: dict[Tone, list[int]] = {tone: [] for tone in Tone}
    requests = []
    for cid in IDS:
        for variant in range(MAX_VARIANT + 1):
            result = drafted(cid, variant)
            by_tone[context(cid).tone].append(result.drafts.last_pitch.word_count)
            requests.append(result.drafts.feedback_request.word_count)
    assert statistics.median(by_tone[Tone.warm]) <= 100
    assert statistics.median(by_tone[Tone.formal]) <= 100
    assert statistics.median(by_tone[Tone.concise]) <= 75
    assert max(requests) <= 110
