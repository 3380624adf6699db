"""The labelled corpus of rejection contexts: every context is valid, and the corpus covers
what the drafting engine is held to (reason kinds, role families, phrase forms, name shapes,
contacts who interviewed, stages, tones, holidays, ...), so it cannot silently shrink.

The labels in `corpus/contexts.json` were written by reading each context; see
`corpus/README.md`.
"""

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.drafting.context import RejectionContext

CORPUS_PATH = Path(__file__).parent / "corpus" / "contexts.json"

REASON_KINDS = {
    "skills_gap",
    "experience_level",
    "soft_skills",
    "role_closed",
    "internal_candidate",
    "location",
    "compensation",
    "unknown",
}
FAMILIES = {
    "tech",
    "healthcare",
    "education",
    "hospitality",
    "sales",
    "operations",
    "creative",
    "finance",
    "general",
}
FORMS = {"noun_phrase", "verb_phrase", "clause", "fragment"}
FITS = {"match", "none"}
STAGES = ("applied", "phone_screen", "technical", "onsite", "final")
TONES = ("warm", "formal", "concise")
HOLIDAY_COUNTRIES = {"US", "GB", "DE", "IN", "CA", "AU"}
LABEL_KEYS = {
    "reason_kind",
    "family",
    "need_form",
    "highlight_form",
    "best_highlight",
    "contact_interviewed",
    "fit",
    "name_shapes",
}

# A courtesy or professional title written into the contact's name ("Dr. Maria Lopez").
TITLE_IN_NAME = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Chef)\.?\s", re.IGNORECASE)
WE_OR_OUR = re.compile(r"\b(?:we|our|we're|we've)\b", re.IGNORECASE)

MINIMUMS: dict[str, int] = {
    "contexts": 90,
    **{f"reason_kind:{kind}": 5 for kind in REASON_KINDS},
    "reason:none": 10,
    **{f"family:{family}": 6 for family in FAMILIES},
    "need_form:noun_phrase": 15,
    "need_form:verb_phrase": 10,
    "need_form:clause": 12,
    "need:clause_with_we_or_our": 12,
    "need:long_25_to_40_words": 5,
    "highlight_form:fragment_with_period": 15,
    "highlight_form:noun_phrase": 5,
    "best_highlight:not_first": 5,
    "fit:match": 30,
    "fit:none": 5,
    "contact:title_in_name": 6,
    "contact:job_title_given": 6,
    "contact:none": 5,
    "contact:interviewed": 8,
    "contact:interviewed_with_others": 4,
    "names:culture_shapes": 20,
    "names:distinct_shapes": 12,
    **{f"stage:{stage}": 12 for stage in STAGES},
    **{f"tone:{tone}": 20 for tone in TONES},
    "interest:low": 10,
    "interest:high": 10,
    "rejected_on:late_nov_or_dec": 6,
    "interviewers:3_to_5": 8,
    "interviewers:shared_first_name": 2,
}


def load_corpus() -> dict[str, dict[str, Any]]:
    with CORPUS_PATH.open(encoding="utf-8") as handle:
        corpus: dict[str, dict[str, Any]] = json.load(handle)
    return corpus


CORPUS = load_corpus()


def _first_name(name: str) -> str:
    return TITLE_IN_NAME.sub("", name).split()[0].casefold()


def _labelled_highlight(entry: dict[str, Any]) -> str | None:
    """The highlight `highlight_form` describes: the best one if named, else the first."""
    best: str | None = entry["labels"].get("best_highlight")
    if best is not None:
        return best
    highlights: list[str] = entry["context"]["candidate"].get("highlights", [])
    return highlights[0] if highlights else None


def _is_holiday_season(day: str | None) -> bool:
    if day is None:
        return False
    parsed = date.fromisoformat(day)
    return parsed.month in (11, 12) and parsed.day >= 20


def coverage(corpus: dict[str, dict[str, Any]]) -> Counter[str]:
    """Count every coverage item, from the labels and from the contexts themselves."""
    counts: Counter[str] = Counter()
    shapes: set[str] = set()
    holiday_countries: set[str] = set()
    counts["contexts"] = len(corpus)
    for entry in corpus.values():
        labels: dict[str, Any] = entry["labels"]
        context: dict[str, Any] = entry["context"]
        counts[f"reason_kind:{labels['reason_kind']}"] += 1
        counts[f"family:{labels['family']}"] += 1
        counts[f"fit:{labels['fit']}"] += 1
        if context.get("reason") is None:
            counts["reason:none"] += 1

        needs: list[str] = context["company"].get("needs", [])
        if "need_form" in labels:
            counts[f"need_form:{labels['need_form']}"] += 1
            if labels["need_form"] == "clause" and WE_OR_OUR.search(needs[0]):
                counts["need:clause_with_we_or_our"] += 1
        if needs and 25 <= len(needs[0].split()) <= 40:
            counts["need:long_25_to_40_words"] += 1

        highlights: list[str] = context["candidate"].get("highlights", [])
        highlight = _labelled_highlight(entry)
        if labels.get("highlight_form") == "fragment" and highlight and highlight.endswith("."):
            counts["highlight_form:fragment_with_period"] += 1
        if labels.get("highlight_form") == "noun_phrase":
            counts["highlight_form:noun_phrase"] += 1
        if "best_highlight" in labels and labels["best_highlight"] != highlights[0]:
            counts["best_highlight:not_first"] += 1

        contact: dict[str, Any] | None = context.get("contact")
        interviewers: list[dict[str, Any]] = context.get("interviewers", [])
        if contact is None:
            counts["contact:none"] += 1
        else:
            if TITLE_IN_NAME.match(contact.get("name") or ""):
                counts["contact:title_in_name"] += 1
            if contact.get("title"):
                counts["contact:job_title_given"] += 1
        if labels["contact_interviewed"]:
            counts["contact:interviewed"] += 1
            if len(interviewers) >= 2:
                counts["contact:interviewed_with_others"] += 1

        if labels.get("name_shapes"):
            counts["names:culture_shapes"] += 1
            shapes.update(labels["name_shapes"])

        counts[f"stage:{context.get('stage', 'applied')}"] += 1
        counts[f"tone:{context.get('tone', 'warm')}"] += 1
        counts[f"interest:{context.get('interest', 'medium')}"] += 1
        if _is_holiday_season(context.get("rejected_on")):
            counts["rejected_on:late_nov_or_dec"] += 1
            holiday_countries.add(context.get("country", "US"))

        if 3 <= len(interviewers) <= 5:
            counts["interviewers:3_to_5"] += 1
        first_names = [_first_name(person["name"]) for person in interviewers]
        if len(first_names) != len(set(first_names)):
            counts["interviewers:shared_first_name"] += 1

    counts["names:distinct_shapes"] = len(shapes)
    counts["rejected_on:holiday_countries"] = len(holiday_countries & HOLIDAY_COUNTRIES)
    return counts


@pytest.mark.parametrize("slug", list(CORPUS))
def test_context_is_valid(slug: str) -> None:
    RejectionContext.model_validate(CORPUS[slug]["context"])


@pytest.mark.parametrize("slug", list(CORPUS))
def test_labels_are_well_formed(slug: str) -> None:
    labels: dict[str, Any] = CORPUS[slug]["labels"]
    context: dict[str, Any] = CORPUS[slug]["context"]
    assert set(labels) <= LABEL_KEYS
    assert labels["reason_kind"] in REASON_KINDS
    assert labels["family"] in FAMILIES
    assert labels["fit"] in FITS
    assert isinstance(labels["contact_interviewed"], bool)
    if context.get("reason") is None:
        assert labels["reason_kind"] == "unknown"
    needs: list[str] = context["company"].get("needs", [])
    highlights: list[str] = context["candidate"].get("highlights", [])
    assert ("need_form" in labels) == bool(needs)
    assert ("highlight_form" in labels) == bool(highlights)
    for key in ("need_form", "highlight_form"):
        if key in labels:
            assert labels[key] in FORMS
    if "best_highlight" in labels:
        assert labels["best_highlight"] in highlights
        assert len(highlights) >= 2
    if labels["contact_interviewed"]:
        assert context.get("contact") is not None
        assert context.get("interviewers")


def test_coverage_minimums() -> None:
    counts = coverage(CORPUS)
    short = {
        item: f"{counts[item]} < {minimum}"
        for item, minimum in MINIMUMS.items()
        if counts[item] < minimum
    }
    assert not short, f"corpus coverage below its minimums: {short}"


def test_holiday_dates_span_several_countries() -> None:
    seasonal = {
        entry["context"].get("country", "US")
        for entry in CORPUS.values()
        if _is_holiday_season(entry["context"].get("rejected_on"))
    }
    assert seasonal >= HOLIDAY_COUNTRIES
