"""The streaming run: read -> workers (per-document stages) -> dedup in order -> shards + report.

Output directory:
  curated-00000.jsonl ...   kept documents, every input field kept, metadata under `meta_key`
  rejected-00000.jsonl ...  one line per dropped document or bad line: id, file:line, stage, reason
  report.json, summary.txt  written at the end
  .curate-state.pkl         checkpoint: input position, dedup index and counts after the last shard

Shards are written under a temporary name and renamed when full; the checkpoint is saved after each
rename, at most every `checkpoint_interval_s` (pickling a large dedup index takes seconds). A run that
stops is resumed by running the same command: it restarts from the last checkpoint, re-reading the
lines after it and writing the same shards again, so no document is lost or written twice.
"""

from __future__ import annotations

import hashlib
import itertools
import multiprocessing as mp
import os
import pickle
import sys
import time
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson
import yaml
from tqdm import tqdm

from megatron_med.config.load import to_dict
from megatron_med.curate.config import CurateConfig
from megatron_med.curate.dedup import Deduplicator
from megatron_med.curate.report import Report
from megatron_med.curate.worker import STAGES, DocResult, init_worker, process_batch
from megatron_med.io.jsonl import LineItem, expand_inputs, iter_lines

STATE_FILE = ".curate-state.pkl"


class StrictError(RuntimeError):
    """--strict and a bad input line."""


@dataclass
class State:
    """What a resumed run needs; saved after each completed shard."""

    fingerprint: str
    lines_done: int = 0
    shard: int = 0  # index of the next shard
    shard_first_seq: list[int] = field(default_factory=list)  # seq of each shard's first kept document
    dedup: Deduplicator | None = None
    report: Report = field(default_factory=Report)
    complete: bool = False


def _fingerprint(config: CurateConfig, files: list[str]) -> str:
    """Identifies the run: the settings that change the output, and the input files."""
    ignored = ("workers", "strict", "output", "checkpoint_interval_s", "batch_docs")
    settings = {k: v for k, v in to_dict(config).items() if k not in ignored}
    stats = [(f, os.path.getsize(f), int(os.path.getmtime(f))) for f in files]
    return hashlib.sha256(orjson.dumps([settings, stats], option=orjson.OPT_NON_STR_KEYS)).hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


class ShardWriter:
    """Kept and rejected lines of the current shard, under temporary names until `commit`."""

    def __init__(self, out_dir: Path, index: int) -> None:
        self.kept_path = out_dir / f"curated-{index:05d}.jsonl"
        self.rejected_path = out_dir / f"rejected-{index:05d}.jsonl"
        self.kept = open(self.kept_path.with_name(self.kept_path.name + ".tmp"), "wb")
        self.rejected = open(self.rejected_path.with_name(self.rejected_path.name + ".tmp"), "wb")
        self.count = 0
        self.rejects = 0
        self.first_seq: int | None = None

    def write(self, record: dict, seq: int) -> None:
        self.kept.write(orjson.dumps(record) + b"\n")
        self.count += 1
        if self.first_seq is None:
            self.first_seq = seq

    def reject(self, entry: dict) -> None:
        self.rejected.write(orjson.dumps(entry) + b"\n")
        self.rejects += 1

    def discard(self) -> None:
        """Drop an empty shard (a resumed run that had nothing left to read)."""
        for handle in (self.kept, self.rejected):
            handle.close()
            Path(handle.name).unlink()

    def commit(self) -> None:
        for handle, path in ((self.kept, self.kept_path), (self.rejected, self.rejected_path)):
            handle.close()
            Path(handle.name).replace(path)


def _batches(lines: Iterator[LineItem], start: int, size: int) -> Iterator[list[tuple[int, LineItem]]]:
    numbered = zip(itertools.count(start), lines, strict=False)
    while batch := list(itertools.islice(numbered, size)):
        yield batch


def _results(config: CurateConfig, batches: Iterator[list]) -> Iterator[tuple[list[DocResult], dict]]:
    """Ordered results of `process_batch`, in this process (1 worker) or a pool."""
    if config.workers == 1:
        init_worker(config)
        yield from map(process_batch, batches)
        return
    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(config.workers, initializer=init_worker, initargs=(config,)) as pool:
        yield from pool.imap(process_batch, batches, chunksize=1)


def _load_state(out_dir: Path, fingerprint: str, config: CurateConfig) -> State:
    path = out_dir / STATE_FILE
    if path.exists():
        state = pickle.loads(path.read_bytes())
        if state.fingerprint != fingerprint:
            raise ValueError(f"{out_dir} holds a run with other settings or inputs; use another --output "
                             f"or --overwrite")
        return state
    if any(out_dir.glob("curated-*.jsonl")):
        raise ValueError(f"{out_dir} already holds curated shards without a checkpoint; use --overwrite")
    return State(fingerprint, dedup=Deduplicator(config.dedup) if config.dedup.enabled else None)


def _finalize_clusters(out_dir: Path, state: State, meta_key: str) -> None:
    """Write `dup_cluster_size` into the kept representatives of clusters larger than one."""
    sizes = state.dedup.cluster_sizes if state.dedup else {}
    shards = sorted({bisect_right(state.shard_first_seq, seq) - 1 for seq in sizes})
    largest = []
    for shard in shards:
        path = out_dir / f"curated-{shard:05d}.jsonl"
        lines = []
        with open(path, "rb") as handle:
            for line in handle:
                record = orjson.loads(line)
                size = sizes.get(record[meta_key]["seq"])
                if size:
                    record[meta_key]["dup_cluster_size"] = size
                    largest.append((size, record[meta_key]["source"], str(record.get("id", ""))))
                lines.append(orjson.dumps(record))
        _atomic_write(path, b"\n".join(lines) + b"\n")
    largest.sort(key=lambda x: (-x[0], x[1]))
    histogram: dict[int, int] = {}
    for size in sizes.values():
        histogram[size] = histogram.get(size, 0) + 1
    state.report.duplicate_clusters = {
        "clusters": len(sizes), "largest": largest[0][0] if largest else 0,
        "duplicates_removed": sum(sizes.values()) - len(sizes),
        "size_histogram": dict(sorted(histogram.items())),
        "top": [{"size": s, "source": src, "id": i} for s, src, i in largest[:100]],
    }


def run(config: CurateConfig, overwrite: bool = False, progress: bool = True) -> Report:
    """Curate `config.input` into `config.output`; returns the report (also written there)."""
    files = expand_inputs(config.input, drop_repeats=True)
    out_dir = Path(config.output)
    out_dir.mkdir(parents=True, exist_ok=True)
    if overwrite:
        for path in itertools.chain(out_dir.glob("curated-*.jsonl*"), out_dir.glob("rejected-*.jsonl*"),
                                    [out_dir / STATE_FILE, out_dir / "report.json", out_dir / "summary.txt"]):
            path.unlink(missing_ok=True)
    fingerprint = _fingerprint(config, files)
    state = _load_state(out_dir, fingerprint, config)
    report = state.report
    if state.complete:
        return report
    report.inputs = files
    if config.phi.enabled:
        from megatron_med.curate.phi import resolve_engine

        report.phi_engine = resolve_engine(config.phi)
        if config.phi.engine == "auto" and report.phi_engine == "rules":
            print("megatron-med curate: warning: spaCy model not installed, PHI uses rules only (lower name "
                  "recall, see docs/curation.md); pip install 'megatron_med[phi-ner]'", file=sys.stderr)
    (out_dir / "config.yaml").write_text(yaml.safe_dump(to_dict(config), sort_keys=False), encoding="utf-8")
    total = sum(os.path.getsize(f) for f in files)
    bar = tqdm(total=total, unit="B", unit_scale=True, disable=not progress, desc="curate", smoothing=0.1)
    started = time.perf_counter()
    last_checkpoint = -float("inf")  # the first full shard is always checkpointed
    docs_seen = 0
    writer = ShardWriter(out_dir, state.shard)
    seq = state.lines_done
    max_hits = config.decontam.max_hits_in_report
    lines = iter_lines(files, skip=state.lines_done)
    try:
        for results, seconds in _results(config, _batches(lines, state.lines_done, config.batch_docs)):
            for stage, value in seconds.items():
                report.stages[stage].cpu_seconds += value
            for result in results:
                seq = result.seq + 1
                bar.update(result.line_bytes)
                if result.error:
                    if config.strict:
                        raise StrictError(result.error)
                    report.add_bad(result.error)
                    writer.reject({"source": result.where, "stage": "input", "reason": result.error})
                    continue
                rejected = result.rejected
                if rejected is None or rejected[0] in ("decontam", "classify"):
                    verdict = state.dedup.check(result.seq, result.digest, result.hashvalues) \
                        if state.dedup is not None else None
                    if verdict is not None:
                        rejected = ("dedup", verdict[0])
                        result.trace = result.trace[:STAGES.index("dedup")]
                        result.hits = []
                report.add(result, rejected, config.meta_key, max_hits)
                if rejected:
                    writer.reject({"id": result.doc_id, "source": result.where, "stage": rejected[0],
                                   "reason": rejected[1]})
                else:
                    writer.write(result.record, result.seq)
                if writer.count >= config.shard_docs:
                    state.lines_done = seq
                    due = time.perf_counter() - last_checkpoint >= config.checkpoint_interval_s
                    _commit(writer, state, out_dir, save=due)
                    last_checkpoint = time.perf_counter() if due else last_checkpoint
                    writer = ShardWriter(out_dir, state.shard)
                docs_seen += 1
            elapsed = time.perf_counter() - started
            bar.set_postfix_str(f"{docs_seen / max(elapsed, 1e-9):.0f} docs/s", refresh=False)
        state.lines_done = seq
        if writer.count or writer.rejects or not state.shard:
            _commit(writer, state, out_dir, save=True)
        else:
            writer.discard()
    finally:
        bar.close()
    report.wall_seconds += time.perf_counter() - started
    _finalize_clusters(out_dir, state, config.meta_key)
    state.complete = True
    _atomic_write(out_dir / "report.json", orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2
                                                          | orjson.OPT_NON_STR_KEYS))
    _atomic_write(out_dir / "summary.txt", report.summary().encode("utf-8"))
    _atomic_write(out_dir / STATE_FILE, pickle.dumps(state))
    return report


def _commit(writer: ShardWriter, state: State, out_dir: Path, save: bool) -> None:
    """Rename the shard into place, then checkpoint when `save`. Shards after the last checkpoint are
    written again, identically, by a resumed run, so checkpoints may be spaced out."""
    writer.commit()
    # An empty shard (only ever the last) takes the next position, keeping the list sorted for bisect.
    state.shard_first_seq.append(writer.first_seq if writer.first_seq is not None else state.lines_done)
    state.shard += 1
    if save:
        _atomic_write(out_dir / STATE_FILE, pickle.dumps(state))

