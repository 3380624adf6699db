"""A corpus of rejection contexts the engine is held to, and the day the tests run on."""

from datetime import date
from itertools import product
from typing import Any

import pytest

from app.drafting.context import RejectionContext

TODAY = date(2026, 11, 20)

_MAYA: dict[str, Any] = {
    "name": "Maya Chen",
    "email": "maya@example.com",
    "skills": ["Kafka", "Airflow", "Python"],
    "highlights": ["cut nightly ETL cost by 40% at Northwind"],
}
_BASE: dict[str, Any] = {
    "candidate": _MAYA,
    "company": {"name": "Acme Robotics", "needs": ["scaling the data platform"]},
    "role": {"title": "Senior Data Engineer", "requirements": ["Kafka", "dbt"]},
    "contact": {"name": "Jordan Lee", "title": "Engineering Manager"},
    "rejected_on": "2026-11-20",
}
_PANEL = [
    {"name": "Priya Raman", "title": "Staff Engineer"},
    {"name": "Sam Ortiz", "title": "Director of Data"},
    {"name": "Alex Kim", "title": "Technical Recruiter"},
    {"name": "Dana Fox", "title": "Product Manager"},
]


def _case(**overrides: Any) -> dict[str, Any]:
    return {**_BASE, **overrides}


def _every_stage_and_tone() -> dict[str, dict[str, Any]]:
    stages = ["applied", "phone_screen", "technical", "onsite", "final"]
    tones = ["warm", "formal", "concise"]
    return {f"{s}-{t}": _case(stage=s, tone=t) for s, t in product(stages, tones)}


_SPECIAL: dict[str, dict[str, Any]] = {
    "contract-example": _case(stage="onsite", reason="another candidate had more dbt experience"),
    "no-contact": _case(contact=None, stage="technical"),
    "no-contact-formal": _case(contact=None, stage="onsite", tone="formal"),
    "no-contact-concise": _case(contact=None, stage="applied", tone="concise"),
    "contact-without-name": _case(contact={"title": "Recruiter"}, stage="phone_screen"),
    "minimal": {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": "Acme Robotics"},
        "role": {"title": "Data Engineer"},
    },
    "minimal-final-formal": {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": "Acme Robotics"},
        "role": {"title": "Data Engineer"},
        "stage": "final",
        "tone": "formal",
    },
    "no-skills-with-highlight": _case(
        candidate={"name": "Maya Chen", "highlights": ["Shipped the billing rewrite in 6 weeks."]}
    ),
    "skills-without-match": _case(
        candidate={"name": "Maya Chen", "skills": ["Rust", "Go"]}, stage="onsite"
    ),
    "no-needs": _case(company={"name": "Acme Robotics"}, stage="final"),
    "several-interviewers": _case(stage="onsite", interviewers=_PANEL),
    "several-interviewers-formal": _case(stage="final", tone="formal", interviewers=_PANEL[:3]),
    "several-interviewers-concise": _case(stage="onsite", tone="concise", interviewers=_PANEL),
    "interviewers-no-contact": _case(contact=None, stage="final", interviewers=_PANEL[:2]),
    "unicode-names": _case(
        candidate={**_MAYA, "name": "Zoë Ångström-Núñez"},
        contact={"name": "李伟"},
        interviewers=[{"name": "José Álvarez", "title": "Ingeniero de datos"}],
        stage="final",
    ),
    "cjk-contact-formal": _case(contact={"name": "李伟"}, tone="formal", stage="technical"),
    "title-first-contact": _case(contact={"name": "Dr. Amara Obi"}, stage="onsite"),
    "ampersand-apostrophe-company": _case(
        company={"name": "Ben & Jerry's", "needs": ["a faster release cadence"]},
        role={"title": "Backend Engineer", "requirements": ["Python", "PostgreSQL"]},
        candidate={**_MAYA, "skills": ["Postgres", "Python"]},
        stage="onsite",
    ),
    "long-skill-list": _case(
        candidate={**_MAYA, "skills": [f"Skill {n}" for n in range(47)] + ["k8s", "JS", "Kafka"]},
        role={
            "title": "Platform Engineer",
            "requirements": ["Kubernetes", "JavaScript", "Terraform"],
        },
        stage="technical",
    ),
    "reason-with-gap": _case(
        reason="We needed deeper dbt experience for this role.", stage="final"
    ),
    "reason-with-gap-concise": _case(
        reason="the team needed stronger stakeholder management skills", tone="concise"
    ),
    "reason-without-gap": _case(reason="We decided to move forward with other candidates."),
    "reason-naming-a-skill-the-candidate-has": _case(
        reason="another candidate had more Kafka experience", stage="onsite"
    ),
    "premium-linkedin": _case(candidate={**_MAYA, "linkedin_premium": True}, stage="final"),
    "low-interest": _case(interest="low", stage="onsite"),
    "high-interest": _case(interest="high", stage="final"),
    "low-interest-applied": _case(interest="low", stage="applied"),
    "uk-holidays": _case(country="GB", rejected_on="2026-12-23", stage="onsite"),
    "no-rejection-date": {k: v for k, v in _case(stage="technical").items() if k != "rejected_on"},
    "rejected-long-ago": _case(rejected_on="2026-09-01", stage="onsite"),
    "very-long-names": _case(
        company={
            "name": "The Extraordinarily Long-Named International Consolidated Robotics "
            "and Automation Holdings Company of North America"
        },
        role={"title": "Principal Distributed Systems and Data Platform Reliability Engineer"},
        contact={"name": "Maximiliana Bartholomew-Featherstonehaugh"},
    ),
    # What the rejection said (issue 13); feedback declined drafts no request, so it is held
    # to the bar in test_signals.py rather than here, where every case has one.
    "feedback-offered": _case(stage="final", signals={"feedback_offered": True}),
    "invited-to-reapply-formal": _case(
        stage="phone_screen", tone="formal", signals={"invited_to_reapply": True}
    ),
    "cv-on-file-concise": _case(
        stage="technical", tone="concise", signals={"keeps_cv_on_file": True}
    ),
    "no-reply-contact": _case(
        stage="onsite", contact={"name": "Jordan Lee", "email": "no-reply@acme.example"}
    ),
    "multi-word-need": _case(
        candidate={**_MAYA, "skills": ["data platform", "SQL"]},
        company={"name": "Acme Robotics", "needs": ["scaling the data platform"]},
        role={"title": "Data Engineer", "requirements": []},
    ),
}

CASES: dict[str, dict[str, Any]] = {**_every_stage_and_tone(), **_SPECIAL}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "case" in metafunc.fixturenames:
        contexts = [RejectionContext.model_validate(raw) for raw in CASES.values()]
        metafunc.parametrize("case", contexts, ids=list(CASES))


@pytest.fixture
def today() -> date:
    return TODAY
