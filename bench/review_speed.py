"""How long the review takes on a 150-word message, against a plain `re` scan of the same text.

    .venv/bin/python bench/review_speed.py [--rounds 2000]

Prints the median microseconds per text of `review_text` (a last pitch by email, with and
without a context) and of the reference: one precompiled `re` pattern of a dozen alternatives
run with `findall` over the same text, the least any phrase check could cost. The target is
≤ 1 ms per text; the ratio says how much of it is the rules rather than the machine.
"""

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.drafting.context import RejectionContext
from app.drafting.results import Channel, DraftKind
from app.drafting.review import review_text

# 150 words: a pitch with a few things the rules must look at twice (a hedge, a negation,
# a quotation, a deadline) so the measured path is not only the quiet one.
TEXT = (
    "Hi Jordan,\n\nThank you for letting me know, and for the onsite interviews last week. "
    "Naturally I was a little disappointed, but I'm not upset at all: the conversations about "
    'scaling the data platform were the best part of my search. My friend joked "thanks for '
    'nothing" when I told her, and I told her she was wrong.\n\nMy experience with Kafka and '
    "Airflow still fits what the role calls for. At Northwind I cut nightly ETL cost by 40% by "
    "moving batch jobs to streaming, and I led the migration of forty pipelines without "
    "downtime. I'd be glad to help with the same work at Acme if a similar need comes up, and "
    "I would welcome the chance to interview again for a future role on the data team.\n\nIf "
    "a short call is easier than writing, I'm free most afternoons next week, but there is no "
    "rush at all. Thanks again for your time and for the thoughtful questions.\n\nBest,\nMaya"
)
REFERENCE = re.compile(
    r"\b(?:disappointed|upset|frustrated|reconsider|why|hire|thanks for nothing|checking in"
    r"|touch base|begging|deadline|scorecard)\b",
    re.IGNORECASE,
)
CONTEXT = RejectionContext.model_validate(
    {
        "candidate": {"name": "Maya Chen", "skills": ["Kafka", "Airflow"]},
        "company": {"name": "Acme", "needs": ["scaling the data platform"]},
        "role": {"title": "Data Engineer", "requirements": ["Kafka", "dbt"]},
        "stage": "final",
        "reason": "we hired an internal candidate",
    }
)


def _median_us(run: Callable[[], object], rounds: int) -> float:
    run()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        run()
        samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples) / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2000)
    rounds = parser.parse_args().rounds
    words = len(TEXT.split())
    reference = _median_us(lambda: REFERENCE.findall(TEXT), rounds)
    bare = _median_us(
        lambda: review_text(TEXT, kind=DraftKind.last_pitch, channel=Channel.email), rounds
    )
    with_context = _median_us(
        lambda: review_text(
            TEXT, kind=DraftKind.last_pitch, channel=Channel.email, context=CONTEXT
        ),
        rounds,
    )
    print(f"text: {words} words, {len(TEXT)} characters; median of {rounds} rounds")
    print(f"reference re.findall:     {reference:8.1f} µs")
    for name, value in (("review_text", bare), ("review_text + context", with_context)):
        print(f"{name + ':':<26}{value:8.1f} µs  ({value / reference:.1f}x the reference)")


if __name__ == "__main__":
    main()
