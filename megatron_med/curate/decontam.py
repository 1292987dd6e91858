"""Stage 5, benchmark decontamination: word n-gram overlap with user-supplied evaluation sets.

Accepted files (docs/curation.md has examples): JSONL with one item per line, or a JSON file holding
a list of items or a mapping id -> item (PubMedQA's ori_pqal.json). An item is any JSON object; all
of its string values, nested ones included (question, options as a list or a dict or opa..opd,
answer, contexts, long answer), are the benchmark text, so MedQA, MedMCQA, PubMedQA and MMLU exports
need no conversion. Matching is on lower-cased words, so punctuation and case do not hide a copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from megatron_med.curate.config import DecontamConfig

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Hit:
    benchmark: str  # file name
    item: str  # the item's id field, or its line/index
    start: int  # character span of the overlap in the document
    end: int
    ngrams: int  # number of matching n-grams in that span


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def iter_items(path: str) -> Iterator[tuple[str, str]]:
    """(item id, text) for every item of one evaluation file."""
    raw = Path(path).read_bytes()
    stripped = raw.lstrip()
    if path.endswith(".json") or stripped[:1] == b"[":
        data = orjson.loads(raw)
        pairs = data.items() if isinstance(data, dict) else enumerate(data)
        for key, item in pairs:
            yield str(item.get("id", key) if isinstance(item, dict) else key), " ".join(_strings(item))
        return
    for number, line in enumerate(raw.splitlines(), start=1):
        if line.strip():
            try:
                item = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON in evaluation file ({exc})") from None
            key = item.get("id", item.get("qid", number)) if isinstance(item, dict) else number
            yield str(key), " ".join(_strings(item))


class Decontaminator:
    """Index of every evaluation n-gram; `find` returns overlaps, `mask` replaces them."""

    def __init__(self, config: DecontamConfig) -> None:
        self.config = config
        self.items: list[tuple[str, str]] = []  # (file name, item id)
        self.index: dict[int, int] = {}  # hash of an n-gram (this process) -> first item holding it
        n = config.ngram
        for path in config.files:
            name = Path(path).name
            for key, text in iter_items(path):
                tokens = _WORD.findall(text.lower())
                for i in range(len(tokens) - n + 1):
                    self.index.setdefault(hash(tuple(tokens[i:i + n])), len(self.items))
                self.items.append((name, key))

    def find(self, text: str) -> list[Hit]:
        """Overlapping spans, one per run of consecutive matching n-grams."""
        n = self.config.ngram
        matches = list(_WORD.finditer(text))
        tokens = [m.group().lower() for m in matches]
        hits: list[Hit] = []
        run_start = run_end = -1
        source = None
        count = 0
        for i in range(len(tokens) - n + 1):
            found = self.index.get(hash(tuple(tokens[i:i + n])))
            if found is not None and i <= run_end:
                run_end, count = i + n - 1, count + 1
                continue
            if run_start >= 0:
                hits.append(Hit(*source, matches[run_start].start(), matches[run_end].end(), count))
                run_start = -1
            if found is not None:
                run_start, run_end, source, count = i, i + n - 1, self.items[found], 1
        if run_start >= 0:
            hits.append(Hit(*source, matches[run_start].start(), matches[run_end].end(), count))
        return hits

    def mask(self, text: str, hits: list[Hit]) -> str:
        parts, last = [], 0
        for hit in hits:
            parts += [text[last:hit.start], self.config.mask]
            last = hit.end
        return "".join(parts) + text[last:]
