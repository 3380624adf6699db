"""The `rejoinder` command: serve the API, migrate the database, manage API keys, sign a test
webhook delivery."""

import os
import signal
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from importlib.metadata import version as package_version
from pathlib import Path
from typing import TypeVar

import typer
import uvicorn
from sqlmodel import Session

from app import migrate as migrations
from app.ats.sender import (
    SIGNABLE,
    SigningError,
    curl_command,
    example_payload,
    sign_delivery,
)
from app.db import Database
from app.drafting.context import known_timezones
from app.errors import AppError, NotFoundError
from app.models import utcnow
from app.services import email_intake as email_service
from app.services import integrations as integration_service
from app.services import keys as key_service
from app.services import retention, webhook_settling
from app.settings import Settings, get_settings, own_url
from app.worker import Worker

cli = typer.Typer(help="Rejoinder: turn a job rejection into the next offer.", no_args_is_help=True)
keys_cli = typer.Typer(help="Create, list and revoke API keys.", no_args_is_help=True)
cli.add_typer(keys_cli, name="keys")
integrations_cli = typer.Typer(help="Check ATS integrations.", no_args_is_help=True)
cli.add_typer(integrations_cli, name="integrations")
webhooks_cli = typer.Typer(help="Try the webhook receiver by hand.", no_args_is_help=True)
cli.add_typer(webhooks_cli, name="webhooks")

T = TypeVar("T")


def _print_version(asked: bool) -> None:
    if asked:
        typer.echo(f"rejoinder {package_version('rejoinder')}")
        raise typer.Exit()


@cli.callback()
def _options(
    version: bool = typer.Option(
        False,
        "--version",
        callback=_print_version,
        is_eager=True,
        help="Print the installed version and exit.",
    ),
) -> None:
    """Rejoinder: turn a job rejection into the next offer."""


# Each command is an edge: it reads the settings once (get_settings), makes the database
# from them if it needs one, passes both down and disposes of the database when it is done.


@contextmanager
def _database(settings: Settings) -> Iterator[Database]:
    database = Database.from_settings(settings)
    try:
        yield database
    finally:
        database.dispose()


def _in_transaction(work: Callable[[Session], T]) -> T:
    with (
        _database(get_settings()) as database,
        database.session(write=True) as session,
        session.begin(),
    ):
        return work(session)


@cli.command()
def migrate(
    revision: str = typer.Argument("head", help="Alembic revision to upgrade to."),
) -> None:
    """Apply database migrations (to the latest by default)."""
    migrations.upgrade(revision=revision)
    typer.echo(f"database migrated to {revision}")


@cli.command()
def serve(
    host: str = typer.Option(None, help="Bind address [default: REJOINDER_HOST or 127.0.0.1]."),
    port: int = typer.Option(None, help="Port [default: REJOINDER_PORT or 8000]."),
    workers: int = typer.Option(None, help="Worker processes [default: REJOINDER_WORKERS or 1]."),
    migrate_first: bool = typer.Option(False, "--migrate", help="Apply migrations before serving."),
    with_worker: bool = typer.Option(
        False, "--with-worker", help="Deliver outbound notifications from this process too."
    ),
) -> None:
    """Serve the HTTP API with uvicorn."""
    settings = get_settings()
    processes = workers or settings.workers
    if with_worker:
        if processes > 1:
            raise typer.BadParameter(
                "--with-worker runs one worker per process; with several, run `rejoinder "
                "worker` beside them instead.",
                param_hint="--with-worker",
            )
        # One process: the app's lifespan reads these same (cached) settings.
        settings.serve_worker = True
    if migrate_first:
        migrations.upgrade()
    host, port = host or settings.host, port or settings.port
    address = own_url(host, port)
    if settings.public_url == own_url(settings.host, settings.port):
        # Not configured: problem types and the document's server are this address, in the
        # worker processes too (they read the environment).
        settings.public_url = os.environ["REJOINDER_PUBLIC_URL"] = address
    typer.echo(f"Rejoinder on {address} (docs at {address}/docs)")
    uvicorn.run(
        "app.main:app",
        host=host,
        port=port,
        workers=processes,
        log_level=settings.log_level,
        proxy_headers=True,
    )


@cli.command()
def worker(
    once: bool = typer.Option(False, "--once", help="One pass, then exit (for cron or tests)."),
) -> None:
    """Deliver outbound notifications: emit due steps, fan events out, send and retry.

    Run it beside `rejoinder serve`. On SQLite run exactly one; on PostgreSQL any number.
    """
    settings = get_settings()
    with _database(settings) as database:
        drainer = Worker(settings=settings, database=database)
        if once:
            typer.echo(f"attempted {drainer.run_once()} deliveries")
            return
        stop = threading.Event()
        # SIGTERM finishes the delivery in hand; a harder kill loses nothing either, as the
        # leased deliveries go back to the queue when their lease runs out.
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        typer.echo("rejoinder worker: delivering outbound notifications (Ctrl-C to stop)")
        drainer.run_forever(stop)


@cli.command("sweep-webhooks")
def sweep_webhooks() -> None:
    """Draft every ATS webhook that was acknowledged but not processed yet."""
    settings = get_settings()
    with _database(settings) as database:
        settled = webhook_settling.sweep(webhook_settling.Settling.of(settings, database))
    typer.echo(f"settled {settled} webhook deliveries")


@cli.command("parse-email")
def parse_email(
    path: Path = typer.Argument(..., help="A saved message (.eml) or pasted text (.txt)."),
    timezone: str = typer.Option("UTC", help="The candidate's IANA time zone."),
) -> None:
    """Read a rejection email as `POST /v1/rejections/parse` does, and print the JSON."""
    if timezone not in known_timezones():
        typer.echo(f"unknown IANA time zone {timezone!r}", err=True)
        raise typer.Exit(2)
    try:
        parsed = email_service.read_email(path.read_bytes(), timezone=timezone, now=utcnow())
    except AppError as error:
        typer.echo(error.detail, err=True)
        raise typer.Exit(1) from None
    typer.echo(parsed.model_dump_json(exclude_none=True, indent=2))


@cli.command("prune")
def prune() -> None:
    """Delete expired bookkeeping now (the worker does it hourly): replayable answers past
    the Idempotency-Key window, delivered events and the webhook log past the retention."""
    settings = get_settings()
    with _database(settings) as database:
        pruned = retention.prune(
            now=utcnow(), settings=settings, session_factory=lambda: database.session(write=True)
        )
    typer.echo(", ".join(f"{kind}: {count}" for kind, count in pruned.items()))


@keys_cli.command("create")
def create_key(
    tenant: str = typer.Option(..., "--tenant", help="Tenant name; created when new."),
) -> None:
    """Create an API key. The key is printed once, on the last line, and never again."""
    created = _in_transaction(
        lambda session: key_service.create_key(session=session, tenant_name=tenant)
    )
    typer.echo(f"created key {created.key_id} for tenant {created.tenant!r}; store it now:")
    typer.echo(created.plaintext)


@keys_cli.command("list")
def list_keys() -> None:
    """List API keys (ids only: secrets are never shown again)."""
    listings = _in_transaction(lambda session: key_service.list_keys(session=session))
    for key in listings:
        state = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "active"
        typer.echo(f"{key.key_id}\t{key.tenant}\t{key.created_at:%Y-%m-%d %H:%M}\t{state}")


@keys_cli.command("revoke")
def revoke_key(key_id: str = typer.Argument(..., help="The key id `keys list` shows.")) -> None:
    """Revoke an API key: it is refused from the next request on."""
    if not _in_transaction(lambda session: key_service.revoke_key(session=session, key_id=key_id)):
        typer.echo(f"no active key {key_id}", err=True)
        raise typer.Exit(1)
    typer.echo(f"revoked {key_id}")


@keys_cli.command("bootstrap")
def bootstrap_key(
    docs_url: str = typer.Option(
        "http://127.0.0.1:8000/docs", help="Where the docs are served (`make run` passes its own)."
    ),
) -> None:
    """On a database without keys: create a local tenant and print a development key once;
    with keys already, say how to make another."""
    created = _in_transaction(lambda session: key_service.development_key(session=session))
    if created is None:
        typer.echo(
            "API keys exist already (each is shown only when made). A new one: "
            ".venv/bin/rejoinder keys create --tenant local"
        )
        return
    typer.echo(f"Development API key for tenant {created.tenant!r} (shown once, store it now):")
    typer.echo(created.plaintext)
    typer.echo(f"Paste it into Authorize at {docs_url}, or send it as a Bearer token.")


@integrations_cli.command("test-delivery")
def show_last_delivery(
    integration_id: str = typer.Argument(..., help="The integration's id (from its webhook URL)."),
) -> None:
    """Print what the last delivery to an integration looked like: event, vendor delivery id,
    outcome, error, time received. Never the secret, nor the body."""
    try:
        wanted = uuid.UUID(integration_id)
    except ValueError:
        typer.echo(f"not an integration id: {integration_id!r}", err=True)
        raise typer.Exit(2) from None
    try:
        last = _in_transaction(
            lambda session: integration_service.last_delivery(
                session=session, integration_id=wanted
            )
        )
    except NotFoundError:
        typer.echo(f"no integration {wanted}", err=True)
        raise typer.Exit(1) from None
    if last is None:
        typer.echo(f"integration {wanted} has received no delivery yet")
        return
    for label, value in (
        ("received at", last.received_at.isoformat()),
        ("event", last.event),
        ("vendor delivery id", last.delivery_id),
        ("application id", last.application_id),
        ("disposition", last.outcome.value),
        ("error", last.error),
        ("rejection", last.rejection_id),
        ("requests", last.count),
    ):
        typer.echo(f"{label}: {'-' if value is None else value}")


# The providers `webhooks sign` knows, as a choice typer checks and lists in --help.
Provider = StrEnum("Provider", {name: name for name in SIGNABLE})  # type: ignore[misc]


def _webhook_url(url: str | None, integration_id: str | None, base_url: str) -> str:
    if (url is None) == (integration_id is None):
        raise typer.BadParameter("give either --url or --integration", param_hint="--url")
    if url is None:
        try:
            url = f"/v1/webhooks/{uuid.UUID(str(integration_id))}"
        except ValueError:
            raise typer.BadParameter("not an integration id", param_hint="--integration") from None
    # The API answers `webhook_url` as a path: it may be pasted as it is.
    return base_url.rstrip("/") + url if url.startswith("/") else url


@webhooks_cli.command("sign")
def sign_webhook(
    provider: Provider = typer.Argument(..., help="The vendor whose signature to make."),
    url: str = typer.Option(
        None, "--url", help="The integration's webhook_url (a path is joined to --base-url)."
    ),
    integration_id: str = typer.Option(None, "--integration", help="The integration's id."),
    base_url: str = typer.Option("http://127.0.0.1:8000", "--base-url", help="Where it runs."),
    secret: str = typer.Option(
        ...,
        "--secret",
        envvar="REJOINDER_WEBHOOK_SECRET",
        show_envvar=True,
        show_default=False,
        help=(
            "The integration's secret: what the vendor signs with (Lever: the signature "
            "token; Postmark, SendGrid: the Basic auth password; Mailgun: the HTTP webhook "
            "signing key)."
        ),
    ),
    payload: Path = typer.Option(
        None,
        "--payload",
        exists=True,
        dir_okay=False,
        help=(
            "The JSON body to send (SendGrid, Mailgun: a JSON object of the form's fields). "
            "Default: a bundled example rejection for the provider."
        ),
    ),
) -> None:
    """Print a `curl` command that posts a delivery signed as the vendor signs it.

    Signed now: a generic (Standard Webhooks) delivery must be sent within 5 minutes.
    """
    target = _webhook_url(url, integration_id, base_url)
    body = payload.read_bytes() if payload is not None else example_payload(provider.value)
    try:
        signed = sign_delivery(
            provider.value, body, secret, now=utcnow(), delivery_id=f"msg_{uuid.uuid4().hex}"
        )
    except SigningError as error:
        raise typer.BadParameter(str(error), param_hint="--secret or --payload") from None
    typer.echo(curl_command(target, signed))


def main() -> None:
    cli()
