"""A name, item or text made only of invisible characters (zero-width, format, fillers, lone
combining marks) is a 422 naming the field: a draft must never greet "Hi \u00ad,". Visible
text that merely contains such characters (a soft hyphen, an emoji joined by ZWJ) passes."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from app.drafting.context import Candidate
from tests.helpers import example_context

INVISIBLE = [
    "\u200b",  # zero width space
    "\u00ad",  # soft hyphen
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark
    "\u200b\u200c\u200d\u200e\u200f",
    "\u00ad \u00ad",
    "\u202e\u2066\u2069",  # bidirectional controls
    "\u3164",  # Hangul filler
    "\u2800",  # Braille blank
    "\u0301",  # a combining mark on nothing
    "\U000e0041\U000e0042",  # tag characters
    "\x01\x7f",  # control characters
]


def _set(body: dict[str, Any], path: str, value: str) -> None:
    *parents, last = path.split(".")
    for part in parents:
        body = body[part]
    if isinstance(body.get(last), list):
        body[last] = [value]
    else:
        body[last] = value


@pytest.mark.parametrize("invisible", INVISIBLE)
@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("candidate.name", "candidate.name"),
        ("company.name", "company.name"),
        ("role.title", "role.title"),
        ("contact.name", "contact.name"),
        ("candidate.skills", "candidate.skills.0"),
        ("company.needs", "company.needs.0"),
        ("candidate.highlights", "candidate.highlights.0"),
        ("reason", "reason"),
    ],
)
def test_an_invisible_value_is_a_422_naming_the_field(
    client: TestClient, invisible: str, path: str, field: str
) -> None:
    body = example_context()
    _set(body, path, invisible)

    response = client.post("/v1/rejections", json=body)

    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert [error["field"] for error in response.json()["errors"]] == [field]


@pytest.mark.parametrize(
    "name", ["Anne\u00adMarie", "Zoë", "\u200bMaya Chen", "\U0001f469\u200d\U0001f4bb", "e\u0301"]
)
def test_visible_text_with_invisible_characters_inside_passes(name: str) -> None:
    assert Candidate(name=name).name == name


def test_the_schema_still_states_the_pattern(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()["components"]["schemas"]["Candidate"]
    assert "pattern" in schema["properties"]["name"]


def test_what_the_pattern_cannot_list_the_validator_refuses() -> None:
    # A combining mark and a tag character (beyond the Basic Multilingual Plane) pass the
    # schema's pattern; the model refuses them, for the API and the ATS adapters alike.
    with pytest.raises(ValidationError, match="visible character"):
        Candidate(name="\u0301\U000e0041")
