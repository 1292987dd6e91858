"""Baichuan-M1's short convolution on keys or values: per KV head a causal 2-tap kernel over time.

    y[t] = w[h, 0] * x[t-1] + w[h, 1] * x[t]     (x[-1] = 0, and x[t-1] = 0 where a document starts)

The kernel is shared across head_dim. Under tensor parallelism the weight rows are split with the
KV heads they belong to (rank r holds the taps of its own KV heads), so no communication is needed.
"""

from __future__ import annotations

import torch
from megatron.core import parallel_state, tensor_parallel
from megatron.core.tensor_parallel.layers import set_tensor_model_parallel_attributes
from megatron.core.transformer.module import MegatronModule
from megatron.core.transformer.utils import (
    ensure_metadata_has_dp_cp_group,
    make_sharded_tensors_for_checkpoint,
)


class ShortConv(MegatronModule):
    """Causal 2-tap convolution over the sequence, one kernel per KV head of this TP rank."""

    def __init__(self, config, num_kv_heads_per_partition: int):
        super().__init__(config=config)
        self.weight = torch.nn.Parameter(torch.empty(
            num_kv_heads_per_partition, 2, device=torch.cuda.current_device(), dtype=config.params_dtype))
        set_tensor_model_parallel_attributes(self.weight, is_parallel=True, dim=0, stride=1)
        if config.perform_initialization:
            # Published init: softmax over the two taps of standard-normal draws, per head. The TP RNG
            # stream gives each rank's heads their own draws.
            with tensor_parallel.get_cuda_rng_tracker().fork(), torch.no_grad():
                self.weight.copy_(torch.softmax(torch.randn_like(self.weight, dtype=torch.float32), -1))

    def forward(self, x: torch.Tensor, restart: torch.Tensor | None = None) -> torch.Tensor:
        """x: [s, b, heads, head_dim]; restart: [s, b] bool, True where a new document begins."""
        previous = torch.nn.functional.pad(x[:-1], (0, 0, 0, 0, 0, 0, 1, 0))
        if restart is not None:
            previous = previous.masked_fill(restart[:, :, None, None], 0.0)
        w = self.weight.to(x.dtype)
        return w[:, 0, None] * previous + w[:, 1, None] * x

    def sharded_state_dict(self, prefix: str = "", sharded_offsets: tuple = (), metadata: dict | None = None):
        """The weight is sharded along its head axis (dim 0) across TP ranks."""
        return make_sharded_tensors_for_checkpoint(
            self.state_dict(prefix="", keep_vars=True), prefix, {"weight": 0}, sharded_offsets,
            tp_group=parallel_state.get_tensor_model_parallel_group(),
            dp_cp_group=ensure_metadata_has_dp_cp_group(metadata)["dp_cp_group"],
        )
