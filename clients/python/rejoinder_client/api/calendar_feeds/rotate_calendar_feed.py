from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_feed_secret import CalendarFeedSecret
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    feed_id: UUID,
    *,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calendar-feeds/{feed_id}/rotate".format(
            feed_id=quote(str(feed_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarFeedSecret | Problem | None:
    if response.status_code == 200:
        response_200 = CalendarFeedSecret.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
    feed_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[CalendarFeedSecret | Problem]:
    """Replace a feed's URL; the old one is 404 from now on

    Args:
        feed_id (UUID):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarFeedSecret | Problem]
    """

    kwargs = _get_kwargs(
        feed_id=feed_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feed_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
) -> CalendarFeedSecret | Problem | None:
    """Replace a feed's URL; the old one is 404 from now on

    Args:
        feed_id (UUID):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarFeedSecret | Problem
    """

    return sync_detailed(
        feed_id=feed_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    feed_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[CalendarFeedSecret | Problem]:
    """Replace a feed's URL; the old one is 404 from now on

    Args:
        feed_id (UUID):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarFeedSecret | Problem]
    """

    kwargs = _get_kwargs(
        feed_id=feed_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feed_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
) -> CalendarFeedSecret | Problem | None:
    """Replace a feed's URL; the old one is 404 from now on

    Args:
        feed_id (UUID):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarFeedSecret | Problem
    """

    return (
        await asyncio_detailed(
            feed_id=feed_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
