from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_update import IntegrationUpdate
from ...models.integration_with_secret import IntegrationWithSecret
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    integration_id: UUID,
    *,
    body: IntegrationUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/integrations/{integration_id}".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationWithSecret | Problem | None:
    if response.status_code == 200:
        response_200 = IntegrationWithSecret.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[IntegrationWithSecret | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IntegrationUpdate,
) -> Response[IntegrationWithSecret | Problem]:
    """Change an integration or rotate its secret

     A new `secret` (or `rotate_secret: true` for `generic`) replaces the current one; the previous
    secret is still accepted for 24 hours. Deliveries kept as `awaiting_secret` are verified with a new
    secret and processed (or refused). Adding a Lever `api_key` processes again the archive events
    recorded as `needs_details`.

    Args:
        integration_id (UUID):
        body (IntegrationUpdate): The fields to change; absent fields stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationWithSecret | Problem]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IntegrationUpdate,
) -> IntegrationWithSecret | Problem | None:
    """Change an integration or rotate its secret

     A new `secret` (or `rotate_secret: true` for `generic`) replaces the current one; the previous
    secret is still accepted for 24 hours. Deliveries kept as `awaiting_secret` are verified with a new
    secret and processed (or refused). Adding a Lever `api_key` processes again the archive events
    recorded as `needs_details`.

    Args:
        integration_id (UUID):
        body (IntegrationUpdate): The fields to change; absent fields stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationWithSecret | Problem
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    integration_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IntegrationUpdate,
) -> Response[IntegrationWithSecret | Problem]:
    """Change an integration or rotate its secret

     A new `secret` (or `rotate_secret: true` for `generic`) replaces the current one; the previous
    secret is still accepted for 24 hours. Deliveries kept as `awaiting_secret` are verified with a new
    secret and processed (or refused). Adding a Lever `api_key` processes again the archive events
    recorded as `needs_details`.

    Args:
        integration_id (UUID):
        body (IntegrationUpdate): The fields to change; absent fields stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationWithSecret | Problem]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IntegrationUpdate,
) -> IntegrationWithSecret | Problem | None:
    """Change an integration or rotate its secret

     A new `secret` (or `rotate_secret: true` for `generic`) replaces the current one; the previous
    secret is still accepted for 24 hours. Deliveries kept as `awaiting_secret` are verified with a new
    secret and processed (or refused). Adding a Lever `api_key` processes again the archive events
    recorded as `needs_details`.

    Args:
        integration_id (UUID):
        body (IntegrationUpdate): The fields to change; absent fields stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationWithSecret | Problem
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            body=body,
        )
    ).parsed
