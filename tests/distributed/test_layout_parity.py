"""Every parallel layout trains like the single-process reference, from the same weights.

Three torchrun launches: 1 process (writes the initial weights, trains the reference), 2 processes
(TP2, PP2, DP2, DP2 + distributed optimizer (also with overlapped grad reduce and param gather),
PP2 x VPP2, TP2 + sequence parallel, trained in turn in one process group) and 4 processes
(TP2 x PP2). Tolerance: 1e-5 relative on the loss and the grad norm of each of 5 optimizer steps
(fp32 on CPU; measured errors are ~1e-7).
"""

from __future__ import annotations

import pytest

from tests.conftest import TINY_CONFIG
from tests.distributed.harness import check_layout_parity

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
    table = check_layout_parity(medical_data.overrides(), TINY_CONFIG, tmp_path, steps=5,
                                two_rank=TWO_RANK_LAYOUTS,
                                four_rank={"tp2_pp2": ["parallel.tp=2", "parallel.pp=2"]})
    with capsys.disabled():
        print("\nlayout parity vs single process (5 steps, real medical text):\n" + table)
