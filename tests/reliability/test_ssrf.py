"""Server-side request forgery through endpoint URLs: a table of addresses and what each
setting lets through, judged on the IPv4 address an IPv6 form embeds (NAT64, 6to4, SIIT,
IPv4-compatible, IPv4-mapped, Teredo), and a delivery to a refused address that says
"refused" the same way whether or not anything listens on its port."""

import ipaddress
import random
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.outbound.urls import RefusedURLError, check_url, check_url_form
from app.settings import Settings
from app.worker import Worker
from tests import database as db
from tests.api.outbound_support import Clock, Receiver, serve
from tests.helpers import example_context

PUBLIC = "public"
PRIVATE = "private"  # allowed only with outbound_allow_private
LOOPBACK = "loopback"  # allowed only with outbound_allow_loopback
NEVER = "never"  # refused whatever the settings

ADDRESSES = [
    ("93.184.216.34", PUBLIC),
    ("2606:2800:220:1::1", PUBLIC),
    ("64:ff9b::5db8:d822", PUBLIC),  # NAT64 of a public address
    ("2002:5db8:d822::1", PUBLIC),  # 6to4 of a public address
    ("10.0.0.1", PRIVATE),
    ("192.168.1.1", PRIVATE),
    ("fd00::1", PRIVATE),
    ("64:ff9b::a00:1", PRIVATE),  # NAT64 of 10.0.0.1
    ("2002:0a00:0001::", PRIVATE),  # 6to4 of 10.0.0.1
    ("::ffff:0:a00:1", PRIVATE),  # SIIT of 10.0.0.1
    ("127.0.0.1", LOOPBACK),
    ("::1", LOOPBACK),
    ("::ffff:127.0.0.1", LOOPBACK),
    ("::127.0.0.1", LOOPBACK),  # IPv4-compatible
    ("::ffff:0:7f00:1", LOOPBACK),  # SIIT
    ("64:ff9b::7f00:1", LOOPBACK),  # NAT64
    ("2002:7f00:1::", LOOPBACK),  # 6to4
    ("169.254.169.254", NEVER),  # cloud metadata
    ("64:ff9b::a9fe:a9fe", NEVER),  # NAT64 of the metadata address
    ("2002:a9fe:a9fe::", NEVER),  # 6to4 of it
    ("::ffff:169.254.169.254", NEVER),
    ("::169.254.169.254", NEVER),
    ("fe80::1", NEVER),
    ("0.0.0.0", NEVER),
    ("0.1.2.3", NEVER),
    ("::", NEVER),
    ("224.0.0.1", NEVER),
    ("239.255.255.250", NEVER),
    ("ff02::1", NEVER),
    ("64:ff9b::e000:1", NEVER),  # NAT64 of 224.0.0.1
    ("240.0.0.1", NEVER),
    ("255.255.255.255", NEVER),
    ("64:ff9b:1::a00:1", NEVER),  # NAT64 local-use prefix: refused whole
]
SETTINGS = [
    (False, False),
    (True, False),
    (False, True),
    (True, True),
]


def _allowed(kind: str, allow_loopback: bool, allow_private: bool) -> bool:
    return {
        PUBLIC: True,
        PRIVATE: allow_private,
        LOOPBACK: allow_loopback,
        NEVER: False,
    }[kind]


@pytest.mark.parametrize(("allow_loopback", "allow_private"), SETTINGS)
@pytest.mark.parametrize(("address", "kind"), ADDRESSES)
def test_an_address_is_allowed_only_as_its_kind_and_the_settings_say(
    address: str, kind: str, allow_loopback: bool, allow_private: bool
) -> None:
    def resolver(_host: str, _port: int) -> list[str]:
        return [address]

    def checked() -> None:
        check_url(
            "https://hooks.example/x",
            allow_loopback=allow_loopback,
            allow_private=allow_private,
            resolver=resolver,
        )

    if _allowed(kind, allow_loopback, allow_private):
        checked()
    else:
        with pytest.raises(RefusedURLError):
            checked()


@pytest.mark.parametrize(("address", "kind"), [row for row in ADDRESSES if row[1] != PUBLIC])
def test_an_address_written_into_the_url_is_refused_at_registration(
    address: str, kind: str
) -> None:
    literal = f"[{address}]" if ipaddress.ip_address(address).version == 6 else address

    with pytest.raises(RefusedURLError):
        check_url_form(f"https://{literal}:8443/x", allow_loopback=False, allow_private=False)


@pytest.mark.parametrize("address", ["0.0.0.0", "224.0.0.1", "64:ff9b::a9fe:a9fe"])
def test_no_setting_opens_the_unspecified_multicast_or_metadata_address(address: str) -> None:
    literal = f"[{address}]" if ":" in address else address

    with pytest.raises(RefusedURLError):
        check_url_form(f"https://{literal}:8443/x", allow_loopback=False, allow_private=True)


@pytest.fixture
def private_allowed(rejoinder_app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Private networks allowed, loopback not: the setting the 0.0.0.0 bypass got through."""
    settings: Settings = rejoinder_app.state.settings
    monkeypatch.setattr(settings, "outbound_allow_loopback", False)
    monkeypatch.setattr(settings, "outbound_allow_private", True)
    monkeypatch.setattr(settings, "outbound_timeout_seconds", 2.0)
    return settings


@pytest.fixture
def listening() -> Iterator[Receiver]:
    yield from serve(Receiver())


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _last_error_for(
    client: TestClient, settings: Settings, port: int, resolved: str
) -> dict[str, Any]:
    # Registered with a public address; the worker's resolver then answers `resolved`, as a
    # name an attacker controls would (the check runs again before every delivery).
    endpoint = client.post(
        "/v1/endpoints",
        json={"url": f"https://93.184.216.34:{port}/x", "events": ["rejection.drafted"]},
    )
    assert endpoint.status_code == 201, endpoint.text
    worker = Worker(
        clock=Clock(datetime.now(UTC)),
        rng=random.Random(7),
        settings=settings,
        database=db.current(),
        resolver=lambda _host, _port: [resolved],
    )
    try:
        assert client.post("/v1/rejections", json=example_context()).status_code == 201
        assert worker.run_once() == 1
    finally:
        worker.client.close()
    listed = client.get(f"/v1/endpoints/{endpoint.json()['id']}/deliveries")
    [delivery] = listed.json()["items"]
    client.delete(f"/v1/endpoints/{endpoint.json()['id']}")
    return dict(delivery)


@pytest.mark.parametrize("resolved", ["0.0.0.0", "::ffff:0:7f00:1", "::127.0.0.1"])
def test_a_delivery_to_a_refused_address_says_refused_whether_or_not_the_port_is_open(
    client: TestClient, private_allowed: Settings, listening: Receiver, resolved: str
) -> None:
    open_port = int(listening.url.rsplit(":", 1)[1].split("/", 1)[0])

    to_open = _last_error_for(client, private_allowed, open_port, resolved)
    to_closed = _last_error_for(client, private_allowed, _closed_port(), resolved)

    assert listening.received == []
    for delivery in (to_open, to_closed):
        assert delivery["last_error"].startswith("refused"), delivery
        assert delivery["last_status_code"] is None
    assert to_open["last_error"] == to_closed["last_error"]
