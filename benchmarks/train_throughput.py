"""Tokens/s of the tiny model in each parallel layout, beside the single-process figure of the same run.

    python benchmarks/train_throughput.py [--steps 12] [--warmup 3] [--config examples/configs/tiny-cpu.yaml]

Each layout is a real `torchrun -m megatron_med.train` launch on real medical text (built on the fly:
corpus -> tokenizer -> indexed dataset). Throughput is the mean over the steps after `--warmup`;
"vs single" is the layout's tokens/s over the 1-process figure, so the cost of communication (and,
on a 2-core machine, of oversubscription: 4 processes share 2 cores) is visible.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parents[1]
LAYOUTS: dict[str, tuple[int, list[str]]] = {
    "single": (1, []),
    "tp2": (2, ["parallel.tp=2"]),
    "pp2": (2, ["parallel.pp=2"]),
    "dp2": (2, []),
    "dp2_distopt": (2, ["parallel.use_distributed_optimizer=true"]),
    "pp2_vpp2": (2, ["parallel.pp=2", "parallel.vpp=2"]),
    "tp2_sp": (2, ["parallel.tp=2", "parallel.sequence_parallel=true"]),
    "tp2_pp2": (4, ["parallel.tp=2", "parallel.pp=2"]),
}


def build_data(root: Path) -> list[str]:
    """Real text -> tokenizer -> indexed dataset, with the project's own commands."""
    from megatron_med.data.corpora import write_jsonl
    from megatron_med.data.preprocess.cli import main as preprocess
    from megatron_med.tokenizer.train import main as train_tokenizer

    write_jsonl(root / "corpus.jsonl", "all", shuffle_seed=1)
    train_tokenizer(["--input", str(root / "corpus.jsonl"), "--vocab-size", "4096", "--output",
                     str(root / "tok.tiktoken"), "--quiet"])
    preprocess(["--input", str(root / "corpus.jsonl"), "--tokenizer", str(root / "tok.tiktoken"),
                "--output-prefix", str(root / "med"), "--append-eod", "--quiet"])
    return [f"data.paths=[{root}/med_text_document]", f"data.tokenizer={root}/tok.tiktoken"]


def run_layout(name: str, nproc: int, overrides: list[str], config: str, root: Path) -> list[dict]:
    out = root / "runs" / name
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={nproc}",
           "-m", "megatron_med.train", config, *overrides, f"output_dir={out}", "logging.log_interval=1",
           "logging.tensorboard=false", f"data.cache_dir={root}/cache"]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    if proc.returncode != 0:
        sys.exit(f"{name} failed:\n{proc.stderr[-3000:]}")
    return [orjson.loads(line) for line in (out / "train_log.jsonl").read_bytes().splitlines()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", default=str(REPO / "examples/configs/tiny-cpu.yaml"))
    parser.add_argument("--steps", type=int, default=12)
    parser.add_argument("--warmup", type=int, default=3, help="steps left out of the mean")
    parser.add_argument("--layouts", nargs="+", default=list(LAYOUTS), choices=list(LAYOUTS))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="train_throughput_") as tmp:
        root = Path(tmp)
        common = build_data(root) + [f"training.train_steps={args.steps}", "training.eval_interval=0",
                                     "schedule.warmup_steps=1", "training.global_batch_size=16",
                                     "training.micro_batch_size=2"]
        print(f"tiny model, {args.steps} steps (mean over the last {args.steps - args.warmup}), "
              f"global batch 16 x seq from {Path(args.config).name}, {os.cpu_count()} CPU cores, gloo")
        print(f"{'layout':<14}{'procs':>6}{'tokens/s':>12}{'s/step':>9}{'vs single':>11}")
        baseline = None
        for name in ["single"] + [n for n in args.layouts if n != "single"]:
            nproc, overrides = LAYOUTS[name]
            records = run_layout(name, nproc, common + overrides, args.config, root)[args.warmup:]
            tokens = statistics.mean(r["tokens_per_s"] for r in records)
            step = statistics.mean(r["step_time_s"] for r in records)
            baseline = baseline or tokens
            print(f"{name:<14}{nproc:>6}{tokens:>12,.0f}{step:>9.3f}{tokens / baseline:>10.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
