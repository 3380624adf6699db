"""Liveness and readiness probes."""

from fastapi import APIRouter

from app.db import DatabaseDep
from app.errors import DatabaseUnavailableError, problem_responses
from app.schemas import Health
from app.services import health

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, summary="The process is up")
def check_health() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    response_model=Health,
    responses=problem_responses(503),
    summary="The database answers",
)
def check_readiness(database: DatabaseDep) -> Health:
    if not health.database_answers(database.engine):
        raise DatabaseUnavailableError("The database does not answer.")
    return Health(status="ok")
