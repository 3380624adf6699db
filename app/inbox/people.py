"""Who wrote the rejection (contact) and to whom (candidate)."""

import re
import unicodedata

from app.drafting.senders import is_no_reply
from app.inbox.cues import cues
from app.inbox.letter import Letter
from app.inbox.normalise import Normalised
from app.inbox.results import Found, ParsedContact, ParsedPerson
from app.inbox.signature import Signature
from app.inbox.textspans import Piece, is_person, lines

# "Jordan Lee via Greenhouse", "Jordan from Acme", "Jordan Lee (Acme)", "Jordan at Acme"
_DISPLAY_SPLIT = re.compile(r"\s+(?:via|from|at|@|\||-|\u2013)\s+|\s*\(", re.IGNORECASE)
_HONORIFICS = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|M|Mme|Madame|Monsieur|Sr|Sra|Señor|Señora|Dhr|Mevr)"
)
# "Dear Mr van Dijk", "Hi Ana de la Cruz": a surname's particles are written in lower case.
_PARTICLE = r"(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos|das|ter|ten) ){1,2}"
_GREETING = re.compile(
    r"^(?i:hi|hiya|hello|hey|dear|to|good (?:morning|afternoon|evening|day)|morning|"
    r"greetings|hallo|bonjour|hola|"
    r"liebe[rs]?|sehr geehrte[rs]?|beste|ciao|olá|oi|estimad[oa]|querid[oa]|prezad[oa]|"
    r"car[oa]|ch[eè]re?|guten tag|hej|hoi|beste)\b[ ,]*"
    r"(?:(?i:there|again|dear)[ ,]+(?=[A-Z]))?"  # "Hi there Sam", "Hello again Sam"
    r"(?P<name>(?:" + _HONORIFICS + r"\.? )?"
    r"(?:" + _PARTICLE + r")?[A-Z][\w'\u2019-]+(?: (?:" + _PARTICLE + r")?[A-Z][\w'\u2019-]+){0,2})"
    # "Dear Samantha (Sam),", "Hello Sam and thank you for applying", "Hi Sam thanks for..."
    r"(?:\s*\([^()\n]{1,30}\))?"
    r"\s*(?:[,!:.;]|\s[-\u2013\u2014]\s|$|\s+(?=(?i:(?:and |& )?thank)))",
    re.MULTILINE,
)
_GREETING_HONORIFIC = re.compile(r"^(?:" + _HONORIFICS + r")\.? ")
# "Maya," or "Madame Dupont," alone on the first line.
_BARE_GREETING = re.compile(
    r"^(?P<name>(?:(?:Madame|Monsieur|Herr|Frau|Mr|Mrs|Ms|Dr)\.? )?"
    r"[A-Z][a-z\u00e0-\u00ff'\u2019-]+),$"
)
_NOT_NAMES = frozenset(
    {
        "candidate",
        "applicant",
        "applicants",
        "candidates",
        "there",
        "all",
        "team",
        "sir",
        "madam",
        "friend",
        "everyone",
        "folks",
        "hiring",
        "valued",
        "job",
        "seeker",
        "thanks",
        "thank",
        "unfortunately",
        "regards",
        "sorry",
        "hello",
        "hi",
        "whom",
    }
)
# An HTML email's logo, 'view in browser' and heading lines may come before the greeting.
_GREETING_LINES = 8


# "Krüger" writes "krueger@" in an address.
_GERMAN_SPELLING = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_GERMAN = re.compile("[äöüß]")


def _german_spelling(letter: re.Match[str]) -> str:
    return _GERMAN_SPELLING[letter.group()]


def names_address(name: str, address: str | None) -> bool:
    """Whether a person's name shows in the address ("jordan.lee@", "jlee@", "jordan@"):
    "Meridian Aerospace <meridian@…>" reads as two names but its address names no one."""
    if not address or is_no_reply(address):
        return True  # a no-reply address names no one either way: it cannot tell
    local = re.sub(r"[^a-z]", "", unidecode_lower(address.split("@", 1)[0]))
    spelled = [unidecode_lower(part) for part in name.split()]
    spelled += [_GERMAN.sub(_german_spelling, part.lower()) for part in name.split()]
    parts = [re.sub(r"[^a-z]", "", part) for part in spelled]
    parts = [part for part in parts if len(part) >= 2]
    if not parts or not local:
        return False
    if any(part in local for part in parts):
        return True
    return local.startswith(parts[0][0]) and parts[-1] in local


def unidecode_lower(text: str) -> str:
    """Lower case without accents, so "Lucía" matches "lucia@"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def display_person(normalised: Normalised, key: str) -> Piece | None:
    """The person in a From/To display name ("Jordan Lee via Greenhouse" → "Jordan Lee")."""
    span = normalised.spans.get(f"{key}_name")
    if span is None:
        return None
    display = normalised.text[span[0] : span[1]]
    head = _DISPLAY_SPLIT.split(display, maxsplit=1)[0].strip()
    address = normalised.value(f"{key}_address")
    if "," in head:  # "Lee, Jordan" as some directories write it
        last, _, first = head.partition(",")
        head = f"{first.strip()} {last.strip()}"
        if is_person(head) and names_address(head, address):
            return Piece(head, span[0])
        return None
    return Piece(head, span[0]) if is_person(head) and names_address(head, address) else None


def read_contact(normalised: Normalised, letter: Letter, signature: Signature) -> ParsedContact:
    sender = display_person(normalised, "from")
    name: Found[str] | None = None
    signed = signature.name
    if signed and " " in signed.text:
        confidence = 0.95 if sender and sender.text == signed.text else 0.85
        name = Found(value=signed.text, confidence=confidence, span=signed.span)
    elif signed and sender and sender.text.split()[0] == signed.text:
        name = Found(value=sender.text, confidence=0.9, span=sender.span)
    elif sender and not is_no_reply(normalised.value("from_address")):
        # "Sparrowhawk Electrical <noreply@…>": a no-reply sender's name alone is the employer's
        name = Found(value=sender.text, confidence=0.75, span=sender.span)
    elif signed:
        name = Found(value=signed.text, confidence=0.6, span=signed.span)
    if name is not None:
        name = _without_academic_title(name)
    title = signature.title if signature.name else None
    return ParsedContact(
        name=name,
        title=Found(value=title.text, confidence=0.8, span=title.span) if title else None,
        email=_contact_address(normalised, letter),
    )


# "Professor Ruth Ainsley", "Ms Priya Raman", "Mr J. Smith": the drafts add no titles.
_ACADEMIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.? (?=\S+ \S)")


def _without_academic_title(name: Found[str]) -> Found[str]:
    """ "Professor Ruth Ainsley" is Ruth Ainsley to write to; the drafts add no titles."""
    title = _ACADEMIC.match(name.value)
    if title is None or name.span is None:
        return name
    start = name.span[0] + title.end()
    return Found(
        value=name.value[title.end() :], confidence=name.confidence, span=(start, name.span[1])
    )


def _contact_address(normalised: Normalised, letter: Letter) -> Found[str] | None:
    for key, address in (
        ("reply_to_address", letter.reply_to),
        ("from_address", letter.sender_address),
    ):
        span = normalised.spans.get(key)
        if address and span and not is_no_reply(address) and not _ats_address(address):
            return Found(value=address, confidence=0.9, span=span)
    return None


def _ats_address(address: str) -> bool:
    """An ATS's sending address ("acme@myworkday.com"): no one reads replies there."""
    domain = address.rsplit("@", 1)[-1].lower()
    return any(mailer in domain for mailer in cues().automated_mailers)


def read_candidate(normalised: Normalised) -> ParsedPerson:
    """The greeting's name, or the `To` name when the greeting agrees with it ("Hi Maya" to
    "Maya Chen"; "Dear Mr Fitzpatrick" to "Mr Declan Fitzpatrick" is Declan Fitzpatrick)."""
    recipient = _without_honorific(display_person(normalised, "to"))
    greeting = _greeting(normalised)
    if recipient and greeting and _same_person(recipient.text, greeting.text):
        return ParsedPerson(name=Found(value=recipient.text, confidence=0.95, span=recipient.span))
    if greeting:
        confidence = 0.85 if " " in greeting.text else 0.75
        return ParsedPerson(
            name=Found(value=greeting.text, confidence=confidence, span=greeting.span)
        )
    if recipient:
        return ParsedPerson(name=Found(value=recipient.text, confidence=0.7, span=recipient.span))
    return ParsedPerson()


def _without_honorific(person: Piece | None) -> Piece | None:
    if person is None:
        return None
    honorific = _GREETING_HONORIFIC.match(person.text)
    if honorific and len(person.text.split()) > 2:
        return Piece(person.text[honorific.end() :], person.start + honorific.end())
    return person


def _same_person(full: str, greeted: str) -> bool:
    names = _GREETING_HONORIFIC.sub("", greeted).split()
    return bool(names) and (names[0] == full.split()[0] or names[-1] == full.split()[-1])


def _greeting(normalised: Normalised) -> Piece | None:
    """The name the email greets: "Hi Maya,", "Dear Ms Achterberg", or "Maya," alone on the
    first line; never "Dear Candidate" or "Hi team"."""
    body_lines = lines(normalised.body, normalised.body_start)
    for index, line in enumerate(body_lines[:_GREETING_LINES]):
        match = _GREETING.match(line.text) or (
            _BARE_GREETING.match(line.text) if index == 0 else None
        )
        if not match:
            continue
        name = match.group("name")
        words = [word.lower().strip(".") for word in name.split()]
        if any(word in _NOT_NAMES or word in cues().team_words for word in words):
            return None
        honorific = _GREETING_HONORIFIC.match(name)
        if honorific and len(name.split()) > 2:  # "Dear Mr Declan Fitzpatrick": the name
            return Piece(
                name[honorific.end() :], line.start + match.start("name") + honorific.end()
            )
        return Piece(name, line.start + match.start("name"))
    return None
