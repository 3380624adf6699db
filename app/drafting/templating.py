"""The one Jinja2 environment every draft is rendered from, and the text tidying after it.

Templates hold every word a candidate may send; this module only finds them, renders them
and normalises whitespace, which is formatting rather than wording.
"""

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

# Read once: the Docker image copies templates/ beside app/, tests and dev use the repo root.
TEMPLATES_DIR = Path(
    os.environ.get("REJOINDER_TEMPLATES_DIR") or Path(__file__).resolve().parents[2] / "templates"
)
LOCALE = "en"

# Runs of two or more, or a tab: a single space is already right, and replacing every one
# of them with itself was the costliest step of a render.
_SPACES = re.compile(r"[ \t]{2,}|\t")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.;:!?])")
_LINE_EDGES = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")
_WORD = re.compile(r"\S+")
# "Summit Learning Co." ending a sentence: the name's period is the sentence's.
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered template: its subject (when it sets one), its body and its name."""

    subject: str | None
    body: str
    template: str


@cache
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        # Plain-text email and LinkedIn notes: HTML escaping would mangle "Ben & Jerry's".
        autoescape=False,  # noqa: S701
        auto_reload=False,
    )


@cache
def template(name: str) -> Template:
    return environment().get_template(f"{LOCALE}/{name}")


def tidy(text: str) -> str:
    """Collapse the whitespace seams optional fields leave behind."""
    text = _DOUBLE_STOP.sub(".", _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text)))
    return _BLANK_LINES.sub("\n\n", _LINE_EDGES.sub("\n", text)).strip()


def one_line(text: str) -> str:
    """A subject or a title: every run of whitespace, newlines included, becomes one space."""
    return _DOUBLE_STOP.sub(".", " ".join(text.split()))


def render(name: str, **variables: Any) -> Rendered:
    """Render `<locale>/<name>`; a template may export `subject` with `{% set subject %}`."""
    module = template(name).make_module(variables)
    subject = getattr(module, "subject", None)
    return Rendered(
        subject=one_line(str(subject)) if subject is not None else None,
        body=tidy(str(module)),
        template=f"{LOCALE}/{name}",
    )


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
