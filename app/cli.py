"""The `rejoinder` command: serve the API and migrate the database."""

import typer
import uvicorn

from app import migrate as migrations
from app.settings import get_settings

cli = typer.Typer(help="Rejoinder: turn a job rejection into the next offer.", no_args_is_help=True)


@cli.command()
def migrate(revision: str = typer.Argument("head", help="Alembic revision to upgrade to.")) -> None:
    """Apply database migrations (to the latest by default)."""
    migrations.upgrade(revision=revision)
    typer.echo(f"database migrated to {revision}")


@cli.command()
def serve(
    host: str = typer.Option(None, help="Bind address [default: REJOINDER_HOST or 127.0.0.1]."),
    port: int = typer.Option(None, help="Port [default: REJOINDER_PORT or 8000]."),
    workers: int = typer.Option(None, help="Worker processes [default: REJOINDER_WORKERS or 1]."),
    migrate_first: bool = typer.Option(False, "--migrate", help="Apply migrations before serving."),
) -> None:
    """Serve the HTTP API with uvicorn."""
    settings = get_settings()
    if migrate_first:
        migrations.upgrade()
    uvicorn.run(
        "app.main:app",
        host=host or settings.host,
        port=port or settings.port,
        workers=workers or settings.workers,
        log_level=settings.log_level,
        proxy_headers=True,
    )


def main() -> None:
    cli()
