"""Which of the candidate's skills and highlights meet what the role and company asked for.

Matching works on canonical terms: text is lower-cased, split into tokens and every known
alias ("k8s", "Postgres", "JS") is folded into its canonical name from
`data/skill_aliases.json`, so the table, not the code, decides what counts as the same skill.
A skill meets a requirement when one's terms appear, in order, inside the other's, which lets
"data platform" meet "scaling the data platform".
"""

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from app.drafting.context import RejectionContext
from app.drafting.results import Fit, FitMatch

Terms = tuple[str, ...]

_TOKEN = re.compile(r"[\w+#&]+(?:[./\-][\w+#&]+)*|\.[\w]+")


def _load_aliases() -> dict[str, str]:
    raw = json.loads(
        resources.files("app.drafting").joinpath("data/skill_aliases.json").read_text()
    )
    table: dict[str, str] = {}
    for canonical, aliases in raw.items():
        if canonical.startswith("_"):
            continue
        key = canonical.lower()
        for spelling in (canonical, *aliases):
            table[" ".join(_TOKEN.findall(spelling.lower()))] = key
    return table


def _widest_from(aliases: dict[str, str]) -> dict[str, int]:
    """For each token that begins an alias, the most words such an alias spans."""
    widest: dict[str, int] = {}
    for alias in aliases:
        first, *rest = alias.split(" ")
        widest[first] = max(widest.get(first, 1), 1 + len(rest))
    return widest


_ALIASES = _load_aliases()
# Tokens that begin no multi-word alias (nearly all of them) cost one dictionary lookup.
_WIDEST_FROM = _widest_from(_ALIASES)


@lru_cache(maxsize=4096)
def terms(text: str) -> Terms:
    """The canonical terms of a phrase, longest alias first ("amazon web services" -> one term)."""
    tokens = _TOKEN.findall(text.lower())
    out: list[str] = []
    i = 0
    while i < len(tokens):
        widest = min(_WIDEST_FROM.get(tokens[i], 1), len(tokens) - i)
        for width in range(widest, 0, -1):
            canonical = _ALIASES.get(" ".join(tokens[i : i + width]) if width > 1 else tokens[i])
            if canonical is not None:
                out.append(canonical)
                i += width
                break
        else:
            out.append(tokens[i])
            i += 1
    return tuple(out)


def _inside(small: Terms, big: Terms) -> bool:
    width = len(small)
    return width > 0 and any(big[i : i + width] == small for i in range(len(big) - width + 1))


def meets(skill: Terms, requirement: Terms) -> bool:
    """Whether a skill and a requirement name the same thing, one possibly inside the other."""
    return _inside(skill, requirement) or _inside(requirement, skill)


@dataclass(frozen=True, slots=True)
class _Want:
    text: str
    source: str
    terms: Terms


def _wants(context: RejectionContext) -> list[_Want]:
    role = [_Want(req, "role", terms(req)) for req in context.role.requirements]
    company = [_Want(need, "company", terms(need)) for need in context.company.needs]
    return role + company


def _match(
    want: _Want, skills: list[tuple[str, Terms]], highlights: list[tuple[str, Terms]]
) -> FitMatch | None:
    skill = next((name for name, t in skills if meets(t, want.terms)), None)
    if skill is None:
        evidence = next((text for text, t in highlights if _inside(want.terms, t)), None)
        if evidence is None:
            return None
        return FitMatch(
            skill=want.text, requirement=want.text, source=want.source, evidence=evidence
        )
    skill_terms = terms(skill)
    evidence = next(
        (text for text, t in highlights if _inside(skill_terms, t) or _inside(want.terms, t)), None
    )
    return FitMatch(skill=skill, requirement=want.text, source=want.source, evidence=evidence)


def assess(context: RejectionContext) -> Fit:
    """Match skills and highlights to requirements and needs; strongest (evidenced) first."""
    skills = [(skill, terms(skill)) for skill in context.candidate.skills]
    highlights = [(text, terms(text)) for text in context.candidate.highlights]
    matched: list[FitMatch] = []
    gaps: list[str] = []
    for want in _wants(context):
        match = _match(want, skills, highlights)
        if match is not None:
            matched.append(match)
        elif want.source == "role":
            gaps.append(want.text)
    # Evidence from a highlight outranks a bare skill name; role requirements outrank needs.
    matched.sort(key=lambda m: (m.evidence is None, m.source != "role"))
    return Fit(matched=matched, gaps=gaps)


_KNOWN_SKILLS = frozenset(_ALIASES.values())


def known_skill_in(said: Terms) -> bool:
    """Whether a text names any skill the alias table knows, for review without a context."""
    return any(term in _KNOWN_SKILLS for term in said)


def mentions(said: Terms, phrase: str) -> bool:
    """Whether a text's terms contain a skill or highlight, alias-insensitively."""
    return _inside(terms(phrase), said)
