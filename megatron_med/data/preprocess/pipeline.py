"""The preprocessing run: read chunks in input order, encode them on a process pool, write in order.

Memory is bounded: at most `2 * workers + 2` chunks are in flight, and the writer streams. Output does
not depend on the number of workers: chunks are cut from the input alone and written in input order.
Outputs appear under their final names only after everything succeeded (see writer.commit_outputs).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from megatron_med.data.preprocess.inputs import (
    DEFAULT_CHUNK_BYTES,
    Chunk,
    FileSlice,
    LineNumbers,
    ReadFailure,
    read_slices,
    whole_files,
)
from megatron_med.data.preprocess.progress import Progress, Summary
from megatron_med.data.preprocess.rejects import RejectLog
from megatron_med.data.preprocess.sharding import shard_slices, shard_suffix
from megatron_med.data.preprocess.worker import (
    ChunkResult,
    EncodeSettings,
    encode_chunk,
    init_worker,
    peak_rss_bytes,
    preload,
)
from megatron_med.data.preprocess.writer import IndexedDatasetWriter, commit_outputs, temp_name, token_dtype
from megatron_med.io.jsonl import expand_inputs
from megatron_med.tokenizer import load_tokenizer


@dataclass
class PreprocessConfig:
    """One preprocessing job (the CLI flags, parsed)."""

    inputs: list[str]
    output_prefix: str
    tokenizer: str
    json_keys: list[str] = field(default_factory=lambda: ["text"])
    workers: int = 1
    append_eod: bool = False
    strict: bool = False
    quiet: bool = False
    log_interval: int = 100_000
    shard: tuple[int, int] | None = None
    max_rejects: int = 100
    chunk_bytes: int = DEFAULT_CHUNK_BYTES


class StrictError(RuntimeError):
    """--strict met a bad line (message: file:line: reason: detail)."""


class WorkerDied(RuntimeError):
    """A worker process ended abnormally (killed, out of memory)."""


class Interrupted(BaseException):
    """SIGTERM arrived (SIGINT arrives as KeyboardInterrupt)."""


def output_prefix(cfg: PreprocessConfig) -> str:
    """The prefix that outputs are named from (with the shard suffix for --shard runs)."""
    return cfg.output_prefix + (shard_suffix(*cfg.shard) if cfg.shard else "")


def dataset_prefix(prefix: str, key: str) -> str:
    """Megatron-LM's naming: <prefix>_<key>_document(.bin/.idx)."""
    return f"{prefix}_{key}_document"


class _Run:
    """State of one run: writers, rejects, counters, and the in-order handling of chunk results."""

    def __init__(self, cfg: PreprocessConfig, slices: list[FileSlice], writers: list[IndexedDatasetWriter],
                 progress: Progress) -> None:
        self.cfg, self.slices, self.writers, self.progress = cfg, slices, writers, progress
        self.rejects = RejectLog(cfg.max_rejects)
        self.blank_lines = 0
        self.busy_seconds = 0.0
        self.worker_peak_rss = 0
        self._line_numbers = LineNumbers(slices)

    def bad_line(self, slice_index: int, line: int, reason: str, detail: str, excerpt: str = "") -> None:
        path = self.slices[slice_index].path
        number = self._line_numbers(slice_index, line)
        if self.cfg.strict:
            raise StrictError(f"{path}:{number}: {reason}: {detail}")
        self.rejects.add(path, number, reason, detail, excerpt)

    def handle(self, chunk: Chunk, result: ChunkResult) -> None:
        for record in result.bad:
            self.bad_line(chunk.slice_index, record.line, record.reason, record.detail, record.excerpt)
        for writer, tokens, lengths in zip(self.writers, result.tokens, result.lengths, strict=True):
            writer.add_documents(tokens, lengths)
        self.blank_lines += result.blank_lines
        self.busy_seconds += result.busy_seconds
        self.worker_peak_rss = max(self.worker_peak_rss, result.peak_rss_bytes)
        self.progress.update(chunk.raw_bytes, len(result.lengths[0]), sum(int(t.size) for t in result.tokens))

    def handle_failure(self, failure: ReadFailure) -> None:
        self.bad_line(failure.slice_index, failure.line, failure.reason, failure.detail)
        self.progress.update(failure.raw_bytes, 0, 0)


def _encode_all(run: _Run, executor: ProcessPoolExecutor) -> None:
    pending: deque[tuple[Chunk, Future] | ReadFailure] = deque()
    max_in_flight = 2 * run.cfg.workers + 2

    def finish_oldest() -> None:
        item = pending.popleft()
        if isinstance(item, ReadFailure):
            run.handle_failure(item)
            return
        chunk, future = item
        try:
            result = future.result()
        except BrokenProcessPool:
            raise WorkerDied("a worker process died (killed or out of memory); nothing was written") from None
        run.handle(chunk, result)

    for item in read_slices(run.slices, run.cfg.chunk_bytes):
        pending.append((item, executor.submit(encode_chunk, item)) if isinstance(item, Chunk) else item)
        while len(pending) >= max_in_flight:
            finish_oldest()
    while pending:
        finish_oldest()


def _raise_interrupted(signum: int, frame: object) -> None:
    raise Interrupted(signum)


def run(cfg: PreprocessConfig) -> Summary:
    """Preprocess `cfg.inputs` into `<prefix>_<key>_document.bin/.idx`; returns the summary.

    Raises InputError/TokenizerError/OSError before any work for a bad input, tokenizer or output,
    StrictError, WorkerDied, KeyboardInterrupt or Interrupted later; then no output is renamed."""
    start, cpu_start = time.perf_counter(), time.process_time()
    paths = expand_inputs(cfg.inputs)
    tokenizer = load_tokenizer(cfg.tokenizer)
    slices = shard_slices(paths, *cfg.shard) if cfg.shard else whole_files(paths)
    prefix = output_prefix(cfg)
    Path(prefix).parent.mkdir(parents=True, exist_ok=True)
    dtype = token_dtype(tokenizer.vocab_size)
    settings = EncodeSettings(cfg.tokenizer, tuple(cfg.json_keys), cfg.append_eod, dtype)
    preload(settings, tokenizer)

    on_main_thread = threading.current_thread() is threading.main_thread()
    previous_term = signal.signal(signal.SIGTERM, _raise_interrupted) if on_main_thread else None
    writers: list[IndexedDatasetWriter] = []
    rejects_path = prefix + ".rejects.jsonl"
    executor = progress = None
    try:
        writers = [IndexedDatasetWriter(dataset_prefix(prefix, key), dtype) for key in cfg.json_keys]
        context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
        executor = ProcessPoolExecutor(cfg.workers, mp_context=context, initializer=init_worker,
                                       initargs=(settings,))
        try:  # start the workers now, and surface their start-up errors
            executor.submit(int).result()
        except BrokenProcessPool:
            raise WorkerDied("the worker processes failed to start") from None
        progress = Progress(sum(s.end - s.start for s in slices), cfg.quiet, cfg.log_interval)
        state = _Run(cfg, slices, writers, progress)
        _encode_all(state, executor)
        progress.close()
        for writer in writers:
            writer.finalize()
        renames = [(w.tmp_bin, w.bin_path) for w in writers] + [(w.tmp_idx, w.idx_path) for w in writers]
        if state.rejects.records:
            state.rejects.write(temp_name(rejects_path))
            renames.append((temp_name(rejects_path), rejects_path))
        commit_outputs(renames, removals=[] if state.rejects.records else [rejects_path])
    except BaseException:
        for writer in writers:
            writer.discard()
        Path(temp_name(rejects_path)).unlink(missing_ok=True)
        raise
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        if progress is not None:
            progress.close()
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)

    skipped = dict(state.rejects.counts)
    if state.blank_lines:
        skipped["blank_line"] = state.blank_lines
    return Summary(documents=writers[0].documents, tokens=sum(w.tokens for w in writers),
                   bytes_in=progress.bytes, skipped=skipped, elapsed=time.perf_counter() - start,
                   workers=cfg.workers, worker_busy_seconds=state.busy_seconds,
                   main_cpu_seconds=time.process_time() - cpu_start,
                   worker_peak_rss=state.worker_peak_rss, main_peak_rss=peak_rss_bytes(),
                   outputs=[w.bin_path for w in writers] + [w.idx_path for w in writers],
                   rejects_file=rejects_path if state.rejects.records else None)
