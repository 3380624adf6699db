import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.due_page import DuePage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    on: datetime.date | None | Unset = UNSET,
    candidate_ref: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    json_candidate_ref: None | str | Unset
    if isinstance(candidate_ref, Unset):
        json_candidate_ref = UNSET
    else:
        json_candidate_ref = candidate_ref
    params["candidate_ref"] = json_candidate_ref

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/plan/due",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DuePage | Problem | None:
    if response.status_code == 200:
        response_200 = DuePage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DuePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    candidate_ref: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[DuePage | Problem]:
    """Every pending step due on or before a day, oldest first

     A frontend's "today" view across all the caller's rejections, with each step's company and role.
    Stopped rejections are left out.

    Args:
        on (datetime.date | None | Unset): The day (YYYY-MM-DD); today in UTC when absent.
        candidate_ref (None | str | Unset): Only this candidate.
        limit (int | Unset): Page size (1-100). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DuePage | Problem]
    """

    kwargs = _get_kwargs(
        on=on,
        candidate_ref=candidate_ref,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    candidate_ref: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> DuePage | Problem | None:
    """Every pending step due on or before a day, oldest first

     A frontend's "today" view across all the caller's rejections, with each step's company and role.
    Stopped rejections are left out.

    Args:
        on (datetime.date | None | Unset): The day (YYYY-MM-DD); today in UTC when absent.
        candidate_ref (None | str | Unset): Only this candidate.
        limit (int | Unset): Page size (1-100). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DuePage | Problem
    """

    return sync_detailed(
        client=client,
        on=on,
        candidate_ref=candidate_ref,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    candidate_ref: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[DuePage | Problem]:
    """Every pending step due on or before a day, oldest first

     A frontend's "today" view across all the caller's rejections, with each step's company and role.
    Stopped rejections are left out.

    Args:
        on (datetime.date | None | Unset): The day (YYYY-MM-DD); today in UTC when absent.
        candidate_ref (None | str | Unset): Only this candidate.
        limit (int | Unset): Page size (1-100). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DuePage | Problem]
    """

    kwargs = _get_kwargs(
        on=on,
        candidate_ref=candidate_ref,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    candidate_ref: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> DuePage | Problem | None:
    """Every pending step due on or before a day, oldest first

     A frontend's "today" view across all the caller's rejections, with each step's company and role.
    Stopped rejections are left out.

    Args:
        on (datetime.date | None | Unset): The day (YYYY-MM-DD); today in UTC when absent.
        candidate_ref (None | str | Unset): Only this candidate.
        limit (int | Unset): Page size (1-100). Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DuePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            on=on,
            candidate_ref=candidate_ref,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
