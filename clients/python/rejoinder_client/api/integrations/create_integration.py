from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ashby_integration_create import AshbyIntegrationCreate
from ...models.email_integration_create import EmailIntegrationCreate
from ...models.generic_integration_create import GenericIntegrationCreate
from ...models.integration_with_secret import IntegrationWithSecret
from ...models.lever_integration_create import LeverIntegrationCreate
from ...models.problem import Problem
from ...models.vendor_integration_create import VendorIntegrationCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AshbyIntegrationCreate
    | EmailIntegrationCreate
    | GenericIntegrationCreate
    | LeverIntegrationCreate
    | VendorIntegrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/integrations",
    }

    if isinstance(body, VendorIntegrationCreate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, LeverIntegrationCreate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, AshbyIntegrationCreate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, GenericIntegrationCreate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationWithSecret | Problem | None:
    if response.status_code == 201:
        response_201 = IntegrationWithSecret.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
    *,
    client: AuthenticatedClient,
    body: AshbyIntegrationCreate
    | EmailIntegrationCreate
    | GenericIntegrationCreate
    | LeverIntegrationCreate
    | VendorIntegrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[IntegrationWithSecret | Problem]:
    """Connect an ATS

     Answers with the `webhook_url` to paste into the ATS. For `generic` a `whsec_` signing secret is
    generated and shown in this answer only; for the others send the secret the vendor signs with.
    Secrets and API keys are never shown again.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (AshbyIntegrationCreate | EmailIntegrationCreate | GenericIntegrationCreate |
            LeverIntegrationCreate | VendorIntegrationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationWithSecret | Problem]
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
    body: AshbyIntegrationCreate
    | EmailIntegrationCreate
    | GenericIntegrationCreate
    | LeverIntegrationCreate
    | VendorIntegrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> IntegrationWithSecret | Problem | None:
    """Connect an ATS

     Answers with the `webhook_url` to paste into the ATS. For `generic` a `whsec_` signing secret is
    generated and shown in this answer only; for the others send the secret the vendor signs with.
    Secrets and API keys are never shown again.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (AshbyIntegrationCreate | EmailIntegrationCreate | GenericIntegrationCreate |
            LeverIntegrationCreate | VendorIntegrationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationWithSecret | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AshbyIntegrationCreate
    | EmailIntegrationCreate
    | GenericIntegrationCreate
    | LeverIntegrationCreate
    | VendorIntegrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[IntegrationWithSecret | Problem]:
    """Connect an ATS

     Answers with the `webhook_url` to paste into the ATS. For `generic` a `whsec_` signing secret is
    generated and shown in this answer only; for the others send the secret the vendor signs with.
    Secrets and API keys are never shown again.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (AshbyIntegrationCreate | EmailIntegrationCreate | GenericIntegrationCreate |
            LeverIntegrationCreate | VendorIntegrationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationWithSecret | Problem]
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
    body: AshbyIntegrationCreate
    | EmailIntegrationCreate
    | GenericIntegrationCreate
    | LeverIntegrationCreate
    | VendorIntegrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> IntegrationWithSecret | Problem | None:
    """Connect an ATS

     Answers with the `webhook_url` to paste into the ATS. For `generic` a `whsec_` signing secret is
    generated and shown in this answer only; for the others send the secret the vendor signs with.
    Secrets and API keys are never shown again.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (AshbyIntegrationCreate | EmailIntegrationCreate | GenericIntegrationCreate |
            LeverIntegrationCreate | VendorIntegrationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationWithSecret | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
