# marsad — the targets a newcomer needs. Each sets itself up from a fresh clone.
#   make demo   virtualenv + install + the main job on the bundled sample corpus
#   make test   virtualenv + install (test extras; as root also Chromium and PostgreSQL) + all tests
#   make lint   ruff check and format check
#   make bench  the benchmarks in bench/ (speed and accuracy figures)

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format bench install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,bench,postgres]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/marsad demo

test: $(STAMP)
	@env_lines="$$(bash scripts/test-services.sh)" && eval "$$env_lines" && $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

bench: $(STAMP)
	@for script in bench/[!_]*.py; do \
	  case $$script in bench/make_sample.py) continue;; esac; \
	  echo "== $$script"; $(BIN)/python $$script || exit 1; \
	done

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache demo-data
