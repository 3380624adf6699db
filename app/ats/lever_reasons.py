"""What a Lever archive reason means, from its own text (data/lever_archive_reasons.json).

Lever types an archive reason only `hired` or `non-hired`, so a candidate who withdrew or
declined an offer is `non-hired` like one the company turned down. The reason's text says which:
the table lists the names that mean the company rejected and those that do not; customers name
their own reasons, so a name in neither list is `unknown` and the caller decides (not drafted
unless the integration opts in). Tuning the lists is a data change.
"""

import json
import re
from enum import StrEnum
from functools import cache
from importlib import resources

_NON_WORD = re.compile(r"[^0-9a-z]+")


class ReasonMeaning(StrEnum):
    rejected_by_company = "rejected_by_company"
    not_rejected = "not_rejected"
    unknown = "unknown"


def _words(name: str) -> str:
    return " ".join(_NON_WORD.split(name.casefold())).strip()


@cache
def _table() -> dict[str, ReasonMeaning]:
    path = resources.files("app.ats").joinpath("data/lever_archive_reasons.json")
    raw = json.loads(path.read_text("utf-8"))
    return {
        _words(name): ReasonMeaning(meaning)
        for meaning in (ReasonMeaning.rejected_by_company, ReasonMeaning.not_rejected)
        for name in raw[meaning.value]
    }


def reason_meaning(text: str | None, reason_type: str | None = None) -> ReasonMeaning:
    """The meaning of an archive reason named `text` (of Lever type `reason_type`)."""
    if reason_type == "hired":
        return ReasonMeaning.not_rejected
    if not text:
        return ReasonMeaning.unknown
    return _table().get(_words(text), ReasonMeaning.unknown)
