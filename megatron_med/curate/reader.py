"""Check one input line of curation (read by megatron_med.io.jsonl) and parse its record."""

from __future__ import annotations

import orjson

from megatron_med.io.jsonl import LineItem, StreamFailure


class InputError(ValueError):
    """A bad input record; the message starts with file:line."""


def parse_record(raw: LineItem, text_key: str) -> dict:
    """Decode one JSON object with a string `text_key`; InputError (with file:line) otherwise, also for a
    compressed stream that breaks there."""
    where = f"{raw.path}:{raw.line}"
    if isinstance(raw, StreamFailure):
        raise InputError(f"{where}: {raw.reason} ({raw.detail})")
    try:
        record = orjson.loads(raw.data)
    except orjson.JSONDecodeError as exc:
        raise InputError(f"{where}: invalid JSON ({exc})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
    if not isinstance(record.get(text_key), str):
        raise InputError(f"{where}: missing or non-string field {text_key!r}")
    return record
