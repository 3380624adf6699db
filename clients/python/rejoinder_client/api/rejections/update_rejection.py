from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rejection_public import RejectionPublic
from ...models.rejection_update import RejectionUpdate
from ...types import Response


def _get_kwargs(
    rejection_id: UUID,
    *,
    body: RejectionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/rejections/{rejection_id}".format(
            rejection_id=quote(str(rejection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RejectionPublic | None:
    if response.status_code == 200:
        response_200 = RejectionPublic.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | RejectionPublic]:
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
    body: RejectionUpdate,
) -> Response[Problem | RejectionPublic]:
    """Record the outcome, notes or the feedback received

    Args:
        rejection_id (UUID):
        body (RejectionUpdate): The fields a candidate may change after the drafts; absent fields
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RejectionPublic]
    """

    kwargs = _get_kwargs(
        rejection_id=rejection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rejection_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RejectionUpdate,
) -> Problem | RejectionPublic | None:
    """Record the outcome, notes or the feedback received

    Args:
        rejection_id (UUID):
        body (RejectionUpdate): The fields a candidate may change after the drafts; absent fields
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RejectionPublic
    """

    return sync_detailed(
        rejection_id=rejection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    rejection_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RejectionUpdate,
) -> Response[Problem | RejectionPublic]:
    """Record the outcome, notes or the feedback received

    Args:
        rejection_id (UUID):
        body (RejectionUpdate): The fields a candidate may change after the drafts; absent fields
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RejectionPublic]
    """

    kwargs = _get_kwargs(
        rejection_id=rejection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rejection_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RejectionUpdate,
) -> Problem | RejectionPublic | None:
    """Record the outcome, notes or the feedback received

    Args:
        rejection_id (UUID):
        body (RejectionUpdate): The fields a candidate may change after the drafts; absent fields
            stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RejectionPublic
    """

    return (
        await asyncio_detailed(
            rejection_id=rejection_id,
            client=client,
            body=body,
        )
    ).parsed
