"""Validation types the request bodies and routes share: bounded, visible text, a plain
e-mail address, a calendar day as YYYY-MM-DD, and the patterns the schema states for them.

A leaf: nothing here imports from app, so the drafting engine (whose typed input uses them),
the schemas and the routers can all depend on it.
"""

import re
import unicodedata
from datetime import date
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BeforeValidator,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StringConstraints,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

MAX_NAME = 200
MAX_ITEM = 200
MAX_TEXT = 1000
# Exactly the characters str.strip() removes, spelled out: `\s` differs between Python and
# the ECMA regexes JSON Schema tools use, and the schema must say what the check does.
WHITE_SPACE = r"\t-\r\x1c- \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# No NUL anywhere (PostgreSQL text cannot hold it), and at least one character that is not
# white space: strip() leaves nothing of the rest. The bounds are checked on the text as sent,
# as the schema states them, and the white space at its ends is trimmed after.
NO_NUL = r"^[^\x00]*$"
# Characters that draw nothing, as far as a JSON Schema pattern (no `u` flag, so the Basic
# Multilingual Plane only) can list them: controls, format characters (soft hyphen,
# zero-width space and joiners, bidi controls, word joiner, BOM), variation selectors and
# blank "letters" (Hangul fillers, the Braille blank). `_require_visible` judges the rest.
INVISIBLE = (
    r"\x00-\x1f\x7f-\x9f\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    r"\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    r"\u2066-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
)
_VISIBLE = f"^[^\\x00]*[^{INVISIBLE}{WHITE_SPACE}][^\\x00]*$"

# What a JSON Schema pattern cannot say: Unicode's format characters (zero-width space, soft
# hyphen, word joiner, BOM, bidi controls, tags), controls, lone combining marks and the
# blank "letters" below draw nothing, so a name made only of them greets "Hi ,".
_BLANK_LETTERS = frozenset("\u115f\u1160\u2800\u3164\uffa0")


# Unassigned and private-use code points count as visible: a font draws them as a box.
_DRAWS_NOTHING = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"})


def _draws_something(char: str) -> bool:
    return unicodedata.category(char) not in _DRAWS_NOTHING and char not in _BLANK_LETTERS


def _require_visible(value: str) -> str:
    if not any(_draws_something(char) for char in value):
        raise ValueError("must contain a visible character (letters, digits or punctuation)")
    return value


Name = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_NAME, pattern=_VISIBLE),
    AfterValidator(_require_visible),
    AfterValidator(str.strip),
]
Item = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_ITEM, pattern=_VISIBLE),
    AfterValidator(_require_visible),
    AfterValidator(str.strip),
]
Text = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_TEXT, pattern=_VISIBLE),
    AfterValidator(_require_visible),
    AfterValidator(str.strip),
]
Ref = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200, pattern=_VISIBLE),
    AfterValidator(str.strip),
]

# Rejoinder never sends mail itself: a plausible address is enough, and deliverability rules
# (reserved domains such as .test) are the sender's business.
Email = Annotated[
    str,
    StringConstraints(
        max_length=254,
        pattern=f"^[^@\\x00{WHITE_SPACE}]+@[^@\\x00{WHITE_SPACE}]+\\.[^@\\x00{WHITE_SPACE}]+$",
    ),
    AfterValidator(str.strip),
]


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date_as_text(value: object) -> object:
    # Lax pydantic reads a number, or a string of digits, as seconds since 1970: a client
    # sending 0 or "1700000000" means a mistake, not 1 January 1970.
    if isinstance(value, str) and not _ISO_DAY.fullmatch(value):
        raise ValueError("expected a date as YYYY-MM-DD")
    if isinstance(value, int | float):
        raise ValueError("expected a date as YYYY-MM-DD")
    return value


# A reference (a candidate's, an application's) in a query or a body: no control characters,
# as PostgreSQL text cannot hold NUL and a reference has no use for them, and not blank.
PLAIN_REF = f"^[^\\x00-\\x1f\\x7f]*[^{WHITE_SPACE}\\x00-\\x1f\\x7f][^\\x00-\\x1f\\x7f]*$"

# A calendar day written as YYYY-MM-DD, the only form the schema (format: date) allows.
IsoDate = Annotated[date, BeforeValidator(_date_as_text)]


class NamedSchema:
    """Annotates a type so that its JSON Schema is one named definition (`$defs`, the OpenAPI
    document's `components.schemas`) every field refers to, with `extra` (an `enum`, say)
    written there once instead of inline at each field."""

    def __init__(self, name: str, extra: dict[str, Any]) -> None:
        self.name = name
        self.extra = extra

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        # A core schema with a `ref` becomes a definition named after the ref's head.
        return {**handler(source), "ref": f"{self.name}:named"}

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        handler.resolve_ref_schema(json_schema).update(self.extra)
        return json_schema


def enum_varnames(values: list[str]) -> list[str]:
    """Identifiers for enum members whose values are not (`Etc/GMT+1`, `Etc/GMT-1`): SDK
    generators read them from `x-enum-varnames` instead of deriving colliding ones."""
    names = []
    for value in values:
        signed = re.sub(r"\+(?=\d)", "_PLUS_", re.sub(r"-(?=\d)", "_MINUS_", value))
        names.append(re.sub(r"_+", "_", re.sub(r"[^A-Za-z0-9]", "_", signed)).strip("_").upper())
    if len(set(names)) != len(names):
        raise ValueError("enum values whose identifiers collide")
    return names
