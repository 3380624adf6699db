"""The `rejoinder` commands (keys, prune), end to end against the API and the database."""

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app import cli as cli_module
from app.cli import cli
from app.models import IdempotencyRecord, utcnow
from app.settings import Settings
from tests import database as db
from tests.helpers import CREATED_KEYS, count_rows, example_context

runner = CliRunner()


@pytest.fixture(autouse=True)
def settings_of_the_test_database(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands run in this process read their settings at their edge (get_settings):
    here, the test database's."""
    monkeypatch.setattr(cli_module, "get_settings", lambda: Settings(database_url=database_url))


def run(*args: str) -> str:
    result = runner.invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_keys_create_prints_a_working_key_on_its_last_line(
    rejoinder_app: FastAPI, anonymous_client: TestClient
) -> None:
    key = run("keys", "create", "--tenant", "cli-board").strip().splitlines()[-1]
    CREATED_KEYS.append(key)

    response = anonymous_client.get("/v1/rejections", headers={"Authorization": f"Bearer {key}"})

    assert key.startswith("rj_live_")
    assert response.status_code == 200


def test_keys_list_shows_ids_but_never_a_secret(rejoinder_app: FastAPI) -> None:
    key = run("keys", "create", "--tenant", "cli-list").strip().splitlines()[-1]
    CREATED_KEYS.append(key)

    listing = run("keys", "list")

    key_id = key.split("_")[2]
    assert key_id in listing
    assert "cli-list" in listing
    assert key not in listing


def test_keys_revoke_makes_the_key_fail(
    rejoinder_app: FastAPI, anonymous_client: TestClient
) -> None:
    key = run("keys", "create", "--tenant", "cli-revoke").strip().splitlines()[-1]
    CREATED_KEYS.append(key)

    run("keys", "revoke", key.split("_")[2])

    response = anonymous_client.get("/v1/rejections", headers={"X-API-Key": key})
    assert response.status_code == 401
    assert runner.invoke(cli, ["keys", "revoke", key.split("_")[2]]).exit_code == 1


def test_bootstrap_says_how_to_make_a_key_once_keys_exist(
    rejoinder_app: FastAPI, keys: dict[str, str]
) -> None:
    output = run("keys", "bootstrap")

    assert "rejoinder keys create --tenant local" in output
    assert "rj_live_" not in output


@pytest.mark.slow  # three processes, each importing the app
def test_bootstrap_on_an_empty_database_prints_one_development_key_once(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "REJOINDER_DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.db'}"}

    def rejoinder(*args: str) -> str:
        command = [sys.executable, "-c", "from app.cli import main; main()", *args]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        return done.stdout

    rejoinder("migrate")
    first = rejoinder("keys", "bootstrap", "--docs-url", "http://0.0.0.0:8080/docs").splitlines()
    second = rejoinder("keys", "bootstrap")

    key = next(line for line in first if line.startswith("rj_live_"))
    CREATED_KEYS.append(key)
    assert "http://0.0.0.0:8080/docs" in first[-1]
    assert "rj_live_" not in second
    assert "keys create" in second


def test_prune_deletes_replayable_answers_past_their_window(client: TestClient) -> None:
    headers = {"Idempotency-Key": "cli-prune"}
    created = client.post("/v1/rejections", json=example_context(), headers=headers)
    with db.get_engine().begin() as connection:
        connection.execute(
            sa.update(IdempotencyRecord).values(created_at=utcnow() - timedelta(hours=25))
        )

    printed = run("prune")

    assert "idempotency_records: 1" in printed
    assert count_rows("idempotency_record") == 0
    assert client.get(created.headers["location"]).status_code == 200


def test_serve_with_worker_refuses_several_processes() -> None:
    result = runner.invoke(cli, ["serve", "--with-worker", "--workers", "2"])

    assert result.exit_code == 2
    assert "rejoinder worker" in result.output


def test_serve_prints_the_address_it_serves_and_writes_problem_types_under_it(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(database_url=database_url)
    monkeypatch.setattr(cli_module, "get_settings", lambda: settings)
    monkeypatch.delenv("REJOINDER_PUBLIC_URL", raising=False)
    served: dict[str, object] = {}
    monkeypatch.setattr(cli_module.uvicorn, "run", lambda app, **options: served.update(options))

    output = run("serve", "--host", "0.0.0.0", "--port", "9123")

    assert "Rejoinder on http://127.0.0.1:9123 (docs at http://127.0.0.1:9123/docs)" in output
    assert served["host"] == "0.0.0.0"
    assert served["port"] == 9123
    assert settings.public_url == os.environ["REJOINDER_PUBLIC_URL"] == "http://127.0.0.1:9123"


def test_serve_keeps_a_configured_public_url(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(database_url=database_url, public_url="https://rejoinder.example/")
    monkeypatch.setattr(cli_module, "get_settings", lambda: settings)
    monkeypatch.setattr(cli_module.uvicorn, "run", lambda app, **options: None)

    output = run("serve", "--port", "9124")

    assert "http://127.0.0.1:9124/docs" in output
    assert settings.public_url == "https://rejoinder.example"


def test_parse_email_prints_what_the_api_would_answer(tmp_path: Path) -> None:
    saved = tmp_path / "rejection.eml"
    saved.write_text(
        "From: Jordan Lee <jordan.lee@acme-robotics.example>\n"
        "Subject: Your application for Data Analyst at Acme Robotics\n"
        "Date: Fri, 20 Nov 2026 16:02:00 -0500\n\n"
        "Hi Maya,\n\nThank you for interviewing for the Data Analyst role at Acme Robotics. "
        "Unfortunately we have decided to move forward with another candidate.\n\n"
        "Best,\nJordan Lee\n"
    )

    output = run("parse-email", str(saved), "--timezone", "Asia/Tokyo")

    parsed = json.loads(output)
    assert parsed["context"]["company"]["name"]["value"] == "Acme Robotics"
    assert parsed["context"]["rejected_on"]["value"] == "2026-11-21"
    assert parsed["signals"]["is_rejection"]["value"] is True


def test_parse_email_says_why_it_cannot_read_a_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")

    result = runner.invoke(cli, ["parse-email", str(empty)])
    unknown_zone = runner.invoke(cli, ["parse-email", str(empty), "--timezone", "Mars/Base"])

    assert result.exit_code == 1
    assert "email" in result.output
    assert unknown_zone.exit_code == 2
    assert "Mars/Base" in unknown_zone.output


def test_version_prints_the_installed_version() -> None:
    from importlib.metadata import version

    assert run("--version").strip() == f"rejoinder {version('rejoinder')}"
    # Commands still run after the callback that --version hangs on.
    assert "Usage" in runner.invoke(cli, ["keys", "--help"]).output
