"""Core attention for the local (non-Transformer-Engine) layer spec, and the masks it shares.

megatron-core's local spec computes attention unfused: it stores the [b, heads, s, s] scores and
probabilities of every layer for the backward pass. `SdpaAttention` computes the same function
through `torch.nn.functional.scaled_dot_product_attention`, which on CUDA runs flash attention
(causal, no mask) or the memory-efficient kernel (explicit mask) and never stores the scores; on
CPU it runs PyTorch's fused CPU kernels. It is the default on a GPU without Transformer Engine
(`model.local_attention`).
"""

from __future__ import annotations

import contextlib

import torch
from megatron.core import tensor_parallel
from megatron.core.transformer.dot_product_attention import DotProductAttention
from megatron.core.transformer.enums import AttnMaskType


def combined_mask(seq_length: int, window: int | None, document_mask: torch.Tensor | None,
                  device: torch.device) -> torch.Tensor:
    """Bool mask, True = masked: causal, beyond `window` keys back, and across documents.

    document_mask: [b, 1, s, s] (True = masked) from the data pipeline, or None. Returns [1 or b, 1, s, s].
    """
    offset = torch.arange(seq_length, device=device)
    distance = offset[:, None] - offset[None, :]  # query minus key position
    mask = distance < 0
    if window is not None:
        mask = mask | (distance > window)
    mask = mask[None, None]
    return mask if document_mask is None else mask | document_mask


class SdpaAttention(DotProductAttention):
    """DotProductAttention's interface and softmax scale, computed by torch's fused SDPA kernels.

    attention_mask: the data pipeline's [b, 1, s, s] document mask (True = masked) or None; causal
    masking (and a subclass's `window`) is always applied here.
    """

    window: int | None = None

    def forward(self, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                attention_mask: torch.Tensor | None, attn_mask_type: AttnMaskType | None = None,
                attention_bias=None, packed_seq_params=None) -> torch.Tensor:
        """query [s, b, np, d], key/value [s, b, ng, d] -> context [s, b, np * d]."""
        if attention_bias is not None or packed_seq_params is not None:
            raise NotImplementedError("SdpaAttention takes no attention bias and no THD packed sequences")
        seq_length, batch, heads, head_dim = query.shape
        repeat = heads // key.shape[2]
        q, k, v = (x.permute(1, 2, 0, 3) for x in (query, key, value))  # [b, heads, s, d]
        if repeat > 1:  # grouped-query attention: each KV head serves `repeat` query heads
            k, v = k.repeat_interleave(repeat, dim=1), v.repeat_interleave(repeat, dim=1)
        mask = None
        if attention_mask is not None or self.window is not None:
            mask = ~combined_mask(seq_length, self.window, attention_mask, query.device)  # SDPA: True = attend
        dropout = self.config.attention_dropout if self.training else 0.0
        with tensor_parallel.get_cuda_rng_tracker().fork() if dropout else contextlib.nullcontext():
            context = torch.nn.functional.scaled_dot_product_attention(
                q, k, v, attn_mask=mask, dropout_p=dropout, is_causal=mask is None, scale=self.softmax_scale)
        return context.permute(2, 0, 1, 3).reshape(seq_length, batch, heads * head_dim)
