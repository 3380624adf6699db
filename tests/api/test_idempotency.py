"""Idempotency-Key with Stripe's semantics: replay, conflict, and one record under a race."""

import threading
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests import database as db
from tests.helpers import count_rows, example_context


def test_the_same_key_and_body_replay_the_first_answer_without_creating_anything(
    client: TestClient,
) -> None:
    headers = {"Idempotency-Key": "create-1"}
    first = client.post("/v1/rejections", json=example_context(), headers=headers)

    second = client.post("/v1/rejections", json=example_context(), headers=headers)

    assert first.status_code == second.status_code == 201
    assert second.content == first.content
    assert second.headers["location"] == first.headers["location"]
    assert second.headers["idempotent-replayed"] == "true"
    assert count_rows("rejection") == 1


def test_the_same_key_with_another_body_is_a_422_problem(client: TestClient) -> None:
    headers = {"Idempotency-Key": "create-2"}
    client.post("/v1/rejections", json=example_context(), headers=headers)

    response = client.post(
        "/v1/rejections", json={**example_context(), "tone": "formal"}, headers=headers
    )

    assert response.status_code == 422
    assert response.json()["type"].endswith("/idempotency-key-reused")
    assert count_rows("rejection") == 1


def test_keys_belong_to_one_tenant(client: TestClient, other_client: TestClient) -> None:
    headers = {"Idempotency-Key": "shared-name"}

    mine = client.post("/v1/rejections", json=example_context(), headers=headers)
    theirs = other_client.post("/v1/rejections", json=example_context(), headers=headers)

    assert mine.status_code == theirs.status_code == 201
    assert mine.json()["id"] != theirs.json()["id"]
    assert count_rows("rejection") == 2


def test_a_failed_request_does_not_hold_its_key(client: TestClient) -> None:
    headers = {"Idempotency-Key": "retry-after-fix"}
    bad = client.post("/v1/rejections", json={"candidate": {}}, headers=headers)

    good = client.post("/v1/rejections", json=example_context(), headers=headers)

    assert bad.status_code == 422
    assert good.status_code == 201


def test_a_key_older_than_24_hours_starts_afresh(client: TestClient) -> None:
    headers = {"Idempotency-Key": "yesterday"}
    first = client.post("/v1/rejections", json=example_context(), headers=headers)
    with db.get_engine().begin() as connection:
        connection.execute(
            sa.text("UPDATE idempotency_record SET created_at = :old"),
            {"old": datetime.now(UTC) - timedelta(hours=25)},
        )

    again = client.post("/v1/rejections", json=example_context(), headers=headers)

    assert again.status_code == 201
    assert again.json()["id"] != first.json()["id"]


def test_concurrent_requests_with_one_key_create_one_record(client: TestClient) -> None:
    headers = {"Idempotency-Key": "race"}
    start = threading.Barrier(8)
    answers: list[tuple[int, str]] = []

    def post() -> None:
        start.wait()
        response = client.post("/v1/rejections", json=example_context(), headers=headers)
        answers.append((response.status_code, response.json()["id"]))

    threads = [threading.Thread(target=post) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert {status for status, _ in answers} == {201}
    assert len({rejection_id for _, rejection_id in answers}) == 1
    assert count_rows("rejection") == 1


def test_a_key_longer_than_255_characters_is_refused(client: TestClient) -> None:
    response = client.post(
        "/v1/rejections", json=example_context(), headers={"Idempotency-Key": "k" * 256}
    )

    assert response.status_code == 422
    assert count_rows("rejection") == 0


def test_erasing_a_rejection_erases_the_answers_kept_for_replay(client: TestClient) -> None:
    created = client.post(
        "/v1/rejections", json=example_context(), headers={"Idempotency-Key": "erase-1"}
    ).json()
    rejection = f"/v1/rejections/{created['id']}"
    client.post(
        f"{rejection}/drafts", json={"tone": "formal"}, headers={"Idempotency-Key": "erase-2"}
    )
    client.post(f"{rejection}/stop", json={}, headers={"Idempotency-Key": "erase-3"})
    client.post("/v1/drafts/preview", json=example_context(), headers={"Idempotency-Key": "keep"})
    assert count_rows("idempotency_record") == 4

    assert client.delete(rejection).status_code == 204

    # Only the preview stays: it stored nothing of a rejection.
    assert count_rows("idempotency_record") == 1
    replay = client.post(
        "/v1/rejections", json=example_context(), headers={"Idempotency-Key": "erase-1"}
    )
    assert replay.status_code == 201
    assert "idempotent-replayed" not in replay.headers
    assert replay.json()["id"] != created["id"]
