from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    rejection_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/rejections/{rejection_id}".format(
            rejection_id=quote(str(rejection_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rejection_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Erase a rejection with all its drafts and steps

     Also erases the answers about it kept for `Idempotency-Key` replays (they hold copies of its drafts)
    and what the outbox says about it: events not yet queued are deleted, queued ones keep only the id
    and their unsent deliveries are cancelled. Records a `rejection.deleted` event carrying only the id.

    Args:
        rejection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        rejection_id=rejection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rejection_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Erase a rejection with all its drafts and steps

     Also erases the answers about it kept for `Idempotency-Key` replays (they hold copies of its drafts)
    and what the outbox says about it: events not yet queued are deleted, queued ones keep only the id
    and their unsent deliveries are cancelled. Records a `rejection.deleted` event carrying only the id.

    Args:
        rejection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        rejection_id=rejection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    rejection_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Erase a rejection with all its drafts and steps

     Also erases the answers about it kept for `Idempotency-Key` replays (they hold copies of its drafts)
    and what the outbox says about it: events not yet queued are deleted, queued ones keep only the id
    and their unsent deliveries are cancelled. Records a `rejection.deleted` event carrying only the id.

    Args:
        rejection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        rejection_id=rejection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rejection_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Erase a rejection with all its drafts and steps

     Also erases the answers about it kept for `Idempotency-Key` replays (they hold copies of its drafts)
    and what the outbox says about it: events not yet queued are deleted, queued ones keep only the id
    and their unsent deliveries are cancelled. Records a `rejection.deleted` event carrying only the id.

    Args:
        rejection_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            rejection_id=rejection_id,
            client=client,
        )
    ).parsed
