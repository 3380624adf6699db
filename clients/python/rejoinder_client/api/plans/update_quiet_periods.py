from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.quiet_periods import QuietPeriods
from ...types import Response


def _get_kwargs(
    *,
    body: QuietPeriods,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/quiet-periods",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | QuietPeriods | None:
    if response.status_code == 200:
        response_200 = QuietPeriods.from_dict(response.json())

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
) -> Response[Problem | QuietPeriods]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: QuietPeriods,
) -> Response[Problem | QuietPeriods]:
    """Replace the caller's quiet periods

     Plans drafted from now on keep every step that messages a contact out of these ranges: `MM-DD..MM-
    DD` every year or `YYYY-MM-DD..YYYY-MM-DD` once.

    Args:
        body (QuietPeriods): Ranges in which no plan step messages a contact, beside the service's
            own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuietPeriods]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: QuietPeriods,
) -> Problem | QuietPeriods | None:
    """Replace the caller's quiet periods

     Plans drafted from now on keep every step that messages a contact out of these ranges: `MM-DD..MM-
    DD` every year or `YYYY-MM-DD..YYYY-MM-DD` once.

    Args:
        body (QuietPeriods): Ranges in which no plan step messages a contact, beside the service's
            own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuietPeriods
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: QuietPeriods,
) -> Response[Problem | QuietPeriods]:
    """Replace the caller's quiet periods

     Plans drafted from now on keep every step that messages a contact out of these ranges: `MM-DD..MM-
    DD` every year or `YYYY-MM-DD..YYYY-MM-DD` once.

    Args:
        body (QuietPeriods): Ranges in which no plan step messages a contact, beside the service's
            own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuietPeriods]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: QuietPeriods,
) -> Problem | QuietPeriods | None:
    """Replace the caller's quiet periods

     Plans drafted from now on keep every step that messages a contact out of these ranges: `MM-DD..MM-
    DD` every year or `YYYY-MM-DD..YYYY-MM-DD` once.

    Args:
        body (QuietPeriods): Ranges in which no plan step messages a contact, beside the service's
            own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuietPeriods
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
