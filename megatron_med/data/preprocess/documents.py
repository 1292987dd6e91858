"""One JSONL line -> the texts under the requested keys, or the reason the line cannot be used."""

from __future__ import annotations

import orjson

from megatron_med.io.jsonl import CORRUPT_INPUT, TRUNCATED_INPUT  # noqa: F401 (reasons of a broken stream)

# Reasons a line is skipped (counted in the summary; the first ones go to <prefix>.rejects.jsonl).
MALFORMED_JSON = "malformed_json"
INVALID_UTF8 = "invalid_utf8"
NOT_AN_OBJECT = "not_an_object"
MISSING_KEY = "missing_key"
NON_STRING = "non_string_value"
EMPTY_TEXT = "empty_text"
# Blank lines are skipped and counted, but are not errors (not rejected, not fatal under --strict).
BLANK_LINE = "blank_line"


_BOM = b"\xef\xbb\xbf"


class BadLine(Exception):
    """A line that cannot be used; `reason` is one of the constants above."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def parse_line(line: bytes, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The non-empty string values of `keys` in one JSON-object line; raises BadLine otherwise.

    A line is used only if every key is present and non-empty, so the per-key datasets stay aligned."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        if line.startswith(_BOM):  # a byte-order mark before the first line of a file
            return parse_line(line[len(_BOM):], keys)
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as utf8_exc:
            raise BadLine(INVALID_UTF8, str(utf8_exc)) from None
        if not line.strip():
            raise BadLine(BLANK_LINE, "blank line") from None
        raise BadLine(MALFORMED_JSON, str(exc)) from None
    if not isinstance(obj, dict):
        raise BadLine(NOT_AN_OBJECT, f"JSON {type(obj).__name__}, expected an object")
    texts = []
    for key in keys:
        if key not in obj:
            raise BadLine(MISSING_KEY, f"no key {key!r}")
        value = obj[key]
        if not isinstance(value, str):
            raise BadLine(NON_STRING, f"{key!r} is {type(value).__name__}, expected a string")
        if not value.strip():
            raise BadLine(EMPTY_TEXT, f"{key!r} is empty or whitespace only")
        texts.append(value)
    return tuple(texts)
