"""Progress while preprocessing (a tqdm bar by input bytes, or plain log lines) and the final summary."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

from tqdm import tqdm


@dataclass
class Summary:
    """What a run did; printed at the end and returned by `run`."""

    documents: int = 0
    tokens: int = 0
    bytes_in: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0
    workers: int = 1
    worker_busy_seconds: float = 0.0
    main_cpu_seconds: float = 0.0
    worker_peak_rss: int = 0
    main_peak_rss: int = 0
    outputs: list[str] = field(default_factory=list)
    rejects_file: str | None = None

    def format(self) -> str:
        per_worker = self.tokens / max(self.elapsed, 1e-9) / self.workers
        skipped = ", ".join(f"{reason} {count:,}" for reason, count in sorted(self.skipped.items()))
        lines = [
            f"documents written   {self.documents:,}",
            f"tokens              {self.tokens:,}",
            f"bytes in            {self.bytes_in:,} ({self.bytes_in / 1e6:.1f} MB)",
            f"skipped lines       {sum(self.skipped.values()):,}" + (f" ({skipped})" if skipped else ""),
            f"elapsed             {self.elapsed:.2f} s",
            f"tokens/s            {self.tokens / max(self.elapsed, 1e-9):,.0f} total, "
            f"{per_worker:,.0f} per worker ({self.workers} workers, "
            f"{self.worker_busy_seconds:.1f} CPU-s encoding; main process {self.main_cpu_seconds:.1f} CPU-s)",
        ]
        lines.append(f"peak memory         {self.worker_peak_rss / 2**20:,.0f} MiB per worker, "
                     f"{self.main_peak_rss / 2**20:,.0f} MiB main process (RSS)")
        lines += [f"output              {path}" for path in self.outputs]
        if self.rejects_file:
            lines.append(f"rejected lines      {self.rejects_file}")
        return "\n".join(lines)


class Progress:
    """A tqdm bar (bytes read, MB/s, ETA, plus docs/s and tokens/s), or with `quiet` a log line every
    `log_interval` documents."""

    def __init__(self, total_bytes: int, quiet: bool, log_interval: int, desc: str = "preprocess") -> None:
        self._start = time.perf_counter()
        self._quiet, self._interval = quiet, max(log_interval, 1)
        self._next_log = self._interval
        self.documents = self.tokens = self.bytes = 0
        self._bar = None if quiet else tqdm(total=total_bytes, unit="B", unit_scale=True, desc=desc,
                                            dynamic_ncols=True, mininterval=0.5, file=sys.stderr)

    def update(self, raw_bytes: int, documents: int, tokens: int) -> None:
        self.bytes += raw_bytes
        self.documents += documents
        self.tokens += tokens
        elapsed = max(time.perf_counter() - self._start, 1e-9)
        if self._bar is not None:
            self._bar.set_postfix_str(f"{self.documents / elapsed:,.0f} docs/s, "
                                      f"{self.tokens / elapsed / 1e6:.2f}M tok/s", refresh=False)
            self._bar.update(raw_bytes)
        elif self.documents >= self._next_log:
            self._next_log += self._interval * ((self.documents - self._next_log) // self._interval + 1)
            print(f"processed {self.documents:,} documents, {self.bytes / 1e6:,.1f} MB "
                  f"({self.documents / elapsed:,.0f} docs/s, {self.bytes / elapsed / 1e6:.1f} MB/s, "
                  f"{self.tokens / elapsed:,.0f} tokens/s)", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
