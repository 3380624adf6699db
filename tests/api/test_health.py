"""Liveness and readiness."""

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from app.db import Database


def test_healthz_answers_while_the_process_is_up(client: TestClient) -> None:
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_answers_when_the_database_does(client: TestClient) -> None:
    assert client.get("/readyz").json() == {"status": "ok"}


def test_readyz_is_a_503_problem_when_the_database_does_not_answer(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    unreachable = sa.create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    monkeypatch.setattr(client.app.state, "database", Database(unreachable))

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == "The database does not answer."
