"""Per-key rate limit: a token bucket held in this process.

In-process on purpose: counting in the database would add a write to every request, the hot
path included. The price: each worker process keeps its own buckets, so with N workers a key
may make up to N times the configured rate. Put a shared limiter (the proxy, or Redis) in
front when that matters.
"""

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """`per_minute` requests a minute per key, with bursts up to the same number."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._rate = per_minute / 60.0
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def retry_after(self, key: str) -> int | None:
        """Take a token for `key`; None when allowed, else the seconds to wait."""
        if self.per_minute <= 0:
            return None
        now = self._clock()
        with self._lock:
            bucket = self._buckets.setdefault(key, _Bucket(float(self.per_minute), now))
            bucket.tokens = min(
                float(self.per_minute), bucket.tokens + (now - bucket.updated) * self._rate
            )
            bucket.updated = now
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return None
            return max(1, math.ceil((1.0 - bucket.tokens) / self._rate))
