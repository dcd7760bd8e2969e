# The two commands a new user needs: `make run` and `make test`. Both work offline (package registries only).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: run test lint install install-test browser dictionary ingest bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# torch first and pinned: with it in place nothing else can pull a CUDA build.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e . --config-settings editable_mode=compat
	touch $@

# The tests include the `llm` ones: llama.cpp (xllamacpp) serving a small GGUF model on loopback.
$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e '.[test,llm-test]' --config-settings editable_mode=compat
	touch $@

TEST_MODEL := models/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf
$(TEST_MODEL): | $(VENV)/.installed-test
	$(BIN)/python scripts/fetch_test_model.py

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Debian's chromium for the end-to-end browser test (Playwright cannot download its own browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-hosny-amiri >/dev/null; \
	  else echo "chromium is missing: sudo apt-get install chromium (the browser test will be skipped)"; fi; }

# Debian's FreeDict English-Arabic dictionary: English questions' words in Arabic (rag/lexicon.py). Optional:
# without it English questions use dense retrieval only.
dictionary:
	@test -f /usr/share/dictd/freedict-eng-ara.index || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dict-freedict-eng-ara >/dev/null; \
	  else echo "dict-freedict-eng-ara is missing: sudo apt-get install dict-freedict-eng-ara (English questions will use dense retrieval only)"; fi; }

ingest: install dictionary
	$(BIN)/rag ingest data/articles

run: ingest
	$(BIN)/streamlit run app/streamlit_app.py

# Lint and types first: a finding fails the test run (CI runs `make test`).
lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint install-test browser dictionary $(TEST_MODEL)
	$(BIN)/python -m pytest -q

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e '.[bench]' --config-settings editable_mode=compat
	touch $@

bench: $(VENV)/.installed-bench
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) vectorstore/chroma vectorstore/bm25 vectorstore/store.json
