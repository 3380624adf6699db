"""The variables every template sees, derived once per context from facts the context gives.

Nothing here is wording: names are split, lists chosen and trimmed, punctuation at the edges
of the candidate's own phrases removed so a template can end the sentence itself.
"""

import json
import re
import unicodedata
from importlib import resources
from typing import Any

from app.drafting.context import RejectionContext
from app.drafting.fit import terms
from app.drafting.reason import stated_gap, touches
from app.drafting.results import Fit

_PITCHED_SKILLS = 2
_TRAILING = re.compile(r"[\s.;,:!]+$")
_WORDS = re.compile(r"\w+")
_FOCUS_WORDS: dict[str, list[str]] = {
    focus: words
    for focus, words in json.loads(
        resources.files("app.drafting").joinpath("data/interviewer_roles.json").read_text()
    ).items()
    if not focus.startswith("_")
}


def _is_cjk(text: str) -> bool:
    return any(
        unicodedata.name(ch, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA"))
        for ch in text
    )


def person(name: str) -> dict[str, str]:
    """A name as greetings use it: the full name, and the first name when it is safe to guess."""
    words = name.split()
    # "Dr. Lee" has no first name to use; in CJK names the family name usually comes first.
    safe = len(words) > 1 and not words[0].endswith(".") and not _is_cjk(name)
    return {"full": name, "first": words[0] if safe else name}


def clause(text: str) -> str:
    """A candidate's phrase without trailing punctuation, ready to end a template's sentence."""
    return _TRAILING.sub("", text)


def _focus(title: str | None) -> str:
    """What an interviewer's thank-you dwells on, from the words of their title."""
    padded = " ".join(["", *_WORDS.findall((title or "").lower()), ""])
    for focus, cues in _FOCUS_WORDS.items():
        if any(f" {cue} " in padded for cue in cues):
            return focus
    return "general"


def interviewers(context: RejectionContext) -> list[dict[str, str | None]]:
    return [
        {**person(entry.name), "title": entry.title, "focus": _focus(entry.title)}
        for entry in context.interviewers
    ]


def pitch_facts(context: RejectionContext, fit: Fit) -> dict[str, Any]:
    """Which skills, evidence and need the drafts lean on, leaving the stated gap alone."""
    gap = stated_gap(context.reason, context.role.requirements)
    usable = [m for m in fit.matched if not touches(gap, terms(m.skill))]
    skills: list[str] = []
    for match in usable:
        if match.skill not in skills:
            skills.append(match.skill)
    matched = bool(skills)
    if not skills:
        skills = [s for s in context.candidate.skills if not touches(gap, terms(s))]
    evidence = next(
        (m.evidence for m in usable if m.evidence and m.skill in skills[:_PITCHED_SKILLS]), None
    )
    highlight = (
        None if evidence or not context.candidate.highlights else context.candidate.highlights[0]
    )
    needs = [m.requirement for m in usable if m.source == "company"] + context.company.needs
    return {
        "skills": skills[:_PITCHED_SKILLS],
        "all_skills": skills,
        "matched": matched,
        "evidence": clause(evidence) if evidence else None,
        "highlight": clause(highlight) if highlight else None,
        "need": clause(needs[0]) if needs else None,
        "gap": clause(gap) if gap else None,
    }


def base_facts(context: RejectionContext) -> dict[str, Any]:
    return {
        "candidate": person(context.candidate.name),
        "contact": person(context.contact.name)
        if context.contact and context.contact.name
        else None,
        "company": context.company.name,
        "role": context.role.title,
        "stage": context.stage.value,
        "tone": context.tone.value,
        "interest": context.interest.value,
    }
