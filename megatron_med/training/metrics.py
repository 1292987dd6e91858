"""Training metrics to the console, TensorBoard and `train_log.jsonl` (rank 0 writes)."""

from __future__ import annotations

import resource
import sys
from pathlib import Path

import orjson
import torch


def peak_memory_gb() -> float:
    """Peak GPU memory allocated by this process, or its peak resident set size on CPU."""
    if torch.cuda.is_available():
        return torch.cuda.max_memory_allocated() / 2**30
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # kB on Linux


class MetricsLogger:
    """Writes one record per logged step; only the writing rank opens files."""

    def __init__(self, output_dir: str | Path, enabled: bool, tensorboard: bool = True):
        self.enabled = enabled
        self._jsonl = None
        self._tb = None
        if not enabled:
            return
        out = Path(output_dir)
        out.mkdir(parents=True, exist_ok=True)
        self._jsonl = open(out / "train_log.jsonl", "ab")
        if tensorboard:
            from torch.utils.tensorboard import SummaryWriter

            self._tb = SummaryWriter(log_dir=str(out / "tensorboard"))

    def log(self, record: dict) -> None:
        """`record` has `step` plus scalar metrics; None values are left out of TensorBoard."""
        if not self.enabled:
            return
        self._jsonl.write(orjson.dumps(record) + b"\n")
        self._jsonl.flush()
        if self._tb is not None:
            for key, value in record.items():
                if key != "step" and isinstance(value, (int, float)) and value is not None:
                    self._tb.add_scalar(f"train/{key}" if not key.startswith("val") else key, value,
                                        record["step"])
            self._tb.flush()
        print(format_record(record), file=sys.stdout, flush=True)

    def close(self) -> None:
        if self._jsonl is not None:
            self._jsonl.close()
        if self._tb is not None:
            self._tb.close()


def format_record(record: dict) -> str:
    parts = [f"step {record['step']:>6}"]
    formats = {"loss": "loss {:.4f}", "val_loss": "val_loss {:.4f}", "lr": "lr {:.3e}",
               "grad_norm": "grad_norm {:.3f}", "tokens_per_s": "tok/s {:,.0f}",
               "tflops_per_device": "TFLOP/s/dev {:.3g}", "mfu": "MFU {:.1%}",
               "peak_mem_gb": "mem {:.2f} GB", "step_time_s": "{:.2f} s/step"}
    for key, fmt in formats.items():
        if record.get(key) is not None:
            parts.append(fmt.format(record[key]))
    if record.get("skipped"):
        parts.append("(update skipped)")
    return " | ".join(parts)
