from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_feed_create import CalendarFeedCreate
from ...models.calendar_feed_secret import CalendarFeedSecret
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CalendarFeedCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calendar-feeds",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarFeedSecret | Problem | None:
    if response.status_code == 201:
        response_201 = CalendarFeedSecret.from_dict(response.json())

        return response_201

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
) -> Response[CalendarFeedSecret | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CalendarFeedCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[CalendarFeedSecret | Problem]:
    """Create a calendar subscription URL for a candidate

     The URL lists the candidate's pending steps across all their rejections and needs no API key: its
    token is the credential, shown only now. Rotate or revoke it below.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (CalendarFeedCreate): A calendar subscription for one candidate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarFeedSecret | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CalendarFeedCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> CalendarFeedSecret | Problem | None:
    """Create a calendar subscription URL for a candidate

     The URL lists the candidate's pending steps across all their rejections and needs no API key: its
    token is the credential, shown only now. Rotate or revoke it below.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (CalendarFeedCreate): A calendar subscription for one candidate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarFeedSecret | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CalendarFeedCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[CalendarFeedSecret | Problem]:
    """Create a calendar subscription URL for a candidate

     The URL lists the candidate's pending steps across all their rejections and needs no API key: its
    token is the credential, shown only now. Rotate or revoke it below.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (CalendarFeedCreate): A calendar subscription for one candidate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarFeedSecret | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CalendarFeedCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> CalendarFeedSecret | Problem | None:
    """Create a calendar subscription URL for a candidate

     The URL lists the candidate's pending steps across all their rejections and needs no API key: its
    token is the credential, shown only now. Rotate or revoke it below.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (CalendarFeedCreate): A calendar subscription for one candidate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarFeedSecret | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
