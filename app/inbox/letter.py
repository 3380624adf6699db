"""The rejection itself as the parser reads it: its own header values and its body as plain
text (text/plain preferred; an HTML-only message converted with inscriptis)."""

import re
import unicodedata
import warnings
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from email.message import EmailMessage, Message
from email.utils import parseaddr, parsedate_to_datetime

from dateutil import parser as date_parser
from inscriptis import get_text

# Headers an ATS or a bulk sender sets; the automated signal reads them.
AUTOMATION_HEADERS = (
    "auto-submitted",
    "precedence",
    "x-mailer",
    "list-unsubscribe",
    "x-auto-response-suppress",
    "feedback-id",
    "x-mailgun-sid",
    "x-sg-eid",
    "x-ses-outgoing",
    "x-pm-message-id",
)
# A plain part this short beside an HTML part is a "view this in a browser" stub.
_STUB_PLAIN = 40
_TAG = re.compile(r"<[^>]*>")
_STRAIGHT_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
# A phone's or a client's line under a message says nothing about it.
_CLIENT_FOOTER = re.compile(
    r"^(?:Sent from my (?:iPhone|iPad|Android|Samsung[^\n]*|mobile|phone|BlackBerry)[^\n]*"
    r"|Get Outlook for (?:iOS|Android)|Sent from (?:Outlook|Mail) for [^\n]*"
    r"|Sent from Yahoo Mail[^\n]*)\s*$",
    re.MULTILINE | re.IGNORECASE,
)
_BRACKETED = re.compile(r"<([^<>\s]+@[^<>\s]+)>\s*$")
_MAILTO = re.compile(r"\[mailto:([^\]\s]+)\]", re.IGNORECASE)
_BLANK_RUN = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
# HTML converted to text pads cells and centred buttons with runs of spaces.
_SPACE_RUN = re.compile(r"(?<=\S) {2,}")
_INDENT = re.compile(r"^ +", re.MULTILINE)


@dataclass(frozen=True)
class Letter:
    """One message's own header values (as written) and body."""

    sender_name: str | None = None
    sender_address: str | None = None
    reply_to: str | None = None
    recipient_name: str | None = None
    recipient_address: str | None = None
    subject: str | None = None
    date_text: str | None = None
    body: str = ""
    automation_headers: tuple[str, ...] = ()
    forwarded: bool = False
    forwarded_by: str | None = None

    def with_body(self, body: str) -> "Letter":
        return replace(self, body=tidy(body))


def split_address(value: str | None) -> tuple[str | None, str | None]:
    """(display name, address) of a header value; Outlook's "[mailto:x]" is read as "<x>"."""
    if not value:
        return None, None
    value = _MAILTO.sub(r"<\1>", value.strip())
    bracketed = _BRACKETED.search(value)
    if bracketed:  # "Kline, Deborah <d.kline@…>": parseaddr splits at the comma
        name = value[: bracketed.start()].strip().strip("'\"").strip() or None
        return name, bracketed.group(1)
    raw_name, raw_address = parseaddr(value)
    name = raw_name.strip().strip("'\"").strip() or None
    address = raw_address.strip() if "@" in raw_address else None
    if name is None and address is None and value.strip():
        name = value.strip()
    return name, address


def letter_of(message: EmailMessage) -> Letter:
    """The header values and body text of `message`."""
    sender_name, sender_address = split_address(_header(message, "from"))
    recipient_name, recipient_address = split_address(_header(message, "to"))
    present = tuple(name for name in AUTOMATION_HEADERS if message.get(name) is not None)
    return Letter(
        sender_name=sender_name,
        sender_address=sender_address,
        reply_to=split_address(_header(message, "reply-to"))[1],
        recipient_name=recipient_name,
        recipient_address=recipient_address,
        subject=_header(message, "subject"),
        date_text=_header(message, "date") or _header(message, "sent"),
        body=tidy(body_text(message)),
        automation_headers=present,
    )


def _header(message: Message, name: str) -> str | None:
    try:
        value = message.get(name)
    except (ValueError, IndexError, TypeError):  # a malformed header the policy cannot parse
        return None
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def body_text(message: EmailMessage) -> str:
    """The message's body as plain text: text/plain, else its HTML part converted."""
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    plain_text = _content(plain) if isinstance(plain, EmailMessage) else ""
    if len(plain_text.strip()) >= _STUB_PLAIN or not isinstance(html, EmailMessage):
        return plain_text
    return html_to_text(_content(html))


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: block elements become lines, tables keep their cells."""
    if not html.strip():
        return ""
    try:
        return str(get_text(html))
    except Exception:  # hostile markup must not fail the request: strip the tags instead
        return _TAG.sub(" ", html)


def _content(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):  # unknown charset, broken encoding
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    return _as_sent(part, content)


def _as_sent(part: EmailMessage, content: str) -> str:
    """An email that declares no charset decodes as ASCII ("r\ufffdsum\ufffd", "\\u2014"): a
    pasted one is the text as pasted; a raw one's bytes are read as UTF-8, else Windows-1252."""
    plain = part.get("content-transfer-encoding", "7bit").lower() in ("7bit", "8bit")
    raw = part.get_payload()
    if not (plain and part.get_content_charset() in (None, "us-ascii")) or not isinstance(raw, str):
        return content
    if raw.isascii():
        return content
    if "\ufffd" not in raw:
        return raw
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return content
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def tidy(text: str) -> str:
    """One newline style, no non-breaking or zero-width spaces, no trailing blanks, NFC."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\xa0", " ").replace("\u200b", "").replace("\u200c", "")
    # Curly quotes read as straight ones, so a curly "won't" meets the cue written straight.
    text = text.translate(_STRAIGHT_QUOTES)
    text = _TRAILING_SPACE.sub("\n", text.replace("\t", " "))
    text = _CLIENT_FOOTER.sub("", _INDENT.sub("", _SPACE_RUN.sub(" ", text)))
    return _BLANK_RUN.sub("\n\n", text).strip()


def parse_date(text: str | None, *, today: date) -> datetime | None:
    """The moment a Date header (RFC 5322, or as a mail client shows it in a forward) names;
    a part it leaves out (the year) is taken from `today`, never from the clock."""
    if not text:
        return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateutil warns on zone abbreviations it ignores
        try:
            moment: datetime = date_parser.parse(
                text, fuzzy=True, ignoretz=True, default=datetime.combine(today, time())
            )
        except (ValueError, OverflowError, TypeError):
            return None
    return moment
