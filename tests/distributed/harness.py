"""Launch parity_worker.py under torchrun and compare layouts against a single-process reference."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

WORKER = Path(__file__).with_name("parity_worker.py")


def run_layouts(world_size: int, config: str | Path, base: list[str], layouts: dict[str, list[str]],
                workdir: Path, save_initial_weights: Path | None = None, timeout: int = 900) -> dict:
    """Run `layouts` (name -> overrides) on `world_size` gloo processes; return per-step losses."""
    workdir.mkdir(parents=True, exist_ok=True)
    tag = "-".join(layouts)
    spec = {"config": str(config), "base": base, "layouts": layouts, "workdir": str(workdir),
            "save_initial_weights": str(save_initial_weights) if save_initial_weights else None,
            "results": str(workdir / f"results-{tag}.json")}
    spec_path = workdir / f"spec-{tag}.json"
    spec_path.write_text(json.dumps(spec))
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={world_size}",
           str(WORKER), str(spec_path)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                          env={**__import__("os").environ, "OMP_NUM_THREADS": "1"})
    if proc.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout[-4000:]}\n"
                             f"{proc.stderr[-8000:]}")
    return json.loads(Path(spec["results"]).read_text())


def relative_errors(reference: list[dict], other: list[dict]) -> dict[str, float]:
    """Largest relative difference per metric over all steps."""
    assert len(reference) == len(other), (len(reference), len(other))
    worst = {}
    for key in ("loss", "grad_norm"):
        worst[key] = max(abs(o[key] - r[key]) / abs(r[key]) for r, o in zip(reference, other, strict=True))
    return worst


def check_layout_parity(data_overrides: list[str], config: str | Path, workdir: Path, steps: int,
                        two_rank: dict[str, list[str]], four_rank: dict[str, list[str]],
                        rtol: float = 1e-5) -> str:
    """Train the single-process reference (which first writes the shared initial weights), then
    `two_rank` layouts in one 2-process group and `four_rank` in one 4-process group; assert each
    matches the reference within `rtol` on every step's loss and grad norm. Returns the table."""
    init = workdir / "init_weights"
    base = data_overrides + [
        f"training.train_steps={steps}", "training.global_batch_size=8", "training.micro_batch_size=2",
        "schedule.warmup_steps=1", "training.eval_interval=0", "data.seq_length=64",
        "logging.tensorboard=false", f"checkpoint.load={init}", f"data.cache_dir={workdir}/cache",
    ]
    reference = run_layouts(1, config, base, {"single": []}, workdir, save_initial_weights=init)["single"]
    results = run_layouts(2, config, base, two_rank, workdir)
    results.update(run_layouts(4, config, base, four_rank, workdir))
    table, errors = parity_table(reference, results)
    losses = [step["loss"] for step in reference]
    assert losses[-1] < losses[0], f"the reference run should learn: {losses}"
    for name, err in errors.items():
        assert err["loss"] <= rtol and err["grad_norm"] <= rtol, f"{name}: {err}\n{table}"
    return table


def parity_table(reference: list[dict], results: dict[str, list[dict]]) -> tuple[str, dict]:
    """A printable table of the worst relative error per layout, and the errors themselves."""
    errors = {name: relative_errors(reference, steps) for name, steps in results.items()}
    lines = [f"{'layout':<22}{'max rel err loss':>18}{'max rel err grad norm':>24}"]
    lines += [f"{name:<22}{e['loss']:>18.2e}{e['grad_norm']:>24.2e}" for name, e in errors.items()]
    return "\n".join(lines), errors
