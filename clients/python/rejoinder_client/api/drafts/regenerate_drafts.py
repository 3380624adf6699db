from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.regenerate_request import RegenerateRequest
from ...models.rejection_public import RejectionPublic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    rejection_id: UUID,
    *,
    body: RegenerateRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/rejections/{rejection_id}/drafts".format(
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
    if response.status_code == 201:
        response_201 = RejectionPublic.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
    body: RegenerateRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RejectionPublic]:
    """Draft again in another tone, channel or variant, keeping the old versions

     The plan's steps still to do are reworded in the new tone and follow the new channel (a nudge goes
    where the feedback request went); their days, and the steps already done, skipped or cancelled, stay
    as they were. A rejection whose employer declined to give feedback (`signals.feedback_declined`) has
    no feedback request in any version: `drafts.feedback_request` stays null.

    Args:
        rejection_id (UUID):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (RegenerateRequest): What to change in the new drafts; absent fields keep the
            context's own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RejectionPublic]
    """

    kwargs = _get_kwargs(
        rejection_id=rejection_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rejection_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RegenerateRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RejectionPublic | None:
    """Draft again in another tone, channel or variant, keeping the old versions

     The plan's steps still to do are reworded in the new tone and follow the new channel (a nudge goes
    where the feedback request went); their days, and the steps already done, skipped or cancelled, stay
    as they were. A rejection whose employer declined to give feedback (`signals.feedback_declined`) has
    no feedback request in any version: `drafts.feedback_request` stays null.

    Args:
        rejection_id (UUID):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (RegenerateRequest): What to change in the new drafts; absent fields keep the
            context's own.

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
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    rejection_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RegenerateRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RejectionPublic]:
    """Draft again in another tone, channel or variant, keeping the old versions

     The plan's steps still to do are reworded in the new tone and follow the new channel (a nudge goes
    where the feedback request went); their days, and the steps already done, skipped or cancelled, stay
    as they were. A rejection whose employer declined to give feedback (`signals.feedback_declined`) has
    no feedback request in any version: `drafts.feedback_request` stays null.

    Args:
        rejection_id (UUID):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (RegenerateRequest): What to change in the new drafts; absent fields keep the
            context's own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RejectionPublic]
    """

    kwargs = _get_kwargs(
        rejection_id=rejection_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rejection_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RegenerateRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RejectionPublic | None:
    """Draft again in another tone, channel or variant, keeping the old versions

     The plan's steps still to do are reworded in the new tone and follow the new channel (a nudge goes
    where the feedback request went); their days, and the steps already done, skipped or cancelled, stay
    as they were. A rejection whose employer declined to give feedback (`signals.feedback_declined`) has
    no feedback request in any version: `drafts.feedback_request` stays null.

    Args:
        rejection_id (UUID):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (RegenerateRequest): What to change in the new drafts; absent fields keep the
            context's own.

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
            idempotency_key=idempotency_key,
        )
    ).parsed
