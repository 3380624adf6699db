from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plan_step_public import PlanStepPublic
from ...models.problem import Problem
from ...models.step_done import StepDone
from ...models.step_posting import StepPosting
from ...models.step_skipped import StepSkipped
from ...models.step_snoozed import StepSnoozed
from ...types import Response


def _get_kwargs(
    rejection_id: UUID,
    step_id: UUID,
    *,
    body: StepDone | StepPosting | StepSkipped | StepSnoozed,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/rejections/{rejection_id}/plan/steps/{step_id}".format(
            rejection_id=quote(str(rejection_id), safe=""),
            step_id=quote(str(step_id), safe=""),
        ),
    }

    if isinstance(body, StepDone):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, StepSkipped):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, StepSnoozed):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlanStepPublic | Problem | None:
    if response.status_code == 200:
        response_200 = PlanStepPublic.from_dict(response.json())

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
) -> Response[PlanStepPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rejection_id: UUID,
    step_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StepDone | StepPosting | StepSkipped | StepSnoozed,
) -> Response[PlanStepPublic | Problem]:
    """Mark a step done, skip it or snooze it

     `pending` (or `snoozed`) becomes `done`, `skipped` or `snoozed` with a new `due_on`; `completed_at`
    is recorded. A step that is done, skipped or cancelled, or one of a stopped rejection, cannot change
    (409). Marking the feedback request `done` with `received_feedback` stores the reply on the
    rejection and re-plans the steps still to do. `pending` with `posting_title` (and `posting_url`) on
    the reach-out step drafts its note about that posting; without one the reach-out is a reminder.

    Args:
        rejection_id (UUID):
        step_id (UUID):
        body (StepDone | StepPosting | StepSkipped | StepSnoozed):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanStepPublic | Problem]
    """

    kwargs = _get_kwargs(
        rejection_id=rejection_id,
        step_id=step_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rejection_id: UUID,
    step_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StepDone | StepPosting | StepSkipped | StepSnoozed,
) -> PlanStepPublic | Problem | None:
    """Mark a step done, skip it or snooze it

     `pending` (or `snoozed`) becomes `done`, `skipped` or `snoozed` with a new `due_on`; `completed_at`
    is recorded. A step that is done, skipped or cancelled, or one of a stopped rejection, cannot change
    (409). Marking the feedback request `done` with `received_feedback` stores the reply on the
    rejection and re-plans the steps still to do. `pending` with `posting_title` (and `posting_url`) on
    the reach-out step drafts its note about that posting; without one the reach-out is a reminder.

    Args:
        rejection_id (UUID):
        step_id (UUID):
        body (StepDone | StepPosting | StepSkipped | StepSnoozed):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanStepPublic | Problem
    """

    return sync_detailed(
        rejection_id=rejection_id,
        step_id=step_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    rejection_id: UUID,
    step_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StepDone | StepPosting | StepSkipped | StepSnoozed,
) -> Response[PlanStepPublic | Problem]:
    """Mark a step done, skip it or snooze it

     `pending` (or `snoozed`) becomes `done`, `skipped` or `snoozed` with a new `due_on`; `completed_at`
    is recorded. A step that is done, skipped or cancelled, or one of a stopped rejection, cannot change
    (409). Marking the feedback request `done` with `received_feedback` stores the reply on the
    rejection and re-plans the steps still to do. `pending` with `posting_title` (and `posting_url`) on
    the reach-out step drafts its note about that posting; without one the reach-out is a reminder.

    Args:
        rejection_id (UUID):
        step_id (UUID):
        body (StepDone | StepPosting | StepSkipped | StepSnoozed):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanStepPublic | Problem]
    """

    kwargs = _get_kwargs(
        rejection_id=rejection_id,
        step_id=step_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rejection_id: UUID,
    step_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StepDone | StepPosting | StepSkipped | StepSnoozed,
) -> PlanStepPublic | Problem | None:
    """Mark a step done, skip it or snooze it

     `pending` (or `snoozed`) becomes `done`, `skipped` or `snoozed` with a new `due_on`; `completed_at`
    is recorded. A step that is done, skipped or cancelled, or one of a stopped rejection, cannot change
    (409). Marking the feedback request `done` with `received_feedback` stores the reply on the
    rejection and re-plans the steps still to do. `pending` with `posting_title` (and `posting_url`) on
    the reach-out step drafts its note about that posting; without one the reach-out is a reminder.

    Args:
        rejection_id (UUID):
        step_id (UUID):
        body (StepDone | StepPosting | StepSkipped | StepSnoozed):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanStepPublic | Problem
    """

    return (
        await asyncio_detailed(
            rejection_id=rejection_id,
            step_id=step_id,
            client=client,
            body=body,
        )
    ).parsed
