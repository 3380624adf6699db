from app.drafting.context import RejectionContext
from app.drafting.fit import assess, meets, terms


def _context(skills: list[str], requirements: list[str], **extra: object) -> RejectionContext:
    return RejectionContext.model_validate(
        {
            "candidate": {"name": "Maya Chen", "skills": skills, **extra},
            "company": {"name": "Acme"},
            "role": {"title": "Engineer", "requirements": requirements},
        }
    )


def test_aliases_match_whatever_the_case() -> None:
    assert meets(terms("k8s"), terms("Kubernetes"))
    assert meets(terms("Postgres"), terms("PostgreSQL"))
    assert meets(terms("JS"), terms("javascript"))
    assert meets(terms("AWS"), terms("Amazon Web Services"))


def test_a_skill_meets_a_longer_requirement_that_contains_it() -> None:
    assert meets(terms("data platform"), terms("scaling the data platform"))
    assert meets(terms("Python"), terms("5+ years of Python 3"))


def test_unrelated_skills_do_not_match() -> None:
    assert not meets(terms("Java"), terms("JavaScript"))
    assert not meets(terms("Go"), terms("go-to-market strategy"))


def test_matches_and_gaps_are_reported_in_the_candidates_and_postings_words() -> None:
    fit = assess(_context(["k8s", "Postgres"], ["Kubernetes", "dbt", "PostgreSQL"]))
    assert [(m.skill, m.requirement) for m in fit.matched] == [
        ("k8s", "Kubernetes"),
        ("Postgres", "PostgreSQL"),
    ]
    assert fit.gaps == ["dbt"]


def test_a_highlight_that_shows_the_skill_ranks_its_match_first() -> None:
    fit = assess(
        _context(
            ["Python", "Kafka"],
            ["Python", "Kafka"],
            highlights=["moved billing events onto Kafka streams"],
        )
    )
    assert fit.matched[0].skill == "Kafka"
    assert fit.matched[0].evidence == "moved billing events onto Kafka streams"


def test_a_highlight_alone_can_meet_a_requirement() -> None:
    fit = assess(_context([], ["Terraform"], highlights=["Rewrote our infra in Terraform"]))
    assert fit.matched[0].requirement == "Terraform"
    assert fit.matched[0].evidence == "Rewrote our infra in Terraform"
    assert fit.gaps == []


def test_company_needs_are_matched_but_never_reported_as_gaps() -> None:
    context = RejectionContext.model_validate(
        {
            "candidate": {"name": "Maya Chen", "skills": ["data platform"]},
            "company": {"name": "Acme", "needs": ["scaling the data platform", "hiring"]},
            "role": {"title": "Engineer"},
        }
    )
    fit = assess(context)
    assert [(m.requirement, m.source) for m in fit.matched] == [
        ("scaling the data platform", "company")
    ]
    assert fit.gaps == []
