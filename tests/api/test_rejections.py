"""The core contract of /v1/rejections, through the HTTP API."""

import copy
import uuid
from datetime import date

from fastapi.testclient import TestClient

from tests.helpers import count_rows, example_context


def create(client: TestClient, body: dict[str, object] | None = None) -> dict[str, object]:
    response = client.post("/v1/rejections", json=body or example_context())
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_create_answers_201_with_location_and_the_contract_body(client: TestClient) -> None:
    response = client.post("/v1/rejections", json=example_context())

    assert response.status_code == 201
    body = response.json()
    assert response.headers["location"] == f"/v1/rejections/{body['id']}"
    assert uuid.UUID(body["id"]).version == 7
    assert body["status"] == "drafted"
    assert body["created_at"].endswith(("Z", "+00:00"))
    for kind in ("last_pitch", "feedback_request"):
        draft = body["drafts"][kind]
        assert draft["channel"] == "email"
        assert draft["subject"]
        assert draft["version"] == 1
        assert draft["word_count"] == len(draft["body"].split())
    pitch = body["drafts"]["last_pitch"]["body"]
    assert "Jordan" in pitch
    assert "Acme Robotics" in pitch
    assert "Senior Data Engineer" in pitch
    assert "Kafka" in pitch
    steps = body["follow_up_plan"]["steps"]
    assert steps[0]["kind"] == "send_last_pitch"
    assert all(step["status"] == "pending" for step in steps)
    assert [step["due_on"] for step in steps] == sorted(step["due_on"] for step in steps)
    assert all(step["due_on"] > "2026-11-20" for step in steps)
    assert body["fit"]["matched"][0]["skill"] == "Kafka"
    assert "dbt" in body["fit"]["gaps"]
    assert body["review"] == {"warnings": body["review"]["warnings"]}


def test_only_candidate_company_and_role_are_required(client: TestClient) -> None:
    body = create(
        client,
        {
            "candidate": {"name": "Sam Ortiz"},
            "company": {"name": "Globex"},
            "role": {"title": "Product Designer"},
        },
    )

    pitch = body["drafts"]["last_pitch"]["body"]
    assert "Globex" in pitch
    assert "Product Designer" in pitch
    for seam in ("None", "{{", "Hi ,", "  "):
        assert seam not in pitch
    assert body["context"]["rejected_on"] is None or body["context"]["rejected_on"]


def test_get_returns_what_create_returned(client: TestClient) -> None:
    created = create(client)

    response = client.get(f"/v1/rejections/{created['id']}")

    assert response.status_code == 200
    assert response.json() == created


def test_unknown_id_is_a_404_problem(client: TestClient) -> None:
    response = client.get(f"/v1/rejections/{uuid.uuid4()}")

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 404
    assert problem["title"] == "Not Found"
    assert "Rejection" in problem["detail"]
    assert problem["type"].endswith("/not-found")


def test_a_malformed_id_is_a_422_problem_naming_it(client: TestClient) -> None:
    response = client.get("/v1/rejections/not-a-uuid")

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "rejection_id"


def test_list_pages_newest_first_with_an_opaque_cursor(client: TestClient) -> None:
    ids = [
        create(client, {**example_context(), "external_ref": "page-test"})["id"] for _ in range(5)
    ]

    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, str | int] = {"limit": 2, "external_ref": "page-test"}
        if cursor:
            params["cursor"] = cursor
        page = client.get("/v1/rejections", params=params).json()
        seen += [item["id"] for item in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break

    assert pages == 3
    assert seen == list(reversed(ids))


def test_list_filters_by_company_in_any_case_by_stage_and_by_reference(client: TestClient) -> None:
    context = example_context()
    onsite = create(client, {**context, "external_ref": "a-1"})
    other_company = copy.deepcopy(context)
    other_company["company"] = {"name": "Globex"}
    create(client, {**other_company, "external_ref": "a-2"})
    create(client, {**context, "stage": "applied", "external_ref": "a-3"})

    by_company = client.get("/v1/rejections", params={"company": "ACME robotics"}).json()
    by_stage = client.get("/v1/rejections", params={"stage": "onsite", "company": "acme robotics"})
    by_ref = client.get("/v1/rejections", params={"external_ref": "a-1"}).json()

    assert {item["external_ref"] for item in by_company["items"]} == {"a-1", "a-3"}
    assert [item["id"] for item in by_stage.json()["items"]] == [onsite["id"]]
    assert [item["id"] for item in by_ref["items"]] == [onsite["id"]]


def test_names_at_their_200_character_limit_are_stored_and_read_back(client: TestClient) -> None:
    # Step titles quote names inside a sentence, so they outgrow any one name.
    long = "Jordan " + "L" * 193
    context = example_context()
    context["contact"] = {"name": long, "title": "Engineering Manager"}
    context["interviewers"] = [{"name": "Priya " + "N" * 194}]
    context["company"] = {"name": "A" * 200}
    created = create(client, context)

    titles = [step["title"] for step in created["follow_up_plan"]["steps"]]
    assert any(len(title) > 200 for title in titles)
    read = client.get(f"/v1/rejections/{created['id']}").json()
    assert [step["title"] for step in read["follow_up_plan"]["steps"]] == titles


def test_a_company_name_that_grows_when_casefolded_is_stored_and_found(
    client: TestClient,
) -> None:
    # "ß" and "ẞ" fold to "ss": 200 characters become a 400-character key.
    context = example_context()
    context["company"] = {"name": "ß" * 200}
    created = create(client, context)

    found = client.get("/v1/rejections", params={"company": "ẞ" * 100 + "ß" * 100}).json()

    assert [item["id"] for item in found["items"]] == [created["id"]]


def test_a_cursor_that_was_not_issued_is_a_422_problem(client: TestClient) -> None:
    response = client.get("/v1/rejections", params={"cursor": "%%%not-base64"})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "cursor"


def test_limit_over_100_is_refused(client: TestClient) -> None:
    response = client.get("/v1/rejections", params={"limit": 101})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "limit"


def test_delete_erases_the_rejection_its_drafts_and_its_steps(client: TestClient) -> None:
    kept = create(client)
    erased = create(client)
    rows_before = {table: count_rows(table) for table in ("rejection", "draft", "plan_step")}

    response = client.delete(f"/v1/rejections/{erased['id']}")

    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/v1/rejections/{erased['id']}").status_code == 404
    assert client.get(f"/v1/rejections/{kept['id']}").status_code == 200
    assert count_rows("rejection") == rows_before["rejection"] - 1
    assert count_rows("draft") == rows_before["draft"] // 2
    assert count_rows("plan_step") == rows_before["plan_step"] // 2


def test_deleting_twice_is_a_404(client: TestClient) -> None:
    created = create(client)
    assert client.delete(f"/v1/rejections/{created['id']}").status_code == 204

    assert client.delete(f"/v1/rejections/{created['id']}").status_code == 404


def test_a_rejection_dated_in_the_future_is_refused(client: TestClient) -> None:
    body = {**example_context(), "rejected_on": "2999-01-01", "timezone": "UTC"}

    response = client.post("/v1/rejections", json=body)

    assert response.status_code == 422
    assert "rejected_on" in response.json()["detail"]
    assert count_rows("rejection") == 0


def test_the_plan_is_dated_from_today_when_no_date_is_given(client: TestClient) -> None:
    body = {key: value for key, value in example_context().items() if key != "rejected_on"}

    created = create(client, body)

    today = date.today().isoformat()
    assert all(step["due_on"] >= today for step in created["follow_up_plan"]["steps"])


def test_the_reason_is_read_into_a_kind_shown_on_create_get_and_preview(
    client: TestClient,
) -> None:
    body = example_context()
    body["reason"] = "The position has been put on hold after a hiring freeze."

    created = create(client, body)
    fetched = client.get(f"/v1/rejections/{created['id']}").json()
    preview = client.post("/v1/drafts/preview", json=body).json()

    for answer in (created, fetched, preview):
        assert answer["reason"] == {"kind": "role_closed", "gap": None}
    drafts = created["drafts"]
    assert isinstance(drafts, dict)
    request = drafts["feedback_request"]["body"].lower()
    assert "weighed most" not in request
    assert "reopens" in request


def test_a_skills_gap_reason_names_its_gap(client: TestClient) -> None:
    created = create(client)  # "another candidate had more dbt experience"

    assert created["reason"] == {"kind": "skills_gap", "gap": "dbt experience"}
