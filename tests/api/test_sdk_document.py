"""The OpenAPI document as SDK generators and integrators read it: valid, named for SDKs,
every header and the outbound events declared, and the shipped Python client working."""

import contextlib
import io
import json
import os
import re
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from sqlmodel import col, select

from app.models import OutboxEvent
from app.models.outbound import EventType
from app.outbound.send import payload
from tests.helpers import example_context
from tests.inspection import inspection_session

METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
CLIENTS = Path(__file__).resolve().parents[2] / "clients"


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for section in ("paths", "webhooks"):
        for path, item in document[section].items():
            for method, operation in item.items():
                if method in METHODS:
                    yield method, path, operation


@pytest.fixture
def document(client: TestClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    return dict(response.json())


def test_the_document_is_valid_openapi(document: dict[str, Any]) -> None:
    validate(document)

    assert document["openapi"].startswith("3.1")
    assert document["servers"][0]["url"].startswith("http")


def test_operation_ids_are_short_camel_case_and_unique(document: dict[str, Any]) -> None:
    ids = [operation["operationId"] for _, _, operation in operations(document)]

    assert len(ids) == len(set(ids))
    assert [i for i in ids if not re.fullmatch(r"[a-z][A-Za-z]{2,40}", i)] == []
    assert {"createRejection", "listRejections", "getRejection", "listDueSteps"} <= set(ids)


def test_every_operation_states_its_security(
    document: dict[str, Any], anonymous_client: TestClient
) -> None:
    schemes = set(document["components"]["securitySchemes"])
    keyed, public = [], []
    for method, path, operation in operations(document):
        assert "security" in operation, (method, path)
        (keyed if operation["security"] else public).append((method, path))
        for requirement in operation["security"]:
            assert set(requirement) <= schemes

    # What the document calls public answers without a key; what it keys refuses one.
    assert anonymous_client.get("/healthz").status_code == 200
    assert ("post", "/v1/webhooks/{integration_id}") in public
    assert anonymous_client.get("/v1/rejections").status_code == 401
    assert ("get", "/v1/rejections") in keyed


def test_time_zones_and_countries_are_one_named_schema_each(document: dict[str, Any]) -> None:
    text = json.dumps(document)
    countries = document["components"]["schemas"]["Country"]["enum"]
    zones = document["components"]["schemas"]["TimeZone"]

    assert text.count('"Africa/Abidjan"') == 1
    assert text.count('"America/New_York"') < 10  # the list once, and a few examples
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in countries)
    assert {"US", "DE", "GB", "JP"} <= set(countries)
    assert len(zones["x-enum-varnames"]) == len(set(zones["x-enum-varnames"])) == len(zones["enum"])


def test_a_three_letter_country_is_refused_naming_the_field(client: TestClient) -> None:
    refused = client.post("/v1/rejections", json={**example_context(), "country": "USA"})
    lower_case = client.post("/v1/rejections", json={**example_context(), "country": "de"})

    assert refused.status_code == 422
    assert [error["field"] for error in refused.json()["errors"]] == ["country"]
    assert lower_case.status_code == 201
    assert lower_case.json()["context"]["country"] == "DE"


def test_idempotency_and_location_headers_are_declared_and_sent(
    client: TestClient, document: dict[str, Any]
) -> None:
    create = document["paths"]["/v1/rejections"]["post"]
    headers = {"Idempotency-Key": "sdk-doc-1"}

    first = client.post("/v1/rejections", json=example_context(), headers=headers)
    again = client.post("/v1/rejections", json=example_context(), headers=headers)

    assert [p["name"] for p in create["parameters"] if p["in"] == "header"] == ["Idempotency-Key"]
    declared = set(create["responses"]["201"]["headers"])
    assert {"Location", "Idempotent-Replayed"} <= declared
    assert first.status_code == again.status_code == 201
    assert first.headers["Location"] == again.headers["Location"]
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Retry-After" in create["responses"]["429"]["headers"]


def test_problems_are_declared_only_as_problem_json(document: dict[str, Any]) -> None:
    for _, _, operation in operations(document):
        for status, response in operation["responses"].items():
            if status.startswith(("4", "5")) and "content" in response:
                assert list(response["content"]) == ["application/problem+json"]


def test_schema_names_read_as_words(document: dict[str, Any]) -> None:
    names = list(document["components"]["schemas"])

    assert [name for name in names if not re.fullmatch(r"[A-Z][A-Za-z0-9]+", name)] == []
    assert "FoundText" in names


def test_the_vendor_receivers_are_marked_internal_and_the_api_is_not(
    document: dict[str, Any],
) -> None:
    internal = {path for _, path, op in operations(document) if op.get("x-internal")}

    assert "/v1/webhooks/{integration_id}" in internal
    assert not any(path.startswith("/v1/rejections") for path in internal)


def test_every_outbound_event_is_a_webhook_whose_schema_its_bodies_match(
    client: TestClient, document: dict[str, Any]
) -> None:
    assert set(document["webhooks"]) == {event.value for event in EventType}
    created = client.post("/v1/rejections", json=example_context()).json()
    step = created["follow_up_plan"]["steps"][0]
    client.patch(f"/v1/rejections/{created['id']}", json={"outcome": "offer"})
    client.patch(f"/v1/rejections/{created['id']}/plan/steps/{step['id']}", json={"status": "done"})
    bodies = outbox_bodies()
    client.delete(f"/v1/rejections/{created['id']}")
    bodies += outbox_bodies()
    assert {body["type"] for body in bodies} >= {
        "rejection.drafted",
        "rejection.updated",
        "rejection.deleted",
        "plan.step_updated",
    }
    for body in bodies:
        operation = document["webhooks"][body["type"]]["post"]
        schema = operation["requestBody"]["content"]["application/json"]["schema"]
        validator = Draft202012Validator({**schema, "components": document["components"]})
        assert list(validator.iter_errors(body)) == [], body["type"]
        assert {p["name"] for p in operation["parameters"]} == {
            "webhook-id",
            "webhook-timestamp",
            "webhook-signature",
        }


def outbox_bodies() -> list[dict[str, Any]]:
    """The events in the outbox, as the worker would send them."""
    with inspection_session(write=False) as session:
        rows = session.exec(select(OutboxEvent).order_by(col(OutboxEvent.id))).all()
        return [
            json.loads(payload(event_type=r.event_type, created_at=r.created_at, data=r.data))
            for r in rows
        ]


@contextlib.contextmanager
def served(app: FastAPI) -> Iterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def test_the_python_clients_readme_example_runs_against_the_service(
    rejoinder_app: FastAPI, keys: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (CLIENTS / "python" / "README.md").read_text(encoding="utf-8")
    [example] = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    monkeypatch.syspath_prepend(str(CLIENTS / "python"))
    output = io.StringIO()
    with served(rejoinder_app) as url, contextlib.redirect_stdout(output):
        monkeypatch.setitem(os.environ, "REJOINDER_URL", url)
        monkeypatch.setitem(os.environ, "REJOINDER_API_KEY", keys["a"])
        exec(compile(example, "clients/python/README.md", "exec"), {})

    lines = output.getvalue().splitlines()
    assert "Maya" in output.getvalue()
    assert any(re.match(r"20\d\d-\d\d-\d\d \w+ ", line) for line in lines)
    assert "rejoinder_client" in sys.modules
