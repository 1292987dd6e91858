"""Worker side: a chunk of JSONL lines -> tokens per key, document lengths, and the bad lines."""

from __future__ import annotations

import os
import resource
import signal
import threading
import time
from dataclasses import dataclass

import numpy as np

from megatron_med.data.preprocess.documents import BLANK_LINE, BadLine, parse_line
from megatron_med.data.preprocess.inputs import Chunk
from megatron_med.tokenizer import Tokenizer, load_tokenizer

EXCERPT_CHARS = 200


@dataclass(frozen=True)
class EncodeSettings:
    """What every worker needs to encode chunks the same way."""

    tokenizer: str
    keys: tuple[str, ...]
    append_eod: bool
    dtype: type[np.integer]


@dataclass(frozen=True)
class BadLineRecord:
    line: int  # index within the slice
    reason: str
    detail: str
    excerpt: str


@dataclass(frozen=True)
class ChunkResult:
    """Encoded documents of one chunk, in input order; tokens[k]/lengths[k] belong to keys[k]."""

    tokens: list[np.ndarray]
    lengths: list[np.ndarray]
    bad: list[BadLineRecord]
    blank_lines: int
    busy_seconds: float
    peak_rss_bytes: int  # of the worker process so far


def peak_rss_bytes() -> int:
    """Peak resident memory of this process: VmHWM on Linux (getrusage's maxrss would also count the
    memory of a parent that forked and exec'd this process), else getrusage (KiB on Linux)."""
    try:
        with open("/proc/self/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class ChunkEncoder:
    """Encodes chunks; one per worker process (or in-process for tools and tests)."""

    def __init__(self, settings: EncodeSettings, tokenizer: Tokenizer | None = None) -> None:
        tokenizer = tokenizer or load_tokenizer(settings.tokenizer)
        self._encode = tokenizer.encoding.encode_ordinary
        self._eod = tokenizer.eod
        self.settings = settings

    def __call__(self, chunk: Chunk) -> ChunkResult:
        start = time.process_time()
        keys, append_eod = self.settings.keys, self.settings.append_eod
        encode, eod = self._encode, self._eod
        ids: list[list[int]] = [[] for _ in keys]
        lengths: list[list[int]] = [[] for _ in keys]
        bad: list[BadLineRecord] = []
        blank = 0
        for index, line in enumerate(chunk.data.split(b"\n")[:-1]):
            try:
                texts = parse_line(line, keys)
            except BadLine as exc:
                if exc.reason == BLANK_LINE:
                    blank += 1
                else:
                    excerpt = line[:EXCERPT_CHARS * 4].decode("utf-8", "replace")[:EXCERPT_CHARS]
                    bad.append(BadLineRecord(chunk.first_line + index, exc.reason, exc.detail, excerpt))
                continue
            for k, text in enumerate(texts):
                tokens = encode(text)
                if append_eod:
                    tokens.append(eod)
                ids[k] += tokens
                lengths[k].append(len(tokens))
        dtype = self.settings.dtype
        return ChunkResult(
            tokens=[np.fromiter(t, dtype=dtype, count=len(t)) for t in ids],
            lengths=[np.array(n, dtype=np.int32) for n in lengths],
            bad=bad, blank_lines=blank, busy_seconds=time.process_time() - start,
            peak_rss_bytes=peak_rss_bytes())


_encoder: ChunkEncoder | None = None


def preload(settings: EncodeSettings, tokenizer: Tokenizer) -> None:
    """Build the encoder in the parent before forking workers, so they inherit it instead of loading the
    tokenizer again."""
    global _encoder
    _encoder = ChunkEncoder(settings, tokenizer)


def _exit_when_orphaned(parent: int) -> None:
    """If the main process dies without shutting the pool down (SIGKILL), exit instead of waiting forever
    on a task queue that nobody will close."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def init_worker(settings: EncodeSettings) -> None:
    """Pool initializer: Ctrl-C and SIGTERM handling is the main process's job; load the tokenizer once
    (unless inherited through fork)."""
    global _encoder
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()
    if _encoder is None or _encoder.settings != settings:
        _encoder = ChunkEncoder(settings)


def encode_chunk(chunk: Chunk) -> ChunkResult:
    """Pool task: encode one chunk with this process's encoder."""
    return _encoder(chunk)
