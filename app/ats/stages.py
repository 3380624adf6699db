"""Map a vendor's free-text stage name to a Rejoinder Stage, using the table in data/stages.json.

Every customer names its stages; the table holds the keywords, so tuning it is a data change.
"""

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from app.drafting.context import Stage

_NON_WORD = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class _Rule:
    stage: Stage
    keywords: tuple[str, ...]


def _words(name: str) -> str:
    return " ".join(_NON_WORD.split(name.casefold())).strip()


@cache
def _rules() -> tuple[_Rule, ...]:
    raw = json.loads(resources.files("app.ats").joinpath("data/stages.json").read_text("utf-8"))
    return tuple(
        _Rule(Stage(rule["stage"]), tuple(_words(keyword) for keyword in rule["keywords"]))
        for rule in raw["rules"]
    )


def stage_for(name: str | None) -> Stage:
    """The stage a vendor's stage name means; `applied` when the name is unknown or absent."""
    if not name:
        return Stage.applied
    padded = f" {_words(name)} "
    for rule in _rules():
        if any(f" {keyword} " in padded for keyword in rule.keywords):
            return rule.stage
    return Stage.applied
