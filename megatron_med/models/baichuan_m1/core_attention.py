"""Core attention of M1's local spec: megatron-core DotProductAttention plus M1's masks (unfused), or
torch's SDPA kernels with the same masks (`model.local_attention`).

Global layers: causal mask OR'ed with the packed-document mask, then megatron-core's dense path.
Sliding-window layers: the same result computed block-banded — queries in blocks of W, each block
against only its W + W keys (the CPU analogue of flash attention skipping blocks outside the window),
so the cost grows with s * W instead of s^2. A query at t sees keys t-W .. t of its own document.
"""

from __future__ import annotations

import torch
from megatron.core import tensor_parallel
from megatron.core.transformer.dot_product_attention import DotProductAttention
from megatron.core.transformer.enums import AttnMaskType
from megatron.core.transformer.utils import attention_mask_func

from megatron_med.models.core_attention import SdpaAttention, combined_mask
from megatron_med.models.flex_window import flex_window_attention


def banded_mask(seq_length: int, window: int, document_mask: torch.Tensor | None, device: torch.device):
    """[1 or b, 1, blocks, W, 2W] bool mask of query block i (rows iW..iW+W-1) against keys
    iW-W .. iW+W-1, True = masked (causal, window, padding before the sequence, other documents)."""
    blocks = seq_length // window
    rows = torch.arange(seq_length, device=device).view(blocks, window, 1)
    cols = (torch.arange(blocks, device=device) * window - window).view(blocks, 1, 1) + \
        torch.arange(2 * window, device=device).view(1, 1, -1)
    distance = rows - cols
    mask = ((distance < 0) | (distance > window) | (cols < 0))[None, None]
    if document_mask is not None:
        mask = mask | document_mask[:, :, rows, cols.clamp(min=0)]
    return mask


class M1DotProductAttention(DotProductAttention):
    """DotProductAttention that takes the document mask (or None) and applies causal/window itself."""

    def forward(self, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                attention_mask: torch.Tensor | None, attn_mask_type: AttnMaskType | None = None,
                attention_bias=None, packed_seq_params=None) -> torch.Tensor:
        """query [s, b, np, d], key/value [s, b, ng, d] -> context [s, b, np * d]."""
        seq_length, window = query.shape[0], self.config.m1_window
        if window is None or 2 * window > seq_length or seq_length % window:
            mask = combined_mask(seq_length, window, attention_mask, query.device)
            return super().forward(query, key, value, mask, AttnMaskType.causal, attention_bias,
                                   packed_seq_params)
        return self._banded(query, key, value, banded_mask(seq_length, window, attention_mask, query.device))

    def _banded(self, query, key, value, mask):
        s, b, heads, d = query.shape
        window = mask.shape[-2]
        repeat = self.num_attention_heads_per_partition // self.num_query_groups_per_partition
        key = key.repeat_interleave(repeat, dim=2) if repeat > 1 else key
        value = value.repeat_interleave(repeat, dim=2) if repeat > 1 else value

        def key_blocks(x):  # [s, b, h, d] -> [b, h, blocks, 2W, d], block i = positions iW-W .. iW+W-1
            x = torch.nn.functional.pad(x.permute(1, 2, 0, 3), (0, 0, window, 0))
            return x.unfold(2, 2 * window, window).transpose(-1, -2)

        q = query.permute(1, 2, 0, 3).reshape(b, heads, s // window, window, d)
        scores = torch.matmul(q, key_blocks(key).transpose(-1, -2)) * self.softmax_scale
        if self.config.attention_softmax_in_fp32:
            scores = scores.float()
        probs = torch.softmax(attention_mask_func(scores, mask), dim=-1).to(query.dtype)
        if self.config.attention_dropout:
            with tensor_parallel.get_cuda_rng_tracker().fork():
                probs = self.attention_dropout(probs)
        context = torch.matmul(probs, key_blocks(value))  # [b, h, blocks, W, d]
        return context.reshape(b, heads, s, d).permute(2, 0, 1, 3).reshape(s, b, heads * d)


class M1SdpaAttention(SdpaAttention):
    """SdpaAttention with M1's sliding window: global layers run flash attention when no document
    mask is given; sliding layers pass causal + window (+ documents) as an explicit mask, or, with
    `m1_flex_window`, run FlexAttention over the blocks inside the window (and the token's document)."""

    def __init__(self, config, *args, **kwargs):
        super().__init__(config, *args, **kwargs)
        self.window = config.m1_window
        self.flex = config.m1_flex_window and self.window is not None

    def forward(self, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                attention_mask: torch.Tensor | None, attn_mask_type: AttnMaskType | None = None,
                attention_bias=None, packed_seq_params=None) -> torch.Tensor:
        """query [s, b, np, d], key/value [s, b, ng, d] -> context [s, b, np * d]."""
        if self.flex and not (self.training and self.config.attention_dropout):
            return flex_window_attention(query, key, value, self.window, self.softmax_scale, attention_mask)
        return super().forward(query, key, value, attention_mask, attn_mask_type, attention_bias,
                               packed_seq_params)
