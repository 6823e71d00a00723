# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= sqlite:///chancery.db
SEED   := ../shared/seed/article.txt

.PHONY: demo test lint format typecheck bench clean install

install: $(STAMP)

# Everything pinned: constraints.txt holds the exact versions the suite passes with.
$(STAMP): pyproject.toml constraints.txt
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[postgres,web,dask,parquet,dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/chancery ingest samples/articles.jsonl --db $(DB)
	@if [ -f $(SEED) ]; then \
	  $(BIN)/chancery ingest $(SEED) --published 2023-08-02 --source "seed article" --db $(DB); \
	else echo "($(SEED) not found: the seed article is skipped)"; fi
	$(BIN)/chancery summary --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider -n 2

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy src/chancery

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) chancery.db chancery.db-wal chancery.db-shm .pytest_cache .mypy_cache .ruff_cache
