"""Per-document stages run in worker processes: parse, normalise, quality, signature, PHI, decontam,
classify. Dedup decisions need every earlier document and happen in the main process (pipeline.py)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from megatron_med.curate.config import CurateConfig
from megatron_med.curate.reader import InputError, parse_record
from megatron_med.io.jsonl import LineItem

STAGES = ("normalize", "quality", "dedup", "phi", "decontam", "classify")


@dataclass
class DocResult:
    """What the main process needs about one input line."""

    seq: int  # position among the run's non-empty input lines
    where: str  # file:line
    doc_id: str | None = None
    error: str | None = None  # bad input
    record: dict | None = None  # output record (text and metadata updated)
    rejected: tuple[str, str] | None = None  # (stage, reason) decided in the worker
    digest: bytes | None = None
    hashvalues: object = None
    trace: list[tuple[str, int]] = field(default_factory=list)  # (stage, bytes after it) for stages passed
    line_bytes: int = 0  # input bytes (compressed where the file is) read for this line (progress)
    bytes_in: int = 0  # the document text before any stage
    hits: list = field(default_factory=list)


class Worker:
    """Holds the loaded models of every enabled stage (one per process)."""

    def __init__(self, config: CurateConfig) -> None:
        self.config = config
        self.seconds = dict.fromkeys(STAGES, 0.0)
        self.langid = self.phi = self.decontam = self.classifier = None
        if config.quality.enabled and config.quality.languages:
            from megatron_med.curate.quality import LanguageIdentifier

            self.langid = LanguageIdentifier()
        if config.phi.enabled:
            from megatron_med.curate.phi import PhiScrubber

            self.phi = PhiScrubber(config.phi)
        if config.decontam.enabled:
            from megatron_med.curate.decontam import Decontaminator

            self.decontam = Decontaminator(config.decontam)
        if config.classify.enabled:
            from megatron_med.curate.classify import DomainClassifier

            self.classifier = DomainClassifier(config.classify.lexicon, config.classify.min_medical_score)

    def _timed(self, stage: str, start: float) -> float:
        now = time.perf_counter()
        self.seconds[stage] += now - start
        return now

    def _front(self, seq: int, raw: LineItem) -> tuple[DocResult, dict | None, str, dict]:
        """Parse, normalise, quality, dedup signature; the record is None when the document stops here."""
        cfg = self.config
        result = DocResult(seq, f"{raw.path}:{raw.line}", line_bytes=raw.raw_bytes)
        meta: dict = {"seq": seq, "source": result.where}
        try:
            record = parse_record(raw, cfg.text_key)
        except InputError as exc:
            result.error = str(exc)
            return result, None, "", meta
        result.doc_id = str(record.get(cfg.id_key, result.where))
        text = record[cfg.text_key]
        result.bytes_in = len(text.encode("utf-8"))
        t = time.perf_counter()
        if cfg.normalize.enabled:
            from megatron_med.curate.normalize import normalize_text

            text = normalize_text(text, cfg.normalize)
            t = self._timed("normalize", t)
        result.trace.append(("normalize", len(text.encode("utf-8"))))
        if cfg.quality.enabled:
            from megatron_med.curate.quality import assess

            quality = assess(text, cfg.quality, self.langid)
            t = self._timed("quality", t)
            text = quality.text
            meta.update(quality_score=quality.score, language=quality.signals.get("language"))
            if quality.reason:
                result.rejected = ("quality", quality.reason)
                return result, None, text, meta
        result.trace.append(("quality", len(text.encode("utf-8"))))
        if cfg.dedup.enabled:
            from megatron_med.curate.dedup import content_hash, signature

            result.digest = content_hash(text)
            result.hashvalues = signature(text, cfg.dedup) if cfg.dedup.near else None
            self._timed("dedup", t)
        result.trace.append(("dedup", len(text.encode("utf-8"))))
        return result, record, text, meta

    def _back(self, result: DocResult, record: dict, text: str, meta: dict) -> None:
        """Decontamination and classification, then the output record."""
        cfg = self.config
        t = time.perf_counter()
        if self.decontam is not None:
            hits = self.decontam.find(text)
            t = self._timed("decontam", t)
            if hits:
                result.hits = hits
                if cfg.decontam.action == "drop":
                    result.rejected = ("decontam", "benchmark_overlap")
                    return
                text = self.decontam.mask(text, hits)
                meta["decontam_masked"] = len(hits)
        result.trace.append(("decontam", len(text.encode("utf-8"))))
        if self.classifier is not None:
            domain, department, score = self.classifier.classify(text)
            self._timed("classify", t)
            meta.update(domain=domain, department=department, medical_score=score)
            if cfg.classify.keep_domains and domain not in cfg.classify.keep_domains:
                result.rejected = ("classify", f"domain_{domain}")
                return
        result.trace.append(("classify", len(text.encode("utf-8"))))
        record[cfg.text_key] = text
        record[cfg.meta_key] = meta
        result.record = record

    def process_batch(self, batch: list[tuple[int, LineItem]]) -> list[DocResult]:
        """All stages for a batch; PHI runs on the batch at once (spaCy is faster on many texts)."""
        front = [self._front(seq, raw) for seq, raw in batch]
        alive = [item for item in front if item[1] is not None]
        if self.phi is not None:
            t = time.perf_counter()
            scrubbed = self.phi.scrub_batch([text for _, _, text, _ in alive])
            self._timed("phi", t)
        else:
            scrubbed = [(text, None) for _, _, text, _ in alive]
        for (result, record, _, meta), (text, counts) in zip(alive, scrubbed, strict=True):
            if counts is not None:
                meta["phi"] = dict(sorted(counts.items()))
            result.trace.append(("phi", len(text.encode("utf-8"))))
            self._back(result, record, text, meta)
        return [item[0] for item in front]


_WORKER: Worker | None = None


def init_worker(config: CurateConfig) -> None:
    """Pool initializer: load every stage's model once per process."""
    global _WORKER
    _WORKER = Worker(config)


def process_batch(batch: list[tuple[int, LineItem]]) -> tuple[list[DocResult], dict[str, float]]:
    """Run one batch in this process's worker; returns results and the stage seconds it took."""
    before = dict(_WORKER.seconds)
    results = _WORKER.process_batch(batch)
    return results, {k: _WORKER.seconds[k] - before[k] for k in STAGES}
