"""Concurrent writes to one rejection, run on PostgreSQL where CI runs them (and on SQLite,
whose writers take turns): ten regenerations at once each get a version of their own, and two
changes to one plan step at once give one 200 and one 409, never two contradictory events."""

import threading
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests import database as db
from tests.helpers import example_context


def create(client: TestClient) -> dict[str, Any]:
    response = client.post("/v1/rejections", json=example_context())
    assert response.status_code == 201, response.text
    return dict(response.json())


def at_once(calls: list[Callable[[], Any]]) -> list[Any]:
    """Run every call in a thread of its own, released together."""
    start = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(index: int) -> None:
        start.wait()
        results[index] = calls[index]()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def step_events(step_id: str) -> list[str]:
    with db.get_engine().connect() as connection:
        rows = connection.execute(
            sa.text("SELECT data FROM outbox_event WHERE event_type = 'plan.step_updated'")
        ).all()
    return [str(row[0]) for row in rows if step_id in str(row[0])]


def test_ten_concurrent_regenerations_all_succeed_with_distinct_versions(
    client: TestClient,
) -> None:
    rejection = create(client)
    url = f"/v1/rejections/{rejection['id']}/drafts"

    responses = at_once([lambda: client.post(url, json={"tone": "formal"}) for _ in range(10)])

    assert sorted(response.status_code for response in responses) == [201] * 10, [
        response.text for response in responses if response.status_code != 201
    ]
    history = client.get(url).json()
    versions = {item["version"] for item in history["items"]}
    assert versions == set(range(1, 12)), versions


def test_concurrent_done_and_skipped_on_one_step_one_wins_the_other_is_409(
    client: TestClient,
) -> None:
    # Several rounds: one round can happen to run its two requests one after the other.
    for _ in range(5):
        rejection = create(client)
        step = rejection["follow_up_plan"]["steps"][0]
        url = f"/v1/rejections/{rejection['id']}/plan/steps/{step['id']}"

        responses = at_once(
            [
                lambda url=url: client.patch(url, json={"status": "done"}),
                lambda url=url: client.patch(url, json={"status": "skipped"}),
            ]
        )

        codes = sorted(response.status_code for response in responses)
        assert codes == [200, 409], [response.text for response in responses]
        loser = next(response for response in responses if response.status_code == 409)
        assert loser.headers["content-type"] == "application/problem+json"
        assert loser.json()["type"].endswith("/invalid-transition")
        winner = next(response for response in responses if response.status_code == 200)
        stored = client.get(f"/v1/rejections/{rejection['id']}").json()
        assert stored["follow_up_plan"]["steps"][0]["status"] == winner.json()["status"]
        assert len(step_events(step["id"])) == 1
