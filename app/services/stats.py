"""The product's own measure: how many rejections turned into a new interview or an offer."""

import uuid
from collections import Counter
from datetime import date

from sqlmodel import Session

from app import repository
from app.schemas import Outcome, Stats

_OPPORTUNITIES = {Outcome.new_interview.value, Outcome.offer.value}


def rejection_stats(
    *,
    session: Session,
    tenant_id: uuid.UUID,
    rejected_from: date | None = None,
    rejected_to: date | None = None,
) -> Stats:
    by_stage: Counter[str] = Counter()
    by_outcome: Counter[str] = Counter()
    for stage, outcome, count in repository.rejection_counts(
        session, tenant_id=tenant_id, rejected_from=rejected_from, rejected_to=rejected_to
    ):
        by_stage[stage] += count
        by_outcome[outcome or "unknown"] += count
    total = sum(by_stage.values())
    opportunities = sum(by_outcome[outcome] for outcome in _OPPORTUNITIES)
    return Stats(
        total=total,
        by_stage=dict(by_stage),
        by_outcome=dict(by_outcome),
        turned_into_opportunity=opportunities,
        opportunity_rate=round(opportunities / total, 4) if total else 0.0,
    )
