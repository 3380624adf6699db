"""The role's title: "for the X position", "the X role", "position of X", "your application
for X", and the subject line."""

import re

from app.inbox.normalise import Normalised
from app.inbox.results import Found

# A title: capitalised words with the small words titles hold ("Head of Data", "VP, Sales").
_TITLE_WORD = r"[\w/&+#.'\u2019()-]*"
_TITLE = (
    rf"(?P<title>[A-Z]{_TITLE_WORD}(?:,? (?:[A-Z0-9(]{_TITLE_WORD}|of|and|&|for|in|the|de|to|"
    r"[-\u2013\u2014/]|[a-z]+-[a-z]+)){0,7})"
)
_ANCHOR = r"(?i:position|role|opening|job|vacancy|post|req|requisition|opportunity)"
_END = (
    r"(?=\s+(?i:at|with|here|in|on|within|and|that|which|we|you)\b|\s*[.,;:!?)\n]|\s*$"
    r"|\s+[-\u2013\u2014]\s)"
)
_ROLE_PATTERNS: tuple[tuple[float, re.Pattern[str]], ...] = tuple(
    (confidence, re.compile(pattern))
    for confidence, pattern in (
        (
            0.9,
            r"\b(?i:for|to|of|in|with|about) (?i:the|our|this|your) (?:open )?"
            + _TITLE
            + r" "
            + _ANCHOR
            + r"\b",
        ),
        (0.85, r"\b(?i:the|our|this|your) " + _TITLE + r" " + _ANCHOR + r"\b"),
        (0.85, r"\b(?i:position|role|post) (?i:of|as) (?:an? |the )?" + _TITLE + _END),
        (
            0.8,
            r"\b(?i:application|applying|applied|candidacy|interest|interviewing|interview|"
            r"candidate) "
            r"(?i:for|to) (?:the |our |an? )?(?:(?i:position|role) (?:of )?)?" + _TITLE + _END,
        ),
        (0.75, r"\b(?i:your) " + _TITLE + r" (?i:application|interview|candidacy)\b"),
    )
)
_SUBJECT_ROLE = tuple(
    re.compile(pattern)
    for pattern in (
        r"(?i:application|applying|candidacy|interview) (?i:for|to|as|:|-|\u2013) ?(?:the |an? )?"
        + _TITLE
        + _END,
        r"^(?i:re: )?" + _TITLE + r" (?i:application|role|position)\b",
        r"^" + _TITLE + r" (?:[-\u2013\u2014|@]|at) ",
        r"(?i:your application|application update|update)[:\s-]+" + _TITLE + _END,
    )
)
_NOT_TITLES = frozenset(
    {
        "application",
        "position",
        "role",
        "job",
        "opportunity",
        "interest",
        "time",
        "team",
        "update",
        "your",
        "our",
        "this",
        "the",
        "thank",
        "thanks",
        "interview",
        "candidacy",
    }
)
_TITLE_WORD_MIN = 3


def _cleaned(title: str) -> str:
    title = title.strip(" ,-\u2013\u2014")
    while title.count("(") < title.count(")"):
        title = title[: title.rindex(")")].strip()
    while title.count("(") > title.count(")"):
        title = title[: title.rindex("(")].strip()
    return title


def _acceptable(title: str) -> bool:
    first = title.split()[0].lower() if title.split() else ""
    return len(title) >= _TITLE_WORD_MIN and first not in _NOT_TITLES


def read_role(normalised: Normalised, company: str | None) -> Found[str] | None:
    """The role's title where the email names it; absent otherwise."""
    found: list[tuple[float, str, int]] = []
    body = normalised.body
    for confidence, pattern in _ROLE_PATTERNS:
        for match in pattern.finditer(body):
            found.append(
                (confidence, match.group("title"), normalised.body_start + match.start("title"))
            )
    subject = normalised.spans.get("subject")
    if subject:
        text = normalised.text[subject[0] : subject[1]]
        for pattern in _SUBJECT_ROLE:
            for match in pattern.finditer(text):
                found.append((0.7, match.group("title"), subject[0] + match.start("title")))
    candidates = []
    for confidence, raw, start in found:
        title = _cleaned(raw)
        if _acceptable(title) and title != company:
            candidates.append((confidence, title, start + raw.index(title)))
    if not candidates:
        return None
    agreeing = {
        title: sum(1 for _, other, _ in candidates if other == title) for _, title, _ in candidates
    }
    confidence, title, start = max(
        candidates, key=lambda item: (item[0] + 0.05 * agreeing[item[1]], -item[2])
    )
    confidence = min(0.97, confidence + 0.05 * (agreeing[title] - 1))
    return Found(value=title, confidence=round(confidence, 2), span=(start, start + len(title)))
