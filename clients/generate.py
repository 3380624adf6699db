"""Write the OpenAPI document and the clients generated from it (`make clients`).

- `clients/openapi.json`: the whole document, as `/openapi.json` serves it on the default
  address;
- `clients/python/`: a typed Python client, by openapi-python-client with its default settings;
- `clients/typescript/rejoinder.d.ts`: TypeScript types, by openapi-typescript.

The clients are generated from the document without its `x-internal` operations (the vendors'
receivers, the problem pages). Run with the project's interpreter; `OPENAPI_PYTHON_CLIENT`
names the generator's executable (its own virtualenv: its pins differ from the service's).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from app.api.openapi import METHODS, SDK_EXCLUDED
from app.main import create_app
from app.settings import Settings

CLIENTS = Path(__file__).resolve().parent
PYTHON_CLIENT = CLIENTS / "python"
TYPESCRIPT = CLIENTS / "typescript"
# Hand-written, so regeneration keeps it: the README with the example.
PYTHON_README = CLIENTS / "python-README.md"


def document() -> dict[str, Any]:
    # The default address, whatever this machine's environment says: the committed
    # document must not depend on who generated it.
    settings = Settings(public_url="", host="127.0.0.1", port=8000)
    return create_app(settings).openapi()


def for_sdks(whole: dict[str, Any]) -> dict[str, Any]:
    sdk = json.loads(json.dumps(whole))
    for path, item in list(sdk["paths"].items()):
        for method in [m for m in item if m in METHODS]:
            if item[method].get(SDK_EXCLUDED):
                del item[method]
        if not any(m in METHODS for m in item):
            del sdk["paths"][path]
    return sdk


def write_json(path: Path, value: dict[str, Any]) -> None:
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    generator = os.environ.get("OPENAPI_PYTHON_CLIENT", "openapi-python-client")
    whole = document()
    write_json(CLIENTS / "openapi.json", whole)
    with tempfile.TemporaryDirectory() as scratch:
        sdk_path = Path(scratch) / "openapi.json"
        write_json(sdk_path, for_sdks(whole))
        generated = Path(scratch) / "python"
        subprocess.run(
            [generator, "generate", "--path", str(sdk_path), "--output-path", str(generated)],
            check=True,
        )
        shutil.rmtree(PYTHON_CLIENT, ignore_errors=True)
        shutil.copytree(
            generated, PYTHON_CLIENT, ignore=shutil.ignore_patterns(".ruff_cache", "__pycache__")
        )
        shutil.copyfile(PYTHON_README, PYTHON_CLIENT / "README.md")
        subprocess.run(
            # A field with a default is optional in a request body: the default is the
            # server's to fill in (openapi-typescript 7 otherwise types it as required).
            [
                "npx",
                "--no-install",
                "openapi-typescript",
                str(sdk_path),
                "--default-non-nullable=false",
                "--output",
                "rejoinder.d.ts",
            ],
            check=True,
            cwd=TYPESCRIPT,
        )
    print(f"wrote {CLIENTS / 'openapi.json'}, {PYTHON_CLIENT}, {TYPESCRIPT / 'rejoinder.d.ts'}")


if __name__ == "__main__":
    sys.exit(main())
