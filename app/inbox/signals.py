"""The yes/no readings of the email, each with the words that say it."""

import re

from app.drafting.senders import is_no_reply
from app.inbox.cues import Pattern, cues, first_match
from app.inbox.fields import reason_kind
from app.inbox.letter import Letter
from app.inbox.normalise import Normalised
from app.inbox.results import Found, Signal, Signals
from app.inbox.textspans import Piece, sentences

_TEMPLATE_GREETING = re.compile(
    r"^(?:dear|hi|hello) (?:candidate|applicant|applicants|candidates|job seeker)\b",
    re.IGNORECASE | re.MULTILINE,
)
# A template speaks as "we"; a note that says "I" twice or more was written by someone.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my)\b")
_FIRST_PERSON_NOTE = 2
_SAID = 0.9
_NOT_SAID = 0.8
# A sentence that says it in its own words is less sure than a listed phrase.
_CLAUSE_SAID = 0.75


def _all(patterns: tuple[Pattern, ...], text: str) -> list[re.Match[str]]:
    return sorted(
        (match for pattern in patterns if (match := pattern.search(text))),
        key=lambda match: match.start(),
    )


def _joined(matches: list[re.Match[str]]) -> tuple[int, int]:
    """The first match's span, stretched over the matches that overlap it, so the highlight
    covers "We have decided to move forward with another", not its first words only."""
    start, end = matches[0].span()
    for match in matches[1:]:
        if match.start() > end:
            break
        end = max(end, match.end())
    return start, end


# "we won't be moving you forward to the final stage" negates the invitation it holds.
_NEGATION = re.compile(r"(?:\bnot|n't|\bnever|\bno longer|\bunable to)\b(?: [\w']+){0,2} ?$", re.I)


def _affirmed(matches: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    return [m for m in matches if not _NEGATION.search(text[max(0, m.start() - 30) : m.start()])]


def _regions(matches: list[re.Match[str]]) -> int:
    """How many separate places say it: two cues over the same words are one saying."""
    count, end = 0, -1
    for match in matches:  # sorted by start
        if match.start() >= end:
            count += 1
        end = max(end, match.end())
    return count


def read_is_rejection(normalised: Normalised) -> Signal:
    """A decision's words ("decided to move forward with another candidate") against an
    invitation's or an offer's; an acknowledgement's softer words ("we'll be in touch") lose
    to a decision, and a bare "unfortunately" wins only when nothing else speaks."""
    text = normalised.text
    decided = _all(cues().rejection, text)
    invited = _affirmed(_all(cues().not_rejection, text), text)
    softer = _affirmed(_all(cues().not_rejection_soft, text), text)
    if decided and _regions(decided) > _regions(invited):
        confidence = 0.95 if not (invited or softer) else 0.8 if not invited else 0.7
        return Signal(value=True, confidence=confidence, span=_joined(decided))
    if invited or softer:
        first = (invited or softer)[0]
        return Signal(value=False, confidence=0.6 if decided else 0.85, span=first.span())
    weak = first_match(cues().weak_rejection, text)
    if weak:  # no decision in so many words, but the tone of one and no invitation
        return Signal(value=True, confidence=0.6, span=weak.span())
    # Pasted into a "my rejection" box, a note about an application that neither invites nor
    # offers nor acknowledges is a rejection put gently ("we're looking for someone with more
    # experience"): say so, barely sure, and leave a note about anything else alone.
    about = first_match(cues().about_application, text)
    if about:
        return Signal(value=True, confidence=0.55, span=about.span())
    return Signal(value=False, confidence=0.5)


def _said(patterns: tuple[Pattern, ...], text: str, clause: str | None = None) -> Signal:
    """A listed phrase, or failing one a sentence that says the same in its own words."""
    match = first_match(patterns, text)
    if match is not None:
        return Signal(value=True, confidence=_SAID, span=match.span())
    said = _clause_said(clause, text) if clause else None
    if said is not None:
        return Signal(value=True, confidence=_CLAUSE_SAID, span=said.span)
    return Signal(value=False, confidence=_NOT_SAID)


def _clause_said(name: str, text: str) -> Piece | None:
    """The first sentence holding a word of each of a clause's groups and none of its
    `unless` words ("we'd love to hear from you" + "future roles" invites a reapplication)."""
    for sentence in sentences(text):  # the body's and the subject's
        for clause in cues().clauses.get(name, ()):
            if clause.unless and clause.unless.search(sentence.text):
                continue
            if all(group.search(sentence.text) for group in clause.groups):
                return sentence
    return None


def read_signals(
    normalised: Normalised,
    letter: Letter,
    *,
    is_rejection: Signal,
    reason: Found[str] | None,
    signed_by_person: bool,
) -> Signals:
    text = normalised.text
    declined = _said(cues().feedback_declined, text, "feedback_declined")
    offered = _said(cues().feedback_offered, text, "feedback_offered")
    if declined.value and offered.value:  # a decline wins over a vague offer
        offered = Signal(value=False, confidence=0.6)
    no_reply = _no_reply(normalised, letter)
    kind = reason_kind(reason.value) if reason else None
    return Signals(
        is_rejection=is_rejection,
        invited_to_reapply=_said(cues().invited_to_reapply, text, "invited_to_reapply"),
        keeps_cv_on_file=_said(cues().keeps_cv_on_file, text, "keeps_cv_on_file"),
        feedback_offered=offered,
        feedback_declined=declined,
        no_reply_sender=no_reply,
        automated=_automated(normalised, letter, no_reply, signed_by_person=signed_by_person),
        reason_kind=Found(value=kind, confidence=reason.confidence, span=reason.span)
        if reason and kind
        else None,
    )


def _no_reply(normalised: Normalised, letter: Letter) -> Signal:
    """Whether a reply would reach no one: the address it goes to, or the email says so."""
    key, address = (
        ("reply_to_address", letter.reply_to)
        if letter.reply_to
        else ("from_address", letter.sender_address)
    )
    if address and is_no_reply(address):
        return Signal(value=True, confidence=0.95, span=normalised.spans.get(key))
    return _said(cues().no_reply_text, normalised.text)


def _automated(
    normalised: Normalised, letter: Letter, no_reply: Signal, *, signed_by_person: bool
) -> Signal:
    """Sent by an ATS or a team's template rather than written by a person: an ATS's
    "Sent via Lever" under a recruiter's own signature is still a person writing."""
    if no_reply.value:
        return Signal(value=True, confidence=0.9, span=no_reply.span)
    said = first_match(cues().automated_text, normalised.text)
    if said:
        return Signal(value=True, confidence=0.85, span=said.span())
    address = letter.sender_address or ""
    domain = address.rsplit("@", 1)[-1].lower()
    if any(mailer in domain for mailer in cues().automated_mailers):
        return Signal(value=True, confidence=0.8, span=normalised.spans.get("from_address"))
    if signed_by_person:
        return Signal(value=False, confidence=0.7)
    if len(_FIRST_PERSON.findall(normalised.body)) >= _FIRST_PERSON_NOTE:
        # "I wanted to let you know... I'd be glad to..." under a team's name: a person wrote it
        return Signal(value=False, confidence=0.6)
    template = _TEMPLATE_GREETING.search(normalised.body)
    if template:
        span = (normalised.body_start + template.start(), normalised.body_start + template.end())
        return Signal(value=True, confidence=0.8, span=span)
    # No person signed it and no person sent it: a team's template.
    return Signal(value=True, confidence=0.6, span=None)
