from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    rejection_id: UUID,
    *,
    if_none_match: None | str | Unset = UNSET,
    if_modified_since: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    _kwargs: dict[str, Any] = {
        "method": "head",
        "url": "/v1/rejections/{rejection_id}/plan.ics".format(
            rejection_id=quote(str(rejection_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | str]:
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
    if_none_match: None | str | Unset = UNSET,
    if_modified_since: None | str | Unset = UNSET,
) -> Response[Any | Problem | str]:
    """The rejection calendar's headers alone (calendar apps probe with HEAD)

    Args:
        rejection_id (UUID):
        if_none_match (None | str | Unset): ETags of the copies held (or *): 304 when one is
            current.
        if_modified_since (None | str | Unset): An HTTP-date: 304 when nothing changed since
            (ignored when If-None-Match is sent or the date is not valid).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
    """

    kwargs = _get_kwargs(
        rejection_id=rejection_id,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rejection_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
    if_modified_since: None | str | Unset = UNSET,
) -> Any | Problem | str | None:
    """The rejection calendar's headers alone (calendar apps probe with HEAD)

    Args:
        rejection_id (UUID):
        if_none_match (None | str | Unset): ETags of the copies held (or *): 304 when one is
            current.
        if_modified_since (None | str | Unset): An HTTP-date: 304 when nothing changed since
            (ignored when If-None-Match is sent or the date is not valid).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
    """

    return sync_detailed(
        rejection_id=rejection_id,
        client=client,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    rejection_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
    if_modified_since: None | str | Unset = UNSET,
) -> Response[Any | Problem | str]:
    """The rejection calendar's headers alone (calendar apps probe with HEAD)

    Args:
        rejection_id (UUID):
        if_none_match (None | str | Unset): ETags of the copies held (or *): 304 when one is
            current.
        if_modified_since (None | str | Unset): An HTTP-date: 304 when nothing changed since
            (ignored when If-None-Match is sent or the date is not valid).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
    """

    kwargs = _get_kwargs(
        rejection_id=rejection_id,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rejection_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
    if_modified_since: None | str | Unset = UNSET,
) -> Any | Problem | str | None:
    """The rejection calendar's headers alone (calendar apps probe with HEAD)

    Args:
        rejection_id (UUID):
        if_none_match (None | str | Unset): ETags of the copies held (or *): 304 when one is
            current.
        if_modified_since (None | str | Unset): An HTTP-date: 304 when nothing changed since
            (ignored when If-None-Match is sent or the date is not valid).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
    """

    return (
        await asyncio_detailed(
            rejection_id=rejection_id,
            client=client,
            if_none_match=if_none_match,
            if_modified_since=if_modified_since,
        )
    ).parsed
