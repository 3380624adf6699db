"""A real webhook receiver on loopback, a clock tests can drive, and a worker bound to both."""

import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import uvicorn
from standardwebhooks.webhooks import Webhook, WebhookVerificationError


@dataclass
class Received:
    webhook_id: str
    headers: dict[str, str]
    body: bytes
    verified: bool
    answered: int


@dataclass
class Receiver:
    """An ASGI app that fails the first `fail_first` attempts of each message, then takes it.

    Every request is verified with the Standard Webhooks library against `secrets`.
    """

    fail_first: int = 0
    secrets: list[str] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    url: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {key.decode(): value.decode() for key, value in scope["headers"]}
        status = self._answer(headers, body)
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    def _answer(self, headers: dict[str, str], body: bytes) -> int:
        webhook_id = headers.get("webhook-id", "")
        with self._lock:
            earlier = sum(1 for item in self.received if item.webhook_id == webhook_id)
            status = 500 if earlier < self.fail_first else 204
            self.received.append(
                Received(webhook_id, headers, body, self._verifies(headers, body), status)
            )
        return status

    def _verifies(self, headers: dict[str, str], body: bytes) -> bool:
        for secret in self.secrets:
            try:
                Webhook(secret).verify(body, headers)
            except WebhookVerificationError:
                continue
            return True
        return False

    def ids(self) -> Counter[str]:
        return Counter(item.webhook_id for item in self.received if item.answered < 300)

    def payloads(self) -> list[dict[str, Any]]:
        return [json.loads(item.body) for item in self.received]


def serve(receiver: Receiver) -> Iterator[Receiver]:
    """Run `receiver` under uvicorn on a free loopback port until the generator is closed."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(receiver, log_level="warning", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the receiver did not start"
        time.sleep(0.01)
    receiver.url = f"http://127.0.0.1:{port}/hooks/rejoinder"
    try:
        yield receiver
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


class Clock:
    """The worker's notion of now; tests move it instead of sleeping."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta
