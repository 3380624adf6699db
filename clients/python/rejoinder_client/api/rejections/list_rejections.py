from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rejection_page import RejectionPage
from ...models.stage import Stage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    company: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    candidate_ref: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_external_ref: None | str | Unset
    if isinstance(external_ref, Unset):
        json_external_ref = UNSET
    else:
        json_external_ref = external_ref
    params["external_ref"] = json_external_ref

    json_company: None | str | Unset
    if isinstance(company, Unset):
        json_company = UNSET
    else:
        json_company = company
    params["company"] = json_company

    json_stage: None | str | Unset
    if isinstance(stage, Unset):
        json_stage = UNSET
    elif isinstance(stage, Stage):
        json_stage = stage.value
    else:
        json_stage = stage
    params["stage"] = json_stage

    json_candidate_ref: None | str | Unset
    if isinstance(candidate_ref, Unset):
        json_candidate_ref = UNSET
    else:
        json_candidate_ref = candidate_ref
    params["candidate_ref"] = json_candidate_ref

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/rejections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RejectionPage | None:
    if response.status_code == 200:
        response_200 = RejectionPage.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | RejectionPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    company: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    candidate_ref: None | str | Unset = UNSET,
) -> Response[Problem | RejectionPage]:
    """List rejections, newest first

    Args:
        limit (int | Unset): Page size (1-100). Default: 20.
        cursor (None | str | Unset): The `next_cursor` of the previous page.
        external_ref (None | str | Unset): Only this caller reference.
        company (None | str | Unset): Only this company (any letter case).
        stage (None | Stage | Unset): Only this stage.
        candidate_ref (None | str | Unset): Only this job-board candidate id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RejectionPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        external_ref=external_ref,
        company=company,
        stage=stage,
        candidate_ref=candidate_ref,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    company: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    candidate_ref: None | str | Unset = UNSET,
) -> Problem | RejectionPage | None:
    """List rejections, newest first

    Args:
        limit (int | Unset): Page size (1-100). Default: 20.
        cursor (None | str | Unset): The `next_cursor` of the previous page.
        external_ref (None | str | Unset): Only this caller reference.
        company (None | str | Unset): Only this company (any letter case).
        stage (None | Stage | Unset): Only this stage.
        candidate_ref (None | str | Unset): Only this job-board candidate id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RejectionPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        external_ref=external_ref,
        company=company,
        stage=stage,
        candidate_ref=candidate_ref,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    company: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    candidate_ref: None | str | Unset = UNSET,
) -> Response[Problem | RejectionPage]:
    """List rejections, newest first

    Args:
        limit (int | Unset): Page size (1-100). Default: 20.
        cursor (None | str | Unset): The `next_cursor` of the previous page.
        external_ref (None | str | Unset): Only this caller reference.
        company (None | str | Unset): Only this company (any letter case).
        stage (None | Stage | Unset): Only this stage.
        candidate_ref (None | str | Unset): Only this job-board candidate id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RejectionPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        external_ref=external_ref,
        company=company,
        stage=stage,
        candidate_ref=candidate_ref,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    company: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    candidate_ref: None | str | Unset = UNSET,
) -> Problem | RejectionPage | None:
    """List rejections, newest first

    Args:
        limit (int | Unset): Page size (1-100). Default: 20.
        cursor (None | str | Unset): The `next_cursor` of the previous page.
        external_ref (None | str | Unset): Only this caller reference.
        company (None | str | Unset): Only this company (any letter case).
        stage (None | Stage | Unset): Only this stage.
        candidate_ref (None | str | Unset): Only this job-board candidate id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RejectionPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            external_ref=external_ref,
            company=company,
            stage=stage,
            candidate_ref=candidate_ref,
        )
    ).parsed
