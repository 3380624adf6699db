"""Problem types: every `type` the API answers with is a page the service itself serves, and
each bad field is named as the body spells it."""

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app import errors
from app.errors import PROBLEM_JSON, AppError, reason_phrase
from app.main import create_app
from app.settings import Settings
from tests import database as db
from tests.api.webhook_support import create_integration, post, signed
from tests.ats.support import raw
from tests.helpers import example_context

PROBLEMS = "/problems/"
WEBHOOK_SERVICE = Path(__file__).parents[2] / "app" / "services" / "webhooks.py"


def _all_classes(cls: type[AppError] = AppError) -> Iterator[type[AppError]]:
    yield cls
    for sub in cls.__subclasses__():
        yield from _all_classes(sub)


def _refused_slugs() -> set[str]:
    """The slugs the webhook receiver returns its refusals with (`Refused(status, slug, …)`):
    it answers them itself, outside the hierarchy's handlers. Each is named as a class's
    `slug` (a string typed there would be a type no class, so no page, knows)."""
    tree = ast.parse(WEBHOOK_SERVICE.read_text())
    slugs = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Refused":
            named = node.args[1]
            assert isinstance(named, ast.Attribute), ast.unparse(named)
            assert named.attr == "slug", ast.unparse(named)
            assert isinstance(named.value, ast.Name), ast.unparse(named)
            slugs.add(getattr(errors, named.value.id).slug)
    return slugs


def _emitted_slugs(client: TestClient) -> dict[str, int]:
    """Every slug the app can answer with, and its status."""
    slugs = {cls.slug: cls.status for cls in _all_classes()}
    # What Starlette's routing raises as HTTPException, through `_http_handler`.
    for response in (client.get("/nowhere"), client.delete("/healthz")):
        slugs[response.json()["type"].rsplit("/", 1)[1]] = response.status_code
    return slugs


def _page_of(client: TestClient, type_uri: str) -> str:
    """The page a problem's `type` names, fetched from the app itself."""
    public_url: str = client.app.state.settings.public_url  # type: ignore[attr-defined]
    assert type_uri.startswith(public_url + PROBLEMS), type_uri
    response = client.get(type_uri.removeprefix(public_url))
    assert response.status_code == 200, (type_uri, response.text)
    assert response.headers["content-type"].startswith("text/html")
    return str(response.text)


def test_the_webhook_receivers_refusals_are_types_of_the_hierarchy() -> None:
    refused = _refused_slugs()
    assert refused >= {"invalid-signature", "malformed-payload"}
    assert refused <= {cls.slug for cls in _all_classes()}


def test_every_type_the_app_can_answer_has_its_page(anonymous_client: TestClient) -> None:
    for slug, status in _emitted_slugs(anonymous_client).items():
        response = anonymous_client.get(PROBLEMS + slug)
        assert response.status_code == 200, slug
        assert response.headers["content-type"] == "text/html; charset=utf-8"
        page = response.text
        assert f"<dd>{status}</dd>" in page, slug
        assert f"<dd>{reason_phrase(status)}</dd>".replace("'", "&#39;") in page, slug
        # The three parts each page has, each with something in it.
        for heading in ("What it means", "Typical causes", "How to fix it"):
            assert re.search(f"<h2>{heading}</h2>\\s*<(p|ul)>\\s*<?\\w", page), (slug, heading)


def test_the_index_links_every_type(anonymous_client: TestClient) -> None:
    response = anonymous_client.get("/problems")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    linked = set(re.findall(r'<a href="problems/([a-z-]+)">', response.text))
    assert linked == set(errors.problem_classes())
    assert "Invalid fields" in response.text
    assert "<script" not in response.text


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        ("POST", "/v1/rejections", {"json": {"company_name": ""}}, 422),
        ("GET", "/v1/rejections/0193a1b2-0000-7000-8000-000000000000", {}, 404),
        ("GET", "/v1/no-such-thing", {}, 404),
        ("POST", "/v1/integrations", {"content": b"{" + b" " * 70_000 + b"}"}, 413),
        ("POST", "/v1/integrations", {"content": b"x", "headers": {"content-type": "text/x"}}, 415),
        ("GET", "/v1/plan/due?on=2026-01-01&on=2026-01-02", {}, 422),
    ],
)
def test_the_type_of_a_real_error_is_a_page_of_the_app(
    client: TestClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    response = client.request(method, path, **kwargs)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM_JSON
    problem = response.json()
    page = _page_of(client, problem["type"])
    assert f"<code>{problem['type']}</code>" in page
    assert f"<dd>{problem['title']}</dd>" in page


def test_the_type_of_a_401_is_a_page_of_the_app(anonymous_client: TestClient) -> None:
    response = anonymous_client.get("/v1/rejections")
    assert response.status_code == 401
    assert "API key" in _page_of(anonymous_client, response.json()["type"])


def test_the_types_of_the_webhook_receivers_refusals_are_pages_of_the_app(
    client: TestClient,
) -> None:
    # Returned by the route itself rather than raised: rendered outside the handlers.
    integration = create_integration(client, "greenhouse")
    body = raw("greenhouse-reject_candidate.json")
    forged = post(client, integration, body, signed("greenhouse", body, secret="guess"))
    broken = b'{"action": "reject_candidate", '
    malformed = post(client, integration, broken, signed("greenhouse", broken))

    assert (forged.status_code, malformed.status_code) == (401, 400)
    assert forged.json()["type"].endswith("/problems/invalid-signature")
    assert malformed.json()["type"].endswith("/problems/malformed-payload")
    assert "signature" in _page_of(client, forged.json()["type"])
    assert "webhook" in _page_of(client, malformed.json()["type"])


def test_an_unknown_type_is_a_404_problem(anonymous_client: TestClient) -> None:
    response = anonymous_client.get("/problems/no-such-problem")
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM_JSON
    assert response.json()["detail"] == "Problem type was not found."
    assert response.json()["type"].endswith("/problems/not-found")


def test_types_are_written_under_the_configured_public_url(rejoinder_app: FastAPI) -> None:
    settings = Settings(
        database_url=rejoinder_app.state.settings.database_url,
        public_url="https://rejoinder.example.test/api/",
    )
    app = create_app(settings, database=db.current())
    client = TestClient(app)
    body_too_large = client.post("/v1/rejections", content=b"x" * (1 << 20))
    not_found = client.get("/nowhere")
    page = client.get("/problems/body-too-large").text

    assert (
        body_too_large.json()["type"]
        == "https://rejoinder.example.test/api/problems/body-too-large"
    )
    assert body_too_large.headers["content-length"] == str(len(body_too_large.content))
    assert not_found.json()["type"] == "https://rejoinder.example.test/api/problems/not-found"
    assert "<code>https://rejoinder.example.test/api/problems/body-too-large</code>" in page


def test_the_pages_are_public_operations_of_the_openapi_document(rejoinder_app: FastAPI) -> None:
    paths = rejoinder_app.openapi()["paths"]
    for path, function in (
        ("/problems", "list_problem_types"),
        ("/problems/{slug}", "get_problem_type"),
    ):
        operation = paths[path]["get"]
        assert operation["tags"] == ["problems"]
        assert operation["security"] == []
        # Whatever the document's style (snake or camel case), the id is the function's name.
        assert operation["operationId"].replace("_", "").lower() == function.replace("_", "")
        assert "text/html" in operation["responses"]["200"]["content"]
    assert "404" in paths["/problems/{slug}"]["get"]["responses"]


# Field names in `errors` are the body's.


def _fields(response: Any) -> list[str]:
    assert response.status_code == 422, response.text
    return [error["field"] for error in response.json()["errors"]]


@pytest.mark.parametrize("provider", ["greenhouse", "lever"])
def test_a_missing_integration_field_is_named_without_the_provider_tag(
    client: TestClient, provider: str
) -> None:
    response = client.post("/v1/integrations", json={"provider": provider, "secret": "s3cret"})
    assert _fields(response) == ["company_name"]
    assert response.json()["detail"] == "The request has invalid fields: company_name."


def test_a_nested_integration_field_keeps_its_parent(client: TestClient) -> None:
    response = client.post(
        "/v1/integrations",
        json={"provider": "ashby", "company_name": "Acme", "settings": {"timezone": "Mars/Base"}},
    )
    assert _fields(response) == ["settings.timezone"]


def test_a_plan_step_update_is_named_without_its_status_tag(client: TestClient) -> None:
    created = client.post("/v1/rejections", json=example_context())
    assert created.status_code == 201, created.text
    rejection = created.json()
    step = rejection["follow_up_plan"]["steps"][0]
    response = client.patch(
        f"/v1/rejections/{rejection['id']}/plan/steps/{step['id']}",
        json={"status": "snoozed", "due_on": "not a day"},
    )
    assert _fields(response) == ["due_on"]


def test_a_nested_rejection_field_is_named_as_before(client: TestClient) -> None:
    context = example_context()
    context["candidate"] = {**context["candidate"], "name": ""}  # type: ignore[dict-item]
    response = client.post("/v1/rejections", json=context)
    assert "candidate.name" in _fields(response)
