"""What a stated rejection reason says: its kind, and the gap it names when it names one.

"another candidate had more dbt experience" names the gap "dbt experience"; the drafts ask
about that and never repeat the comparison. "the role has been put on hold" is not about the
candidate at all: the drafts then ask no skills question and close on the role reopening.
The cue words live in `data/reason_cues.json`, the kinds' phrases in `data/reason_kinds.json`.
"""

import json
import re
from importlib import resources
from typing import Any

from app.drafting.context import RejectionContext
from app.drafting.fit import Terms, meets, terms
from app.drafting.phrases import PhraseSet
from app.drafting.results import ReasonKind, ReasonReading


def _data(name: str) -> Any:
    return json.loads(resources.files("app.drafting").joinpath(f"data/{name}").read_text())


_CUES = _data("reason_cues.json")
_MAX_WORDS: int = _CUES["max_words"]
_PEOPLE = frozenset(_CUES["people"])
_GENERIC = frozenset(_CUES["generic"])
_LEADING_CUES = frozenset(cue for cue in _CUES["cues"] if " " not in cue)
_ARTICLES = frozenset({"a", "an", "the"})


# Reasons that say nothing about the candidate's skills: asking which skills weighed most
# after a hiring freeze reads as not having listened.
NOT_ABOUT_SKILLS = frozenset(
    {
        ReasonKind.role_closed,
        ReasonKind.internal_candidate,
        ReasonKind.location,
        ReasonKind.compensation,
    }
)

_KINDS = [ReasonKind(entry["kind"]) for entry in _data("reason_kinds.json")["kinds"]]
_KIND_PHRASES = PhraseSet(
    {entry["kind"]: entry["phrases"] for entry in _data("reason_kinds.json")["kinds"]}
)


def _alternation(phrases: list[str]) -> str:
    # Longest first, so "lack of" wins over a shorter cue that starts the same way.
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


_GAP = re.compile(
    rf"\b(?:{_alternation(_CUES['cues'])})\s+(?P<gap>.+?)(?=\s+\b(?:{_alternation(_CUES['stops'])})\b|[.,;:!?()]|$)",
    re.IGNORECASE,
)


def stated_gap(reason: str | None, requirements: list[str]) -> str | None:
    """The skill or experience the reason says was missing, or None when it names none."""
    if not reason:
        return None
    position = 0
    # A rejected gap ("someone with more X") may hold a better one: look again inside it.
    while (found := _GAP.search(reason, position)) is not None:
        position = found.start("gap")
        words = found["gap"].split()
        # "requires a licence" names "licence": the drafts put their own article before it.
        while words and words[0].lower() in _LEADING_CUES | _ARTICLES:
            words = words[1:]
        lowered = {w.lower() for w in words}
        if 0 < len(words) <= _MAX_WORDS and not lowered & _PEOPLE and not lowered <= _GENERIC:
            return " ".join(words)
    said = terms(reason)
    return next((req for req in requirements if meets(terms(req), said)), None)


def reason_kind(reason: str | None, gap: str | None) -> ReasonKind:
    """The kind of a stated reason: the first kind whose phrase it uses, in the table's order."""
    if not reason:
        return ReasonKind.unknown
    found = {ReasonKind(match.label) for match in _KIND_PHRASES.find(reason)}
    first = next((kind for kind in _KINDS if kind in found), None)
    if first is not None:
        return first
    return ReasonKind.skills_gap if gap else ReasonKind.unknown


def read_reason(reason: str | None, requirements: list[str]) -> ReasonReading:
    """The kind of the reason and, when it is about the candidate, the gap it names."""
    gap = stated_gap(reason, requirements)
    kind = reason_kind(reason, gap)
    # "the budget was cut for the role" names no gap even when a cue word happens to appear;
    # "more years in a leadership role" or "a stronger culture fit" is a level or a fit, not
    # a skill the candidate could go and build.
    if kind in NOT_ABOUT_SKILLS or kind == ReasonKind.experience_level or _is_fit(gap):
        gap = None
    return ReasonReading(kind=kind, gap=gap)


def _is_fit(gap: str | None) -> bool:
    return gap is not None and "fit" in gap.lower().split()


def reading_of(context: RejectionContext) -> ReasonReading:
    """How the drafts read this rejection's stated reason."""
    return read_reason(context.reason, context.role.requirements)


def touches(gap: str | None, skill: Terms) -> bool:
    """Whether pitching this skill would argue with the stated gap."""
    return gap is not None and meets(skill, terms(gap))
