# omi-client developer tasks. Two commands set up everything on a fresh machine:
#   make demo   - tour of the SDK and CLI against the embedded fake Omi server
#   make test   - venv + pinned deps, generated-code check, ruff, workflow lint, mypy --strict, pytest
#                 (pytest includes the Prism contract suite and the spec-change rehearsal)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
export PATH := $(CURDIR)/$(BIN):$(PATH)
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: venv generate unasync check-generated lint lint-workflows typecheck pytest test demo bench lock
.PHONY: sync-spec mock contract conformance spec-diff spec-variants prism clean

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
	$(PY) tools/unasync.py

# The sync client (wrapper/omi_client/_sync) is generated from the async one (_async).
unasync: venv
	$(PY) tools/unasync.py

check-generated: venv
	$(PY) tools/generate.py --check
	$(PY) tools/unasync.py --check

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# GitHub workflows: schema (check-jsonschema's vendored copy) and security audit (zizmor), offline.
lint-workflows: venv
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/zizmor --offline --pedantic --no-progress .github/workflows

typecheck: venv
	$(BIN)/mypy wrapper/omi_client

pytest: venv
	$(PY) -m pytest $(PYTEST_ARGS)

test: check-generated lint lint-workflows typecheck prism pytest

# A scripted tour (CLI + Python API) against `omi-client mock`; starts and stops the server itself.
demo: venv
	$(PY) tools/demo.py

# The fake Omi server with demo data on http://127.0.0.1:8787 (prints a ready dev key); Ctrl-C stops it.
mock: venv
	$(BIN)/omi-client mock --port 8787 --demo

# Benchmarks (bench/): Markdown tables of interleaved medians and ratios, results in BENCHMARKS.md.
#   make bench [BENCH_ARGS="--only overhead,parse --out results.md"]   BENCH_QUICK=1: smoke run
bench: venv prism
	$(PY) bench/run_all.py $(BENCH_ARGS)

# Follow upstream: make sync-spec SPEC=<URL, or file COMMIT=<its upstream commit>>; rewrites
# spec/PROVENANCE.json (source, commit, date, sha256), which tests/test_foundation.py checks.
sync-spec: venv
	@test -n "$(SPEC)" || { echo "usage: make sync-spec SPEC=<file or URL> [COMMIT=<upstream commit>]"; exit 2; }
	$(PY) tools/sync_spec.py "$(SPEC)" $(if $(COMMIT),--commit "$(COMMIT)")
	$(MAKE) generate
	$(MAKE) test

# What changed for client users between two specs (OLD defaults to the vendored spec):
#   make spec-diff NEW=new.json [OLD=old.json] [SPEC_DIFF_FLAGS=--fail-on-breaking]
OLD ?= spec/openapi.json
spec-diff: venv
	@test -n "$(NEW)" || { echo "usage: make spec-diff NEW=<spec> [OLD=spec/openapi.json]"; exit 2; }
	@$(PY) tools/spec_diff.py $(SPEC_DIFF_FLAGS) "$(OLD)" "$(NEW)"

# The rehearsal "next upstream" specs, written to .tools/spec-variants for make spec-diff.
spec-variants: venv
	@$(PY) tests/rehearsal/spec_variants.py .tools/spec-variants

# Prism (pinned in tools/prism/package-lock.json) mocks the spec for the contract suite.
PRISM := .tools/prism/node_modules/.bin/prism
prism: $(PRISM)

$(PRISM): tools/prism/package.json tools/prism/package-lock.json
	@command -v npm >/dev/null || { echo "WARNING: npm not found; contract tests will skip (install Node.js 20)"; exit 0; }
	mkdir -p .tools/prism
	cp tools/prism/package.json tools/prism/package-lock.json .tools/prism/
	npm ci --prefix .tools/prism --no-audit --no-fund --loglevel=error
	touch $@

# The client against Prism: no request it sends may violate the spec, every response must parse.
contract: venv prism
	$(PY) -m pytest tests/contract $(PYTEST_ARGS)

# docs/fidelity.md's black-box checks (tests/conformance) against the fake (no arguments) or,
# opt-in and never in CI, against any server; it creates only records marked with its run id and
# deletes them, and stays under the hourly rate limits:
#   make conformance OMI_BASE_URL=https://api.omi.me OMI_API_KEY=omi_dev_... [OMI_FIREBASE_TOKEN=...]
conformance: venv
	@OMI_CONFORMANCE=1 OMI_BASE_URL="$(OMI_BASE_URL)" OMI_API_KEY="$(OMI_API_KEY)" \
		OMI_FIREBASE_TOKEN="$(OMI_FIREBASE_TOKEN)" $(PY) -m pytest tests/conformance -p no:randomly $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist
