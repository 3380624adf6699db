"""The variables every template sees, derived once per context from facts the context gives.

Nothing here is wording: names are parsed, the caller's phrases are put into the form their
sentence slot needs (app.drafting.language), lists are chosen and trimmed, and who is who is
settled (a contact who also interviewed is written to, never written about).
"""

import json
import re
import zlib
from importlib import resources
from typing import Any

from app.drafting.context import RejectionContext
from app.drafting.families import role_family
from app.drafting.fit import terms
from app.drafting.language import as_achievement, as_noun_result, as_topic, shorten
from app.drafting.names import Person, parse_person
from app.drafting.reason import touches
from app.drafting.results import Fit, ReasonReading

_PITCHED_SKILLS = 2
_WORDS = re.compile(r"\w+")
# A need quoted in a subject line or a LinkedIn note: a topic, not the posting's paragraph.
_SHORT_NEED_WORDS = 7
_NEED_WORDS = 8
_FOCUS_WORDS: dict[str, list[str]] = {
    focus: words
    for focus, words in json.loads(
        resources.files("app.drafting").joinpath("data/interviewer_roles.json").read_text()
    ).items()
    if not focus.startswith("_")
}
_CREDENTIAL_WORDS = frozenset(
    json.loads(resources.files("app.drafting").joinpath("data/credential_words.json").read_text())[
        "words"
    ]
)
# Words that say nothing about what a highlight achieved; overlap on them proves no fit.
_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "our",
        "we",
        "my",
        "i",
        "their",
        "its",
        "team",
        "company",
        "role",
        "work",
        "new",
        "more",
    ]
)


def person(name: str, title: str | None = None) -> dict[str, str | None]:
    """A name as greetings use it: full, first (informal), formal ("Dr. Lopez")."""
    parsed: Person = parse_person(name)
    return {"full": parsed.full, "first": parsed.first, "formal": parsed.formal, "title": title}


def _focus(title: str | None) -> str:
    """What an interviewer's thank-you dwells on, from the words of their title."""
    padded = " ".join(["", *_WORDS.findall((title or "").lower()), ""])
    for focus, cues in _FOCUS_WORDS.items():
        if any(f" {cue} " in padded for cue in cues):
            return focus
    return "general"


def _same_person(a: str, b: str) -> bool:
    """Whether two written names are one person: "Dr. Maria Lopez" is "Maria Lopez"."""
    first, second = parse_person(a), parse_person(b)
    if first.full.casefold() == second.full.casefold():
        return True
    # "John Carter Jr." and "John Carter", "Mohammed Abdullah Al-Qahtani" and "Mohammed
    # Al-Qahtani": the same given and family name is the same person within one company.
    given = first.first.casefold() == second.first.casefold()
    return (
        given and first.last is not None and first.last.casefold() == (second.last or "").casefold()
    )


def contact_interviewed(context: RejectionContext) -> bool:
    contact = context.contact.name if context.contact else None
    return contact is not None and any(_same_person(contact, i.name) for i in context.interviewers)


def interviewers(context: RejectionContext) -> list[dict[str, str | None]]:
    """Who gets a note of their own: every interviewer but the contact, who gets the pitch."""
    contact = context.contact.name if context.contact else None
    return [
        {**person(entry.name, entry.title), "focus": _focus(entry.title)}
        for entry in context.interviewers
        if contact is None or not _same_person(contact, entry.name)
    ]


def _content(text: str) -> set[str]:
    # A crude stem ("renewals" meets "renewal") is enough to rank a handful of highlights.
    return {t[:-1] if len(t) > 3 and t.endswith("s") else t for t in terms(text)} - _FILLER


def best_highlight(highlights: list[str], wants: list[str], evidence: str | None) -> str | None:
    """The highlight that best meets what the company asked for, first need weighing most.

    None when no highlight shares a word with any need or requirement and no matched skill
    showed one: a highlight that meets nothing is still the candidate's, but claims no fit.
    """
    scored = []
    for position, text in enumerate(highlights):
        words = _content(text)
        score = sum(
            len(words & _content(want)) * (2 if i == 0 else 1) for i, want in enumerate(wants)
        )
        scored.append((-score, text != evidence, position, text))
    if not scored:
        return None
    best = min(scored)
    return best[3] if best[0] < 0 or evidence is not None else None


def _usable_skills(fit: Fit, gap: str | None) -> tuple[list[str], list[str]]:
    usable = [m for m in fit.matched if not touches(gap, terms(m.skill))]
    skills: list[str] = []
    for match in usable:
        # A need that only a highlight meets names no skill: its words are the company's
        # sentence ("We need to rebuild…"), quoted as the need, proven by the highlight.
        need_met_by_highlight = match.source == "company" and match.skill == match.requirement
        if match.skill not in skills and not need_met_by_highlight:
            skills.append(match.skill)
    needs = [m.requirement for m in usable if m.source == "company"]
    return skills, needs


def pitch_facts(context: RejectionContext, fit: Fit, reading: ReasonReading) -> dict[str, Any]:
    """Which skills, evidence and need the drafts lean on, leaving the stated gap alone."""
    gap = reading.gap
    skills, matched_needs = _usable_skills(fit, gap)
    matched = bool(skills)
    if not skills:
        skills = [s for s in context.candidate.skills if not touches(gap, terms(s))]
    needs = list(dict.fromkeys(matched_needs + context.company.needs))
    wants = needs + context.role.requirements
    evidence = next((m.evidence for m in fit.matched if m.evidence and m.skill in skills), None)
    chosen = best_highlight(context.candidate.highlights, wants, evidence)
    meets_need = chosen is not None
    if chosen is None and context.candidate.highlights:
        chosen = context.candidate.highlights[0]
    # A posting's paragraph-long need is quoted as its topic, cut at a phrase boundary.
    need = shorten(_main_part(as_topic(needs[0])), _NEED_WORDS) if needs else None
    pitched = skills[:_PITCHED_SKILLS]
    return {
        "skills": pitched,
        # "My PTCB certification meets…", not "my experience with PTCB certification".
        "credentials_only": bool(pitched) and all(_is_credential(s) for s in pitched),
        "all_skills": skills,
        "matched": matched,
        # A claim of fit needs a matched requirement or a highlight that meets a stated need.
        "fits": matched or meets_need,
        "proof": _proof(chosen) if chosen else None,
        "proof_fits": meets_need,
        "need": need,
        "short_need": shorten(need, _SHORT_NEED_WORDS) if need else None,
        "gap": as_topic(gap) if gap else None,
        "gap_credential": gap is not None and _is_credential(gap),
    }


def _is_credential(skill: str) -> bool:
    return any(word.lower() in _CREDENTIAL_WORDS for word in _WORDS.findall(skill))


def _main_part(topic: str) -> str:
    """ "growing renewals in the enterprise segment, where customers are large" -> the part
    before the comma: what follows a comma in a need explains it, and the pitch only names it."""
    head = topic.split(", ", 1)[0]
    return head if len(head.split()) >= 3 else topic


def _proof(highlight: str) -> dict[str, str | None]:
    """A highlight as the pitch quotes it: "I grew renewals by 18%", or the result itself."""
    return {"clause": as_achievement(highlight), "noun": as_noun_result(highlight)}


def pick(context: RejectionContext) -> int:
    """A number fixed by who and what the message is about, to choose among phrasings.

    Deterministic (the same context always reads the same) yet different across companies
    and candidates, so two rejections rarely share a closing.
    """
    key = "\x1f".join((context.candidate.name, context.company.name, context.role.title))
    return zlib.crc32(key.encode())


def base_facts(context: RejectionContext, reading: ReasonReading) -> dict[str, Any]:
    contact = context.contact
    return {
        "candidate": person(context.candidate.name),
        "contact": person(contact.name, contact.title) if contact and contact.name else None,
        "contact_interviewed": contact_interviewed(context),
        "company": context.company.name,
        "role": context.role.title,
        "family": role_family(context.role.title).value,
        "stage": context.stage.value,
        "tone": context.tone.value,
        "interest": context.interest.value,
        "reason_kind": reading.kind.value,
        "pick": pick(context),
    }
