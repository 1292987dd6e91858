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


def parity_table(reference: list[dict], results: dict[str, list[dict]]) -> tuple[str, dict]:
    """A printable table of the worst relative error per layout, and the errors themselves."""
    errors = {name: relative_errors(reference, steps) for name, steps in results.items()}
    lines = [f"{'layout':<22}{'max rel err loss':>18}{'max rel err grad norm':>24}"]
    lines += [f"{name:<22}{e['loss']:>18.2e}{e['grad_norm']:>24.2e}" for name, e in errors.items()]
    return "\n".join(lines), errors
