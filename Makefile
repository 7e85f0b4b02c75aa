# Secretariat: the two commands a new machine needs are `make run` and `make test`.
#
# PYTHON may name another interpreter (3.11 or newer): make PYTHON=python3.12 test
# PYTEST_ARGS passes options to pytest:              make test PYTEST_ARGS="-m 'not postgres' -x"

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: venv run test lint format bench bundle installer clean

venv: $(STAMP)

# The virtual environment is made on first use and re-installed only when
# pyproject.toml is newer than the stamp. A half-made .venv (no working pip)
# is made again; the stamp is written only after a successful install.
$(STAMP): pyproject.toml
	@if ! $(BIN)/python -m pip --version >/dev/null 2>&1; then \
		echo "Creating $(VENV) with $(PYTHON)"; \
		rm -rf $(VENV); \
		$(PYTHON) -m venv $(VENV); \
	fi
	$(BIN)/python -m pip install -e '.[test]'
	@touch $(STAMP)

run: venv
	$(BIN)/secretariat gui

# The suite runs on every core (pytest-xdist); each worker migrates its own template database once.
test: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

# ruff (lint and format check) and mypy, as configured in pyproject.toml; pre-commit runs the same.
lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The frozen one-folder build for this machine (installer/secretariat.spec): build/dist/Secretariat/.
bundle: venv
	$(BIN)/python installer/build.py bundle

# The Windows installer (installer/secretariat.nsi) around that build: build/dist/Secretariat-<version>-setup.exe.
# On Linux the Linux build stands in for the Windows one, so the script is compiled and checked;
# INSTALLER_ARGS=--fast skips the compression (seconds instead of minutes).
installer: bundle
	$(BIN)/python installer/build.py installer $(INSTALLER_ARGS)

# Each bench/bench_*.py is a plain script that prints its figures.
bench: venv
	@set -e; found=0; \
	for script in bench/bench_*.py; do \
		[ -f "$$script" ] || continue; \
		found=1; \
		echo "== $$script"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python "$$script"; \
	done; \
	[ $$found = 1 ] || echo "No benchmarks yet (bench/bench_*.py)."

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .import_linter_cache bench/out
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
