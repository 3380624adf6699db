"""The world a role belongs to (a ward, a classroom, a kitchen, a sales floor…), from its title.

The family only chooses wording: templates say "the care X gives its patients" to a nurse and
"what X is building" to an engineer. The words that decide it live in `data/role_families.json`.
"""

import json
from enum import StrEnum
from functools import lru_cache
from importlib import resources

from app.drafting.phrases import PhraseSet


class RoleFamily(StrEnum):
    tech = "tech"
    healthcare = "healthcare"
    education = "education"
    hospitality = "hospitality"
    sales = "sales"
    operations = "operations"
    creative = "creative"
    finance = "finance"
    general = "general"


_TABLE = json.loads(
    resources.files("app.drafting").joinpath("data/role_families.json").read_text()
)["families"]
_ORDER = [RoleFamily(entry["family"]) for entry in _TABLE]
_WORDS = PhraseSet({entry["family"]: entry["words"] for entry in _TABLE})


@lru_cache(maxsize=1024)
def role_family(title: str) -> RoleFamily:
    """The first family, in the table's order, one of whose words the title uses."""
    found = {RoleFamily(match.label) for match in _WORDS.find(title)}
    return next((family for family in _ORDER if family in found), RoleFamily.general)
