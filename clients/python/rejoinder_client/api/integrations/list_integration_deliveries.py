from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.webhook_delivery_outcome import WebhookDeliveryOutcome
from ...models.webhook_delivery_page import WebhookDeliveryPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    integration_id: UUID,
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    outcome: None | Unset | WebhookDeliveryOutcome = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_outcome: None | str | Unset
    if isinstance(outcome, Unset):
        json_outcome = UNSET
    elif isinstance(outcome, WebhookDeliveryOutcome):
        json_outcome = outcome.value
    else:
        json_outcome = outcome
    params["outcome"] = json_outcome

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/integrations/{integration_id}/deliveries".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebhookDeliveryPage | None:
    if response.status_code == 200:
        response_200 = WebhookDeliveryPage.from_dict(response.json())

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
) -> Response[Problem | WebhookDeliveryPage]:
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
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    outcome: None | Unset | WebhookDeliveryOutcome = UNSET,
) -> Response[Problem | WebhookDeliveryPage]:
    """Recent webhook deliveries, newest first

     What each request to the webhook URL became: `drafted`, `needs_details`, `withdrawn`, `duplicate`,
    `ignored`, `rejected_signature` (refusals in a row are counted on one entry) or `failed`, with the
    error. Bodies are never shown.

    Args:
        integration_id (UUID):
        limit (int | Unset): Page size (1-100). Default: 20.
        cursor (None | str | Unset): The `next_cursor` of the previous page.
        outcome (None | Unset | WebhookDeliveryOutcome): Only this outcome.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookDeliveryPage]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        limit=limit,
        cursor=cursor,
        outcome=outcome,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    outcome: None | Unset | WebhookDeliveryOutcome = UNSET,
) -> Problem | WebhookDeliveryPage | None:
    """Recent webhook deliveries, newest first

     What each request to the webhook URL became: `drafted`, `needs_details`, `withdrawn`, `duplicate`,
    `ignored`, `rejected_signature` (refusals in a row are counted on one entry) or `failed`, with the
    error. Bodies are never shown.

    Args:
        integration_id (UUID):
        limit (int | Unset): Page size (1-100). Default: 20.
        cursor (None | str | Unset): The `next_cursor` of the previous page.
        outcome (None | Unset | WebhookDeliveryOutcome): Only this outcome.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookDeliveryPage
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        limit=limit,
        cursor=cursor,
        outcome=outcome,
    ).parsed


async def asyncio_detailed(
    integration_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    outcome: None | Unset | WebhookDeliveryOutcome = UNSET,
) -> Response[Problem | WebhookDeliveryPage]:
    """Recent webhook deliveries, newest first

     What each request to the webhook URL became: `drafted`, `needs_details`, `withdrawn`, `duplicate`,
    `ignored`, `rejected_signature` (refusals in a row are counted on one entry) or `failed`, with the
    error. Bodies are never shown.

    Args:
        integration_id (UUID):
        limit (int | Unset): Page size (1-100). Default: 20.
        cursor (None | str | Unset): The `next_cursor` of the previous page.
        outcome (None | Unset | WebhookDeliveryOutcome): Only this outcome.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookDeliveryPage]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        limit=limit,
        cursor=cursor,
        outcome=outcome,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    outcome: None | Unset | WebhookDeliveryOutcome = UNSET,
) -> Problem | WebhookDeliveryPage | None:
    """Recent webhook deliveries, newest first

     What each request to the webhook URL became: `drafted`, `needs_details`, `withdrawn`, `duplicate`,
    `ignored`, `rejected_signature` (refusals in a row are counted on one entry) or `failed`, with the
    error. Bodies are never shown.

    Args:
        integration_id (UUID):
        limit (int | Unset): Page size (1-100). Default: 20.
        cursor (None | str | Unset): The `next_cursor` of the previous page.
        outcome (None | Unset | WebhookDeliveryOutcome): Only this outcome.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookDeliveryPage
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            limit=limit,
            cursor=cursor,
            outcome=outcome,
        )
    ).parsed
