"""Small readers of the normalised text that keep offsets: lines, sentences, and name-shaped
word runs, so every field can say where it came from."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.inbox.cues import cues

Span = tuple[int, int]

# A full stop inside a word ("fernway.example/jobs", "3.5") does not end a sentence.
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?]+(?=[^\s.!?]))+(?:[.!?]+(?=\s|$)|(?=\n)|$)")
_EDGE = " \t\"'\u201c\u201d\u2018\u2019*-\u2013\u2014•>_"


@dataclass(frozen=True)
class Piece:
    """A stretch of the text and where it starts."""

    text: str
    start: int

    @property
    def span(self) -> Span:
        return (self.start, self.start + len(self.text))


def lines(text: str, offset: int = 0) -> list[Piece]:
    """Every non-blank line of `text`, stripped of bullets, quotes and spaces at its edges."""
    found: list[Piece] = []
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip(_EDGE)
        if stripped:
            found.append(Piece(stripped, offset + position + raw.index(stripped)))
        position += len(raw) + 1
    return found


def sentences(text: str, offset: int = 0) -> Iterator[Piece]:
    """Sentences (a line break ends one too), stripped."""
    for match in _SENTENCE.finditer(text):
        raw = match.group()
        stripped = raw.strip(_EDGE)
        if len(stripped) > 2:
            yield Piece(stripped, offset + match.start() + raw.index(stripped))


def trimmed(text: str, start: int) -> Piece:
    """`text` without spaces, quotes and trailing punctuation at its edges, with its offset."""
    stripped = text.strip(_EDGE + ".,;:!?")
    return Piece(stripped, start + text.index(stripped) if stripped else start)


def words(text: str) -> list[str]:
    return re.findall(r"[\w'\u2019&.-]+", text.lower())


def is_company(text: str) -> bool:
    """Whether a line reads as an employer's name ("Fenwick & Rowe Capital", "Acme Ltd")."""
    return any(word.strip(",") in cues().company_words for word in words(text))


def is_team(text: str) -> bool:
    """Whether a display name or a sign-off line names a team rather than a person."""
    return any(word.strip(".") in cues().team_words for word in words(text))


# "Jordan", "Anna-Lena", "J.", "McDonald", "MacLeod", "O'Neil", and "SMITH" in a name in capitals
_PERSON_WORD = re.compile(
    r"^(?:[A-Z][a-zà-ÿ'\u2019-]+(?:-[A-Z][a-zà-ÿ'\u2019]+)?|[A-Z]\.|[A-Z][a-z]{0,2}[A-Z][a-z]+"
    r"|[A-Z]['\u2019][A-Z][a-zà-ÿ]+)$"
)
_CAPITALS_WORD = re.compile(r"^[A-Z][A-Z'\u2019-]+$")
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.? ")
_POST_NOMINAL = re.compile(r"^[A-Z]{2,6}$")
_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "bin"}
)


def is_person(text: str, *, single_word: bool = False) -> bool:
    """Whether `text` reads as a person's name: two to four capitalised words, none a team's
    (one word too when `single_word`)."""
    parts = _HONORIFIC.sub("", text).split()
    least = 1 if single_word else 2
    if not least <= len(parts) <= 4 or is_team(text) or any(ch.isdigit() for ch in text):
        return False
    if any(word.lower() in cues().title_words for word in parts):
        return False
    if any(word.lower().strip(",") in cues().company_words for word in parts):
        return False  # "Sagebrush Outdoor, Inc." and "Tidewell Accounting LLC" are employers
    named = [part for part in parts if part.lower() not in _PARTICLES]
    if named and all(_CAPITALS_WORD.match(part) for part in named):
        return len(named) >= least  # "JOHN SMITH" as some signatures write it
    return bool(named) and all(_PERSON_WORD.match(part) for part in named)


# "(she/her)" and ", PhD" after a name in a signature are not part of it.
_NAME_EXTRAS = re.compile(
    r"\s*(?:\([^)]*\)|,\s*(?:PhD|Ph\.D\.|MBA|MD|MSc|BSc|CIPD|SPHR|PHR|Esq\.?|Jr\.?|Sr\.?))\s*$"
)


def bare_name(text: str) -> str:
    """A signature's name line without pronouns or letters after the name ("MRICS")."""
    previous = None
    while previous != text:
        previous, text = text, _NAME_EXTRAS.sub("", text)
    words = text.split()
    while (
        len(words) > 2
        and _POST_NOMINAL.match(words[-1])
        and not words[0].isupper()
        and words[-1].lower() not in cues().company_words  # "Aldersgate Crane LLP" stays
    ):
        words = words[:-1]
    return " ".join(words)
