"""Concurrent writes to one rejection, run on PostgreSQL where CI runs them (and on SQLite,
whose writers take turns): ten regenerations at once each get a version of their own."""

import threading
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

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
