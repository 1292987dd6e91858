"""Shared fixtures: a real medical-text indexed dataset and tokenizer, built once per session."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TINY_CONFIG = REPO / "examples" / "configs" / "tiny-cpu.yaml"

# The suite is the CPU reference (CPU mode, gloo, fp32 tolerances) on every machine: GPUs are hidden
# from this process and the processes it starts, before anything initialises CUDA. The checks that
# need a GPU (tests/gpu) run in a process of their own that sees them again.
_VISIBLE_DEVICES = os.environ.get("CUDA_VISIBLE_DEVICES")
os.environ["CUDA_VISIBLE_DEVICES"] = ""


def _gpu_present() -> bool:
    if _VISIBLE_DEVICES == "" or shutil.which("nvidia-smi") is None:
        return False
    try:
        listing = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "GPU " in listing


GPU_PRESENT = _gpu_present()


def gpu_environment() -> dict[str, str]:
    """This process's environment with the GPUs visible again."""
    env = dict(os.environ)
    if _VISIBLE_DEVICES is None:
        env.pop("CUDA_VISIBLE_DEVICES")
    else:
        env["CUDA_VISIBLE_DEVICES"] = _VISIBLE_DEVICES
    return env


@dataclass(frozen=True)
class MedicalData:
    corpus: Path  # JSONL of real ICD-10-CM, HPO and drug-review text
    tokenizer: Path  # .tiktoken trained on it
    prefix: str  # indexed dataset prefix (<prefix>.bin / .idx)

    def overrides(self) -> list[str]:
        return [f"data.paths=[{self.prefix}]", f"data.tokenizer={self.tokenizer}"]


@pytest.fixture(scope="session")
def medical_data(tmp_path_factory) -> MedicalData:
    """Corpus -> 1k-token BPE -> megatron-core .bin/.idx, through the project's own commands."""
    from megatron_med.data.corpora import write_jsonl
    from megatron_med.data.preprocess.cli import main as preprocess
    from megatron_med.tokenizer.train import main as train_tokenizer

    root = tmp_path_factory.mktemp("medical_data")
    corpus = root / "corpus.jsonl"
    write_jsonl(corpus, ["icd10cm", "hpo", "drugreviews"])
    tokenizer = root / "med.tiktoken"
    assert train_tokenizer(["--input", str(corpus), "--vocab-size", "1024", "--output", str(tokenizer),
                            "--quiet"]) == 0
    assert preprocess(["--input", str(corpus), "--tokenizer", str(tokenizer), "--output-prefix",
                       str(root / "med"), "--append-eod", "--workers", "1", "--quiet"]) == 0
    return MedicalData(corpus, tokenizer, str(root / "med_text_document"))
