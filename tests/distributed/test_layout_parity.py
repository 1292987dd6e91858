"""Every parallel layout trains like the single-process reference, from the same weights.

Three torchrun launches: 1 process (writes the initial weights, trains the reference), 2 processes
(TP2, PP2, DP2, DP2 + distributed optimizer (also with overlapped grad reduce and param gather),
PP2 x VPP2, TP2 + sequence parallel, trained in turn in
one process group) and 4 processes (TP2 x PP2). Tolerance: 1e-5 relative on the loss and the grad
norm of each of 5 optimizer steps (fp32 on CPU; measured errors are ~1e-7).
"""

from __future__ import annotations

import pytest

from tests.conftest import TINY_CONFIG
from tests.distributed.harness import parity_table, run_layouts

RTOL = 1e-5
TWO_RANK_LAYOUTS = {
    "tp2": ["parallel.tp=2"],
    "pp2": ["parallel.pp=2"],
    "dp2": [],
    "dp2_distopt": ["parallel.use_distributed_optimizer=true"],
    "dp2_distopt_overlap": ["parallel.use_distributed_optimizer=true", "parallel.overlap_grad_reduce=true",
                            "parallel.overlap_param_gather=true"],
    "pp2_vpp2": ["parallel.pp=2", "parallel.vpp=2"],
    "tp2_sp": ["parallel.tp=2", "parallel.sequence_parallel=true"],
}


@pytest.mark.slow
def test_layouts_match_single_process(medical_data, tmp_path, capsys):
    init = tmp_path / "init_weights"
    base = medical_data.overrides() + [
        "training.train_steps=5", "training.global_batch_size=8", "training.micro_batch_size=2",
        "schedule.warmup_steps=1", "training.eval_interval=0", "data.seq_length=64",
        "logging.tensorboard=false", f"checkpoint.load={init}", f"data.cache_dir={tmp_path}/cache",
    ]
    reference = run_layouts(1, TINY_CONFIG, base, {"single": []}, tmp_path, save_initial_weights=init)
    results = run_layouts(2, TINY_CONFIG, base, TWO_RANK_LAYOUTS, tmp_path)
    results.update(run_layouts(4, TINY_CONFIG, base, {"tp2_pp2": ["parallel.tp=2", "parallel.pp=2"]},
                               tmp_path))

    table, errors = parity_table(reference["single"], results)
    with capsys.disabled():
        print("\nlayout parity vs single process (5 steps, real medical text):\n" + table)
    losses = [step["loss"] for step in reference["single"]]
    assert losses[-1] < losses[0], "the reference run should learn"
    for name, err in errors.items():
        assert err["loss"] <= RTOL and err["grad_norm"] <= RTOL, f"{name}: {err}"
