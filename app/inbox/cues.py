"""The parser's cue phrases and rules, read once from `data/*.json` and compiled.

Phrases live as data so a career coach (or the corpus) can extend them without touching code.
"""

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from lemminflect import getAllInflections

from app.drafting.context import Stage
from app.drafting.results import ReasonKind

Pattern = re.Pattern[str]


def _data(name: str) -> dict[str, Any]:
    text = resources.files("app.inbox").joinpath(f"data/{name}").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


# "~choose" in a phrase stands for every form of the verb ("chose", "chosen", "choosing"), so a
# cue written once meets the tense an author happened to use.
_LEMMA = re.compile(r"~([a-z]+)")


@cache
def _forms(lemma: str) -> str:
    inflected = getAllInflections(lemma, upos="VERB")
    forms = {lemma, *(form for group in inflected.values() for form in group)}
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


def _pattern(phrase: str) -> str:
    # A space in a phrase matches any run of white space: a line break may fall anywhere.
    phrase = _LEMMA.sub(lambda found: _forms(found.group(1)), phrase)
    return phrase.replace(" ?", r"\s*").replace(" ", r"\s+")


def _compile(phrases: list[str]) -> tuple[Pattern, ...]:
    return tuple(re.compile(_pattern(phrase), re.IGNORECASE) for phrase in phrases)


@dataclass(frozen=True)
class Clause:
    """A signal said by one sentence holding a word of each group ("future roles" and "apply"),
    whatever the words between; `unless` words in that sentence mean it says something else."""

    groups: tuple[Pattern, ...]
    unless: Pattern | None


def _clauses(entries: list[dict[str, Any]]) -> tuple[Clause, ...]:
    return tuple(
        Clause(
            groups=tuple(re.compile(_pattern(group), re.IGNORECASE) for group in entry["all"]),
            unless=re.compile(_pattern(entry["unless"]), re.IGNORECASE)
            if entry.get("unless")
            else None,
        )
        for entry in entries
    )


@dataclass(frozen=True)
class StageCue:
    stage: Stage
    confidence: float
    patterns: tuple[Pattern, ...]


@dataclass(frozen=True)
class Cues:
    """Every phrase list, compiled."""

    rejection: tuple[Pattern, ...]
    weak_rejection: tuple[Pattern, ...]
    not_rejection: tuple[Pattern, ...]
    not_rejection_soft: tuple[Pattern, ...]
    about_application: tuple[Pattern, ...]
    invited_to_reapply: tuple[Pattern, ...]
    keeps_cv_on_file: tuple[Pattern, ...]
    feedback_declined: tuple[Pattern, ...]
    feedback_offered: tuple[Pattern, ...]
    no_reply_text: tuple[Pattern, ...]
    automated_text: tuple[Pattern, ...]
    automated_mailers: tuple[str, ...]
    clauses: dict[str, tuple[Clause, ...]]
    stages: tuple[StageCue, ...]
    stage_not_reached: Pattern
    stage_interviewed: Pattern
    reason: tuple[Pattern, ...]
    reason_boilerplate: tuple[Pattern, ...]
    reason_kinds: tuple[tuple[ReasonKind, tuple[Pattern, ...]], ...]
    agency: tuple[Pattern, ...]
    closings: frozenset[str]
    team_words: frozenset[str]
    team_suffixes: tuple[str, ...]
    title_words: frozenset[str]
    job_nouns: frozenset[str]
    company_words: frozenset[str]
    departments: frozenset[str]
    not_companies: frozenset[str]
    free_or_vendor_domains: frozenset[str]


def _stage_cues(entries: list[dict[str, Any]]) -> tuple[StageCue, ...]:
    return tuple(
        StageCue(Stage(entry["stage"]), float(entry["confidence"]), _compile(entry["phrases"]))
        for entry in entries
    )


@cache
def cues() -> Cues:
    """The compiled cues (read on first use, then kept)."""
    signals, fields = _data("cues.json"), _data("fields.json")
    return Cues(
        rejection=_compile(signals["rejection"]),
        weak_rejection=_compile(signals["weak_rejection"]),
        not_rejection=_compile(signals["not_rejection"]),
        not_rejection_soft=_compile(signals["not_rejection_soft"]),
        about_application=_compile(signals["about_application"]),
        invited_to_reapply=_compile(signals["invited_to_reapply"]),
        keeps_cv_on_file=_compile(signals["keeps_cv_on_file"]),
        feedback_declined=_compile(signals["feedback_declined"]),
        feedback_offered=_compile(signals["feedback_offered"]),
        no_reply_text=_compile(signals["no_reply_text"]),
        automated_text=_compile(signals["automated_text"]),
        automated_mailers=tuple(signals["automated_mailers"]),
        clauses={
            name: _clauses(entries)
            for name, entries in signals["clauses"].items()
            if not name.startswith("_")
        },
        stages=_stage_cues(fields["stage"]),
        stage_not_reached=re.compile(fields["stage_not_reached"], re.IGNORECASE),
        stage_interviewed=re.compile(_pattern(fields["stage_interviewed"]), re.IGNORECASE),
        reason=_compile(fields["reason"]),
        reason_boilerplate=_compile(fields["reason_boilerplate"]),
        reason_kinds=tuple(
            (ReasonKind(entry["kind"]), _compile(entry["phrases"]))
            for entry in fields["reason_kinds_extra"]
        ),
        agency=_compile(fields["agency"]),
        closings=frozenset(fields["closings"]),
        team_words=frozenset(fields["team_words"]),
        team_suffixes=tuple(sorted(fields["team_suffixes"], key=len, reverse=True)),
        title_words=frozenset(fields["title_words"]),
        job_nouns=frozenset(fields["job_nouns"]),
        company_words=frozenset(fields["company_words"]),
        departments=frozenset(fields["departments"]),
        not_companies=frozenset(fields["not_companies"]),
        free_or_vendor_domains=frozenset(fields["free_or_vendor_domains"]),
    )


def first_match(patterns: tuple[Pattern, ...], text: str) -> re.Match[str] | None:
    """The earliest match of any pattern in `text`."""
    matches = [found for pattern in patterns if (found := pattern.search(text))]
    return min(matches, key=lambda found: found.start(), default=None)
