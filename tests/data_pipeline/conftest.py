"""Shared fixtures: real offline medical text as JSONL and a small tokenizer trained on it (once)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from megatron_med.data.corpora import write_jsonl
from megatron_med.data.preprocess.cli import main as preprocess_main
from megatron_med.tokenizer.train import main as train_main

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("data_pipeline")


@pytest.fixture(scope="session")
def corpus(data_dir) -> Path:
    """HPO definitions and drug reviews (~3.8 MB of real text), one JSON document per line."""
    path = data_dir / "corpus.jsonl"
    write_jsonl(path, ["hpo", "drugreviews"])
    return path


@pytest.fixture(scope="session")
def texts(corpus) -> list[str]:
    return [orjson.loads(line)["text"] for line in corpus.read_bytes().splitlines()]


@pytest.fixture(scope="session")
def tokenizer_path(data_dir, corpus) -> Path:
    """A 4,096-token byte-level BPE trained on the corpus through the CLI."""
    path = data_dir / "tok" / "med.tiktoken"
    assert train_main(["--input", str(corpus), "--vocab-size", "4096", "--output", str(path), "--quiet"]) == 0
    return path


def preprocess(*args: str) -> int:
    """Run `megatron-med preprocess` in this process (its worker pool is real processes)."""
    return preprocess_main([*args, "--quiet"])


def _default_sigint() -> None:
    # A suite started in the background (`make test &`) inherits SIGINT ignored, and Python then installs
    # no KeyboardInterrupt handler: give the child the disposition of a foreground run.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def preprocess_process(*args: str) -> subprocess.Popen:
    """Start `python tools/preprocess_data.py` as its own process (for signal and kill tests)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, str(REPO / "tools" / "preprocess_data.py"), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO,
                            preexec_fn=_default_sigint)


def read_bytes(prefix: str | Path) -> tuple[bytes, bytes]:
    return Path(f"{prefix}.bin").read_bytes(), Path(f"{prefix}.idx").read_bytes()
