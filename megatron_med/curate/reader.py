"""JSONL input: expand globs, stream raw lines with their file:line, parse and check one record."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from dataclasses import dataclass

import orjson


class InputError(ValueError):
    """A bad input record; the message starts with file:line."""


@dataclass(frozen=True)
class RawLine:
    """One input line and where it came from (`line` is 1-based)."""

    path: str
    line: int
    data: bytes


def expand_inputs(patterns: list[str]) -> list[str]:
    """Files matching each glob pattern, sorted per pattern, each file once, in pattern order."""
    files: list[str] = []
    for pattern in patterns:
        matches = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]
        if not matches:
            raise FileNotFoundError(f"no input file matches {pattern!r}")
        for path in matches:
            if not os.path.isfile(path):
                raise FileNotFoundError(f"input {path!r} is not a file")
            if path not in files:
                files.append(path)
    return files


def iter_lines(files: list[str], skip: int = 0) -> Iterator[RawLine]:
    """Yield every non-empty line of `files` in order, after skipping the first `skip` of them."""
    seen = 0
    for path in files:
        with open(path, "rb") as handle:
            for number, data in enumerate(handle, start=1):
                if not data.strip():
                    continue
                seen += 1
                if seen > skip:
                    yield RawLine(path, number, data)


def parse_record(raw: RawLine, text_key: str) -> dict:
    """Decode one JSON object with a string `text_key`; InputError (with file:line) otherwise."""
    where = f"{raw.path}:{raw.line}"
    try:
        record = orjson.loads(raw.data)
    except orjson.JSONDecodeError as exc:
        raise InputError(f"{where}: invalid JSON ({exc})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
    if not isinstance(record.get(text_key), str):
        raise InputError(f"{where}: missing or non-string field {text_key!r}")
    return record
