"""What the email vendors post, read from the raw bytes: HTML forms and HTTP Basic auth.

SendGrid's Inbound Parse posts `multipart/form-data`, Mailgun's routes either that or
`application/x-www-form-urlencoded`. Both are read here from the body exactly as received (the
receiver stores those bytes and parses them again later, without the request's headers), with
the standard library: `email` reads MIME multipart, `urllib.parse` a query string. Sizes are
bounded by the receiver's body limit; the number of fields by MAX_FIELDS.
"""

import base64
import binascii
import hmac
import re
import secrets as random
from collections.abc import Sequence
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message, MIMEPart
from email.parser import BytesParser
from urllib.parse import parse_qsl

from app.ats.base import Delivery, PayloadError, SignatureError
from app.ats.signing import usable_secrets

# No vendor sends more than a few dozen fields (SendGrid: ten or so plus one per attachment).
MAX_FIELDS = 200
# Every multipart container declares a boundary and every attached message its type: counting
# them bounds how deep a body can nest before the standard library's recursive reader (and
# writer) sees it. A real email has a handful; 256 KiB of nesting exhausts the stack.
MAX_CONTAINERS = 100
_CONTAINER = re.compile(rb"boundary\s*=|message/rfc822", re.IGNORECASE)
_BOUNDARY = re.compile(rb"--([0-9A-Za-z'()+_,\-./:=? ]{1,70})\r?\n")
_MULTIPART = "multipart/form-data"
_URLENCODED = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class FormFile:
    """An uploaded file field: an attachment of the email."""

    filename: str | None
    content_type: str
    content: bytes


@dataclass(frozen=True)
class Form:
    """A form's text fields (the first value of each name, as bytes until read, since their
    charset may be named by another field: SendGrid's `charsets`) and its files, by name."""

    fields: dict[str, bytes]
    files: dict[str, FormFile]
    charsets: dict[str, str] = field(default_factory=dict)

    def text(self, name: str) -> str | None:
        data = self.fields.get(name)
        if data is None:
            return None
        value = _decode(data, self.charsets.get(name) or "utf-8")
        return value if value.strip() else None

    def required(self, name: str) -> str:
        value = self.text(name)
        if value is None:
            raise PayloadError(f"form field {name!r} is missing or empty")
        return value

    def attached_messages(self, prefix: str) -> list[bytes]:
        """Messages forwarded as attachments: the files named `prefix…` of type
        `message/rfc822`, or a `.eml`; other attachments are not read."""
        return [
            file.content
            for name, file in sorted(self.files.items())
            if name.startswith(prefix)
            and (
                file.content_type == "message/rfc822"
                or (file.filename or "").lower().endswith(".eml")
            )
        ]


def read_form(delivery: Delivery) -> Form:
    """The delivery's form, by its Content-Type, else (a stored body parsed again has no
    headers) by its first line: a multipart body opens with its boundary."""
    content_type = delivery.headers.get("content-type", "")
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type == _MULTIPART:
        return _multipart(content_type, delivery.body)
    if media_type == _URLENCODED:
        return _urlencoded(delivery.body)
    if not media_type:
        sniffed = _BOUNDARY.match(delivery.body)
        if sniffed is not None:
            boundary = sniffed.group(1).decode("ascii").rstrip()
            return _multipart(f'{_MULTIPART}; boundary="{boundary}"', delivery.body)
        return _urlencoded(delivery.body)
    raise PayloadError(f"body is {media_type}, not {_MULTIPART} or {_URLENCODED}")


def _urlencoded(body: bytes) -> Form:
    try:
        pairs = parse_qsl(body, keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ValueError:
        raise PayloadError(f"form body has more than {MAX_FIELDS} fields") from None
    fields: dict[bytes, bytes] = {}
    for name, value in pairs:
        fields.setdefault(name, value)
    return Form({name.decode("utf-8", "replace"): value for name, value in fields.items()}, {})


def parse_mime(data: bytes, *, field: str, rules: policy.Policy = policy.default) -> Message:
    """A MIME message read by the standard library, its nesting bounded first."""
    if len(_CONTAINER.findall(data, 0)) > MAX_CONTAINERS:
        raise PayloadError(f"{field} nests more than {MAX_CONTAINERS} MIME containers")
    try:
        return BytesParser(policy=rules).parsebytes(data)
    except RecursionError:
        raise PayloadError(f"{field} nests too deeply to read") from None


def _multipart(content_type: str, body: bytes) -> Form:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = parse_mime(head + body, field="the form body", rules=policy.HTTP)
    parts = list(message.iter_parts()) if isinstance(message, EmailMessage) else []
    if not parts:
        raise PayloadError("multipart body has no parts (is its boundary right?)")
    if len(parts) > MAX_FIELDS:
        raise PayloadError(f"form body has more than {MAX_FIELDS} fields")
    fields: dict[str, bytes] = {}
    files: dict[str, FormFile] = {}
    charsets: dict[str, str] = {}
    for part in parts:
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or not name:
            continue
        data = _content(part)
        filename = part.get_filename()
        if filename is not None:
            files.setdefault(name, FormFile(filename, part.get_content_type(), data))
        elif name not in fields:
            fields[name] = data
            charset = part.get_content_charset()
            if charset:
                charsets[name] = charset
    return Form(fields, files, charsets)


def _content(part: MIMEPart) -> bytes:
    """A part's bytes. A `message/rfc822` upload (Mailgun's attached email) is parsed into a
    message by the reader; it is written back out as the message it holds."""
    if part.get_content_type() == "message/rfc822" or part.is_multipart():
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            return inner[0].as_bytes(policy=policy.SMTP)
        return b""
    content = part.get_payload(decode=True)
    return content if isinstance(content, bytes) else b""


def _decode(data: bytes, charset: str) -> str:
    try:
        return data.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know: read what UTF-8 can
        return data.decode("utf-8", errors="replace")


def new_basic_password() -> str:
    """A password for the webhook URL's Basic credentials: URL-safe, so it goes into the URL
    as it is, with no percent-encoding for a vendor to get wrong."""
    return random.token_urlsafe(32)


def require_basic_password(delivery: Delivery, secrets: Sequence[str]) -> None:
    """HTTP Basic auth whose password is the integration's secret (Postmark and SendGrid take
    it from the webhook URL, `https://user:password@host/...`); any user name is accepted, as
    the password alone is the credential. Compared in constant time."""
    header = delivery.headers.get("authorization")
    if not header:
        raise SignatureError("missing Authorization header: put the credentials in the webhook URL")
    scheme, _, encoded = header.strip().partition(" ")
    if scheme.lower() != "basic":
        raise SignatureError("Authorization is not HTTP Basic")
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        raise SignatureError("Authorization is not valid Basic credentials") from None
    _, colon, password = decoded.partition(":")
    if not colon:
        raise SignatureError("Authorization is not valid Basic credentials")
    given = password.encode()
    if not any(hmac.compare_digest(secret.encode(), given) for secret in usable_secrets(secrets)):
        raise SignatureError("the Basic auth password does not match")
