"""Shared fixtures: a real medical-text indexed dataset and tokenizer, built once per session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TINY_CONFIG = REPO / "examples" / "configs" / "tiny-cpu.yaml"


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
