# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
LOCK_FLAGS := --generate-hashes --python-version 3.11 --python-platform x86_64-unknown-linux-gnu
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: run test setup setup-dev eval bench lock clean

run: $(STAMP)
	$(BIN)/newsgraph analyze examples/ceasefire-talks.md --format md

test: $(DEV_STAMP)
	$(BIN)/python -m pytest -q

eval: $(DEV_STAMP)
	$(BIN)/newsgraph eval

# Speed and memory (not part of `make test`): one table; smaller sizes via NEWSGRAPH_BENCH_* (benchmarks/run.py)
bench: $(DEV_STAMP)
	$(BIN)/python benchmarks/run.py

setup: $(STAMP)

setup-dev: $(DEV_STAMP)

# Runtime: pinned, hash-checked dependencies; the package itself in editable mode without resolving again.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# pip before 24 rejects hash-checked extras such as lxml[html_clean] (pulled in by trafilatura)
	$(PIP) --upgrade 'pip>=25.1'
	$(PIP) --require-hashes -r requirements.lock
	$(PIP) --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Tests, evaluation baselines and benchmarks: the dev lock on top (its versions agree with the runtime lock).
$(DEV_STAMP): $(STAMP) requirements-dev.lock
	$(PIP) --require-hashes -r requirements-dev.lock
	touch $(DEV_STAMP)

# Regenerate both locks from requirements.in and requirements-dev.in (needs uv: `pip install uv`).
lock:
	uv pip compile requirements.in $(LOCK_FLAGS) -o requirements.lock
	uv pip compile requirements-dev.in $(LOCK_FLAGS) -o requirements-dev.lock

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
