"""The Ashby client against a loopback HTTP server answering `application.listHistory` in the
shape Ashby documents (https://developers.ashbyhq.com/reference/applicationlisthistory): a POST
of `{applicationId, cursor?, limit?}`, HTTP Basic auth with the key as username, an answer
`{success, results, moreDataAvailable, nextCursor}`."""

import base64
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from app.ats import VendorApi
from app.ats.ashby import AshbyAdapter
from app.ats.ashby_client import AshbyFetchError, fetch_application_history
from app.ats.base import AshbyFetch
from app.drafting.context import Stage
from tests.ats.support import DEFAULTS, delivery, dumps, fixture

API_KEY = "ashby-test-api-key"
APPLICATION = "3b8e1d52-7c4a-4e19-b0f6-2a9d5c8e7f13"
HISTORY_PATH = "/application.listHistory"
# The entries of tests/fixtures/ats/ashby-candidateStageChange-archived_with_history.json.
HISTORY = fixture("ashby-candidateStageChange-archived_with_history.json")["data"]["application"][
    "applicationHistory"
]
HISTORY_BODY = {"success": True, "results": HISTORY, "moreDataAvailable": False}


@dataclass
class Script:
    """The history's answers in order (status, body, delay), the last one repeating; `others`
    holds those of the other methods, per path (interviewSchedule.list, user.info)."""

    answers: list[tuple[int, Any, float]] = field(default_factory=list)
    requests: list[tuple[str, str | None, dict[str, Any]]] = field(default_factory=list)
    others: dict[str, list[tuple[int, Any, float]]] = field(default_factory=dict)

    def answer(self, path: str = HISTORY_PATH) -> tuple[int, Any, float]:
        queue = self.answers if path == HISTORY_PATH else self.others.get(path, [])
        queue = queue or [(404, {"success": False, "errors": ["not_found"]}, 0.0)]
        return queue.pop(0) if len(queue) > 1 else queue[0]


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            sent = json.loads(self.rfile.read(length) or b"{}")
            script.requests.append((self.path, self.headers.get("Authorization"), sent))
            status, body, delay = script.answer(self.path)
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
def ashby_api() -> Iterator[tuple[str, Script]]:
    script = Script()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", script
    server.shutdown()
    server.server_close()


def _fetch(base_url: str, **overrides: Any) -> list[dict[str, Any]]:
    arguments: dict[str, Any] = {
        "api_key": API_KEY,
        "base_url": base_url,
        "application_id": APPLICATION,
        "timeout": 2.0,
        "retry_delay": 0.0,
    }
    return fetch_application_history(**(arguments | overrides))


def test_the_history_is_posted_for_with_basic_auth_and_the_application_id(
    ashby_api: tuple[str, Script],
) -> None:
    base_url, script = ashby_api
    script.answers = [(200, HISTORY_BODY, 0)]

    assert [entry["title"] for entry in _fetch(base_url)] == [
        "Application Review",
        "Recruiter Screen",
        "Technical Interview",
        "Archived",
    ]
    [(path, auth, sent)] = script.requests
    assert path == HISTORY_PATH
    assert auth == "Basic " + base64.b64encode(f"{API_KEY}:".encode()).decode()
    assert sent["applicationId"] == APPLICATION


def test_more_pages_are_read_with_the_cursor(ashby_api: tuple[str, Script]) -> None:
    base_url, script = ashby_api
    first = {"success": True, "results": HISTORY[:2], "moreDataAvailable": True, "nextCursor": "c2"}
    rest = {"success": True, "results": HISTORY[2:], "moreDataAvailable": False}
    script.answers = [(200, first, 0), (200, rest, 0)]

    assert len(_fetch(base_url)) == len(HISTORY)
    assert [sent.get("cursor") for _, _, sent in script.requests] == [None, "c2"]


def test_a_refusal_answered_with_200_raises_a_fetch_error(ashby_api: tuple[str, Script]) -> None:
    base_url, script = ashby_api
    script.answers = [(200, {"success": False, "errors": ["application_not_found"]}, 0)]
    with pytest.raises(AshbyFetchError, match="success is not true"):
        _fetch(base_url)


def test_one_503_is_retried_once_and_then_succeeds(ashby_api: tuple[str, Script]) -> None:
    base_url, script = ashby_api
    script.answers = [(503, {}, 0), (200, HISTORY_BODY, 0)]
    assert len(_fetch(base_url)) == len(HISTORY)
    assert len(script.requests) == 2


def test_two_failures_in_a_row_raise_a_fetch_error(ashby_api: tuple[str, Script]) -> None:
    base_url, script = ashby_api
    script.answers = [(503, {}, 0), (502, {}, 0), (200, HISTORY_BODY, 0)]
    with pytest.raises(AshbyFetchError, match="502"):
        _fetch(base_url)
    assert len(script.requests) == 2


def test_a_client_error_is_not_retried_and_never_names_the_key(
    ashby_api: tuple[str, Script],
) -> None:
    base_url, script = ashby_api
    script.answers = [(401, {"success": False}, 0)]
    with pytest.raises(AshbyFetchError, match="401") as caught:
        _fetch(base_url)
    assert API_KEY not in str(caught.value)
    assert len(script.requests) == 1


def test_a_server_slower_than_the_timeout_raises_a_fetch_error(
    ashby_api: tuple[str, Script],
) -> None:
    base_url, script = ashby_api
    script.answers = [(200, HISTORY_BODY, 1.0)]
    started = time.monotonic()
    with pytest.raises(AshbyFetchError, match="timed out"):
        _fetch(base_url, timeout=0.2)
    assert time.monotonic() - started < 1.5


def test_a_closed_port_raises_a_fetch_error() -> None:
    with pytest.raises(AshbyFetchError, match="could not connect"):
        _fetch("http://127.0.0.1:9", timeout=0.5)


def _rejection_without_history() -> Any:
    payload = fixture("ashby-candidateStageChange-archived_with_history.json")
    del payload["data"]["application"]["applicationHistory"]
    return AshbyAdapter().parse(delivery(dumps(payload)), DEFAULTS)


def _api(base_url: str) -> VendorApi:
    return VendorApi(API_KEY, base_url, {}, {})


def test_the_details_hook_sets_the_stage_reached_before_archived(
    ashby_api: tuple[str, Script],
) -> None:
    base_url, script = ashby_api
    script.answers = [(200, HISTORY_BODY, 0)]
    event = _rejection_without_history()
    assert event.fetch is not None
    assert event.context.stage == Stage.applied  # unknown until the history is read

    details = AshbyAdapter.details
    done = details.complete(event, _api(base_url), DEFAULTS, received_at=datetime.now(UTC))

    assert done.context is not None
    assert done.context.stage == Stage.technical  # "Technical Interview"
    assert done.fetch is None
    assert done.needs_details is None


def test_a_failed_fetch_keeps_the_rejection_with_the_stage_unset(
    ashby_api: tuple[str, Script],
) -> None:
    base_url, script = ashby_api
    script.answers = [(500, {}, 0)]
    event = _rejection_without_history()

    done = AshbyAdapter.details.complete(
        event, _api(base_url), DEFAULTS, received_at=datetime.now(UTC)
    )

    assert done.context == event.context
    assert done.fetch is None
    assert done.needs_details is None


def test_a_payload_with_a_history_asks_only_for_the_interviewers() -> None:
    payload = fixture("ashby-candidateStageChange-archived_with_history.json")
    event = AshbyAdapter().parse(delivery(dumps(payload)), DEFAULTS)
    assert event.fetch == AshbyFetch(APPLICATION, needs_history=False)
