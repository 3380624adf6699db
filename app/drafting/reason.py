"""The gap a stated rejection reason names, so the feedback request can ask about it.

"another candidate had more dbt experience" names the gap "dbt experience"; the drafts ask
about that and never repeat the comparison. The cue words live in `data/reason_cues.json`.
"""

import json
import re
from importlib import resources

from app.drafting.fit import Terms, meets, terms

_CUES = json.loads(resources.files("app.drafting").joinpath("data/reason_cues.json").read_text())
_MAX_WORDS: int = _CUES["max_words"]
_PEOPLE = frozenset(_CUES["people"])
_GENERIC = frozenset(_CUES["generic"])
_LEADING_CUES = frozenset(cue for cue in _CUES["cues"] if " " not in cue)


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
    for found in _GAP.finditer(reason):
        words = found["gap"].split()
        while words and words[0].lower() in _LEADING_CUES:
            words = words[1:]
        lowered = {w.lower() for w in words}
        if 0 < len(words) <= _MAX_WORDS and not lowered & _PEOPLE and not lowered <= _GENERIC:
            return " ".join(words)
    said = terms(reason)
    return next((req for req in requirements if meets(terms(req), said)), None)


def touches(gap: str | None, skill: Terms) -> bool:
    """Whether pitching this skill would argue with the stated gap."""
    return gap is not None and meets(skill, terms(gap))
