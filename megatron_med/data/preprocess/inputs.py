"""Preprocessing input: files (plain, .gz, .zst) to line-aligned chunks of bytes for parallel workers.

Files come from megatron_med.io.jsonl (expand_inputs, open_stream). Memory stays bounded by the chunk
size (plus the longest line): nothing reads a whole file. Each chunk knows its slice and the index of its
first line, so bad lines can be reported as file:line.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from megatron_med.io.jsonl import STREAM_ERRORS, failure_reason, open_stream

DEFAULT_CHUNK_BYTES = 1 << 18


@dataclass(frozen=True)
class FileSlice:
    """The lines of `path` that start in the byte range [start, end) (the whole file: 0, size)."""

    path: str
    start: int
    end: int

    @property
    def compressed(self) -> bool:
        return self.path.endswith((".gz", ".zst"))


@dataclass(frozen=True)
class Chunk:
    """Whole lines (each ending in b"\\n") from one slice; `first_line` counts lines within the slice."""

    slice_index: int
    first_line: int
    data: bytes
    raw_bytes: int  # input bytes (compressed where the file is) consumed for this chunk


@dataclass(frozen=True)
class ReadFailure:
    """The input stream of a slice broke (truncated or corrupt compression) at `line` within the slice."""

    slice_index: int
    line: int
    reason: str
    detail: str
    raw_bytes: int


def read_slice(index: int, fslice: FileSlice, chunk_bytes: int = DEFAULT_CHUNK_BYTES
               ) -> Iterator[Chunk | ReadFailure]:
    """Yield line-aligned chunks of about `chunk_bytes` from one slice, then a ReadFailure if the
    compressed stream breaks (the lines before the break are kept)."""
    with open(fslice.path, "rb") as raw:
        if fslice.start > 0:  # start at the first line beginning at or after `start`
            raw.seek(fslice.start - 1)
            raw.readline()
        position = raw.tell()  # uncompressed offset of `carry` (plain files only)
        if not fslice.compressed and position >= fslice.end:
            return
        stream = open_stream(raw, fslice.path)
        consumed = fslice.start
        carry = b""
        line = 0
        while True:
            try:
                block = stream.read(chunk_bytes)
            except STREAM_ERRORS as exc:
                now = raw.tell()
                yield ReadFailure(index, line, failure_reason(exc), f"{type(exc).__name__}: {exc}",
                                  now - consumed)
                return
            now = raw.tell()
            if not block:
                if carry:
                    yield Chunk(index, line, carry + b"\n", now - consumed)
                return
            buffer = carry + block
            cut = buffer.rfind(b"\n") + 1
            stop = False
            if not fslice.compressed and position + cut >= fslice.end:
                # keep only the lines that start before `end`: up to the first newline at >= end - 1
                cut = buffer.find(b"\n", max(fslice.end - 1 - position, 0)) + 1
                stop = cut > 0
            if cut == 0:
                carry = buffer
                continue
            data, carry = buffer[:cut], buffer[cut:]
            raw_now = min(now, fslice.end) if stop else now
            yield Chunk(index, line, data, raw_now - consumed)
            consumed = raw_now
            line += data.count(b"\n")
            position += cut
            if stop:
                return


def read_slices(slices: list[FileSlice], chunk_bytes: int = DEFAULT_CHUNK_BYTES
                ) -> Iterator[Chunk | ReadFailure]:
    """Chunks of all slices, in order."""
    for index, fslice in enumerate(slices):
        yield from read_slice(index, fslice, chunk_bytes)


def whole_files(paths: list[str]) -> list[FileSlice]:
    """One slice per file covering all of it."""
    return [FileSlice(path, 0, os.path.getsize(path)) for path in paths]


class LineNumbers:
    """1-based file line numbers for lines counted within slices (counts newlines before a slice's start
    lazily, only when a line in a slice that starts mid-file must be reported)."""

    def __init__(self, slices: list[FileSlice]) -> None:
        self._slices = slices
        self._base: dict[int, int] = {}

    def __call__(self, slice_index: int, line_in_slice: int) -> int:
        if slice_index not in self._base:
            self._base[slice_index] = self._lines_before(self._slices[slice_index])
        return self._base[slice_index] + line_in_slice + 1

    @staticmethod
    def _lines_before(fslice: FileSlice) -> int:
        if fslice.start == 0:
            return 0
        # the slice's first line follows the first newline at or after start - 1
        count, remaining = 1, fslice.start - 1
        with open(fslice.path, "rb") as raw:
            while remaining > 0:
                block = raw.read(min(remaining, DEFAULT_CHUNK_BYTES))
                count += block.count(b"\n")
                remaining -= len(block)
        return count
