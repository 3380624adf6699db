from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.parse_request import ParseRequest
from ...models.parsed_email import ParsedEmail
from ...models.problem import Problem
from ...models.time_zone import TimeZone
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ParseRequest,
    timezone: TimeZone | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_timezone: str | Unset = UNSET
    if not isinstance(timezone, Unset):
        json_timezone = timezone.value

    params["timezone"] = json_timezone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/rejections/parse",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ParsedEmail | Problem | None:
    if response.status_code == 200:
        response_200 = ParsedEmail.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ParsedEmail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ParseRequest,
    timezone: TimeZone | Unset = UNSET,
) -> Response[ParsedEmail | Problem]:
    """Read a rejection email into a draft context and signals

     Send the email as JSON (`{"email": "…"}`), or raw: a saved `.eml` as `message/rfc822` (multipart and
    HTML parts included) or pasted text as `text/plain`. A forwarded rejection is unwrapped. The answer
    holds the fields found, each with a `confidence` and the `span` of `text` it came from; a field the
    email does not hold is absent. Nothing is stored: confirm the fields, then create the rejection (or
    send `email` to `POST /v1/rejections` directly). Not a rejection: `signals.is_rejection` is false
    and no context is read. Empty or binary input is a `422`, over 256 KiB a `413`.

    Args:
        timezone (TimeZone | Unset): An IANA time zone name, e.g. `America/New_York`.
        body (ParseRequest): A rejection email to read; nothing is stored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParsedEmail | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        timezone=timezone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ParseRequest,
    timezone: TimeZone | Unset = UNSET,
) -> ParsedEmail | Problem | None:
    """Read a rejection email into a draft context and signals

     Send the email as JSON (`{"email": "…"}`), or raw: a saved `.eml` as `message/rfc822` (multipart and
    HTML parts included) or pasted text as `text/plain`. A forwarded rejection is unwrapped. The answer
    holds the fields found, each with a `confidence` and the `span` of `text` it came from; a field the
    email does not hold is absent. Nothing is stored: confirm the fields, then create the rejection (or
    send `email` to `POST /v1/rejections` directly). Not a rejection: `signals.is_rejection` is false
    and no context is read. Empty or binary input is a `422`, over 256 KiB a `413`.

    Args:
        timezone (TimeZone | Unset): An IANA time zone name, e.g. `America/New_York`.
        body (ParseRequest): A rejection email to read; nothing is stored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParsedEmail | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        timezone=timezone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ParseRequest,
    timezone: TimeZone | Unset = UNSET,
) -> Response[ParsedEmail | Problem]:
    """Read a rejection email into a draft context and signals

     Send the email as JSON (`{"email": "…"}`), or raw: a saved `.eml` as `message/rfc822` (multipart and
    HTML parts included) or pasted text as `text/plain`. A forwarded rejection is unwrapped. The answer
    holds the fields found, each with a `confidence` and the `span` of `text` it came from; a field the
    email does not hold is absent. Nothing is stored: confirm the fields, then create the rejection (or
    send `email` to `POST /v1/rejections` directly). Not a rejection: `signals.is_rejection` is false
    and no context is read. Empty or binary input is a `422`, over 256 KiB a `413`.

    Args:
        timezone (TimeZone | Unset): An IANA time zone name, e.g. `America/New_York`.
        body (ParseRequest): A rejection email to read; nothing is stored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParsedEmail | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        timezone=timezone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ParseRequest,
    timezone: TimeZone | Unset = UNSET,
) -> ParsedEmail | Problem | None:
    """Read a rejection email into a draft context and signals

     Send the email as JSON (`{"email": "…"}`), or raw: a saved `.eml` as `message/rfc822` (multipart and
    HTML parts included) or pasted text as `text/plain`. A forwarded rejection is unwrapped. The answer
    holds the fields found, each with a `confidence` and the `span` of `text` it came from; a field the
    email does not hold is absent. Nothing is stored: confirm the fields, then create the rejection (or
    send `email` to `POST /v1/rejections` directly). Not a rejection: `signals.is_rejection` is false
    and no context is read. Empty or binary input is a `422`, over 256 KiB a `413`.

    Args:
        timezone (TimeZone | Unset): An IANA time zone name, e.g. `America/New_York`.
        body (ParseRequest): A rejection email to read; nothing is stored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParsedEmail | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            timezone=timezone,
        )
    ).parsed
