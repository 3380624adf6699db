"""The Lever client against a loopback HTTP server serving Lever's documented response shapes."""

import base64
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from app.ats import LeverFetchError, fetch_archive_details

API_KEY = "lever-test-api-key"
OPPORTUNITY = "250d8f03-738a-4bba-a671-8a3d73477145"
REASON = "63dd55b2-a99f-4e7b-985f-22c7bf80ab42"
POSTING = "f2f01e16-27f8-4711-a728-7d49499795a0"

OPPORTUNITY_BODY = {
    "data": {
        "id": OPPORTUNITY,
        "name": "Shane Smith",
        "headline": "Brickly LLC, Vandelay Industries, Inc, Central Perk",
        "contact": "7f23e772-a5a5-4c6e-9a0e-2d8e5f2c4b1a",
        "emails": ["shane@exampleq3.com"],
        "phones": [{"type": "mobile", "value": "(123) 456-7891"}],
        "stage": {"id": "00922a60-7c15-422b-b086-f62000824fd7", "text": "On-site interview"},
        "owner": {
            "id": "9dd0d6e9-3f3b-4ab8-8b8e-0f5c9c7a1a11",
            "name": "Rachel Green",
            "email": "rachel@lever.example",
        },
        "applications": [
            {
                "id": "cdb7ff5d-6a1a-4e46-8d2e-3c2e7b0f4c11",
                "opportunityId": OPPORTUNITY,
                "type": "posting",
                "posting": POSTING,
            }
        ],
        "archived": {"reason": REASON, "archivedAt": 1417588008529},
        "createdAt": 1407460069499,
        "confidentiality": "non-confidential",
    }
}
REASON_BODY = {
    "data": {"id": REASON, "text": "Underqualified", "status": "active", "type": "non-hired"}
}
HIRED_BODY = {"data": {"id": REASON, "text": "Hired", "status": "active", "type": "hired"}}
POSTING_BODY = {"data": {"id": POSTING, "text": "Infrastructure Engineer", "state": "published"}}


@dataclass
class Script:
    """Per path, the answers to give in order (status, body, delay); the last one repeats."""

    answers: dict[str, list[tuple[int, Any, float]]] = field(default_factory=dict)
    requests: list[tuple[str, str | None]] = field(default_factory=list)

    def answer(self, path: str) -> tuple[int, Any, float]:
        queue = self.answers.get(path, [(404, {"code": "ResourceNotFound"}, 0.0)])
        return queue.pop(0) if len(queue) > 1 else queue[0]


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            script.requests.append((self.path, self.headers.get("Authorization")))
            status, body, delay = script.answer(path)
            time.sleep(delay)
            payload = json.dumps(body).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up on a slow answer: that is the test

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def lever_api() -> Iterator[tuple[str, Script]]:
    script = Script()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    server.daemon_threads = True
    # A short poll, so shutdown() returns at once instead of after serve_forever's 0.5 s.
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1", script
    server.shutdown()
    server.server_close()


def _serve(script: Script, *, opportunity: list[tuple[int, Any, float]] | None = None) -> None:
    script.answers[f"/v1/opportunities/{OPPORTUNITY}"] = opportunity or [(200, OPPORTUNITY_BODY, 0)]
    script.answers[f"/v1/archive_reasons/{REASON}"] = [(200, REASON_BODY, 0)]
    script.answers[f"/v1/postings/{POSTING}"] = [(200, POSTING_BODY, 0)]


def _fetch(base_url: str, **overrides: Any) -> Any:
    arguments: dict[str, Any] = {
        "api_key": API_KEY,
        "base_url": base_url,
        "opportunity_id": OPPORTUNITY,
        "reason_id": REASON,
        "timeout": 2.0,
        "retry_delay": 0.0,
    }
    return fetch_archive_details(**(arguments | overrides))


def test_the_details_are_read_from_the_opportunity_the_reason_and_the_posting(
    lever_api: tuple[str, Script],
) -> None:
    base_url, script = lever_api
    _serve(script)
    details = _fetch(base_url)
    assert details.candidate_name == "Shane Smith"
    assert details.candidate_email == "shane@exampleq3.com"
    assert details.job_title == "Infrastructure Engineer"
    assert details.stage_name == "On-site interview"
    assert (details.reason_text, details.non_hired) == ("Underqualified", True)
    assert (details.owner_name, details.owner_email) == ("Rachel Green", "rachel@lever.example")


def test_requests_use_basic_auth_with_the_key_as_username_and_expand_the_opportunity(
    lever_api: tuple[str, Script],
) -> None:
    base_url, script = lever_api
    _serve(script)
    _fetch(base_url)
    expected = "Basic " + base64.b64encode(f"{API_KEY}:".encode()).decode()
    assert {auth for _, auth in script.requests} == {expected}
    first = script.requests[0][0]
    assert "expand=applications" in first
    assert "expand=stage" in first
    assert "expand=owner" in first


def test_the_archive_reason_comes_from_the_opportunity_when_the_event_has_none(
    lever_api: tuple[str, Script],
) -> None:
    base_url, script = lever_api
    _serve(script)
    assert _fetch(base_url, reason_id=None).reason_text == "Underqualified"


def test_a_hired_reason_is_reported_without_fetching_the_posting(
    lever_api: tuple[str, Script],
) -> None:
    base_url, script = lever_api
    _serve(script)
    script.answers[f"/v1/archive_reasons/{REASON}"] = [(200, HIRED_BODY, 0)]
    details = _fetch(base_url)
    assert details.non_hired is False
    assert not any("/postings/" in path for path, _ in script.requests)


def test_one_503_is_retried_once_and_then_succeeds(lever_api: tuple[str, Script]) -> None:
    base_url, script = lever_api
    _serve(
        script, opportunity=[(503, {"code": "ServiceUnavailable"}, 0), (200, OPPORTUNITY_BODY, 0)]
    )
    assert _fetch(base_url).candidate_name == "Shane Smith"
    assert sum("/opportunities/" in path for path, _ in script.requests) == 2


def test_two_failures_in_a_row_raise_a_fetch_error(lever_api: tuple[str, Script]) -> None:
    base_url, script = lever_api
    _serve(script, opportunity=[(503, {}, 0), (502, {}, 0), (200, OPPORTUNITY_BODY, 0)])
    with pytest.raises(LeverFetchError, match="502 for the opportunity"):
        _fetch(base_url)
    assert sum("/opportunities/" in path for path, _ in script.requests) == 2


def test_a_client_error_is_not_retried(lever_api: tuple[str, Script]) -> None:
    base_url, script = lever_api
    _serve(script, opportunity=[(401, {"code": "Unauthorized"}, 0)])
    with pytest.raises(LeverFetchError, match="401") as caught:
        _fetch(base_url)
    assert API_KEY not in str(caught.value)
    assert len(script.requests) == 1


def test_a_server_slower_than_the_timeout_raises_a_fetch_error(
    lever_api: tuple[str, Script],
) -> None:
    base_url, script = lever_api
    _serve(script, opportunity=[(200, OPPORTUNITY_BODY, 1.0)])
    started = time.monotonic()
    with pytest.raises(LeverFetchError, match="timed out"):
        _fetch(base_url, timeout=0.2)
    assert time.monotonic() - started < 1.5


def test_a_closed_port_raises_a_fetch_error() -> None:
    with pytest.raises(LeverFetchError, match="could not connect"):
        _fetch("http://127.0.0.1:9/v1", timeout=0.5)


def test_an_answer_without_a_data_object_raises_a_fetch_error(
    lever_api: tuple[str, Script],
) -> None:
    base_url, script = lever_api
    _serve(script, opportunity=[(200, ["not", "an", "object"], 0)])
    with pytest.raises(LeverFetchError, match="no data object"):
        _fetch(base_url)
