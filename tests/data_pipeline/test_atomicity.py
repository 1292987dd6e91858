"""An interrupted or failed run never leaves outputs under their final names, nor touches earlier ones."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import psutil
import pytest

from megatron_med.data.corpora import write_jsonl

from .conftest import preprocess, preprocess_process, read_bytes


@pytest.fixture(scope="module")
def big_corpus(data_dir) -> Path:
    """~24 MB of real text (the corpus four times with distinct ids): a run of a few seconds."""
    path = data_dir / "big.jsonl"
    write_jsonl(path, ["hpo", "drugreviews"], repeat=4)
    return path


def _wait_until_writing(proc, tmp_bin: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not (tmp_bin.exists() and tmp_bin.stat().st_size > 0):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run never started writing"
        time.sleep(0.02)


@pytest.mark.parametrize("how", ["kill_worker", "kill_worker_first_run", "sigint", "sigterm", "sigkill_main"])
def test_interrupted_run_keeps_the_earlier_output(how, corpus, big_corpus, tokenizer_path, tmp_path):
    prefix = tmp_path / "med"
    first_run = how.endswith("_first_run")
    how = how.removesuffix("_first_run")
    if not first_run:
        assert preprocess("--input", str(corpus), "--output-prefix", str(prefix), "--tokenizer",
                          str(tokenizer_path), "--append-eod") == 0
        good = read_bytes(f"{prefix}_text_document")

    proc = preprocess_process("--input", str(big_corpus), "--output-prefix", str(prefix), "--tokenizer",
                              str(tokenizer_path), "--append-eod", "--workers", "1", "--quiet")
    _wait_until_writing(proc, tmp_path / f"med_text_document.bin.tmp-{proc.pid}")
    if how == "kill_worker":
        psutil.Process(proc.pid).children()[0].kill()
    else:
        proc.send_signal({"sigint": signal.SIGINT, "sigterm": signal.SIGTERM,
                          "sigkill_main": signal.SIGKILL}[how])
    _, err = proc.communicate(timeout=60)

    if first_run:  # nothing under a final name
        assert not any(p.name.endswith((".bin", ".idx", ".jsonl")) for p in tmp_path.iterdir())
    else:
        assert read_bytes(f"{prefix}_text_document") == good
    leftovers = sorted(p.name for p in tmp_path.iterdir() if ".tmp-" in p.name)
    if how == "sigkill_main":  # nothing can clean up after SIGKILL; the temporary names stay temporary
        assert proc.returncode == -signal.SIGKILL
        assert all(name.startswith("med_text_document.") for name in leftovers)
        for child in psutil.Process().children(recursive=True):  # orphaned worker exits on its own
            child.wait(timeout=30)
    elif how == "kill_worker":
        assert proc.returncode == 1 and b"worker process died" in err
        assert leftovers == []
    else:
        assert proc.returncode == 130 and b"interrupted" in err
        assert leftovers == []
