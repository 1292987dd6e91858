"""Reading JSONL inputs: patterns to files, files (plain, .gz, .zst) to lines with their file:line.

Compressed files are decompressed block by block, so memory stays bounded (no file is read whole), and a
stream that ends inside a gzip member or zstd frame (truncated) or holds corrupt data is reported after
every complete line before the break has been delivered.
"""

from __future__ import annotations

import glob
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

import zstandard

BLOCK_BYTES = 1 << 18
TRUNCATED_INPUT = "truncated_input"
CORRUPT_INPUT = "corrupt_input"


class InputError(RuntimeError):
    """An input pattern matched nothing, or a file is unreadable."""


def expand_inputs(patterns: list[str], drop_repeats: bool = False) -> list[str]:
    """Files named by `patterns` (paths or globs), each pattern's matches sorted, in pattern order.

    A file named twice raises InputError, or is kept once with `drop_repeats`. Raises InputError for a
    pattern that matches nothing or a path that is not a readable file."""
    files: list[str] = []
    for pattern in patterns:
        matches = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]
        if not matches:
            raise InputError(f"{pattern}: no input file matches")
        for path in matches:
            if not os.path.isfile(path):
                raise InputError(f"{path}: no such input file")
            if not os.access(path, os.R_OK):
                raise InputError(f"{path}: input file is not readable")
            if path in files:
                if drop_repeats:
                    continue
                raise InputError(f"{path}: named twice in --input")
            files.append(path)
    return files


class _Decompressed:
    """Decompress a stream of gzip members or zstd frames block by block, so that everything before a
    break is delivered; raise EOFError if the file ends inside a member/frame (truncated)."""

    def __init__(self, raw: BinaryIO, new_decompressor: Callable[[], object]) -> None:
        self._raw = raw
        self._new = new_decompressor
        self._obj = new_decompressor()
        self._started = False

    def read(self, size: int) -> bytes:
        while True:
            block = self._raw.read(size)
            if not block:
                if self._started and not self._obj.eof:
                    raise EOFError("the compressed stream ends early (truncated file)")
                return b""
            out = bytearray()
            while block:
                if self._obj.eof:
                    self._obj = self._new()
                out += self._obj.decompress(block)
                self._started = True
                block = self._obj.unused_data if self._obj.eof else b""
            if out:
                return bytes(out)


def open_stream(raw: BinaryIO, path: str):
    """A reader of the uncompressed bytes of `raw` (opened from `path`; .gz and .zst are decompressed).
    Its `read` raises one of STREAM_ERRORS where the stream breaks."""
    if path.endswith(".gz"):
        return _Decompressed(raw, lambda: zlib.decompressobj(wbits=31))
    if path.endswith(".zst"):
        return _Decompressed(raw, zstandard.ZstdDecompressor().decompressobj)
    return raw


STREAM_ERRORS = (EOFError, zlib.error, zstandard.ZstdError, OSError)


def failure_reason(exc: BaseException) -> str:
    """TRUNCATED_INPUT or CORRUPT_INPUT for an exception from STREAM_ERRORS."""
    return TRUNCATED_INPUT if isinstance(exc, EOFError) else CORRUPT_INPUT


@dataclass(frozen=True)
class Line:
    """One input line without its newline; `line` is 1-based. `raw_bytes`: input bytes (compressed where
    the file is) read since the previous item of the same file (for progress)."""

    path: str
    line: int
    data: bytes
    raw_bytes: int


@dataclass(frozen=True)
class StreamFailure:
    """The stream of `path` broke (truncated or corrupt) where line `line` (1-based) would begin; the
    partial line there is dropped. Always the last item of its file."""

    path: str
    line: int
    reason: str  # TRUNCATED_INPUT or CORRUPT_INPUT
    detail: str
    raw_bytes: int


LineItem = Line | StreamFailure


def _file_lines(path: str, block_bytes: int) -> Iterator[LineItem]:
    with open(path, "rb") as raw:
        stream = open_stream(raw, path)
        carry = b""
        number = 0
        given = 0  # raw bytes already attributed to an item
        while True:
            try:
                block = stream.read(block_bytes)
            except STREAM_ERRORS as exc:
                yield StreamFailure(path, number + 1, failure_reason(exc), f"{type(exc).__name__}: {exc}",
                                    raw.tell() - given)
                return
            read = raw.tell()
            if not block:
                if carry:
                    yield Line(path, number + 1, carry, read - given)
                return
            lines = (carry + block).split(b"\n")
            carry = lines.pop()
            for data in lines:
                number += 1
                yield Line(path, number, data, read - given)
                given = read


def iter_lines(paths: list[str], skip: int = 0, keep_blank: bool = False,
               block_bytes: int = BLOCK_BYTES) -> Iterator[LineItem]:
    """Every line of `paths` in order, and a StreamFailure where a file's stream breaks.

    Lines holding only whitespace are left out unless `keep_blank`. The first `skip` items (lines and
    failures, as they would be yielded) are read but not yielded, e.g. to resume a run."""
    seen = 0
    for path in paths:
        for item in _file_lines(path, block_bytes):
            if not keep_blank and isinstance(item, Line) and not item.data.strip():
                continue
            seen += 1
            if seen > skip:
                yield item
