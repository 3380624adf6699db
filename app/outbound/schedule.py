"""When a failed delivery is tried again: roughly exponential steps over about a day.

Attempt 1 goes out at once. After a failure the next attempt waits the delay below, each
stretched or shrunk at random by up to 20% (jitter, so that many deliveries failing together
do not all come back in the same second). Ten attempts span about 23 h 40 min; when the tenth
fails, the delivery is marked `failed`.
"""

import random
from datetime import timedelta

RETRY_DELAYS: tuple[timedelta, ...] = (
    timedelta(seconds=30),
    timedelta(minutes=2),
    timedelta(minutes=10),
    timedelta(minutes=30),
    timedelta(hours=1),
    timedelta(hours=2),
    timedelta(hours=4),
    timedelta(hours=8),
    timedelta(hours=8),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
JITTER = 0.2


def next_delay(attempts_made: int, rng: random.Random) -> timedelta | None:
    """The wait after `attempts_made` failed attempts, or None when it is time to give up."""
    if attempts_made >= MAX_ATTEMPTS:
        return None
    base = RETRY_DELAYS[attempts_made - 1]
    return base * rng.uniform(1 - JITTER, 1 + JITTER)
