"""NormHead: the output layer's vocabulary rows are L2-normalised on every forward pass.

logits = x . normalize(W)^T. Under TP the weight is split by vocabulary rows (vocab-parallel), and
each row is normalised where it lives, so the head needs no extra communication.
"""

from __future__ import annotations

import torch
from megatron.core.tensor_parallel import ColumnParallelLinear


class NormHead(ColumnParallelLinear):
    """A vocab-parallel ColumnParallelLinear whose weight rows are unit-normalised at use."""

    def forward(self, input_: torch.Tensor, weight: torch.Tensor | None = None,
                runtime_gather_output: bool | None = None):
        weight = self.weight if weight is None else weight
        # Normalise in fp32 (bf16 row norms of a 5120-wide row lose digits), then use the param dtype.
        unit = torch.nn.functional.normalize(weight.float(), dim=-1).to(weight.dtype)
        return super().forward(input_, unit, runtime_gather_output)

    @classmethod
    def adopt(cls, head: ColumnParallelLinear) -> NormHead:
        """Turn a built output layer into a NormHead that keeps its weight (no re-allocation)."""
        norm_head = cls(head.input_size, head.output_size, config=head.config,
                        init_method=head.config.init_method, bias=False, gather_output=head.gather_output,
                        skip_weight_param_allocation=True,
                        embedding_activation_buffer=head.embedding_activation_buffer,
                        grad_output_buffer=head.grad_output_buffer, tp_group=head.tp_group)
        norm_head.weight = head.weight
        return norm_head
