"""RMSNorm for the local (non-Transformer-Engine) layer spec.

megatron-core's local spec falls back to torch's norm, which refuses sequence parallelism. This one
accepts it: under sequence parallelism each TP rank sees a different slice of tokens, so its weight
is tagged `sequence_parallel` and megatron-core's finalize_model_grads all-reduces its gradient
over the TP group. The variance is computed in fp32, as in Llama and Baichuan-M1.
"""

from __future__ import annotations

import torch


class RMSNorm(torch.nn.Module):
    def __init__(self, config, hidden_size: int, eps: float = 1e-6):
        super().__init__()
        self.config = config
        self.eps = eps
        self.weight = torch.nn.Parameter(torch.ones(hidden_size, dtype=config.params_dtype))
        self.weight.sequence_parallel = config.sequence_parallel

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x32 = x.float()
        normed = x32 * torch.rsqrt(x32.pow(2).mean(-1, keepdim=True) + self.eps)
        return normed.type_as(x) * self.weight
