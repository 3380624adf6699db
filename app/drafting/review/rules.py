"""The phrase rules of the review, from `data/review_rules.json`, and the hits they make.

A rule is a few regular expressions over the lower-cased text plus what must hold around a
match for it to count (no negation before it, no hedge in its sentence, a question, a
context). Every rule names cue words and only runs when the text holds one of them: a short
message wakes a handful of the hundred patterns, which keeps a review well under a
millisecond.
"""

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from app.drafting.context import RejectionContext, Stage
from app.drafting.phrases import PhraseSet, normalize
from app.drafting.review.scope import Scope

_DATA: dict[str, Any] = json.loads(
    resources.files("app.drafting").joinpath("data/review_rules.json").read_text()
)
# Every ASCII sign but the apostrophe and the hyphen splits words ("didn't" and "one-line"
# stay whole; their parts are added too). str.translate and split cost a tenth of a regex.
_SPLIT = str.maketrans({c: " " for c in '!"#$%&()*+,./:;<=>?@[\\]^_`{|}~\u201c\u201d'})
_PART = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_HIRE_REASON = re.compile(_DATA["hire_reason"])


@dataclass(frozen=True, slots=True)
class Hit:
    code: str
    span: tuple[int, int]
    suggestion: str | None


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    patterns: tuple[re.Pattern[str], ...]
    negatable: bool
    unless: re.Pattern[str] | None
    only_if: re.Pattern[str] | None
    reach: int
    when: str | None
    whole_sentence: bool
    suggestion: str | None


def _optional(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None


def _rule(raw: dict[str, Any]) -> Rule:
    return Rule(
        code=raw["code"],
        # Whole words only, as a phrase list would match them. The left edge is checked in
        # `_judge`: a lookbehind here would stop `re` from skipping ahead to a first letter.
        patterns=tuple(re.compile(rf"(?:{p})(?!\w)") for p in raw["patterns"]),
        negatable=raw.get("negatable", False),
        unless=_optional(raw.get("unless")),
        only_if=_optional(raw.get("only_if")),
        reach=raw.get("reach", 0),
        when=raw.get("when"),
        whole_sentence=raw.get("span") == "sentence",
        suggestion=raw.get("suggestion"),
    )


_RULES = [_rule(raw) for raw in _DATA["rules"]]
_CUES: dict[str, list[int]] = {}
for _index, _raw in enumerate(_DATA["rules"]):
    for _cue in _raw["cues"]:
        _CUES.setdefault(_cue, []).append(_index)
_STOCK = PhraseSet({"stock": _DATA["stock_phrases"]["phrases"]})
_STACK_CODE: str = _DATA["stock_phrases"]["code"]
_STACK_LEAST: int = _DATA["stock_phrases"]["least"]


def _holds(when: str | None, context: RejectionContext | None) -> bool:
    if when is None:
        return True
    if context is None:
        # Without a context the rule cannot know, and a false alarm costs more than a miss.
        return False
    if when == "final":
        return context.stage == Stage.final
    return when == "hire_known" and bool(context.reason and _HIRE_REASON.search(context.reason))


def _woken(lowered: str) -> list[int]:
    words = set(lowered.translate(_SPLIT).split())
    for word in [w for w in words if "'" in w or "-" in w]:
        words.update(_PART.findall(word))
    return sorted({index for word in words for index in _CUES.get(word, ())})


def _judge(rule: Rule, match: re.Match[str], scope: Scope) -> Hit | None:
    start, end = match.span()
    if (
        start == end
        or (start and _WORD_CHAR.match(scope.lowered, start - 1))
        or scope.quoted(start)
    ):
        return None
    first, last = scope.sentence(start)
    if rule.negatable and scope.negated(first, start):
        return None
    sentence = scope.lowered[first : last + rule.reach]
    if rule.unless is not None and rule.unless.search(sentence):
        return None
    if rule.only_if is not None and not rule.only_if.search(sentence):
        return None
    span = (first, max(last, end)) if rule.whole_sentence else (start, end)
    return Hit(rule.code, span, rule.suggestion)


def _stack(lowered: str) -> list[Hit]:
    found = _STOCK.find(lowered)
    if len({lowered[m.span[0] : m.span[1]] for m in found}) < _STACK_LEAST:
        return []
    return [Hit(_STACK_CODE, (found[0].span[0], found[-1].span[1]), None)]


def _one_per_place(hits: list[Hit]) -> list[Hit]:
    # Two rules of one code on the same words (a phrase and its whole sentence) are one warning.
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.span[0], -h.span[1], h.code)):
        if not any(
            k.code == hit.code and k.span[0] < hit.span[1] and hit.span[0] < k.span[1] for k in kept
        ):
            kept.append(hit)
    return kept


def find_hits(text: str, context: RejectionContext | None = None) -> list[Hit]:
    """What the phrase rules find in a text, one hit per code and place."""
    lowered = normalize(text)
    if len(lowered) != len(text):
        # A few characters (e.g. "İ") lengthen when lower-cased; offsets would drift.
        lowered = text.replace("\u2019", "'")
    scope = Scope(lowered)
    hits: list[Hit] = []
    for index in _woken(lowered):
        rule = _RULES[index]
        if not _holds(rule.when, context):
            continue
        for pattern in rule.patterns:
            for match in pattern.finditer(lowered):
                hit = _judge(rule, match, scope)
                if hit is not None:
                    hits.append(hit)
    return _one_per_place(hits + _stack(lowered))
