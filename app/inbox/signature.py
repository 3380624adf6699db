"""The sign-off block: after a closing ("Best,", "Kind regards,") or a dash ("- Carla"), or
failing those a name line over a title line near the end. It holds the contact's name and
title and often the company's name, so it is read before anything is stripped."""

import re
from dataclasses import dataclass, replace

from app.inbox.cues import cues
from app.inbox.normalise import Normalised
from app.inbox.textspans import Piece, bare_name, is_person, is_team, lines, trimmed, words

# A title line that also names the company: "Shift Lead, Redline" / "| Acme" / "at Acme".
_TITLE_AND_COMPANY = re.compile(
    r"^(?P<title>.+?)\s*(?:,|\||\bat\b|@|\u2013|\u2014| - )\s*(?P<company>[^,|]+)$"
)
_NOT_TEXT = re.compile(r"https?://|www\.|@|\+?\d[\d ()./-]{6,}|\d{3,}")
_DASH_SIGN_OFF = re.compile(r"^\s*(?:-{1,2}|\u2013|\u2014)\s*\S")
_TRAILING_NAME = re.compile(
    r"\s(?:-{1,2}|\u2013|\u2014)\s*(?P<name>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?)$"
)
# "Talent Acquisition, APAC": a region or a short code after the comma is no company.
_REGION = re.compile(
    r"^(?:[A-Z]{2,5}|(?i:north|south|east|west|central)\b.*|(?i:europe|americas|asia).*)$"
)
_SIGN_OFF_LINES = 6
_LAST_LINES = 8
_LONGEST_TITLE = 80
_LONGEST_COMPANY = 60


@dataclass(frozen=True)
class Signature:
    name: Piece | None = None
    title: Piece | None = None
    company: Piece | None = None
    team: Piece | None = None
    # Where the sign-off starts: the body's own words end there.
    start: int | None = None


def _closing_rest(line: str) -> str | None:
    """The rest of a line that starts with a closing ("Best regards, Jordan" → "Jordan")."""
    head, _, rest = line.partition(",")
    if head.strip(" !.-\u2014").lower() in cues().closings:
        return rest.strip()
    return None


def read_signature(normalised: Normalised) -> Signature:
    """The last sign-off block in the body, or an empty one."""
    body_lines = lines(normalised.body, normalised.body_start)
    for index in range(len(body_lines) - 1, -1, -1):
        line = body_lines[index]
        rest = _closing_rest(line.text)
        if rest is None and _is_dash_sign_off(normalised.text, line):
            rest = line.text
        if rest is None:
            continue
        block = body_lines[index + 1 : index + 1 + _SIGN_OFF_LINES]
        if rest and (is_person(rest, single_word=True) or is_team(rest)):
            block = [Piece(rest, line.start + line.text.index(rest)), *block]
        return replace(_read_block(block), start=line.start)
    return _trailing_dash(body_lines) or _unannounced(body_lines[-_LAST_LINES:])


def _trailing_dash(body_lines: list[Piece]) -> Signature | None:
    """A one-liner signed at its end: "... chat last week! — Marcus"."""
    if not body_lines:
        return None
    last = body_lines[-1]
    match = _TRAILING_NAME.search(last.text)
    if not match or not is_person(match.group("name"), single_word=True):
        return None
    start = last.start + match.start("name")
    return Signature(name=Piece(match.group("name"), start), start=start)


def _is_dash_sign_off(text: str, line: Piece) -> bool:
    line_start = text.rfind("\n", 0, line.start) + 1
    return bool(_DASH_SIGN_OFF.match(text[line_start : line.start + 1])) and is_person(
        line.text, single_word=True
    )


def _unannounced(last: list[Piece]) -> Signature:
    """A name over a title with no closing above it ("Kyle Brennan / Sales Recruiter")."""
    for index, line in enumerate(last[:-1]):
        if is_person(line.text) and _is_title(last[index + 1].text):
            return replace(_read_block(last[index:]), start=line.start)
    return Signature()


def _read_block(block: list[Piece]) -> Signature:
    if not block:
        return Signature()
    first = trimmed(block[0].text, block[0].start)
    lead = first.text.split(" | ")[0]
    if is_team(lead) and not _NOT_TEXT.search(lead):
        return Signature(team=first, company=_company_line(block[1:4]))
    name_text, _, title_text = first.text.partition(" | ")
    name_text = bare_name(name_text)
    if not is_person(name_text, single_word=True):
        return Signature()
    name = Piece(name_text, first.start)
    rest = block[1:]
    if title_text:
        rest = [Piece(title_text, first.start + first.text.index(title_text)), *rest]
    elif rest and " " not in name.text and is_person(_bare(rest[0].text.split(" | ")[0])):
        # "Peter" then "Dr. Peter Lindqvist": the full name is the better one
        full, _, title_text = rest[0].text.partition(" | ")
        name = Piece(bare_name(full), rest[0].start)
        title_start = rest[0].start + rest[0].text.find(title_text)
        rest = [Piece(title_text, title_start), *rest[1:]] if title_text else rest[1:]
    title, company = _title_and_company(rest)
    return Signature(name=name, title=title, company=company)


def _bare(text: str) -> str:
    return re.sub(r"^(?:Dr|Prof|Mr|Mrs|Ms)\.? ", "", bare_name(text))


def _title_and_company(rest: list[Piece]) -> tuple[Piece | None, Piece | None]:
    if not rest or not _is_title(rest[0].text):
        return None, None
    line = trimmed(rest[0].text, rest[0].start)
    company = _company_line(rest[1:2])
    if company:
        return line, company
    split = _TITLE_AND_COMPANY.match(line.text)
    if (
        split
        and _is_title(split.group("title"))
        and not _is_title(split.group("company"))
        and not _REGION.match(split.group("company").strip())
    ):
        title = Piece(split.group("title"), line.start + split.start("title"))
        return title, trimmed(split.group("company"), line.start + split.start("company"))
    return line, None


def _company_line(candidates: list[Piece]) -> Piece | None:
    for line in candidates:
        text = line.text.split(" | ")[0].strip()
        if is_team(text):
            continue
        if _is_company_line(text):
            return trimmed(text, line.start)
        return None
    return None


def _is_title(text: str) -> bool:
    if len(text) > _LONGEST_TITLE or _NOT_TEXT.search(text):
        return False
    return any(word.strip(".,") in cues().title_words for word in words(text))


_CONNECTORS = frozenset({"&", "and", "of", "the", "de", "du", "des", "la", "le", "für", "y", "et"})


def _is_company_line(text: str) -> bool:
    """A line written as a name: every word capitalised but the small ones ("Fathom & Field",
    "Borough of Ashcombe Council"), not "Powered by Greenhouse" or a street address."""
    if not text or len(text) > _LONGEST_COMPANY or _NOT_TEXT.search(text):
        return False
    names = [word for word in text.split() if word.lower() not in _CONNECTORS]
    return bool(names) and all(word[0].isupper() or word[0].isdigit() for word in names)
