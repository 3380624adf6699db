"""The normalised text every span points into: the rejection's own header lines (From, To,
Reply-To, Subject, Date when known), a blank line, then its body."""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.inbox.letter import Letter

Span = tuple[int, int]

# "Re: Fwd: FW: AW: TR:" in front of a subject say nothing about the rejection.
_SUBJECT_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|fw|aw|wg|tr|rv|sv|vs)\s*(?:\[\d+\])?:\s*)+", re.I)


# A line this long that ends mid-sentence was wrapped by the sender's client (plain text is
# sent wrapped at ~72 columns): it is joined with the next, so phrases and sentences read whole.
_WRAPPED = 50
_SENTENCE_END = (".", "!", "?", ":", ";", ")")
_LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022>]|\d+[.)])\s")


def reflow(body: str) -> str:
    """`body` with the line breaks a client's wrapping put inside sentences made spaces."""
    lines = body.split("\n")
    joined = [lines[0]]
    for line in lines[1:]:
        previous = joined[-1].rstrip()
        if (
            len(previous.rsplit("\n", 1)[-1]) >= _WRAPPED
            and not previous.endswith(_SENTENCE_END)
            and line.strip()
            and not _LIST_ITEM.match(line)
        ):
            joined[-1] = f"{previous} {line.strip()}"
        else:
            joined.append(line)
    return "\n".join(joined)


@dataclass
class Normalised:
    """The text, where its body starts, and where each header value sits in it."""

    text: str
    body_start: int
    spans: dict[str, Span] = field(default_factory=dict)

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    def value(self, key: str) -> str | None:
        span = self.spans.get(key)
        return self.text[span[0] : span[1]] if span else None


class _Builder:
    def __init__(self) -> None:
        self.text = ""
        self.spans: dict[str, Span] = {}

    def line(self, label: str, parts: Sequence[tuple[str, str | None, str]]) -> None:
        """Append "label: " then each (key, value, after) part; a part without a value is left
        out, a line without any value is not written."""
        if not any(value for _, value, _ in parts):
            return
        self.text += f"{label}: "
        for key, value, after in parts:
            if not value:
                continue
            start = len(self.text)
            self.text += value
            self.spans[key] = (start, len(self.text))
            self.text += after
        self.text = self.text.rstrip() + "\n"


def normalise(letter: Letter) -> Normalised:
    """The normalised text of `letter`, with the spans of its header values."""
    builder = _Builder()
    _address_line(builder, "From", "from", letter.sender_name, letter.sender_address)
    _address_line(builder, "To", "to", letter.recipient_name, letter.recipient_address)
    if letter.reply_to and letter.reply_to != letter.sender_address:
        builder.line("Reply-To", [("reply_to_address", letter.reply_to, "")])
    subject = _SUBJECT_PREFIX.sub("", letter.subject or "").strip()
    builder.line("Subject", [("subject", subject, "")])
    builder.line("Date", [("date", letter.date_text, "")])
    head = builder.text + "\n" if builder.text else ""
    return Normalised(text=head + reflow(letter.body), body_start=len(head), spans=builder.spans)


def _address_line(
    builder: _Builder, label: str, key: str, name: str | None, address: str | None
) -> None:
    parts: list[tuple[str, str | None, str]]
    if name and address:
        parts = [(f"{key}_name", name, " <"), (f"{key}_address", address, ">")]
    else:
        parts = [(f"{key}_name", name, ""), (f"{key}_address", address, "")]
    builder.line(label, parts)
