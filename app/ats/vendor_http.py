"""What the vendor API clients share: a Basic-auth client for a checked address, and one
retry of a request that met a timeout, a connection error, a 5xx or a 429.

Messages name the vendor and what was asked for, never the API key.
"""

import time
from collections.abc import Callable, Mapping

import httpx


def vendor_client(
    *,
    api_key: str,
    base_url: str,
    headers: Mapping[str, str] | None,
    extensions: Mapping[str, str] | None,
    timeout: float,
) -> httpx.Client:
    """HTTP Basic auth with the API key as the username and an empty password (Lever and
    Ashby alike). `headers` and `extensions` go on every request: the caller uses them to send
    to a checked address while still naming the host (Host header, TLS server name)."""

    def add_extensions(request: httpx.Request) -> None:
        request.extensions.update(extensions or {})

    return httpx.Client(
        base_url=base_url,
        auth=(api_key, ""),
        headers=headers,
        timeout=timeout,
        event_hooks={"request": [add_extensions]},
    )


def send_with_one_retry(
    send: Callable[[], httpx.Response],
    *,
    vendor: str,
    what: str,
    retry_delay: float,
    error: Callable[[str], Exception],
) -> httpx.Response:
    """The first answer that is neither a transport failure nor a 5xx/429, trying twice;
    else `error` with what went wrong the second time."""
    failure = ""
    for attempt in range(2):
        if attempt:
            time.sleep(retry_delay)
        try:
            response = send()
        except httpx.TimeoutException:
            failure = f"the {what} request timed out"
            continue
        except httpx.TransportError:
            failure = f"the {what} request could not connect"
            continue
        if response.status_code >= 500 or response.status_code == 429:
            failure = f"{vendor} answered {response.status_code} for the {what}"
            continue
        return response
    raise error(f"{failure} (after one retry)")
