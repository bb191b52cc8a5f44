# nqextract: the two commands of the README are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
NQ := $(VENV)/bin/nqextract
STAMP := $(VENV)/.installed
# the install step's prepare (bytecode, recorded regexes), run again when a file or folder of the
# package (its code, its rules' data) is newer than its last run: a fresh clone, an older checkout
# and an edited one all start with a current record
PREPARED := $(VENV)/.prepared
PACKAGE := $(shell find src/nqextract -name __pycache__ -prune -o -print)
DB ?= data/processed/nqextract.duckdb

.PHONY: run test test-fast bench eval lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,dask]'
	touch $(STAMP)

$(PREPARED): $(STAMP) $(PACKAGE)
	$(PY) -m nqextract.prepare
	touch $(PREPARED)

run: $(PREPARED)
	$(NQ) ingest data/raw --db $(DB)
	$(NQ) summary --db $(DB)

test: $(PREPARED)
	$(PY) -m pytest -q

# the inner loop: everything but the tests that start processes (marked slow)
test-fast: $(PREPARED)
	$(PY) -m pytest -q -m "not slow"

eval: $(PREPARED)
	$(NQ) eval ../shared/eval/dev
	$(NQ) eval tests/gold/corpus
	test ! -d tests/gold/blind || $(NQ) eval tests/gold/blind
	for d in tests/gold/ledger/*/; do echo "== $$d"; \
	  if [ -f $$d/SOURCE.md ] && [ -z "$$NQEXTRACT_OUTSIDE" ]; then echo "skipped: its articles are outside ../shared (see $${d}SOURCE.md)"; continue; fi; \
	  $(NQ) eval $$d || exit 1; done

bench: $(PREPARED)
	$(PY) bench/bench.py

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests

clean:
	rm -rf $(VENV) data/processed/*.duckdb
