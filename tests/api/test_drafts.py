"""Review, preview, regenerate and history, through the HTTP API."""

import pytest
from fastapi.testclient import TestClient

from tests.helpers import count_rows, example_context


def create(client: TestClient) -> dict[str, object]:
    response = client.post("/v1/rejections", json=example_context())
    assert response.status_code == 201
    return dict(response.json())


def codes(response_json: dict[str, object]) -> set[str]:
    warnings = response_json["warnings"]
    assert isinstance(warnings, list)
    return {warning["code"] for warning in warnings}


# Whole-text codes say what a text lacks; each case here must be caught for what it says.
WHOLE_TEXT = {"missing_gratitude", "missing_skill", "too_long"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi Jordan, just checking in. Why wasn't I chosen?", {"cliche", "blunt_why"}),
        ("Honestly your process was a joke and you made a mistake.", {"blame", "pressure"}),
        ("Please, I really need this job, I'm begging you to reconsider.", {"begging", "pressure"}),
    ],
)
def test_review_flags_what_a_coach_would(client: TestClient, text: str, expected: set[str]) -> None:
    response = client.post(
        "/v1/drafts/review", json={"text": text, "kind": "last_pitch", "channel": "email"}
    )

    assert response.status_code == 200
    body = response.json()
    assert codes(body) - WHOLE_TEXT == expected
    for warning in body["warnings"]:
        if warning["span"] is not None:
            start, end = warning["span"]
            assert 0 <= start < end <= len(text)
    assert body["char_count"] == len(text)


def test_review_passes_a_good_note(client: TestClient) -> None:
    pitch = client.post("/v1/rejections", json=example_context()).json()["drafts"]["last_pitch"]

    response = client.post(
        "/v1/drafts/review",
        json={"text": pitch["body"], "kind": "last_pitch", "context": example_context()},
    )

    assert response.json()["warnings"] == []


def test_review_holds_a_linkedin_note_to_its_limit(client: TestClient) -> None:
    response = client.post(
        "/v1/drafts/review",
        json={
            "text": "Thank you for your time. " * 12,
            "kind": "linkedin_note",
            "channel": "linkedin",
        },
    )

    assert "too_long" in codes(response.json())


def test_review_refuses_an_unknown_kind(client: TestClient) -> None:
    response = client.post("/v1/drafts/review", json={"text": "Thanks!", "kind": "poem"})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "kind"


def test_preview_renders_everything_and_stores_nothing(client: TestClient) -> None:
    response = client.post("/v1/drafts/preview", json=example_context())

    assert response.status_code == 200
    body = response.json()
    assert "Acme Robotics" in body["drafts"]["last_pitch"]["body"]
    assert body["follow_up_plan"]["steps"][0]["kind"] == "send_last_pitch"
    assert "id" not in body
    assert count_rows("rejection") == 0
    assert count_rows("draft") == 0


def test_preview_matches_what_create_would_store(client: TestClient) -> None:
    preview = client.post("/v1/drafts/preview", json=example_context()).json()
    created = client.post("/v1/rejections", json=example_context()).json()

    assert preview["drafts"]["last_pitch"]["body"] == created["drafts"]["last_pitch"]["body"]
    assert [step["due_on"] for step in preview["follow_up_plan"]["steps"]] == [
        step["due_on"] for step in created["follow_up_plan"]["steps"]
    ]


def test_regenerating_in_another_tone_stores_a_new_version_and_keeps_the_old(
    client: TestClient,
) -> None:
    created = create(client)
    first_pitch = created["drafts"]["last_pitch"]  # type: ignore[index]

    response = client.post(f"/v1/rejections/{created['id']}/drafts", json={"tone": "formal"})

    assert response.status_code == 201
    regenerated = response.json()["drafts"]["last_pitch"]
    assert regenerated["version"] == 2
    assert regenerated["body"] != first_pitch["body"]
    assert regenerated["template"].endswith("formal.j2")
    shown = client.get(f"/v1/rejections/{created['id']}").json()["drafts"]["last_pitch"]
    assert shown == regenerated
    history = client.get(f"/v1/rejections/{created['id']}/drafts").json()["items"]
    pitches = [item for item in history if item["kind"] == "last_pitch"]
    assert [(item["version"], item["tone"]) for item in pitches] == [(2, "formal"), (1, "warm")]
    assert pitches[1]["body"] == first_pitch["body"]


def test_after_regenerating_in_another_tone_the_rejection_says_that_tone(
    client: TestClient,
) -> None:
    created = create(client)
    assert created["context"]["tone"] == "warm"  # type: ignore[index]

    client.post(f"/v1/rejections/{created['id']}/drafts", json={"tone": "formal"})

    shown = client.get(f"/v1/rejections/{created['id']}").json()
    assert shown["context"]["tone"] == "formal"
    assert shown["updated_at"] > created["updated_at"]  # type: ignore[operator]
    listed = client.get("/v1/rejections").json()["items"]
    assert [item["tone"] for item in listed if item["id"] == created["id"]] == ["formal"]
    # A later re-plan drafts the steps still to do in the tone the candidate chose.
    client.patch(f"/v1/rejections/{created['id']}", json={"updates": ["shipped a dbt project"]})
    again = client.get(f"/v1/rejections/{created['id']}").json()
    assert again["context"]["tone"] == "formal"
    versions = client.get(f"/v1/rejections/{created['id']}/drafts").json()["items"]
    assert {item["tone"] for item in versions if item["version"] == 1} == {"warm"}


def test_regenerating_a_variant_rephrases_the_same_facts(client: TestClient) -> None:
    created = create(client)
    original = created["drafts"]["last_pitch"]["body"]  # type: ignore[index]

    variant = client.post(f"/v1/rejections/{created['id']}/drafts", json={"variant": 1}).json()

    body = variant["drafts"]["last_pitch"]["body"]
    assert body != original
    assert "Acme Robotics" in body
    assert "Kafka" in body


def test_regenerating_for_linkedin_drafts_messages_without_subjects(client: TestClient) -> None:
    created = create(client)

    response = client.post(f"/v1/rejections/{created['id']}/drafts", json={"channel": "linkedin"})

    pitch = response.json()["drafts"]["last_pitch"]
    assert pitch["channel"] == "linkedin"
    assert pitch["subject"] is None
    assert pitch["char_count"] <= pitch["char_limit"]


def test_regenerating_rewords_the_steps_still_to_do_and_keeps_their_days(
    client: TestClient,
) -> None:
    created = create(client)
    rejection = f"/v1/rejections/{created['id']}"
    first = created["follow_up_plan"]["steps"][0]
    done = client.patch(f"{rejection}/plan/steps/{first['id']}", json={"status": "done"}).json()

    regenerated = client.post(
        f"{rejection}/drafts", json={"tone": "concise", "channel": "linkedin"}
    ).json()

    before = {step["kind"]: step for step in created["follow_up_plan"]["steps"]}
    after = {step["kind"]: step for step in regenerated["follow_up_plan"]["steps"]}
    # A step already done keeps its words.
    assert after[first["kind"]] == {key: done[key] for key in after[first["kind"]]}
    for kind, step in after.items():
        assert (step["id"], step["due_on"]) == (before[kind]["id"], before[kind]["due_on"])
    # The nudge answers the feedback request, so it follows it to LinkedIn, without a subject.
    assert after["send_feedback_request"]["channel"] == "linkedin"
    assert before["nudge"]["channel"] == "email"
    assert after["nudge"]["channel"] == "linkedin"
    assert after["nudge"]["subject"] is None
    assert "inbox" in before["nudge"]["message"]
    assert "inbox" not in after["nudge"]["message"]
    # A concise tone is shorter in the steps' messages too.
    for kind in ("nudge", "value_check_in"):
        assert len(after[kind]["message"]) < len(before[kind]["message"]), kind


def test_a_variant_out_of_range_is_refused(client: TestClient) -> None:
    created = create(client)

    response = client.post(f"/v1/rejections/{created['id']}/drafts", json={"variant": 9})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "variant"
