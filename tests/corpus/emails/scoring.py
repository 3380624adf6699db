"""Scores an email parser against the labelled rejection emails in this folder.

Shared by the accuracy test (`tests/inbox/test_corpus_accuracy.py`) and the report
(`bench/email_parse_report.py`), so the bar the test holds and the table the report prints
are computed the same way. The label rules are in this folder's README.
"""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

CORPUS = Path(__file__).parent
LABELS = CORPUS / "labels.json"
SPLITS = ("dev", "heldout")
# The day every email is read on, a little after the last Date in the corpus.
TODAY = date(2026, 11, 30)
ZONE = ZoneInfo("UTC")

# Fields that are values: each is scored for accuracy where labelled and counted as a false
# fill where the label is null. Precision is taken over these.
VALUE_FIELDS = (
    "company",
    "role",
    "contact_name",
    "contact_title",
    "contact_email",
    "candidate_name",
    "stage",
    "rejected_on",
    "reason_kind",
)
# Yes/no readings beside the signals: is_rejection on every email, the others on rejections.
FLAG_FIELDS = ("is_rejection", "has_reason", "forwarded")
SIGNALS = (
    "invited_to_reapply",
    "keeps_cv_on_file",
    "feedback_offered",
    "feedback_declined",
    "no_reply_sender",
    "automated",
)

Parser = Callable[..., Any]
Label = dict[str, Any]
# Straight and curly quotes, and guillemets.
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
_TRAILING = ".,;:!"


@dataclass(frozen=True)
class Email:
    path: str
    split: str
    raw: bytes
    label: Label


def load(split: str | None = None) -> list[Email]:
    """The labelled emails of one split (None: all), in path order."""
    labels: dict[str, Label] = json.loads(LABELS.read_text())
    return [
        Email(path=path, split=path.split("/", 1)[0], raw=(CORPUS / path).read_bytes(), label=lab)
        for path, lab in sorted(labels.items())
        if split is None or path.startswith(f"{split}/")
    ]


def normalise(value: str) -> str:
    collapsed = " ".join(value.split()).casefold()
    return collapsed.strip(_QUOTES).rstrip(_TRAILING).strip(_QUOTES).strip()


def matches(expected: str | list[str], got: str) -> bool:
    answers = expected if isinstance(expected, list) else [expected]
    return normalise(got) in {normalise(answer) for answer in answers}


def _text(found: Any) -> str | None:
    if found is None:
        return None
    value = found.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def read_fields(parsed: Any) -> dict[str, Any]:
    """What the parser answered, flattened to the labels' names."""
    context, signals = parsed.context, parsed.signals
    reason_kind = _text(signals.reason_kind)
    answer: dict[str, Any] = {
        "company": _text(context.company.name),
        "role": _text(context.role.title),
        "contact_name": _text(context.contact.name),
        "contact_title": _text(context.contact.title),
        "contact_email": _text(context.contact.email),
        "candidate_name": _text(context.candidate.name),
        "stage": _text(context.stage),
        "rejected_on": _text(context.rejected_on),
        # "unknown" is the engine's word for no stated reason, not a reading of one.
        "reason_kind": None if reason_kind == "unknown" else reason_kind,
        "is_rejection": signals.is_rejection.value,
        "language": parsed.language,
        "has_reason": context.reason is not None,
        "forwarded": parsed.forwarded,
    }
    answer.update({name: getattr(signals, name).value for name in SIGNALS})
    return answer


@dataclass
class FieldScore:
    labelled: int = 0
    right: int = 0
    wrong_fills: int = 0
    unlabelled: int = 0
    false_fills: int = 0
    # rejected_on falls back to `today` by contract when an email has no date: not a guess.
    defaulted: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.labelled if self.labelled else 1.0


@dataclass
class SignalScore:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    true_neg: int = 0

    def add(self, expected: bool, got: bool) -> None:
        if expected and got:
            self.true_pos += 1
        elif got:
            self.false_pos += 1
        elif expected:
            self.false_neg += 1
        else:
            self.true_neg += 1

    @property
    def accuracy(self) -> float:
        total = self.true_pos + self.false_pos + self.false_neg + self.true_neg
        return (self.true_pos + self.true_neg) / total if total else 1.0

    @property
    def precision(self) -> float:
        said = self.true_pos + self.false_pos
        return self.true_pos / said if said else 1.0

    @property
    def recall(self) -> float:
        present = self.true_pos + self.false_neg
        return self.true_pos / present if present else 1.0


@dataclass(frozen=True)
class Miss:
    path: str
    field: str
    expected: Any
    got: Any


@dataclass
class Report:
    emails: int = 0
    fields: dict[str, FieldScore] = field(
        default_factory=lambda: {name: FieldScore() for name in (*VALUE_FIELDS, "language")}
    )
    flags: dict[str, SignalScore] = field(
        default_factory=lambda: {name: SignalScore() for name in FLAG_FIELDS}
    )
    signals: dict[str, SignalScore] = field(
        default_factory=lambda: {name: SignalScore() for name in SIGNALS}
    )
    misses: list[Miss] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def fills(self) -> int:
        return sum(
            s.right + s.wrong_fills + s.false_fills
            for name, s in self.fields.items()
            if name in VALUE_FIELDS
        )

    @property
    def precision(self) -> float:
        right = sum(s.right for name, s in self.fields.items() if name in VALUE_FIELDS)
        return right / self.fills if self.fills else 1.0


def _score_value(report: Report, email: Email, name: str, got: str | None) -> None:
    expected, score = email.label[name], report.fields[name]
    if expected is None:
        score.unlabelled += 1
        if got is None:
            return
        if name == "rejected_on" and got == TODAY.isoformat():
            score.defaulted += 1
            return
        score.false_fills += 1
    else:
        score.labelled += 1
        if got is not None and matches(expected, got):
            score.right += 1
            return
        if got is not None:
            score.wrong_fills += 1
    report.misses.append(Miss(email.path, name, expected, got))


def _score_flag(
    report: Report,
    scores: dict[str, SignalScore],
    email: Email,
    name: str,
    expected: bool,
    got: bool,
) -> None:
    scores[name].add(expected, got)
    if expected != got:
        report.misses.append(Miss(email.path, name, expected, got))


def _score_email(report: Report, email: Email, answer: dict[str, Any]) -> None:
    label = email.label
    report.emails += 1
    for name in (*VALUE_FIELDS, "language"):
        _score_value(report, email, name, answer[name])
    expected_rejection = bool(label["is_rejection"])
    _score_flag(
        report,
        report.flags,
        email,
        "is_rejection",
        expected_rejection,
        bool(answer["is_rejection"]),
    )
    if not expected_rejection:
        return
    for name in ("has_reason", "forwarded"):
        _score_flag(report, report.flags, email, name, label[name], bool(answer[name]))
    for name in SIGNALS:
        _score_flag(report, report.signals, email, name, label["signals"][name], bool(answer[name]))


def _nothing_read() -> dict[str, Any]:
    return dict.fromkeys((*VALUE_FIELDS, "language", *FLAG_FIELDS, *SIGNALS))


def score(parse: Parser, emails: Iterable[Email]) -> Report:
    """Runs `parse` on every email; an email it raises on counts as one it read nothing from."""
    report = Report()
    for email in emails:
        try:
            answer = read_fields(parse(email.raw, today=TODAY, zone=ZONE))
        except Exception as error:
            # A crash is a result to report, not a reason to stop scoring the others.
            report.errors[email.path] = f"{type(error).__name__}: {error}"
            answer = _nothing_read()
        _score_email(report, email, answer)
    return report


def _percent(ratio: float) -> str:
    return f"{ratio:.0%}"


def table(report: Report) -> str:
    """The report as Markdown: value fields, then yes/no readings, then precision."""
    lines = [
        "| field | accuracy | right / labelled | wrong fills | false fills / unlabelled |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, s in report.fields.items():
        false_fills = f"{s.false_fills} / {s.unlabelled}"
        if s.defaulted:
            false_fills += f" ({s.defaulted} defaulted to today)"
        lines.append(
            f"| {name} | {_percent(s.accuracy)} | {s.right} / {s.labelled} "
            f"| {s.wrong_fills} | {false_fills} |"
        )
    lines += [
        "",
        "| reading (is_rejection: every email; others: rejections) | accuracy | precision "
        "| recall | tp | fp | fn |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in {**report.signals, **report.flags}.items():
        lines.append(
            f"| {name} | {_percent(s.accuracy)} | {_percent(s.precision)} | "
            f"{_percent(s.recall)} | {s.true_pos} | {s.false_pos} | {s.false_neg} |"
        )
    right_fills = round(report.precision * report.fills)
    lines += [
        "",
        f"Precision over the value fields: {_percent(report.precision)} "
        f"({right_fills} right of {report.fills} filled) on {report.emails} emails.",
    ]
    if report.errors:
        lines.append(f"The parser raised on {len(report.errors)}: " + ", ".join(report.errors))
    return "\n".join(lines)


def failures(report: Report) -> str:
    """Every miss, one line each: file, field, expected, got."""
    lines = [f"{m.path}  {m.field}: expected {m.expected!r}, got {m.got!r}" for m in report.misses]
    lines += [f"{path}  raised {error}" for path, error in report.errors.items()]
    return "\n".join(lines)


def composition(emails: Iterable[Email]) -> dict[str, int]:
    """How many emails have each trait: the corpus's mix, to compare with the wild's."""
    counts: dict[str, int] = {}

    def add(trait: str) -> None:
        counts[trait] = counts.get(trait, 0) + 1

    for email in emails:
        label = email.label
        add("emails")
        add(f"format {email.path.rsplit('.', 1)[-1]}")
        if not label["is_rejection"]:
            add("not a rejection")
            continue
        add(f"language {label['language']}")
        add(f"stage {label['stage']}")
        if label["forwarded"]:
            add("forwarded")
        for name in ("company", "role", "contact_name", "contact_email", "candidate_name"):
            if label[name] is not None:
                add(f"has {name}")
        if label["reason_kind"] is not None:
            add(f"reason {label['reason_kind']}")
        for name, said in label["signals"].items():
            if said:
                add(f"signal {name}")
    return dict(sorted(counts.items()))
