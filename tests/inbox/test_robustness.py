"""Input that is odd but still an email never crashes the parser; input that is not an email
is refused with an EmailError that names the problem and quotes nothing."""

import pytest

from app.inbox import MAX_EMAIL_BYTES, EmailError, ParsedEmail
from tests.inbox.support import parse

ODD_BUT_EMAIL: list[str | bytes] = [
    "From: a@b.example\nSubject: hi\n",  # headers and no body
    "Subject:\n\n\n.",  # an empty subject and a full stop
    "Hi,\n" + "unfortunately " * 5000,  # one very long line
    "😀 Unfortunately we went with another candidate. 😀",
    "غير أننا قررنا المضي قدمًا مع مرشح آخر",  # Arabic
    b"From: a@b.example\nContent-Type: text/plain; charset=klingon\n\nHi there",
    b"From: a@b.example\nContent-Type: multipart/mixed; boundary=x\n\n--x\nbroken",
    b"From: a@b.example\nContent-Type: text/plain; charset=latin-1\n\nCaf\xe9 au lait",
    b"From: a@b.example\nContent-Transfer-Encoding: base64\n\n!!!not base64!!!",
    "---------- Forwarded message ---------\nFrom: \nDate: \nSubject: \n\n",
    "> > > quoted\n> > all the way\n> down",
    "Begin forwarded message:\n\n" * 20 + "Unfortunately not.",
    "Dear ,\n\nBest,\n\n",
]


@pytest.mark.parametrize("raw", ODD_BUT_EMAIL)
def test_odd_emails_parse_without_crashing(raw: str | bytes) -> None:
    parsed = parse(raw)
    assert isinstance(parsed, ParsedEmail)
    for found in (parsed.context.company.name, parsed.context.role.title):
        if found is not None and found.span is not None:
            start, end = found.span
            assert 0 <= start < end <= len(parsed.text)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("", "empty"),
        ("   \n\t  \n", "empty"),
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("text with a NUL \x00 in it", "binary"),
        ("\x01\x02\x03\x04\x05\x06 mostly control characters \x07\x08", "binary"),
        (b"\xff\xfe\xfa caf\xe9 \xc3", "encoding"),
        ("x" * (MAX_EMAIL_BYTES + 1), "larger"),
        (b"From: a@b.example\n\n" + b"y" * MAX_EMAIL_BYTES, "larger"),
    ],
)
def test_input_that_is_not_an_email_is_refused_without_quoting_it(
    raw: str | bytes, problem: str
) -> None:
    with pytest.raises(EmailError, match=problem) as refused:
        parse(raw)
    message = str(refused.value)
    assert "PNG" not in message
    assert "xxx" not in message
    assert "caf" not in message


def test_an_email_just_under_the_limit_is_read() -> None:
    body = "Unfortunately we went with another candidate.\n"
    raw = body + "a" * (MAX_EMAIL_BYTES - len(body))
    assert parse(raw).signals.is_rejection.value is True
