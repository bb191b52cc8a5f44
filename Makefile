# nqextract: the two commands of the README are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
NQ := $(VENV)/bin/nqextract
STAMP := $(VENV)/.installed
DB ?= data/processed/nqextract.duckdb

.PHONY: run test test-fast bench eval lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,dask]'
	$(PY) -m nqextract.prepare
	touch $(STAMP)

run: $(STAMP)
	$(NQ) ingest data/raw --db $(DB)
	$(NQ) summary --db $(DB)

test: $(STAMP)
	$(PY) -m pytest -q

# the inner loop: everything but the tests that start processes (marked slow)
test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

eval: $(STAMP)
	$(NQ) eval ../shared/eval/dev
	$(NQ) eval tests/gold/corpus
	test ! -d tests/gold/blind || $(NQ) eval tests/gold/blind
	for d in tests/gold/ledger/*/; do echo "== $$d"; $(NQ) eval $$d || exit 1; done

bench: $(STAMP)
	$(PY) bench/bench.py

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests

clean:
	rm -rf $(VENV) data/processed/*.duckdb
