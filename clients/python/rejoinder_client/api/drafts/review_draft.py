from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.review_request import ReviewRequest
from ...models.review_result import ReviewResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReviewRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/drafts/review",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReviewResult | None:
    if response.status_code == 200:
        response_200 = ReviewResult.from_dict(response.json())

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
) -> Response[Problem | ReviewResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReviewRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | ReviewResult]:
    """Check a candidate's own text before they send it

     Looks for bitterness, blame, sarcasm, begging, pressure, a blunt 'why', a comparison with the hired
    candidate, clichés, missing gratitude, no concrete skill, and the channel's length. Each warning
    names the character span it refers to.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (ReviewRequest): A candidate's own text, to be checked before they send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReviewResult]
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
    body: ReviewRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | ReviewResult | None:
    """Check a candidate's own text before they send it

     Looks for bitterness, blame, sarcasm, begging, pressure, a blunt 'why', a comparison with the hired
    candidate, clichés, missing gratitude, no concrete skill, and the channel's length. Each warning
    names the character span it refers to.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (ReviewRequest): A candidate's own text, to be checked before they send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReviewResult
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReviewRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | ReviewResult]:
    """Check a candidate's own text before they send it

     Looks for bitterness, blame, sarcasm, begging, pressure, a blunt 'why', a comparison with the hired
    candidate, clichés, missing gratitude, no concrete skill, and the channel's length. Each warning
    names the character span it refers to.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (ReviewRequest): A candidate's own text, to be checked before they send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReviewResult]
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
    body: ReviewRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | ReviewResult | None:
    """Check a candidate's own text before they send it

     Looks for bitterness, blame, sarcasm, begging, pressure, a blunt 'why', a comparison with the hired
    candidate, clichés, missing gratitude, no concrete skill, and the channel's length. Each warning
    names the character span it refers to.

    Args:
        idempotency_key (None | str | Unset): Any unique string (a UUID, say): a retry with the
            same key and body answers the first answer again, with `Idempotent-Replayed: true`,
            instead of acting twice; the same key with another body is a `422` (`idempotency-key-
            reused`). Kept `REJOINDER_IDEMPOTENCY_TTL_HOURS` (24 h by default).
        body (ReviewRequest): A candidate's own text, to be checked before they send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReviewResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
