"""The role's title: "for the X position", "the X role", "position of X", "your application
for X", and the subject line."""

import re

from app.inbox.cues import cues
from app.inbox.normalise import Normalised
from app.inbox.results import Found
from app.inbox.textspans import lines

# A title: capitalised words with the small words titles hold ("Head of Data", "VP, Sales").
_TITLE_WORD = r"[\w/&+#.'\u2019()-]*"
# A title's word starts with a capital or a digit ("5th Grade Teacher"), or is "iOS".
_TITLE_START = r"(?:[A-Z0-9]|[a-z]+[A-Z])"
_TITLE = (
    rf"(?P<title>{_TITLE_START}{_TITLE_WORD}(?:,? (?:(?:{_TITLE_START}|\(){_TITLE_WORD}"
    r"|\([^()\n]{1,40}\)|of|and|&|for|in|the|de|to|"
    r"[-\u2013\u2014/]|[a-z]+-[a-z]+)){0,7})"
)
_ANCHOR = (
    r"(?i:position|role|opening|job|vacancy|post|req|requisition|opportunity|seat|spot|search)"
)
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
            r"\b(?i:application|applying|applied|apply|candidacy|interest|interviewing|interview|"
            r"process|hat in|consideration|"
            r"candidate) "
            r"(?i:for|to|as) (?:the |our |an? |be (?:an?|the|our) )?(?:(?i:next|new) )?"
            r"(?:(?i:position|role) (?:of )?)?" + _TITLE + _END,
        ),
        (0.75, r"\b(?i:your) " + _TITLE + r" (?i:application|interview|candidacy)\b"),
        (0.75, r"\b(?i:join(?:ing)?) [^.,;\n]{2,40}? (?i:as) (?:an? |the |our )?" + _TITLE + _END),
        (
            0.8,
            r"\b(?i:opening|vacancy|position|role|job) (?i:for) (?:an? |the |our )?"
            + _TITLE
            + _END,
        ),
        (0.8, r"\b(?i:role|position|job|vacancy|post|job title)\s*:\s*" + _TITLE + _END),
        # "your interest in becoming a Senior Buyer at our store"
        (0.7, r"\b(?i:becoming|become) (?:an? |the |our )(?:(?i:next|new) )?" + _TITLE + _END),
        # "your recent application (Senior Buyer, req 2231)"
        (0.75, r"\b(?i:application|candidacy|interview)\s*\(\s*" + _TITLE + _END),
        # "Re your application: Staff Accountant - Job ID 4821"
        (0.75, r"\b(?i:application|candidacy)\s*[:\u2013\u2014]\s*" + _TITLE + _END),
        # "Job ID 48213 - Warehouse Associate II": the title after a requisition number
        (
            0.8,
            r"\b(?i:job id|job|req(?:uisition)?(?: id)?|ref(?:erence)?)\s*#?:?\s*[\w-]*\d[\w-]*"
            r"\s*[-\u2013\u2014:]\s*" + _TITLE + _END,
        ),
    )
)
# "the roastery assistant job": a title in lower case, taken only when it ends in a job's noun.
_LOWERCASE_ROLE = re.compile(
    r"\b(?i:the|our|this|your) (?P<title>[a-z][a-z-]+(?: [a-z][a-z-]+){0,3}) "
    r"(?i:job|role|position|opening|vacancy)\b"
)
_SUBJECT_ROLE = tuple(
    re.compile(pattern)
    for pattern in (
        r"(?i:application|applying|candidacy|interview) (?i:for|to|as|:|-|\u2013) ?(?:the |an? )?"
        + _TITLE
        + _END,
        r"^(?i:re: )?" + _TITLE + r" (?i:application|role|position|interview|update|outcome)\b",
        r"^" + _TITLE + r" (?:[-\u2013\u2014|@]|at) ",
        r"\b(?i:your) " + _TITLE + r" (?i:application|interview|candidacy)\b",
        r"(?i:your application|application update|application status|status update|update|"
        r"outcome)\s*[:\-\u2013\u2014]?\s+" + _TITLE + _END,
    )
)
# Other languages: "au poste de X", "el puesto de X", "Bewerbung als X" up to the clause's end.
_FOREIGN_ROLE = re.compile(
    r"\b(?:(?i:au poste d[e\u2019']|pour le poste d[e\u2019']|el puesto de|para el puesto de|"
    r"la posici\u00f3n de|Bewerbung als|Stelle als|Position als|functie van|functie als|"
    r"sollicitatie als|vacature van|vacature voor|vaga de|cargo de|posi\u00e7\u00e3o de)) ?"
    r"(?P<title>[A-Z\u00c0-\u00dd][^.,;:!?\n]{2,60}?)(?=\s+(?:und|et|y|bei|chez|en|at|bij|na|no|e)\s|[.,;:!?\n]|$)"
)
# A UK letter's heading line ("Post: Housing Officer", or the title alone under the greeting).
_HEADING = re.compile(
    r"^(?:(?i:post|role|position|job title|vacancy|re):\s*)?"
    + _TITLE
    + r"(?: (?i:vacancy|position|role|post))?\s*$"
)
_HEADING_LINES = 3
# "RE: Civil Engineer III - Department of Public Works - Job #2026-0419": the title comes first.
_LABELLED_TAIL = re.compile(
    r"^((?i:post|role|position|job title|vacancy|re):[^\n]*?)"
    r"(?:\s+[\u2013\u2014|]\s.*|\s+-\s+(?i:ref|req|job|id|#).*)$"
)
# "Northwind Traders - Senior Buyer": a job's title after the employer's name.
_SUBJECT_TAIL = re.compile(r"\s[-\u2013\u2014|:]\s+" + _TITLE + r"\s*$")
_WHOLE_SUBJECT = re.compile(r"^" + _TITLE + r"$")
# A reference or a place in brackets at the end ("(Job ID 88213)", "(Store #0412, Croydon)") or
# after a dash ("- Ref: ASH-0473") is no part of the title; a qualifier ("(Policy)") is.
_REFERENCE = re.compile(
    r"\s*(?:\([^()]*[\d,][^()]*\)|\((?i:ref|req|job id)[^()]*\)"
    r"|[-\u2013\u2014|]\s*(?i:ref|req|job id|id)\b.*)\s*$"
)
# "Junior Brand Manager. Priya and I ...": the title ends with its sentence.
# "Vacancy Ref 44821 - Care Assistant": a reference before the title.
_LEADING_REFERENCE = re.compile(
    r"^(?i:vacancy\s+)?(?i:ref(?:erence)?|req(?:uisition)?|job id|id|job)\.?\s*(?:no\.?\s*)?#?:?\s*"
    r"[\w/-]*\d[\w/-]*\s*[-\u2013\u2014:]\s*"
)
_TITLE_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{2})|(?<=\)))\.\s.*$")
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
    title = _LEADING_REFERENCE.sub("", _TITLE_SENTENCE_END.sub("", title))
    title = _REFERENCE.sub("", title.strip(" ,.-\u2013\u2014")).strip(" ,.-\u2013\u2014")
    while title.count("(") < title.count(")"):
        title = title[: title.rindex(")")].strip()
    while title.count("(") > title.count(")"):
        title = title[: title.rindex("(")].strip()
    return title


def _names_company(title: str, company: str | None) -> bool:
    """Whether a "title" is the employer's name ("applying to Acme Robotics" reads as both)."""
    if not company:
        return False
    return title.lower() in company.lower() or company.lower() in title.lower()


def _acceptable(title: str) -> bool:
    first = title.split()[0].lower() if title.split() else ""
    has_words = re.search(r"[^\W\d_]{2}", title) is not None  # "0419" is a number, not a title
    return len(title) >= _TITLE_WORD_MIN and first not in _NOT_TITLES and has_words


def read_role(normalised: Normalised, company: str | None) -> Found[str] | None:
    """The role's title where the email names it; absent otherwise. Places that agree add up."""
    found = [*_from_body(normalised), *_from_subject(normalised), *_from_heading(normalised)]
    candidates = []
    for confidence, raw, start in found:
        title = _cleaned(raw)
        if _acceptable(title) and not _names_company(title, company):
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


def _from_body(normalised: Normalised) -> list[tuple[float, str, int]]:
    found = []
    patterns = [*_ROLE_PATTERNS, (0.75, _FOREIGN_ROLE)]
    for confidence, pattern in patterns:
        for match in pattern.finditer(normalised.body):
            start = normalised.body_start + match.start("title")
            found.append((confidence, match.group("title"), start))
    for match in _LOWERCASE_ROLE.finditer(normalised.body):
        if match.group("title").split()[-1] in cues().job_nouns:
            start = normalised.body_start + match.start("title")
            found.append((0.65, match.group("title"), start))
    return found


def _from_subject(normalised: Normalised) -> list[tuple[float, str, int]]:
    subject = normalised.spans.get("subject")
    if not subject:
        return []
    text = normalised.text[subject[0] : subject[1]]
    found = []
    for pattern in _SUBJECT_ROLE:
        for match in pattern.finditer(text):
            found.append((0.7, match.group("title"), subject[0] + match.start("title")))
    tail = _SUBJECT_TAIL.search(text)
    if tail and tail.group("title").split()[-1].lower() in cues().job_nouns | cues().title_words:
        found.append((0.65, tail.group("title"), subject[0] + tail.start("title")))
    whole = _WHOLE_SUBJECT.match(text)
    if whole and whole.group("title").split()[-1].lower() in cues().job_nouns:
        found.append((0.6, whole.group("title"), subject[0]))  # "Subject: Trail Crew Lead"
    return found


def _from_heading(normalised: Normalised) -> list[tuple[float, str, int]]:
    """A title on its own line under the greeting, as UK letters head the post they answer."""
    for line in lines(normalised.body, normalised.body_start)[1 : 1 + _HEADING_LINES]:
        match = _HEADING.match(_LABELLED_TAIL.sub(r"\1", line.text))
        if not match:
            continue
        title = _cleaned(match.group("title"))
        labelled = match.start("title") > 0
        known = cues().job_nouns | cues().title_words
        if title.split()[-1].lower() in cues().team_words:
            continue  # "Talent Team" signing a short note is no heading
        if labelled or any(word.lower() in known for word in title.split()):
            return [
                (0.8 if labelled else 0.65, match.group("title"), line.start + match.start("title"))
            ]
    return []
