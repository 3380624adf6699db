"""The stage the wording suggests, the stated reason, and the day of the rejection."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from app.drafting.context import Stage
from app.drafting.reason import read_reason as read_reason_kind
from app.drafting.results import ReasonKind
from app.inbox.cues import Pattern, cues, first_match
from app.inbox.letter import parse_date
from app.inbox.normalise import Normalised
from app.inbox.results import Found
from app.inbox.textspans import Piece, sentences

_STAGE_ORDER = list(Stage)
# A reason this long is a paragraph, not a sentence: read no further than this.
_LONGEST_REASON = 400
# How far before a stage's words "not to move you forward to" may sit.
_LOOK_BACK = 40


def read_stage(normalised: Normalised) -> Found[Stage] | None:
    """The furthest stage the email says the candidate reached ("the final stage" they were
    not moved forward to is not reached); None when the wording does not tell."""
    text = normalised.text
    best: Found[Stage] | None = None
    for cue in cues().stages:
        for pattern in cue.patterns:
            for match in pattern.finditer(text):
                before = text[max(0, match.start() - _LOOK_BACK) : match.start()]
                if cues().stage_not_reached.search(before):
                    continue
                if best is None or _STAGE_ORDER.index(cue.stage) > _STAGE_ORDER.index(best.value):
                    best = Found(value=cue.stage, confidence=cue.confidence, span=match.span())
                break
    if best and best.value == Stage.applied and cues().stage_interviewed.search(text):
        return None  # "thanks for applying, and for your interview": an interview of unknown kind
    return best


def read_reason(normalised: Normalised, *, after: int, before: int | None) -> Found[str] | None:
    """The sentence that says why, from the decision on: the first whose kind can be told,
    else the first with a concrete cue; never boilerplate ("candidates whose experience more
    closely matches") nor a sentence about feedback, the CV on file or reapplying."""
    candidates = [
        sentence
        for sentence in sentences(normalised.body, normalised.body_start)
        if sentence.start + len(sentence.text) > after
        and (before is None or sentence.start < before)
        and _may_be_reason(sentence)
    ]
    for sentence in candidates:
        if reason_kind(sentence.text) != ReasonKind.unknown:
            return Found(value=sentence.text, confidence=0.75, span=sentence.span)
    for sentence in candidates:
        if first_match(cues().reason, sentence.text):
            return Found(value=sentence.text, confidence=0.6, span=sentence.span)
    return None


def _may_be_reason(sentence: Piece) -> bool:
    elsewhere: tuple[Pattern, ...] = (
        *cues().invited_to_reapply,
        *cues().keeps_cv_on_file,
        *cues().feedback_offered,
        *cues().feedback_declined,
        *cues().no_reply_text,
        *cues().reason_boilerplate,
    )
    return len(sentence.text) <= _LONGEST_REASON and not first_match(elsewhere, sentence.text)


def reason_kind(reason: str) -> ReasonKind:
    """The drafting engine's reading of the reason, else the email genre's own cues."""
    kind = read_reason_kind(reason, []).kind
    ours = next(
        (kind for kind, patterns in cues().reason_kinds if first_match(patterns, reason)),
        ReasonKind.unknown,
    )
    # The engine reads a gap into "has led crews for more seasons"; seasons are a level.
    if kind == ReasonKind.skills_gap and ours == ReasonKind.experience_level:
        return ours
    return kind if kind != ReasonKind.unknown else ours


def read_rejected_on(normalised: Normalised, *, today: date, zone: ZoneInfo) -> Found[date]:
    """The Date header's day in the candidate's zone, else today (with less confidence). A
    day after today is a sender's clock running ahead: today, as no rejection is dated later."""
    moment = parse_date(normalised.value("date"), today=today)
    if moment is None:
        return Found(value=today, confidence=0.5, span=None)
    day = _day_in(moment, zone)
    if day > today:
        return Found(value=today, confidence=0.5, span=normalised.spans["date"])
    return Found(value=day, confidence=0.9, span=normalised.spans["date"])


def _day_in(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date() if moment.tzinfo else moment.date()
