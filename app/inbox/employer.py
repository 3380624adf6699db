"""The employer's name and the role's title, each from every place an email says it, voted."""

import re
from dataclasses import dataclass

from app.drafting.senders import is_no_reply
from app.inbox.cues import cues, first_match
from app.inbox.normalise import Normalised
from app.inbox.people import names_address
from app.inbox.results import Found
from app.inbox.signature import Signature
from app.inbox.textspans import Piece, is_person, lines

# A run of capitalised words, as names of companies are written ("Acme Robotics", "H&M").
_WORD = r"[A-Z0-9][\w&'\u2019.+-]*"
_PLAIN_NAME = r"(?P<name>[A-Z0-9][\w&'\u2019+-]*(?: [A-Z0-9][\w&'\u2019+-]*){0,3})"
_NAME = (
    rf"(?P<name>{_WORD}(?: (?:&|and|of|de|for|the) {_WORD}| {_WORD}){{0,4}}"
    r"(?: (?:plc|ltd|llp|gmbh|sp\. z o\.o\.))?)"
)
_COMPANY_PATTERNS: tuple[tuple[float, re.Pattern[str]], ...] = tuple(
    (confidence, re.compile(pattern))
    for confidence, pattern in (
        (
            0.85,
            r"\b(?i:interest in (?:joining |working (?:at|for|with) )?(?:the team at )?)" + _NAME,
        ),
        (0.85, r"\b(?i:(?:applying|application|applied|apply) (?:to|with|at)) " + _NAME),
        (
            0.8,
            r"\b(?i:(?:position|role|opening|job|vacancy|opportunity|opportunities|career|careers) "
            r"(?:here )?(?:at|with)) " + _NAME,
        ),
        (
            # "time with Sarah" names a person and "your work at Globex" the candidate's past
            # employer: only these words, and only with "at", name the one writing
            0.8,
            r"\b(?i:(?:interviews?|interviewing|team|everyone|future) "
            r"(?:here )?at) " + _NAME,
        ),
        (
            0.8,
            r"\b(?i:on behalf of (?:the (?:team|hiring team|recruiting team) at |everyone at )?"
            r"(?:the )?)" + _NAME,
        ),
        (0.75, r"\b(?i:considering|consider|joining|join) " + _NAME),
        (
            0.75,
            r"\b(?i:here at|we at|all of us at|everyone at|the team at|us at|folks at) " + _NAME,
        ),
        # "Tallis's payments team met yesterday" (a name without full stops: "Tuesday. Tallis")
        # "Orbital Foods' hiring team": a name ending in s takes the apostrophe alone
        (
            0.7,
            _PLAIN_NAME + r"(?:['\u2019]s|(?<=s)['\u2019]) (?:[\w-]+ )?"
            r"(?i:team|hiring|recruiting|panel|offices?)\b",
        ),
        # "your interest in Northwind Traders' Senior Buyer role"
        (
            0.7,
            _PLAIN_NAME + r"(?:['\u2019]s|(?<=s)['\u2019]) (?:[\w-]+ ){1,4}"
            r"(?i:role|position|vacancy|opening|job)\b",
        ),
        (0.7, r"\b(?i:keep) " + _NAME + r" (?i:in mind)\b"),
        (0.75, r"\b(?i:visiting|visit|visited) " + _NAME),
        # "thanks for thinking of Northwind", "to be part of Northwind", "to work for Northwind";
        # not "your years working at Globex", which names the candidate's past employer
        (0.75, r"\b(?i:thinking of|to be (?:a )?part of|to work for|to work at) " + _NAME),
        # "The Northwind Traders hiring team reviewed your application"
        (
            0.75,
            r"\b(?i:the) " + _NAME + r" (?i:hiring|recruiting|recruitment|talent|people|careers) "
            r"(?i:team)\b",
        ),
        # "interviewing with the Northwind Traders team"
        (0.75, r"\b(?i:with|from|by|to|of) the " + _NAME + r" (?i:team|hiring team|family)\b"),
        # "apply for Senior Buyer at Northwind Traders", "applying to be a Buyer at Northwind"
        (
            0.75,
            r"\b(?i:apply|applying|applied|application|interview|interviewing) (?i:for|to be) "
            r"[^.,;\n]{2,60}? (?i:at) " + _NAME,
        ),
        # "(c) 2026 Pellew Retail Group plc. Registered in England"
        (0.75, r"(?:\u00a9|\((?i:c)\)|(?i:copyright))\s*(?:\d{4}\s+)?" + _NAME),
        (0.75, r"(?:^|\. )(?i:at) " + _NAME + r",? (?i:we)\b"),
        (0.75, _NAME + r" (?i:is|are) (?:an |a )?(?i:equal opportunity|committed to)"),
        # A legal footer: "Calloway Brands Ltd is registered in England and Wales"
        (
            0.8,
            _NAME + r",? (?i:is|are) (?:a (?:company|charity|charitable company) )?"
            r"(?i:registered in|incorporated in|authori[sz]ed and regulated|limited by)",
        ),
    )
)
# Only after "at/with/to/from": a subject's first words are as often the role as the employer.
_SUBJECT_COMPANY = re.compile(r"\b(?i:at|with|to|from|@) " + _NAME + r"\s*(?:$|[:|\u2013\u2014-] )")
_LEGAL_SUFFIX = re.compile(r"(?:,? (?:Inc|Ltd|LLC|GmbH|plc|Corp|Co|AG|SA|BV|S\.A)\.?)$", re.I)
_NAME_WORDS = 5
_ROLE_WORDS = re.compile(r"\b(?:position|role|opening|vacancy)\b", re.I)
# Words that end a team's name, never an employer's ("services", "group" may end either).
_TEAM_TAIL = frozenset(
    [
        "graduate",
        "graduates",
        "campus",
        "early",
        "intake",
        "team",
        "teams",
        "recruiting",
        "recruitment",
        "resourcing",
        "talent",
        "acquisition",
        "careers",
        "hiring",
        "hr",
        "jobs",
    ]
)
_MONTHS_AND_DAYS = frozenset(
    (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    )
)


@dataclass(frozen=True)
class _Candidate:
    value: str
    confidence: float
    span: tuple[int, int] | None


# A sentence ends at ". " unless the word before is an abbreviation ("St. Aldric").
_SENTENCE_END = re.compile(r"(?<!\bSt)(?<!\bMt)(?<!\bDr)(?<!\bNo)(?<!\bCo)\. (?=[A-Z])")
# "Careers at Acme", "Recrutamento Ipê Digital": a team's words before the employer's name.
_TEAM_PREFIX = re.compile(r"^(?:(?:careers|jobs|talent|recruiting|hiring)\s+(?:at|@)\s+)", re.I)


def _clean(value: str) -> str:
    value = _SENTENCE_END.split(value, maxsplit=1)[0].split(" | ")[0]
    value = re.sub(r"['\u2019]s$", "", value.strip(" .,;:'\"\u2019"))
    written = value
    for suffix in cues().team_suffixes:
        if value.lower().endswith(" " + suffix):
            value = value[: -len(suffix) - 1].strip()
    value = _TEAM_PREFIX.sub("", value)
    parts = value.split()
    while len(parts) > 1 and parts[0].lower() in cues().team_words:
        if parts[1].lower() in ("for", "of"):
            break  # "Department for Coastal Resilience" is the employer's whole name
        parts = parts[1:]
    if len(parts) > 1 and parts[0].lower() in ("at", "@"):
        parts = parts[1:]  # "Careers at Tidewater Studio"
    while len(parts) > 1 and parts[-1].lower() in _TEAM_TAIL:
        parts = parts[:-1]  # "Northgate Mutual Resourcing (Team)"
    stripped = " ".join(parts)
    if stripped != written:  # "The Acme Recruiting Team" is Acme's
        stripped = stripped.removeprefix("The ").removeprefix("the ")
    return stripped.strip(" ,-")  # "The Grey Heron" keeps its article


def _acceptable(value: str) -> bool:
    lowered = value.lower()
    first = lowered.removeprefix("the ").split()[0] if lowered else ""
    return (
        len(value) >= 2
        and lowered not in cues().not_companies
        and first not in cues().not_companies
        and first not in _MONTHS_AND_DAYS
        and not _ROLE_WORDS.search(value)
        and lowered.split()[-1] not in cues().job_nouns
        and not all(
            word in cues().departments or word in cues().title_words for word in lowered.split()
        )
        and not all(word in cues().team_words for word in lowered.split())
    )


def read_company(
    normalised: Normalised, signature: Signature, people: set[str]
) -> Found[str] | None:
    if first_match(cues().agency, normalised.body):
        return None  # an agency writing about "my client": the agency is not the employer
    found = [
        *_from_sign_offs(normalised, signature),
        *_from_text(normalised),
        *_from_parts(normalised),
    ]
    # The one signing is no employer, though "Priya Raman | Talent Partner" reads like one.
    people = people | ({signature.name.text} if signature.name else set())
    found = [item for item in found if _acceptable(item.value) and item.value not in people]
    return narrowed(_vote(found, _domain_labels(normalised)), normalised.text)


def _from_sign_offs(normalised: Normalised, signature: Signature) -> list[_Candidate]:
    found: list[_Candidate] = []
    if signature.team:
        found.append(_Candidate(_clean(signature.team.text), 0.9, signature.team.span))
    if signature.company:
        found.append(_Candidate(_clean(signature.company.text), 0.8, signature.company.span))
    span = normalised.spans.get("from_name")
    if span:
        display = normalised.text[span[0] : span[1]]
        head, via, _ = display.partition(" via ")
        address = normalised.value("from_address")
        bracketed = _BRACKETED_EMPLOYER.match(head)
        if bracketed and is_person(bracketed.group("person")):
            start = span[0] + bracketed.start("org")
            org = bracketed.group("org")
            found.append(_Candidate(_clean(org), 0.8, (start, start + len(org))))
            return found  # "Jo Bloggs (Northwind Traders)": a person, and their employer
        if via and is_person(head):
            return found
        last, _, first = head.partition(", ")
        if first and is_person(f"{first} {last}"):
            return found  # "Kline, Deborah": a person, as directories write one
        no_reply_name = is_no_reply(address) and not _signed_by(signature, head)
        if no_reply_name or not (is_person(head) and names_address(head, address)):
            after_at = re.search(r"\b(?:at|from|@) (.+)$", head)
            name = after_at.group(1) if after_at else head
            start = span[0] + (after_at.start(1) if after_at else 0)
            found.append(_Candidate(_clean(name), 0.8, (start, start + len(name))))
    return found


_BRACKETED_EMPLOYER = re.compile(r"^(?P<person>[^()]+?)\s*\((?P<org>[^()]+)\)$")
# "Northwind Traders | People Team", "Senior Buyer - Northwind Traders": a line or a subject
# in parts, one of them a team's or a job's words, another the employer's name.
_PARTS = re.compile(r"\s+(?:\||-|\u2013|\u2014)\s+")
_CLOSING_LINES = 3


def _from_parts(normalised: Normalised) -> list[_Candidate]:
    """The employer beside a team's or a job's words, in the subject or the last lines."""
    # In a signature's line a job's title sits beside a person ("Jo - Recruiter"); only a
    # team's words there mark the employer. In a subject a job's title does too.
    pieces = [(line, False) for line in lines(normalised.body, normalised.body_start)]
    pieces = pieces[-_CLOSING_LINES:]
    subject = normalised.spans.get("subject")
    if subject:
        pieces.append((Piece(normalised.text[subject[0] : subject[1]], subject[0]), True))
    sender = (normalised.value("from_name") or "").split()
    found: list[_Candidate] = []
    for piece, titles in pieces:
        parts = _PARTS.split(piece.text)
        if len(parts) < 2 or not any(_names_work(part, titles=titles) for part in parts):
            continue
        for part in parts:
            if part in sender:
                continue  # "Jo - Recruiter" from Jo Bloggs signs the note
            if not _names_work(part, titles=True) and _is_name_shaped(part):
                start = piece.start + piece.text.index(part)
                found.append(_Candidate(_clean(part), 0.7, (start, start + len(part))))
    return found


def _names_work(part: str, *, titles: bool) -> bool:
    """A team's ("People Team") or a job's ("Senior Buyer") words, not an employer's."""
    words = part.lower().split()
    team = bool(words) and all(
        word in cues().team_words or word in cues().departments for word in words
    )
    job = bool(words) and (words[-1] in cues().job_nouns or words[-1] in cues().title_words)
    return team or (titles and job)


def _is_name_shaped(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= _NAME_WORDS and all(
        word[0].isupper() or word[0].isdigit() for word in words
    )


def _signed_by(signature: Signature, display: str) -> bool:
    """Whether the sign-off names the person the display name names ("Jordan Lee via …")."""
    signed = signature.name.text if signature.name else ""
    return bool(signed) and bool(display) and display.split()[0] == signed.split()[0]


def _from_text(normalised: Normalised) -> list[_Candidate]:
    found: list[_Candidate] = []
    body = normalised.body
    for confidence, pattern in _COMPANY_PATTERNS:
        for match in pattern.finditer(body):
            start = normalised.body_start + match.start("name")
            value = _clean(match.group("name"))
            found.append(_Candidate(value, confidence, (start, start + len(value))))
    subject = normalised.spans.get("subject")
    if subject:
        for match in _SUBJECT_COMPANY.finditer(normalised.text[subject[0] : subject[1]]):
            start = subject[0] + match.start("name")
            value = _clean(match.group("name"))
            found.append(_Candidate(value, 0.7, (start, start + len(value))))
    return found


def _domain_labels(normalised: Normalised) -> list[str]:
    """The sender's domain names, squashed ("acme-robotics.example" → "acmerobotics"): they
    support a name the text gives but are never a name themselves."""
    labels = []
    for key in ("reply_to_address", "from_address"):
        address = normalised.value(key)
        if address:
            parts = address.rsplit("@", 1)[-1].lower().split(".")
            labels += [re.sub(r"\W", "", part) for part in parts[:-1] if len(part) > 3]
    return labels


def _key(value: str) -> str:
    return _LEGAL_SUFFIX.sub("", value).lower()


def _supports(other: str, item: str) -> bool:
    """Whether `other` names the same employer as `item` or a part of its name."""
    return f" {_key(other)} " in f" {_key(item)} "


def _in_domain(value: str, domains: list[str]) -> bool:
    squashed = re.sub(r"\W", "", _key(value))
    return any(squashed.startswith(label) or label.startswith(squashed) for label in domains)


def _vote(found: list[_Candidate], domains: list[str]) -> Found[str] | None:
    """The best-supported name: agreeing places add up; a longer name that contains a shorter
    one ("Acme Robotics" over "Acme") takes its support; the sender's domain adds a little."""
    if not found:
        return None
    scores: dict[str, float] = {}
    for item in found:
        scores[item.value] = 0.3 if _in_domain(item.value, domains) else 0.0
        scores[item.value] += sum(o.confidence for o in found if _supports(o.value, item.value))
    best = max(found, key=lambda item: (scores[item.value], item.confidence, len(item.value)))
    support = scores[best.value]
    confidence = min(0.97, max(best.confidence, support * 0.6))
    return Found(value=best.value, confidence=round(confidence, 2), span=best.span)


def narrowed(found: Found[str] | None, text: str) -> Found[str] | None:
    """`found` with its span shrunk to the value itself when the value sits inside it ("Acme"
    in "The Acme Recruiting Team"), so a frontend highlights the name, not the line."""
    if found is None or found.span is None:
        return found
    start, end = found.span
    at = text.find(found.value, start, end)
    if at < 0:
        return found
    return found.model_copy(update={"span": (at, at + len(found.value))})
