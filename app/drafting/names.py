"""People as greetings use them: "Hi Maria," informally, "Dear Dr. Lopez," formally.

nameparser splits a name into title, first, middle, last, suffix and nickname, handling
"Lopez, Maria", "de la Cruz", "Jr." and quoted nicknames. What it cannot know we decide here:
a name in a script that puts the family name first is greeted whole, a credential suffix
("PhD") is dropped from the name, and a title is only ever paired with a family name.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName
from nameparser.config import CONSTANTS

# Han, kana and Hangul: the family name usually comes first and there is no space to tell.
_FAMILY_FIRST_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_INITIAL = re.compile(r"^\w\.?$")
# Honorifics a greeting uses, as callers write them; the value is how a hint is spelt.
_HONORIFICS = {
    "dr": "Dr.",
    "doctor": "Dr.",
    "mr": "Mr.",
    "mister": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "miss": "Miss",
    "mx": "Mx.",
    "prof": "Prof.",
    "professor": "Professor",
    "sir": "Sir",
    "dame": "Dame",
    "rev": "Rev.",
    "reverend": "Reverend",
}
# Knighthoods pair with the given name: "Sir Ian", never "Sir McKellen".
_GIVEN_NAME_TITLES = frozenset({"sir", "dame"})
_DOCTORATES = frozenset({"phd", "md", "dds", "dmd", "dvm", "edd", "pharmd", "dphil", "psyd"})


@dataclass(frozen=True)
class Person:
    full: str  # the name as given, without title, nickname or credentials
    first: str  # informal greeting: "Hi {first},"
    formal: str  # formal greeting: "Dear {formal},"
    title: str | None
    last: str | None


def _key(token: str) -> str:
    return token.lower().replace(".", "").strip()


def _honorific(title: str) -> str | None:
    """The title as a greeting writes it; None for a job title ("Engineering Manager")."""
    words = title.split()
    if len(words) != 1 or _key(words[0]) not in _HONORIFICS:
        return None
    given = words[0]
    return given if given[:1].isupper() else _HONORIFICS[_key(given)]


def _generational(suffix: str) -> str:
    """Keep "Jr." and "III" (part of the name), drop "PhD" and "MBA" (credentials)."""
    kept = [s for s in re.split(r"\s*,\s*|\s+", suffix) if s and _key(s) not in _credentials()]
    return " ".join(kept)


@lru_cache(maxsize=1)
def _credentials() -> frozenset[str]:
    acronyms: set[str] = set(CONSTANTS.suffix_acronyms)
    return frozenset(acronyms) | _DOCTORATES


def _first_name(parsed: HumanName, full: str) -> str:
    first = str(parsed.first)
    middle = str(parsed.middle).split()
    if parsed.nickname:
        return str(parsed.nickname)
    if first and _INITIAL.match(first):  # "J. Robert Oppenheimer" goes by Robert
        return middle[0] if middle and not _INITIAL.match(middle[0]) else full
    return first or full


def _title(parsed: HumanName, title_hint: str | None) -> str | None:
    title = _honorific(str(parsed.title)) if parsed.title else None
    if title is None and title_hint:
        title = _honorific(title_hint.strip())
    if title is None and {_key(s) for s in str(parsed.suffix).split(",")} & _DOCTORATES:
        title = "Dr."
    return title


def _family_first(name: str) -> Person:
    full = " ".join(name.split())
    return Person(full=full, first=full, formal=full, title=None, last=None)


def _parse(name: str, title_hint: str | None) -> Person:
    text = " ".join(name.split())
    if _FAMILY_FIRST_SCRIPT.search(text):
        return _family_first(text)
    parsed = HumanName(text)
    parts = [str(parsed.first), str(parsed.middle), str(parsed.last)]
    core = " ".join(p for p in parts if p)
    if not core:  # "Professor" alone, or punctuation: greet it as written
        return Person(full=text, first=text, formal=text, title=None, last=None)
    suffix = _generational(str(parsed.suffix))
    full = f"{core} {suffix}" if suffix else core
    title = _title(parsed, title_hint)
    last = str(parsed.last) or None
    if not parsed.first and not parsed.middle:  # "Dr. Lee": no given name to greet by
        last = last or core
        first = f"{title} {last}" if title else full
    else:
        first = _first_name(parsed, full)
    return Person(
        full=full, first=first, formal=_formal(title, first, last, full), title=title, last=last
    )


def _formal(title: str | None, first: str, last: str | None, full: str) -> str:
    if title is None:
        return full
    if _key(title) in _GIVEN_NAME_TITLES:
        return f"{title} {first}" if first != full else full
    return f"{title} {last}" if last else full


@lru_cache(maxsize=2048)
def parse_person(name: str, title_hint: str | None = None) -> Person:
    """A name as greetings use it. Never raises: an unparseable name is greeted as given."""
    try:
        return _parse(name, title_hint)
    except Exception:  # nameparser on hostile input: a greeting must still come out
        text = " ".join(name.split()) or name
        return Person(full=text, first=text, formal=text, title=None, last=None)
