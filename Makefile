# The README's two commands: `make run` and `make test`. Everything else is a convenience.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest-xdist workers for `make test` and `make test-all`; `make test WORKERS=0` runs in one
# process (e.g. with `ARGS=--pdb`).
WORKERS ?= auto
ARGS ?=
# Some shells set PYTHONDONTWRITEBYTECODE: every test process would then compile app/ and
# tests/ again. The test loop keeps the bytecode, so a second run starts in half the time.
test test-all: export PYTHONDONTWRITEBYTECODE=

.PHONY: run test test-all lint format clients clients-check bench review-report clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# A stamp per extra, remade whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed  ## migrate the database, then serve on http://$(HOST):$(PORT) (docs at /docs)
	$(BIN)/rejoinder migrate
	$(BIN)/rejoinder keys bootstrap --docs-url http://$(HOST):$(PORT)/docs
	$(BIN)/rejoinder serve --host $(HOST) --port $(PORT) --with-worker

test: $(VENV)/.installed-dev  ## every test but the schemathesis run (-m fuzz), on SQLite, in parallel
	$(BIN)/pytest -m "not fuzz" -n $(WORKERS) $(ARGS)

test-all: $(VENV)/.installed-dev  ## every test, the schemathesis run too (REJOINDER_TEST_POSTGRES_URL: on PostgreSQL)
	$(BIN)/pytest -n $(WORKERS) $(ARGS)

lint: $(VENV)/.installed-dev  ## ruff check, ruff format --check, mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy app
	$(BIN)/lint-imports

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The clients' generators: openapi-python-client in a virtualenv of its own (its pins differ
# from the service's), openapi-typescript and Redocly's linter from npm.
CLIENTS_VENV := .venv-clients
NODE_MODULES := clients/typescript/node_modules

$(CLIENTS_VENV)/.installed: clients/requirements.txt
	$(PYTHON) -m venv $(CLIENTS_VENV)
	$(CLIENTS_VENV)/bin/python -m pip install --quiet -r clients/requirements.txt
	touch $@

$(NODE_MODULES)/.installed: clients/typescript/package-lock.json
	cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error
	touch $@

clients: $(VENV)/.installed-dev $(CLIENTS_VENV)/.installed $(NODE_MODULES)/.installed  ## regenerate clients/ (OpenAPI document, Python client, TypeScript types)
	PATH="$(CURDIR)/$(CLIENTS_VENV)/bin:$$PATH" $(BIN)/python clients/generate.py

clients-check: clients  ## CI: clients/ is what the document generates, the document lints clean, the TypeScript example compiles
	@git diff --quiet -- clients/ && test -z "$$(git status --porcelain --untracked-files=all -- clients/)" \
		|| { git status --short -- clients/; echo "clients/ is stale: run 'make clients' and commit it" >&2; exit 1; }
	cd clients/typescript && npx --no-install redocly lint ../openapi.json --format=stylish
	cd clients/typescript && npx --no-install tsc --project tsconfig.json

bench: $(VENV)/.installed-dev  ## load benchmark of POST /v1/rejections (needs wrk)
	bench/run.sh

review-report: $(VENV)/.installed-dev  ## per-code precision and recall of the review on its labelled corpus
	$(BIN)/python bench/review_report.py

clean:
	rm -rf $(VENV) $(CLIENTS_VENV) $(NODE_MODULES) rejoinder.db rejoinder.db-wal rejoinder.db-shm .pytest_cache .mypy_cache .ruff_cache \
		.hypothesis .schemathesis
