from datetime import UTC, date, datetime

import pytest

from app.ats import ADAPTERS, IntegrationDefaults
from app.ats.mapping import Facts, Person, build_context
from app.ats.stages import stage_for
from app.drafting.context import Stage, Tone
from app.types import MAX_TEXT
from tests.ats.support import DEFAULTS, NOW


@pytest.mark.parametrize(
    ("name", "stage"),
    [
        ("Phone Screen", Stage.phone_screen),
        ("Recruiter phone call", Stage.phone_screen),
        ("Take Home Test", Stage.technical),
        ("Take-home test", Stage.technical),
        ("Technical Interview", Stage.technical),
        ("Technical Phone Screen", Stage.technical),
        ("Face to Face", Stage.onsite),
        ("Face-to-face", Stage.onsite),
        ("Onsite", Stage.onsite),
        ("On-site interview", Stage.onsite),
        ("Offer", Stage.final),
        ("Final", Stage.final),
        ("Final Technical Interview", Stage.final),
        ("Applied", Stage.applied),
        ("Archived", Stage.applied),
        ("Resume Review", Stage.applied),
        ("Something Else Entirely", Stage.applied),
        ("", Stage.applied),
        (None, Stage.applied),
    ],
)
def test_a_vendor_stage_name_maps_to_a_stage(name: str | None, stage: Stage) -> None:
    assert stage_for(name) is stage


def test_keywords_match_whole_words_only() -> None:
    assert stage_for("Offerings review") is Stage.applied
    assert stage_for("Phonetics quiz") is Stage.applied


def _facts(**changes: object) -> Facts:
    values: dict[str, object] = {
        "candidate": Person(name="Ada Example", email="ada@example.com"),
        "job_title": "Backend Engineer",
        "stage_name": "Onsite",
        "reason": "Not enough experience",
        "contact": None,
        "rejected_at": datetime(2026, 11, 19, 23, 30, tzinfo=UTC),
        "application_id": "app_1",
        "candidate_ref": "cand_1",
    }
    return Facts(**(values | changes))  # type: ignore[arg-type]


def test_integration_defaults_fill_company_tone_timezone_and_country() -> None:
    defaults = IntegrationDefaults(
        company_name="Globex", tone=Tone.formal, timezone="Asia/Tokyo", country="JP"
    )
    context = build_context(_facts(), defaults, received_at=NOW)
    assert context.company.name == "Globex"
    assert (context.tone, context.timezone, context.country) == (Tone.formal, "Asia/Tokyo", "JP")
    # 23:30 UTC on the 19th is already the 20th in Tokyo.
    assert context.rejected_on == date(2026, 11, 20)


def test_without_defaults_the_context_keeps_its_own() -> None:
    context = build_context(_facts(), DEFAULTS, received_at=NOW)
    assert (context.tone, context.timezone, context.country) == (Tone.warm, "UTC", "US")
    assert context.rejected_on == date(2026, 11, 19)


def test_a_rejection_time_after_arrival_is_dated_the_arrival_day() -> None:
    late = _facts(rejected_at=datetime(2026, 11, 21, 0, 5, tzinfo=UTC))
    assert build_context(late, DEFAULTS, received_at=NOW).rejected_on == date(2026, 11, 20)


def test_a_malformed_candidate_email_is_dropped_not_refused() -> None:
    facts = _facts(candidate=Person(name="Ada Example", email="not an email"))
    assert build_context(facts, DEFAULTS, received_at=NOW).candidate.email is None


def test_an_over_long_reason_is_shortened_not_refused() -> None:
    context = build_context(_facts(reason="x" * 5000), DEFAULTS, received_at=NOW)
    assert context.reason is not None
    assert len(context.reason) == MAX_TEXT


def test_every_provider_has_its_adapter() -> None:
    assert sorted(ADAPTERS) == [
        "ashby",
        "generic",
        "greenhouse",
        "lever",
        "mailgun",
        "postmark",
        "sendgrid",
        "workable",
    ]
    assert all(adapter.provider == name for name, adapter in ADAPTERS.items())
