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
from tests.distributed.harness import check_layout_parity

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
    m1 = ["model.preset=baichuan-m1-tiny", "model.transformer_impl=local", "data.reset_position_ids=true",
          "data.reset_attention_mask=true", "data.eod_mask_loss=true"]
    table = check_layout_parity(medical_data.overrides() + m1, TINY_CONFIG, tmp_path, steps=3,
                                two_rank=TWO_RANK_LAYOUTS,
                                four_rank={"tp2_pp2": ["parallel.tp=2", "parallel.pp=2"]})
    with capsys.disabled():
        print("\nBaichuan-M1 layout parity vs single process (3 steps, packed real medical text):\n" + table)
