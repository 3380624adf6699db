"""`/v1/stats`: how the caller's rejections turned out."""

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.common import AUTH_PROBLEMS
from app.api.deps import CallerDep
from app.db import SessionDep
from app.errors import problem_responses
from app.schemas import Stats
from app.services.stats import rejection_stats
from app.types import IsoDate

router = APIRouter(prefix="/v1/stats", tags=["stats"])


@router.get(
    "",
    response_model=Stats,
    responses=problem_responses(422, *AUTH_PROBLEMS),
    summary="Counts by stage and outcome, and how many turned into an opportunity",
)
def get_stats(
    session: SessionDep,
    caller: CallerDep,
    rejected_from: Annotated[
        IsoDate | None,
        Query(alias="from", description="Only rejections on or after this day (YYYY-MM-DD)."),
    ] = None,
    rejected_to: Annotated[
        IsoDate | None,
        Query(alias="to", description="Only rejections on or before this day (YYYY-MM-DD)."),
    ] = None,
) -> Stats:
    return rejection_stats(
        session=session,
        tenant_id=caller.tenant_id,
        rejected_from=rejected_from,
        rejected_to=rejected_to,
    )
