"""Count skipped lines by reason and keep the first offenders for `<prefix>.rejects.jsonl`."""

from __future__ import annotations

from collections import Counter

import orjson


class RejectLog:
    """Counts by reason; records (file, line, reason, detail, excerpt) of the first `max_records`."""

    def __init__(self, max_records: int) -> None:
        self.counts: Counter[str] = Counter()
        self.records: list[dict] = []
        self._max = max_records

    def add(self, file: str, line: int, reason: str, detail: str, excerpt: str = "") -> None:
        self.counts[reason] += 1
        if len(self.records) < self._max:
            self.records.append({"file": file, "line": line, "reason": reason, "detail": detail,
                                 "excerpt": excerpt})

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def write(self, path: str) -> None:
        """Write the kept records, one JSON object per line."""
        with open(path, "wb") as out:
            for record in self.records:
                out.write(orjson.dumps(record) + b"\n")
