"""Bad input gets a clear 4xx problem naming the field, and nothing is stored."""

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.helpers import count_rows, example_context


@pytest.fixture
def nothing_stored(client: TestClient) -> Iterator[None]:
    yield
    for table in ("rejection", "draft", "plan_step"):
        assert count_rows(table) == 0, f"{table} has rows after a refused request"


def problem_of(response_text: str) -> dict[str, object]:
    problem = json.loads(response_text)
    assert {"type", "title", "status", "detail"} <= problem.keys()
    return dict(problem)


def fields_named(response_json: dict[str, object]) -> set[str]:
    errors = response_json["errors"]
    assert isinstance(errors, list)
    return {error["field"] for error in errors}


@pytest.mark.usefixtures("nothing_stored")
def test_malformed_json_is_a_400_problem(client: TestClient) -> None:
    response = client.post(
        "/v1/rejections",
        content=b'{"candidate": {"name": "Maya"',
        headers={"content-type": "application/json"},
    )

    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert "JSON" in problem_of(response.text)["detail"]


@pytest.mark.usefixtures("nothing_stored")
def test_a_body_that_is_not_json_is_a_415_problem(client: TestClient) -> None:
    response = client.post(
        "/v1/rejections", content=b"candidate=Maya", headers={"content-type": "text/plain"}
    )

    assert response.status_code == 415
    assert problem_of(response.text)["status"] == 415


@pytest.mark.usefixtures("nothing_stored")
def test_a_body_over_64_kib_is_a_413_problem(client: TestClient) -> None:
    body = {"context": example_context(), "kind": "last_pitch", "text": "x" * (65 * 1024)}

    response = client.post("/v1/drafts/review", json=body)

    assert response.status_code == 413
    assert "65536" in problem_of(response.text)["detail"]


@pytest.mark.usefixtures("nothing_stored")
def test_a_rejection_may_carry_a_pasted_email_up_to_640_kib(client: TestClient) -> None:
    # Escaping a 256 KiB email into JSON can double it: the rejections' limit is wider.
    body = example_context()
    body["reason"] = "x" * (65 * 1024)

    wide = client.post("/v1/rejections", json=body)
    body["reason"] = "x" * (641 * 1024)
    over = client.post("/v1/rejections", json=body)

    assert wide.status_code == 422  # past the field's own limit, not the body's
    assert over.status_code == 413
    assert "655360" in problem_of(over.text)["detail"]


@pytest.mark.usefixtures("nothing_stored")
def test_a_chunked_body_over_the_limit_is_a_413_problem(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(70):
            yield b" " * 1024

    response = client.post(
        "/v1/drafts/preview", content=chunks(), headers={"content-type": "application/json"}
    )

    assert response.status_code == 413


@pytest.mark.usefixtures("nothing_stored")
def test_missing_required_fields_are_each_named(client: TestClient) -> None:
    response = client.post("/v1/rejections", json={"candidate": {}, "company": {}})

    assert response.status_code == 422
    assert fields_named(response.json()) == {"candidate.name", "company.name", "role"}


@pytest.mark.usefixtures("nothing_stored")
@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"stage": "second_round"}, "stage"),
        ({"tone": "angry"}, "tone"),
        ({"rejected_on": "2026-02-30"}, "rejected_on"),
        ({"rejected_on": "yesterday"}, "rejected_on"),
        ({"rejected_on": "1700000000"}, "rejected_on"),
        ({"rejected_on": 0}, "rejected_on"),
        ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
        ({"country": "XX"}, "country"),
        ({"candidate": {"name": "M" * 201}}, "candidate.name"),
        ({"candidate": {"name": "   "}}, "candidate.name"),
        ({"candidate": {"name": "Maya", "skills": ["Go"] * 51}}, "candidate.skills"),
        ({"candidate": {"name": "Maya", "email": "not-an-email"}}, "candidate.email"),
        ({"role": {"title": "Engineer", "requirements": ["x" * 201]}}, "role.requirements.0"),
        ({"reason": "r" * 1001}, "reason"),
        ({"interviewers": [{"name": "A"}] * 11}, "interviewers"),
        ({"surprise": True}, "surprise"),
    ],
)
def test_each_bad_field_is_a_422_problem_naming_it(
    client: TestClient, change: dict[str, object], field: str
) -> None:
    response = client.post("/v1/rejections", json={**example_context(), **change})

    assert response.status_code == 422, response.text
    problem = problem_of(response.text)
    assert problem["type"] == client.app.state.settings.public_url + "/problems/validation"
    assert field in fields_named(response.json())
    assert field in str(problem["detail"])


@pytest.mark.usefixtures("nothing_stored")
def test_a_body_that_is_a_list_is_a_422_problem(client: TestClient) -> None:
    response = client.post("/v1/rejections", json=[example_context()])

    assert response.status_code == 422


@pytest.mark.usefixtures("nothing_stored")
def test_an_unknown_route_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/v1/nothing-here")

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.usefixtures("nothing_stored")
def test_a_wrong_method_is_a_405_problem(client: TestClient) -> None:
    response = client.put("/v1/rejections", json={})

    assert response.status_code == 405
    assert response.headers["content-type"] == "application/problem+json"
