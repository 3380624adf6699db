"""What a human should look at before a message goes out: tone, clichés, seams and length.

Runs over every generated draft and over a candidate's own edited text. The messages, seams
and limits live in `data/review_phrases.json`, the phrase rules in `data/review_rules.json`
(see `rules.py`); how well the rules do is measured on `tests/drafting/review_corpus/`.
"""

import json
import re
from importlib import resources
from itertools import islice
from typing import Any

from app.drafting.context import RejectionContext
from app.drafting.fit import known_skill_in, mentions, terms
from app.drafting.phrases import PhraseSet
from app.drafting.results import Channel, DraftKind, ReviewWarning
from app.drafting.review.rules import find_hits

_DATA: dict[str, Any] = json.loads(
    resources.files("app.drafting").joinpath("data/review_phrases.json").read_text()
)
_WORD = re.compile(r"\S+")
_THANKFUL_KINDS = frozenset(
    {DraftKind.last_pitch, DraftKind.feedback_request, DraftKind.interviewer_thanks}
)
_MESSAGES: dict[str, str] = {check["code"]: check["message"] for check in _DATA["checks"]}
# The data file lists checks most serious first; the whole-text checks follow them.
_RANK = {code: rank for rank, code in enumerate([*_MESSAGES, *_DATA["whole_text_codes"]])}
# Seams are matched as written (case matters for "None"), one pattern at a time: as a single
# alternation they defeat re's literal-prefix search and cost ten times as much.
_SEAMS = [
    (check["code"], re.compile(pattern))
    for check in _DATA["checks"]
    for pattern in check.get("patterns", [])
]
_GRATITUDE = PhraseSet({"gratitude": _DATA["gratitude"]["phrases"]})


def _seam_warnings(text: str) -> list[ReviewWarning]:
    found = sorted((m.span(), code) for code, pattern in _SEAMS for m in pattern.finditer(text))
    warnings: list[ReviewWarning] = []
    for span, code in found:
        last = warnings[-1] if warnings else None
        # "Hi ," is one seam even though two seam patterns see it.
        if last and last.code == code and last.span and span[0] < last.span[1]:
            continue
        warnings.append(ReviewWarning(code=code, message=_MESSAGES[code], span=span))
    return warnings


def _fitted(suggestion: str | None, replaced: str) -> str | None:
    # The replacement opens a sentence when the words it replaces did.
    if suggestion and replaced[:1].isupper():
        return suggestion[0].upper() + suggestion[1:]
    return suggestion


def _rule_warnings(text: str, context: RejectionContext | None) -> list[ReviewWarning]:
    return [
        ReviewWarning(
            code=hit.code,
            message=_MESSAGES[hit.code],
            span=hit.span,
            suggestion=_fitted(hit.suggestion, text[hit.span[0] : hit.span[1]]),
        )
        for hit in find_hits(text, context)
    ]


def _limit(
    kind: DraftKind, channel: Channel, context: RejectionContext | None
) -> tuple[str, int] | None:
    # On LinkedIn a pitch or a feedback request is held to the message limit, not an email's.
    message = channel == Channel.linkedin and kind != DraftKind.linkedin_note
    limits: dict[str, int] = _DATA["limits"].get("linkedin_message" if message else kind.value, {})
    if "chars" in limits:
        # Premium raises the connection note's limit only; messages have no premium limit.
        premium = context is not None and context.candidate.linkedin_premium
        return "chars", limits.get("chars_premium", limits["chars"]) if premium else limits["chars"]
    return ("words", limits["words"]) if "words" in limits else None


def _too_long(
    text: str, kind: DraftKind, channel: Channel, context: RejectionContext | None
) -> ReviewWarning | None:
    limit = _limit(kind, channel, context)
    if limit is None:
        return None
    unit, most = limit
    if unit == "chars":
        start = most if len(text) > most else None
    elif len(_WORD.findall(text)) <= most:
        # Counting is cheap; building a match per word is not, and most drafts fit.
        start = None
    else:
        start = next(islice(_WORD.finditer(text), most, None)).start()
    if start is None:
        return None
    message = _DATA["too_long"][f"message_{unit}"].format(limit=most)
    return ReviewWarning(code="too_long", message=message, span=(start, len(text)))


def _names_a_skill(text: str, context: RejectionContext | None) -> bool:
    said = terms(text)
    if context is None:
        return known_skill_in(said)
    candidate = context.candidate
    # What the role asks for counts too: naming it is how a pitch meets the need.
    named = (*candidate.skills, *candidate.highlights, *context.role.requirements)
    return any(mentions(said, phrase) for phrase in named)


def review_text(
    text: str, *, kind: DraftKind, channel: Channel, context: RejectionContext | None = None
) -> list[ReviewWarning]:
    """What in this text a human should look at before sending it, most serious first."""
    warnings = _rule_warnings(text, context) + _seam_warnings(text)
    if channel == Channel.email and kind in _THANKFUL_KINDS and not _GRATITUDE.found_in(text):
        warnings.append(
            ReviewWarning(code="missing_gratitude", message=_DATA["gratitude"]["message"])
        )
    if kind == DraftKind.last_pitch and not _names_a_skill(text, context):
        warnings.append(ReviewWarning(code="missing_skill", message=_DATA["no_skill"]["message"]))
    too_long = _too_long(text, kind, channel, context)
    if too_long is not None:
        warnings.append(too_long)
    return sorted(warnings, key=lambda w: (_RANK[w.code], w.span or (0, 0)))
