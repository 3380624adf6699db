"""Scores a review function against the labelled corpus in `review_corpus/corpus.jsonl`.

Shared by the measured test and `bench/review_report.py`, so the bar the test holds and the
table the report prints are computed the same way.
"""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.drafting.context import RejectionContext
from app.drafting.results import Channel, DraftKind

CORPUS = Path(__file__).parent / "review_corpus" / "corpus.jsonl"
# Whole-text checks say what a message lacks, not what is wrong in it: a text caught only by
# them has not been caught, so they are left out of every figure here.
WHOLE_TEXT_CODES = frozenset({"missing_gratitude", "missing_skill", "too_long"})

Reviewer = Callable[..., list[Any]]


@dataclass(frozen=True)
class Entry:
    id: str
    text: str
    kind: DraftKind
    channel: Channel
    codes: frozenset[str]
    split: str
    context: RejectionContext | None


def load(split: str | None = None) -> list[Entry]:
    entries = []
    for line in CORPUS.read_text().splitlines():
        raw = json.loads(line)
        context = raw.get("context")
        entries.append(
            Entry(
                id=raw["id"],
                text=raw["text"],
                kind=DraftKind(raw["kind"]),
                channel=Channel(raw["channel"]),
                codes=frozenset(raw["codes"]),
                split=raw["split"],
                context=RejectionContext.model_validate(context) if context else None,
            )
        )
    return [e for e in entries if split is None or e.split == split]


def specific_codes(review: Reviewer, entry: Entry) -> frozenset[str]:
    warnings = review(entry.text, kind=entry.kind, channel=entry.channel, context=entry.context)
    return frozenset(w.code for w in warnings) - WHOLE_TEXT_CODES


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Score:
    per_code: dict[str, Counts] = field(default_factory=dict)
    bad: int = 0
    caught: int = 0
    good: int = 0
    false_alarms: int = 0
    wrong: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        """Bad texts that get at least one of their own codes."""
        return self.caught / self.bad if self.bad else 1.0

    @property
    def false_alarm_rate(self) -> float:
        """Good texts that get any code a good text should not get."""
        return self.false_alarms / self.good if self.good else 0.0

    def total(self) -> Counts:
        counts = self.per_code.values()
        return Counts(*(sum(getattr(c, name) for c in counts) for name in ("tp", "fp", "fn")))


def score(review: Reviewer, entries: Iterable[Entry]) -> Score:
    result = Score()
    for entry in entries:
        got = specific_codes(review, entry)
        for code in entry.codes | got:
            counts = result.per_code.setdefault(code, Counts())
            if code in entry.codes and code in got:
                counts.tp += 1
            elif code in got:
                counts.fp += 1
            else:
                counts.fn += 1
        if entry.codes:
            result.bad += 1
            result.caught += bool(entry.codes & got)
        else:
            result.good += 1
            result.false_alarms += bool(got)
        if got != entry.codes:
            result.wrong[entry.id] = (entry.codes, got)
    return result


def table(result: Score) -> str:
    rows = [f"{'code':<18}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}"]
    for code, c in sorted(result.per_code.items()):
        rows.append(f"{code:<18}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.precision:>11.2f}{c.recall:>8.2f}")
    t = result.total()
    rows.append(f"{'all codes':<18}{t.tp:>5}{t.fp:>5}{t.fn:>5}{t.precision:>11.2f}{t.recall:>8.2f}")
    rows.append(
        f"bad texts caught: {result.caught}/{result.bad} ({result.recall:.2f}); "
        f"good texts flagged: {result.false_alarms}/{result.good} ({result.false_alarm_rate:.2f})"
    )
    return "\n".join(rows)
