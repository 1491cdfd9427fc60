# salary-etl: everything is set up from nothing by `make run` or `make test`.
# Needs only python3; uv is installed into .venv by pip, dependencies come from uv.lock.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.8
BIN := $(VENV)/bin
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false

.PHONY: help setup run test lint format accuracy bench bench-1m clean server deploy worker browser

PREFECT_PORT ?= 4200
PREFECT := $(BIN)/prefect

help:  ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

# --compile-bytecode: Python may be told not to write .pyc files (PYTHONDONTWRITEBYTECODE);
# without them every salary-etl process compiles Prefect, pandera and polars from source
# again (2.8 s of a 5.5 s run here).
SYNC := $(UV) sync --locked --quiet --compile-bytecode

setup: $(UV)  ## create .venv and install the locked dependencies
	$(SYNC)


run: setup  ## load raw/ into warehouse/salaries.duckdb and print a summary
	$(BIN)/salary-etl run

# Two workers, a test file each at a time (--dist loadfile): the suite is mostly real
# processes (Prefect servers, salary-etl runs) waiting on one core; the other core runs the
# next file. Each worker has its own PREFECT_HOME and free ports (tests/conftest.py).
# Lint and type-check (30 s from nothing) run beside the tests, on the core the workers leave
# idle while their processes wait; their output follows the tests', and either failing fails.
test: setup browser  ## lint, type-check and run the whole test suite
	@$(MAKE) --no-print-directory lint > .lint.log 2>&1 & lint=$$!; \
	$(BIN)/pytest -n 2 --dist loadfile; tested=$$?; \
	wait $$lint; linted=$$?; echo "--- lint (ran beside the tests) ---"; cat .lint.log; rm -f .lint.log; \
	if [ $$linted -ne 0 ]; then echo "lint failed"; fi; \
	if [ $$tested -ne 0 ]; then exit $$tested; fi; exit $$linted

browser:  ## headless Chromium for the report screenshots (Debian's package; needs root)
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

lint: setup  ## ruff and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

accuracy: setup  ## precision, recall, F1 and seniority accuracy on the labelled corpus
	$(BIN)/python -m tests.accuracy

bench: setup  ## benchmark 10k and 100k documents: salary-etl vs naive baseline vs floor
	$(SYNC) --group bench
	$(BIN)/python -m bench.run --sizes 10000,100000

bench-1m: setup  ## the same with a 1M-document run streamed from disk (takes a while)
	$(SYNC) --group bench
	$(BIN)/python -m bench.run --sizes 10000,100000,1000000

format: setup  ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

server: setup  ## start a local Prefect server on 127.0.0.1, port PREFECT_PORT (default 4200; foreground)
	$(PREFECT) server start --host 127.0.0.1 --port $(PREFECT_PORT)

deploy: setup  ## create the work pool and register prefect.yaml's deployments (server must run)
	PREFECT_API_URL=$${PREFECT_API_URL:-http://127.0.0.1:$(PREFECT_PORT)/api} $(PREFECT) work-pool create salary-etl --type process --overwrite
	PREFECT_API_URL=$${PREFECT_API_URL:-http://127.0.0.1:$(PREFECT_PORT)/api} $(PREFECT) --no-prompt deploy --all

worker: setup  ## run a process worker for the salary-etl pool (foreground)
	PREFECT_API_URL=$${PREFECT_API_URL:-http://127.0.0.1:$(PREFECT_PORT)/api} $(PREFECT) worker start --pool salary-etl

clean:  ## remove .venv, caches and the local warehouse
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache warehouse/*.duckdb warehouse/*.wal warehouse/reports
