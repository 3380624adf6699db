"""The email parser against the labelled rejection emails (issue 13), split by split.

On `dev/`, the emails the parser was tuned on, the bar is the issue's: company ≥ 0.9, role
≥ 0.85, the contact's name ≥ 0.85 where the email has one, every signal ≥ 0.9, is_rejection
≥ 0.95, and no field filled where the email has none (precision ≥ 0.95).

On `heldout/`, which no one tuning the parser has read, the parser does not reach that bar
yet (the closing note of issue 13 has the table): there the floors below are a guard against
getting worse, set a few points under what was measured when heldout was first scored
(2026-11-30). Raise them by improving the parser on dev and on one's own examples, never by
reading heldout. A failure prints the split's whole table; `bench/email_parse_report.py
--split dev --failures` lists the misses the parser's author may look at.
"""

import json
from dataclasses import dataclass
from datetime import date

import pytest

from app.drafting.context import Stage
from app.drafting.results import ReasonKind
from tests.corpus.emails.scoring import (
    CORPUS,
    LABELS,
    SIGNALS,
    SPLITS,
    VALUE_FIELDS,
    Report,
    load,
    score,
    table,
)


@dataclass(frozen=True)
class Bar:
    fields: dict[str, float]
    signal: float
    is_rejection: float
    precision: float


BARS = {
    # The bar, on the emails the parser was tuned on.
    "dev": Bar({"company": 0.9, "role": 0.85, "contact_name": 0.85}, 0.9, 0.95, 0.95),
    # Floors under the first measure on unseen wording (company 0.74, role 0.77, contact
    # 0.81, signals 0.84 and up, is_rejection 0.92, precision 0.91).
    "heldout": Bar({"company": 0.7, "role": 0.72, "contact_name": 0.75}, 0.8, 0.88, 0.88),
}


@pytest.fixture(scope="module", params=SPLITS)
def split(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def report(split: str) -> Report:
    from app.inbox import parse_email

    return score(parse_email, load(split))


def test_every_email_has_a_label_and_every_label_an_email() -> None:
    labels = json.loads(LABELS.read_text())
    files = {
        path.relative_to(CORPUS).as_posix()
        for split in SPLITS
        for path in (CORPUS / split).iterdir()
        if path.suffix in {".eml", ".txt"}
    }
    assert set(labels) == files
    assert len(files) >= 60
    per_split = {split: sum(p.startswith(f"{split}/") for p in files) for split in SPLITS}
    assert per_split["dev"] >= 55
    assert per_split["heldout"] >= 25


def test_every_label_follows_the_rules_of_the_readme() -> None:
    stages = {stage.value for stage in Stage}
    kinds = {kind.value for kind in ReasonKind} - {ReasonKind.unknown.value}
    for path, label in json.loads(LABELS.read_text()).items():
        assert set(label["signals"]) == set(SIGNALS), path
        assert label["stage"] in stages | {None}, path
        assert label["reason_kind"] in kinds | {None}, path
        assert label["has_reason"] == (label["reason_kind"] is not None), path
        if label["rejected_on"] is not None:
            date.fromisoformat(label["rejected_on"])
        if not label["is_rejection"]:
            assert all(label[name] is None for name in VALUE_FIELDS), path
            assert not any(label["signals"].values()), path


@pytest.mark.parametrize("name", ["company", "role", "contact_name"])
def test_the_parser_reads_the_field_where_the_email_has_it(
    report: Report, split: str, name: str
) -> None:
    assert report.fields[name].accuracy >= BARS[split].fields[name], table(report)


@pytest.mark.parametrize("name", SIGNALS)
def test_the_parser_reads_the_signal(report: Report, split: str, name: str) -> None:
    assert report.signals[name].accuracy >= BARS[split].signal, table(report)


def test_the_parser_tells_a_rejection_from_other_mail(report: Report, split: str) -> None:
    assert report.flags["is_rejection"].accuracy >= BARS[split].is_rejection, table(report)


def test_the_parser_fills_no_field_the_email_does_not_hold(report: Report, split: str) -> None:
    assert report.precision >= BARS[split].precision, table(report)


def test_the_parser_reads_every_email_without_raising(report: Report) -> None:
    assert not report.errors, table(report)
