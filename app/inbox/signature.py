"""The sign-off block: after a closing ("Best,", "Kind regards,") or a dash ("- Carla"), or
failing those a name line over a title line near the end. It holds the contact's name and
title and often the company's name, so it is read before anything is stripped."""

import re
from dataclasses import dataclass, replace

from app.inbox.cues import cues
from app.inbox.normalise import Normalised
from app.inbox.textspans import (
    Piece,
    bare_name,
    is_company,
    is_person,
    is_team,
    lines,
    trimmed,
    words,
)

# A title line that also names the company: "Shift Lead, Redline" / "| Acme" / "at Acme".
_TITLE_AND_COMPANY = re.compile(
    r"^(?P<title>.+?)\s*(?:,|\||\bat\b|@|\u2013|\u2014| - )\s*(?P<company>[^,|]+)$"
)
# A name line that also holds the title: "Ana Ruiz, People Partner", "Joel - Creative Director".
_NAME_AND_TITLE = re.compile(r"^(?P<name>[^,|\u2013\u2014]+?)\s*(?:,|\||\u2013|\u2014| - )\s*")
_NOT_TEXT = re.compile(
    r"https?://|www\.|@|\+?\d[\d ()./-]{6,}|\d{3,}|/|\u2022"
    r"|\b[\w-]+\.(?:com|io|co|org|net|example)\b"
)
_DASH_SIGN_OFF = re.compile(r"^\s*(?:-{1,2}|\u2013|\u2014)\s*\S")
_TRAILING_NAME = re.compile(
    r"(?:\s(?:-{1,2}|\u2013|\u2014)\s*|[.!]\s+(?i:best|thanks|cheers|regards|all the best),?\s+)"
    r"(?P<name>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?)$"
)
# "With kind regards", "Best wishes for the future", "Many thanks again": closings beyond the list.
_CLOSING = re.compile(
    r"^(?:with |and )?(?:(?:very |kind|kindest|best|warm|warmest|many|all the|all|sincere)\s+)*"
    r"(?:regards|wishes|thanks|best|cheers)\b|^yours\b",
    re.IGNORECASE,
)
_LONGEST_CLOSING = 6
# "Talent Acquisition, APAC": a region or a short code after the comma is no company.
_REGION = re.compile(
    r"^(?:[A-Z]{2,5}|(?i:north|south|east|west|central)\b.*|(?i:europe|americas|asia).*)$"
)
_SIGN_OFF_LINES = 6
_NAME_WORDS = 4
_LAST_LINES = 8
_LONGEST_TITLE = 80
_LONGEST_COMPANY = 60
_TITLE_WORDS = 8
_LOWERCASE_COMPANY_WORDS = 4


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
    bare = head.strip(" !.-\u2014").lower()
    rest = rest.strip()
    closing = bare in cues().closings or (
        len(bare.split()) <= _LONGEST_CLOSING and _CLOSING.match(bare) is not None
    )
    # "Thanks for tonight, you worked clean" opens a sentence; a closing ends the letter.
    if closing and (not rest or is_person(rest, single_word=True) or is_team(rest)):
        return rest
    return None


def read_signature(normalised: Normalised) -> Signature:
    """The last sign-off block in the body, or an empty one."""
    body_lines = lines(normalised.body, normalised.body_start)
    for index in range(len(body_lines) - 1, -1, -1):
        line = body_lines[index]
        rest = _closing_rest(line.text)
        if rest is None and _is_dash_sign_off(normalised.text, line):
            rest = line.text
        if rest is None and _is_any_closing(body_lines, index):
            rest = ""
        if rest is None or (index == len(body_lines) - 1 and not rest):
            continue
        block = body_lines[index + 1 : index + 1 + _SIGN_OFF_LINES]
        if rest:
            block = [Piece(rest, line.start + line.text.index(rest)), *block]
        return replace(_read_block(block), start=line.start)
    return (
        _trailing_dash(body_lines)
        or _unannounced(body_lines[-_LAST_LINES:])
        or _last_line_name(body_lines)
    )


_GREETING_WORDS = frozenset({"hi", "hello", "hey", "dear", "good", "greetings"})
_CLOSING_WORDS = 6


def _is_any_closing(body_lines: list[Piece], index: int) -> bool:
    """A short line ending in a comma just above a name near the end ("Talk soon,", "With
    gratitude,", "On behalf of the hiring team,"): a closing whatever its words."""
    line = body_lines[index].text
    if index >= len(body_lines) - 1 or index < len(body_lines) - _LAST_LINES:
        return False
    first = line.split()[0].lower() if line.split() else ""
    return (
        line.endswith(",")
        and len(line.split()) <= _CLOSING_WORDS
        and line[0].isupper()
        and first not in _GREETING_WORDS
        and is_person(_bare(body_lines[index + 1].text), single_word=True)
    )


def _last_line_name(body_lines: list[Piece]) -> Signature:
    """A note signed with a bare first name on its last line ("... good luck out there.
    / Jules"), or over the employer's name ("Marta / Moss & Crumb")."""
    if len(body_lines) < 2:
        return Signature()
    last = body_lines[-1]
    above = body_lines[-2]
    if (
        len(body_lines) > 2
        and is_person(above.text, single_word=True)
        and _is_company_line(last.text)
        and body_lines[-3].text.endswith((".", "!"))
    ):
        return Signature(name=above, company=trimmed(last.text, last.start), start=above.start)
    if is_person(last.text, single_word=True) and body_lines[-2].text.endswith((".", "!")):
        return Signature(name=last, start=last.start)
    return Signature()


def _trailing_dash(body_lines: list[Piece]) -> Signature | None:
    """A one-liner signed at its end: "... chat last week! — Marcus", "... way. Best, Alex"."""
    if not body_lines:
        return None
    last = body_lines[-1]
    match = _TRAILING_NAME.search(last.text)
    if not match or not is_person(match.group("name"), single_word=True):
        return None
    start = last.start + match.start("name")
    before = last.text[: match.start()].strip()
    if is_person(before) and len(before.split()) <= _NAME_WORDS:
        # "Jo Bloggs - Northwind Traders": a name and the employer, not a note signed "- Name"
        return Signature(
            name=Piece(before, last.start),
            company=Piece(match.group("name"), start),
            start=last.start,
        )
    return Signature(name=Piece(match.group("name"), start), start=start)


def _is_dash_sign_off(text: str, line: Piece) -> bool:
    line_start = text.rfind("\n", 0, line.start) + 1
    return bool(_DASH_SIGN_OFF.match(text[line_start : line.start + 1])) and is_person(
        line.text, single_word=True
    )


def _unannounced(last: list[Piece]) -> Signature | None:
    """A name over a title with no closing above it ("Kyle Brennan / Sales Recruiter",
    "Deirdre / Talent Partner, Corran Bay Shipping")."""
    for index, line in enumerate(last[:-1]):
        name = _split_name(line)[0]
        if is_person(name.text, single_word=True) and _is_title(last[index + 1].text):
            return replace(_read_block(last[index:]), start=line.start)
    return None


def _split_name(line: Piece) -> tuple[Piece, Piece | None]:
    """(name, title) of a line that may hold both ("Ana Ruiz, People Partner")."""
    text = bare_name(line.text)
    match = _NAME_AND_TITLE.match(text)
    if match and is_person(bare_name(match.group("name"))) and match.end() < len(text):
        title = text[match.end() :].strip()
        return (
            Piece(bare_name(match.group("name")), line.start),
            Piece(title, line.start + line.text.index(title)),
        )
    return Piece(text, line.start), None


def _read_block(block: list[Piece]) -> Signature:
    if not block:
        return Signature()
    first = trimmed(block[0].text, block[0].start)
    if (
        len(block) > 1
        and _is_title(first.text)
        and not _all_team(first.text)  # "Talent Partner" is a title; "Talent Acquisition" a team
        and is_person(_bare(block[1].text))
    ):
        # "Headteacher / Ruth Okafor / St Aldhelm's": a UK letter puts the title first
        name = trimmed(block[1].text, block[1].start)
        company = _company_line(block[2:3], after_title=True)
        return Signature(name=name, title=first, company=company)
    name, title_piece = _split_name(first)
    if (
        is_team(name.text)
        and len(name.text.split()) <= _TITLE_WORDS
        and not _NOT_TEXT.search(name.text)
        and not is_company(name.text)
    ):
        return Signature(team=first, company=_company_line(block[1:4], after_title=False))
    if is_company(name.text) and _is_company_line(name.text):
        return Signature(company=first)  # "Best regards, / Tidewell Accounting LLC / Hiring Team"
    if not is_person(name.text, single_word=True):
        return Signature()
    rest = [title_piece, *block[1:]] if title_piece else block[1:]
    if not title_piece and rest and " " not in name.text:
        # "Peter" then "Dr. Peter Lindqvist": the full name is the better one
        fuller, fuller_title = _split_name(rest[0])
        if is_person(_bare(fuller.text)) and name.text in _bare(fuller.text).split():
            name = fuller
            rest = [fuller_title, *rest[1:]] if fuller_title else rest[1:]
    title, company = _title_and_company(rest)
    return Signature(name=name, title=title, company=company)


def _bare(text: str) -> str:
    return re.sub(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.? ", "", bare_name(text))


def _title_and_company(rest: list[Piece]) -> tuple[Piece | None, Piece | None]:
    if not rest:
        return None, None
    followed_by_company = len(rest) > 1 and _company_line(rest[1:2], after_title=True)
    if not (_looks_like_title(rest[0].text) or (followed_by_company and _is_titled(rest[0]))):
        return None, _company_line(rest[:1], after_title=False)
    line = trimmed(rest[0].text, rest[0].start)
    company = _company_line(rest[1:2], after_title=True)
    if company:
        return line, company
    split = _TITLE_AND_COMPANY.match(line.text)
    if (
        split
        and _is_title(split.group("title"))
        and not _is_title(split.group("company"))
        and not _REGION.match(split.group("company").strip())
        and not _is_department(split.group("company"))
    ):
        title = Piece(split.group("title"), line.start + split.start("title"))
        return title, trimmed(split.group("company"), line.start + split.start("company"))
    return line, None


def _all_team(text: str) -> bool:
    names = [word for word in words(text) if word not in _CONNECTORS]
    return bool(names) and all(word in cues().team_words for word in names)


def _is_department(text: str) -> bool:
    """ "Payments" in "Engineering Manager, Payments" is a part of the company, not its name."""
    return all(word.strip(".,") in cues().departments for word in words(text))


def _company_line(candidates: list[Piece], *, after_title: bool) -> Piece | None:
    for line in candidates:
        text = line.text.split(" | ")[0].strip()
        if _all_team(text) and not is_company(text):
            continue  # "People Services" under "Recruitment Team"; not "Department for X"
        if _is_company_line(text) or (after_title and _is_lowercase_name(text)):
            return trimmed(text, line.start)
        return None
    return None


def _is_titled(line: Piece) -> bool:
    """A short line under a name that an employer's line follows is the title, whatever its
    words ("Ward Sister, Acute Medical Unit")."""
    text = line.text
    return (
        bool(text)
        and text[0].isupper()
        and len(text.split()) <= _TITLE_WORDS
        and not (_NOT_TEXT.search(text) or text.endswith((".", "!", "?")))
    )


def _is_title(text: str) -> bool:
    if len(text) > _LONGEST_TITLE or _NOT_TEXT.search(text):
        return False
    return any(word.strip(".,") in cues().title_words for word in words(text))


def _looks_like_title(text: str) -> bool:
    """A title by its words ("Recruiter"), or a short capitalised line under a name that is
    neither an employer nor a sentence ("Ward Sister, Acute Medical Unit")."""
    if _is_title(text):
        return True
    return (
        bool(text)
        and text[0].isupper()
        and len(text.split()) <= _TITLE_WORDS
        and not _NOT_TEXT.search(text)
        and not is_company(text)
        and not is_person(text)
        and not text.endswith((".", "!", "?"))
    )


_CONNECTORS = frozenset(
    {
        "&",
        "and",
        "of",
        "the",
        "for",
        "in",
        "on",
        "at",
        "de",
        "du",
        "des",
        "la",
        "le",
        "für",
        "y",
        "et",
    }
)


def _is_company_line(text: str) -> bool:
    """A line written as a name: every word capitalised but the small ones ("Fathom & Field",
    "Borough of Ashcombe Council"), not "Powered by Greenhouse" or a street address."""
    if not text or len(text) > _LONGEST_COMPANY or _NOT_TEXT.search(text):
        return False
    names = [
        word
        for word in text.split()
        if word.lower() not in _CONNECTORS and word.lower() not in cues().company_words
    ]
    return bool(names) and all(word[0].isupper() or word[0].isdigit() for word in names)


def _is_lowercase_name(text: str) -> bool:
    """ "bitwise 9", "halfmoon coffee roasters": some employers write their name in lower case;
    only under a title line is such a line taken as one."""
    return (
        0 < len(text.split()) <= _LOWERCASE_COMPANY_WORDS
        and not _NOT_TEXT.search(text)
        and re.fullmatch(r"[a-z0-9][\w&' -]*", text) is not None
        and text == text.lower()
    )
