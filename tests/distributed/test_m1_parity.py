"""Baichuan-M1 (baichuan-m1-tiny) trains identically in every parallel layout, with packed documents.

Reuses the layout harness: 1 process (initial weights + reference), 2 processes (TP2, PP2,
PP2 x VPP2, TP2 + sequence parallel + selective recompute, DP2 + distributed optimizer + full
recompute), 4 processes (TP2 x PP2). Position ids, attention and the short conv restart at each
end-of-document token (reset_position_ids / reset_attention_mask), and the sliding window (32) is
shorter than the sequence (64), so every M1 feature is on the path. Tolerance: 1e-5 relative on loss
and grad norm of each of 3 optimizer steps.
"""

from __future__ import annotations

import pytest

from tests.conftest import TINY_CONFIG
from tests.distributed.harness import parity_table, run_layouts

RTOL = 1e-5
TWO_RANK_LAYOUTS = {
    "tp2": ["parallel.tp=2"],
    "pp2": ["parallel.pp=2"],
    "pp2_vpp2": ["parallel.pp=2", "parallel.vpp=2"],
    "tp2_sp_selective": ["parallel.tp=2", "parallel.sequence_parallel=true",
                         "model.recompute_granularity=selective"],
    "dp2_distopt_full": ["parallel.use_distributed_optimizer=true", "model.recompute_granularity=full"],
}


@pytest.mark.slow
def test_m1_layouts_match_single_process(medical_data, tmp_path, capsys):
    init = tmp_path / "init_weights"
    base = medical_data.overrides() + [
        "model.preset=baichuan-m1-tiny", "model.transformer_impl=local",
        "data.reset_position_ids=true", "data.reset_attention_mask=true", "data.eod_mask_loss=true",
        "training.train_steps=3", "training.global_batch_size=8", "training.micro_batch_size=2",
        "schedule.warmup_steps=1", "training.eval_interval=0", "data.seq_length=64",
        "logging.tensorboard=false", f"checkpoint.load={init}", f"data.cache_dir={tmp_path}/cache",
    ]
    reference = run_layouts(1, TINY_CONFIG, base, {"single": []}, tmp_path, save_initial_weights=init)
    results = run_layouts(2, TINY_CONFIG, base, TWO_RANK_LAYOUTS, tmp_path)
    results.update(run_layouts(4, TINY_CONFIG, base, {"tp2_pp2": ["parallel.tp=2", "parallel.pp=2"]},
                               tmp_path))

    table, errors = parity_table(reference["single"], results)
    with capsys.disabled():
        print("\nBaichuan-M1 layout parity vs single process (3 steps, packed real medical text):\n" + table)
    losses = [step["loss"] for step in reference["single"]]
    assert losses[-1] < losses[0], "the reference run should learn"
    for name, err in errors.items():
        assert err["loss"] <= RTOL and err["grad_norm"] <= RTOL, f"{name}: {err}"
