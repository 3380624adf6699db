"""The sign-off block after a closing ("Best,", "Kind regards,"): a name line, a title line,
and sometimes the company's line. Read before anything is stripped, since it holds the
contact's name and title."""

import re
from dataclasses import dataclass

from app.inbox.cues import cues
from app.inbox.normalise import Normalised
from app.inbox.textspans import Piece, is_person, is_team, lines, trimmed, words

# A title line that also names the company: "Senior Recruiter, Acme" / "| Acme" / "at Acme".
_TITLE_AND_COMPANY = re.compile(
    r"^(?P<title>.+?)\s*(?:,|\||\bat\b|@|\u2013|\u2014| - )\s*(?P<company>.+)$"
)
_NOT_TEXT = re.compile(r"https?://|www\.|@|\+?\d[\d ()./-]{6,}")
_SIGN_OFF_LINES = 5
_LONGEST_TITLE = 80


@dataclass(frozen=True)
class Signature:
    name: Piece | None = None
    title: Piece | None = None
    company: Piece | None = None
    team: Piece | None = None


def _closing_at(line: str) -> str | None:
    """The rest of a line that starts with a closing ("Best regards, Jordan" → "Jordan")."""
    head, _, rest = line.partition(",")
    bare = head.strip(" !.-\u2014").lower()
    if bare in cues().closings:
        return rest.strip()
    return None


def read_signature(normalised: Normalised) -> Signature:
    """The last sign-off block in the body, or an empty one."""
    body_lines = lines(normalised.body, normalised.body_start)
    closing_index = None
    for index, line in enumerate(body_lines):
        if _closing_at(line.text) is not None:
            closing_index = index
    if closing_index is None:
        return Signature()
    closing = body_lines[closing_index]
    after = _closing_at(closing.text) or ""
    following = body_lines[closing_index + 1 : closing_index + 1 + _SIGN_OFF_LINES]
    if after:
        inline = Piece(after, closing.start + closing.text.index(after))
        following = [inline, *following]
    return _read_block(following)


def _read_block(block: list[Piece]) -> Signature:
    if not block:
        return Signature()
    first = trimmed(block[0].text, block[0].start)
    if is_team(first.text) and not _NOT_TEXT.search(first.text):
        return Signature(team=first)
    name_text, _, title_text = first.text.partition(" | ")
    if not is_person(name_text, single_word=True):
        return Signature()
    name = Piece(name_text.strip(), first.start)
    if title_text:
        rest = [Piece(title_text, first.start + first.text.index(title_text)), *block[1:]]
    else:
        rest = block[1:]
    title, company = _title_and_company(rest)
    return Signature(name=name, title=title, company=company)


def _title_and_company(rest: list[Piece]) -> tuple[Piece | None, Piece | None]:
    if not rest or not _is_title(rest[0].text):
        return None, None
    line = trimmed(rest[0].text, rest[0].start)
    split = _TITLE_AND_COMPANY.match(line.text)
    if split and _is_title(split.group("title")) and not _is_title(split.group("company")):
        title = Piece(split.group("title"), line.start + split.start("title"))
        company = trimmed(split.group("company"), line.start + split.start("company"))
        return title, company
    following = rest[1] if len(rest) > 1 else None
    if following and _is_company_line(following.text):
        return line, trimmed(following.text, following.start)
    return line, None


def _is_title(text: str) -> bool:
    if len(text) > _LONGEST_TITLE or _NOT_TEXT.search(text):
        return False
    return any(word.strip(".,") in cues().title_words for word in words(text))


def _is_company_line(text: str) -> bool:
    stripped = text.strip()
    if not stripped or len(stripped) > 50 or _NOT_TEXT.search(stripped):
        return False
    return stripped[0].isupper() and not stripped.endswith((".", "!", "?", ":"))
