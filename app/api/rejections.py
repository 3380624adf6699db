"""`/v1/rejections`: create, read, list and erase rejections."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Query, Response, status

from app.db import SessionDep
from app.drafting.context import RejectionContext, Stage
from app.errors import problem_responses
from app.schemas import RejectionPage, RejectionPublic
from app.services import rejections as service

router = APIRouter(prefix="/v1/rejections", tags=["rejections"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=RejectionPublic,
    responses=problem_responses(400, 413, 415, 422),
    summary="Draft the messages and plan for a rejection",
    description="Drafts the last pitch and the feedback request, dates a keep-the-bridge plan, "
    "stores all of it and answers with the result. Only `candidate.name`, `company.name` and "
    "`role.title` are required.",
)
def create_rejection(
    context: Annotated[RejectionContext, Body()], session: SessionDep, response: Response
) -> RejectionPublic:
    created = service.create_rejection(session=session, context=context)
    response.headers["Location"] = f"{router.prefix}/{created.id}"
    return created


@router.get(
    "/{rejection_id}",
    response_model=RejectionPublic,
    responses=problem_responses(404, 422),
    summary="Read a rejection with its latest drafts and plan",
)
def get_rejection(rejection_id: uuid.UUID, session: SessionDep) -> RejectionPublic:
    return service.get_rejection(session=session, rejection_id=rejection_id)


@router.get(
    "",
    response_model=RejectionPage,
    responses=problem_responses(422),
    summary="List rejections, newest first",
)
def list_rejections(
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=100, description="Page size (1-100).")] = 20,
    cursor: Annotated[
        str | None,
        Query(
            pattern=r"^[A-Za-z0-9_-]{22}$",
            description="The `next_cursor` of the previous page.",
            examples=["AZNrjm8qfEGdDjtfKoyeEA"],
        ),
    ] = None,
    external_ref: Annotated[
        str | None, Query(max_length=200, description="Only this caller reference.")
    ] = None,
    company: Annotated[
        str | None, Query(max_length=200, description="Only this company (any letter case).")
    ] = None,
    stage: Annotated[Stage | None, Query(description="Only this stage.")] = None,
    candidate_ref: Annotated[
        str | None, Query(max_length=200, description="Only this job-board candidate id.")
    ] = None,
) -> RejectionPage:
    return service.list_rejections(
        session=session,
        limit=limit,
        cursor=cursor,
        external_ref=external_ref,
        company=company,
        stage=stage.value if stage else None,
        candidate_ref=candidate_ref,
    )


@router.delete(
    "/{rejection_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(404, 422),
    summary="Erase a rejection with all its drafts and steps",
)
def delete_rejection(rejection_id: uuid.UUID, session: SessionDep) -> None:
    service.delete_rejection(session=session, rejection_id=rejection_id)
