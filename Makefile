# omi-client developer tasks. Two commands set up everything on a fresh machine:
#   make demo   - tour of the SDK and CLI against the embedded fake Omi server
#   make test   - venv + pinned deps, generated-code check, ruff, mypy --strict, pytest
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
export PATH := $(CURDIR)/$(BIN):$(PATH)
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: venv generate check-generated lint typecheck pytest test demo bench lock sync-spec mock contract spec-diff clean

venv: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# Re-pin the dev/test toolchain after editing dependencies in pyproject.toml.
lock: venv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --no-header --quiet -o requirements.lock

generate: venv
	$(PY) tools/generate.py

check-generated: venv
	$(PY) tools/generate.py --check

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: venv
	$(BIN)/mypy wrapper/omi_client

pytest: venv
	$(PY) -m pytest $(PYTEST_ARGS)

test: check-generated lint typecheck pytest

# Follow upstream: make sync-spec SPEC=path/or/url/to/openapi.json
sync-spec: venv
	@test -n "$(SPEC)" || { echo "usage: make sync-spec SPEC=<file or URL>"; exit 2; }
	$(PY) tools/sync_spec.py "$(SPEC)"
	$(MAKE) generate
	$(MAKE) test

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist
