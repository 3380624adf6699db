"""Per-key rate limit: a token bucket held in this process (per API key, and per client
address for failed authentications).

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
    """`per_minute` requests a minute per key, with bursts up to the same number.

    At most `max_keys` buckets are kept: past that, the full ones (keys idle long enough to
    have refilled) are forgotten, then the least recently used, so keys an attacker makes up
    (client addresses) cannot grow memory without bound.
    """

    def __init__(
        self,
        per_minute: int,
        clock: Callable[[], float] = time.monotonic,
        *,
        max_keys: int = 100_000,
    ) -> None:
        self.per_minute = per_minute
        self._rate = per_minute / 60.0
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def retry_after(self, key: str) -> int | None:
        """Take a token for `key`; None when allowed, else the seconds to wait."""
        return self._check(key, take=True)

    def waiting(self, key: str) -> int | None:
        """Like `retry_after` without taking a token: None while `key` has one left."""
        return self._check(key, take=False)

    def _check(self, key: str, *, take: bool) -> int | None:
        if self.per_minute <= 0:
            return None
        now = self._clock()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                if not take:
                    return None
                self._make_room(now)
                bucket = self._buckets[key] = _Bucket(float(self.per_minute), now)
            self._refill(bucket, now)
            if bucket.tokens >= 1.0:
                if take:
                    bucket.tokens -= 1.0
                return None
            return max(1, math.ceil((1.0 - bucket.tokens) / self._rate))

    def _refill(self, bucket: _Bucket, now: float) -> None:
        bucket.tokens = min(
            float(self.per_minute), bucket.tokens + (now - bucket.updated) * self._rate
        )
        bucket.updated = now

    def _make_room(self, now: float) -> None:
        if len(self._buckets) < self._max_keys:
            return
        for key, bucket in list(self._buckets.items()):
            self._refill(bucket, now)
            if bucket.tokens >= self.per_minute:
                del self._buckets[key]
        if len(self._buckets) >= self._max_keys:
            by_age = sorted(self._buckets, key=lambda key: self._buckets[key].updated)
            for key in by_age[: len(by_age) // 2 + 1]:
                del self._buckets[key]
