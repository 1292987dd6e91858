"""`megatron-med plot RUN_DIR`: loss (train and validation) and learning rate from train_log.jsonl."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson


def read_log(run_dir: str | Path) -> list[dict]:
    path = Path(run_dir) / "train_log.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: is {run_dir} a run directory?")
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def plot_run(run_dir: str | Path, output: str | Path | None = None) -> Path:
    """Write a two-panel PNG (loss; learning rate) next to the log, or to `output`."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    records = read_log(run_dir)
    output = Path(output or Path(run_dir) / "loss.png")
    fig, (ax_loss, ax_lr) = plt.subplots(2, 1, figsize=(8, 6), sharex=True, height_ratios=[3, 1])
    steps = [r["step"] for r in records]
    ax_loss.plot(steps, [r["loss"] for r in records], label="train loss")
    val = [(r["step"], r["val_loss"]) for r in records if r.get("val_loss") is not None]
    if val:
        ax_loss.plot(*zip(*val, strict=True), "o-", label="validation loss")
    ax_loss.set_ylabel("loss (nats/token)")
    ax_loss.set_title(f"{Path(run_dir).name}: {len(records)} logged steps")
    ax_loss.legend()
    ax_loss.grid(alpha=0.3)
    ax_lr.plot(steps, [r["lr"] for r in records], color="tab:green")
    ax_lr.set_ylabel("learning rate")
    ax_lr.set_xlabel("step")
    ax_lr.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(output, dpi=110)
    plt.close(fig)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="megatron-med plot", description=__doc__)
    parser.add_argument("run_dir", help="a run's output_dir (holds train_log.jsonl)")
    parser.add_argument("--output", help="PNG path (default: RUN_DIR/loss.png)")
    args = parser.parse_args(argv)
    try:
        records = read_log(args.run_dir)
        path = plot_run(args.run_dir, args.output)
    except FileNotFoundError as exc:
        print(f"megatron-med plot: {exc}", file=sys.stderr)
        return 2
    first, last = records[0], records[-1]
    print(f"loss {first['loss']:.3f} at step {first['step']} -> {last['loss']:.3f} at step {last['step']}; "
          f"plot: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
