"""What a browser frontend meets: CORS for allowed origins, and a per-key rate limit."""

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.main import create_app
from app.ratelimit import RateLimiter
from app.settings import Settings


@pytest.fixture
def cors_app(rejoinder_app: FastAPI) -> FastAPI:
    """The test app's settings and database, with browser origins allowed."""
    settings: Settings = rejoinder_app.state.settings
    return create_app(
        settings.model_copy(
            update={"cors_origins": ["https://board.example", "https://jobs.example"]}
        ),
        database=rejoinder_app.state.database,
    )


def test_a_preflight_from_an_allowed_origin_is_answered(cors_app: FastAPI) -> None:
    with TestClient(cors_app) as browser:
        response = browser.options(
            "/v1/rejections",
            headers={
                "Origin": "https://board.example",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type, idempotency-key",
            },
        )

    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "https://board.example"
    allowed = response.headers["access-control-allow-headers"].lower()
    assert "idempotency-key" in allowed
    assert "authorization" in allowed


def test_a_preflight_from_another_origin_gets_no_cors_headers(cors_app: FastAPI) -> None:
    with TestClient(cors_app) as browser:
        response = browser.options(
            "/v1/rejections",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )

    assert "access-control-allow-origin" not in response.headers


def test_an_allowed_origin_can_read_the_location_header(
    cors_app: FastAPI, keys: dict[str, str]
) -> None:
    with TestClient(cors_app) as browser:
        response = browser.get(
            "/v1/rejections",
            headers={"Origin": "https://jobs.example", "Authorization": f"Bearer {keys['a']}"},
        )

    assert response.headers["access-control-allow-origin"] == "https://jobs.example"
    assert "location" in response.headers["access-control-expose-headers"].lower()


def test_over_the_limit_a_key_gets_a_429_with_retry_after(
    client: TestClient, other_client: TestClient, rejoinder_app: FastAPI
) -> None:
    original = rejoinder_app.state.rate_limiter
    rejoinder_app.state.rate_limiter = RateLimiter(per_minute=3)
    try:
        statuses = [client.get("/v1/rejections").status_code for _ in range(4)]
        limited = client.get("/v1/rejections")
        other_key = other_client.get("/v1/rejections")
    finally:
        rejoinder_app.state.rate_limiter = original

    assert statuses == [200, 200, 200, 429]
    assert limited.status_code == 429
    assert limited.headers["content-type"] == "application/problem+json"
    assert 1 <= int(limited.headers["retry-after"]) <= 20
    assert other_key.status_code == 200


def test_the_bucket_refills_with_time() -> None:
    now = [0.0]
    limiter = RateLimiter(per_minute=60, clock=lambda: now[0])
    for _ in range(60):
        assert limiter.retry_after("k") is None

    assert limiter.retry_after("k") == 1
    now[0] += 1.0
    assert limiter.retry_after("k") is None
