"""The stage the wording suggests, the stated reason, and the day of the rejection."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from app.drafting.context import Stage
from app.inbox.cues import Pattern, StageCue, cues, first_match
from app.inbox.letter import parse_date
from app.inbox.normalise import Normalised
from app.inbox.results import Found
from app.inbox.textspans import sentences

_STAGE_ORDER = list(Stage)
# A reason this long is a paragraph, not a sentence: read no further than this.
_LONGEST_REASON = 400


def read_stage(normalised: Normalised) -> Found[Stage] | None:
    """The furthest stage the email's words reach; weak cues ("interview") only say little."""
    for stage_cues in (cues().stages, cues().weak_stages):
        found = _furthest(stage_cues, normalised.text)
        if found:
            return found
    return None


def _furthest(stage_cues: tuple[StageCue, ...], text: str) -> Found[Stage] | None:
    best: Found[Stage] | None = None
    for cue in stage_cues:
        match = first_match(cue.patterns, text)
        if match is None:
            continue
        if best is None or _STAGE_ORDER.index(cue.stage) > _STAGE_ORDER.index(best.value):
            best = Found(value=cue.stage, confidence=cue.confidence, span=match.span())
    return best


def read_reason(normalised: Normalised) -> Found[str] | None:
    """The first sentence that says why, not one about feedback, the CV on file or reapplying."""
    elsewhere: tuple[Pattern, ...] = (
        *cues().invited_to_reapply,
        *cues().keeps_cv_on_file,
        *cues().feedback_offered,
        *cues().feedback_declined,
    )
    for sentence in sentences(normalised.body, normalised.body_start):
        if len(sentence.text) > _LONGEST_REASON or first_match(elsewhere, sentence.text):
            continue
        if first_match(cues().reason, sentence.text):
            return Found(value=sentence.text, confidence=0.7, span=sentence.span)
    return None


def read_rejected_on(normalised: Normalised, *, today: date, zone: ZoneInfo) -> Found[date]:
    """The Date header's day in the candidate's zone, else today (with less confidence)."""
    moment = parse_date(normalised.value("date"), today=today)
    if moment is None:
        return Found(value=today, confidence=0.5, span=None)
    return Found(value=_day_in(moment, zone), confidence=0.9, span=normalised.spans["date"])


def _day_in(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date() if moment.tzinfo else moment.date()
