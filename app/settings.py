"""Every knob Rejoinder has, read from `REJOINDER_*` environment variables (or a `.env` file)."""

from functools import cache
from typing import Annotated

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from app.drafting.quiet import QuietPeriod, parse_period
from app.outbound.urls import UrlPolicy


def own_url(host: str, port: int) -> str:
    """The address a client on this machine reaches a server bound to `host` at."""
    if host in ("0.0.0.0", "::", ""):  # noqa: S104 - bound to every address: name one
        host = "127.0.0.1"
    elif ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REJOINDER_", env_file=".env", extra="ignore")

    database_url: str = Field(
        default="sqlite:///./rejoinder.db",
        description="SQLAlchemy URL. SQLite file by default; "
        "`postgresql+psycopg://user@host/db` for PostgreSQL.",
    )
    host: str = Field(default="127.0.0.1", description="Address `rejoinder serve` binds to.")
    port: int = Field(default=8000, description="Port `rejoinder serve` listens on.")
    workers: int = Field(default=1, ge=1, description="uvicorn worker processes.")
    public_url: str = Field(
        default="",
        pattern=r"^(https?://[^\s/?#]+(/[^\s?#]*)?)?$",
        description="Where clients reach the service (scheme, host, port, any path prefix): "
        "problem `type` URIs and the OpenAPI `servers` entry are written under it. Behind a "
        "proxy, its public address. Empty: `http://{host}:{port}` of this process.",
    )
    max_body_bytes: int = Field(
        default=64 * 1024, ge=1024, description="Largest request body accepted (413 above it)."
    )
    webhook_max_body_bytes: int = Field(
        default=256 * 1024,
        ge=1024,
        description="Largest ATS webhook body accepted under `/v1/webhooks/` (413 above it).",
    )
    email_max_body_bytes: int = Field(
        default=640 * 1024,
        ge=1024,
        description="Largest body accepted under `/v1/rejections`, where a pasted email may "
        "come inside JSON (escaping grows it); the email itself may hold 256 KiB.",
    )
    webhook_refusal_window_seconds: int = Field(
        default=3600,
        ge=1,
        description="Refused (forged, stale, unsigned) ATS webhooks are counted on one "
        "delivery-log entry per integration for this long, whatever the reason; the entry "
        "keeps the last reason.",
    )
    db_pool_size: int = Field(default=10, ge=1, description="PostgreSQL connection pool size.")
    sqlite_busy_timeout_ms: int = Field(
        default=5000, ge=0, description="How long a SQLite writer waits for the lock."
    )
    log_level: str = Field(default="info", description="uvicorn and application log level.")
    rate_limit_per_minute: int = Field(
        default=600,
        ge=0,
        description="Requests a minute per API key, per worker process (0: no limit).",
    )
    auth_failures_per_minute: int = Field(
        default=60,
        ge=0,
        description="Failed authentications (an unknown, malformed or revoked API key) a "
        "minute per client address, per worker process, with bursts up to the same number; "
        "past it the address gets 429 with Retry-After before any key is looked up (0: no "
        "limit).",
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Comma-separated origins browsers may call the API from "
        "(e.g. `https://board.example`); empty: no cross-origin access.",
    )
    idempotency_ttl_hours: int = Field(
        default=24, ge=1, description="How long an Idempotency-Key's first response is replayed."
    )
    retention_days: int = Field(
        default=30,
        ge=1,
        description="How long the worker keeps delivered outbound events (with their "
        "attempts) and the webhook delivery log before pruning them.",
    )

    outbound_allow_loopback: bool = Field(
        default=False,
        description="Let endpoint URLs reach loopback addresses, over `http` too "
        "(development and tests only).",
    )
    outbound_allow_private: bool = Field(
        default=False,
        description="Let endpoint URLs reach private, link-local and other non-public "
        "addresses (a receiver inside your own network).",
    )
    outbound_timeout_seconds: float = Field(
        default=10.0,
        gt=0,
        le=60,
        description="How long one network operation of a webhook delivery (connecting, "
        "sending, each read) may take.",
    )
    outbound_deadline_seconds: float = Field(
        default=15.0,
        gt=0,
        le=120,
        description="How long one webhook delivery attempt may take in all, however slowly "
        "the receiver drips its answer; past it the attempt is cut and retried on schedule.",
    )
    outbound_concurrency: int = Field(
        default=8,
        ge=1,
        le=64,
        description="Deliveries a worker sends at once, to all endpoints together.",
    )
    outbound_concurrency_per_endpoint: int = Field(
        default=2,
        ge=1,
        le=2,
        description="Deliveries a worker sends at once to one endpoint: a slow receiver holds "
        "at most this many of the worker's slots and delays no other endpoint.",
    )
    serve_worker: bool = Field(
        default=False,
        description="Also run the outbound worker inside the API process (`rejoinder serve "
        "--with-worker`, which `make run` uses). In production run `rejoinder worker` apart.",
    )
    worker_batch_size: int = Field(
        default=20,
        ge=1,
        le=500,
        description="Deliveries one pass of the worker (`rejoinder worker --once`) sends at most.",
    )
    worker_poll_seconds: float = Field(
        default=1.0, gt=0, description="How long an idle worker waits before looking again."
    )
    worker_lease_seconds: int = Field(
        default=300,
        ge=30,
        description="How long a claimed delivery stays with its worker; a worker that dies "
        "lets go of it after this.",
    )
    worker_webhook_sweep_seconds: int = Field(
        default=60,
        ge=1,
        description="How often the worker drafts ATS webhook deliveries acknowledged but not "
        "yet processed (a database blip interrupted them), without waiting for a restart.",
    )
    quiet_periods: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["12-20..01-05"],
        description="Comma-separated periods in which no plan step messages the contact: "
        "`MM-DD..MM-DD` every year (it may wrap the new year) or `YYYY-MM-DD..YYYY-MM-DD` once. "
        "Empty: none.",
    )
    secret_rotation_overlap_hours: int = Field(
        default=24, ge=0, description="How long the previous signing secret still signs."
    )

    @model_validator(mode="after")
    def _public_url_or_own(self) -> "Settings":
        if self.public_url:
            self.public_url = self.public_url.rstrip("/")
        else:
            self.public_url = own_url(self.host, self.port)
        return self

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("quiet_periods", mode="before")
    @classmethod
    def _split_periods(cls, value: object) -> object:
        if isinstance(value, str):
            value = [period.strip() for period in value.split(",") if period.strip()]
        if isinstance(value, list):
            for period in value:
                parse_period(str(period))  # refuses a bad period at start-up, not per request
        return value

    def quiet(self) -> tuple[QuietPeriod, ...]:
        return tuple(parse_period(period) for period in self.quiet_periods)

    def url_policy(self) -> UrlPolicy:
        return UrlPolicy(
            allow_loopback=self.outbound_allow_loopback, allow_private=self.outbound_allow_private
        )


@cache
def get_settings() -> Settings:
    return Settings()
