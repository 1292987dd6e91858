"""Baichuan-M1 self-attention: packed QKV -> short conv on K and V -> RoPE per position id -> GQA
attention (global causal or sliding window, restarted at document boundaries) -> output projection.

The decoder hands each layer the position ids in its `rotary_pos_emb` slot (see model.py): layers of
different head_dim each build their own rotary frequencies, and positions restart inside packed samples.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from megatron.core.models.common.embeddings.rope_utils import apply_rotary_pos_emb
from megatron.core.transformer.attention import SelfAttention, SelfAttentionSubmodules
from megatron.core.transformer.dot_product_attention import DotProductAttention
from megatron.core.transformer.enums import AttnMaskType
from megatron.core.transformer.spec_utils import build_module

from megatron_med.models.core_attention import combined_mask


@dataclass
class M1AttentionSubmodules(SelfAttentionSubmodules):
    """SelfAttention's submodules plus the short convolutions (None: no conv)."""

    key_conv: type | None = None
    value_conv: type | None = None


def document_starts(document_mask: torch.Tensor | None) -> torch.Tensor | None:
    """[s, b] bool, True where token t may not see token t-1 (a new document), from a [b, 1, s, s] mask."""
    if document_mask is None:
        return None
    starts = torch.zeros(document_mask.shape[0], document_mask.shape[-1], dtype=torch.bool,
                         device=document_mask.device)
    starts[:, 1:] = torch.diagonal(document_mask[:, 0], offset=-1, dim1=-2, dim2=-1)
    return starts.t()


def rotary_freqs(position_ids: torch.Tensor, head_dim: int, base: float) -> torch.Tensor:
    """Rotate-half RoPE angles [s, b, 1, head_dim] for position ids [b, s]."""
    inv_freq = 1.0 / (base ** (torch.arange(0, head_dim, 2, dtype=torch.float32,
                                            device=position_ids.device) / head_dim))
    angles = position_ids.t().float()[..., None] * inv_freq
    return torch.cat((angles, angles), dim=-1)[:, :, None, :]


class M1SelfAttention(SelfAttention):
    """megatron-core SelfAttention with Baichuan-M1's conv, per-layer RoPE and window/document masks.

    The layer's config (see layer_config.py) carries its own heads, KV heads, head_dim and window.
    """

    def __init__(self, config, submodules: M1AttentionSubmodules, layer_number: int,
                 attn_mask_type: AttnMaskType = AttnMaskType.causal, cp_comm_type: str | None = None,
                 pg_collection=None):
        super().__init__(config=config, submodules=submodules, layer_number=layer_number,
                         attn_mask_type=attn_mask_type, cp_comm_type=cp_comm_type,
                         pg_collection=pg_collection)
        heads = self.num_query_groups_per_partition
        self.key_conv = self.value_conv = None
        if submodules.key_conv is not None:
            self.key_conv = build_module(submodules.key_conv, config, heads)
            self.value_conv = build_module(submodules.value_conv, config, heads)
        self.window = config.m1_window
        # The local core attentions (M1DotProductAttention, M1SdpaAttention) build causal/window masks
        # themselves; Transformer Engine applies its own window (set from the layer config) and needs a
        # mask only for documents.
        self.mask_in_core = isinstance(self.core_attention, DotProductAttention)

    def forward(self, hidden_states: torch.Tensor, attention_mask: torch.Tensor | None,
                key_value_states=None, inference_context=None, rotary_pos_emb: torch.Tensor | None = None,
                packed_seq_params=None, **unused) -> tuple[torch.Tensor, torch.Tensor | None]:
        """hidden_states [s, b, h] (sequence-parallel shard when SP is on); rotary_pos_emb carries the
        position ids [b, s]; attention_mask is the packed-document mask [b, 1, s, s] or None."""
        if inference_context is not None or packed_seq_params is not None or key_value_states is not None:
            raise NotImplementedError("Baichuan-M1 attention supports training/eval forward passes only "
                                      "(no KV-cache inference, no THD packed sequences)")
        query, key, value = self.get_query_key_value_tensors(hidden_states)
        seq_length, batch = query.shape[0], query.shape[1]
        if self.key_conv is not None:
            starts = document_starts(attention_mask)
            key = self.key_conv(key, starts)
            value = self.value_conv(value, starts)

        position_ids = rotary_pos_emb
        if position_ids is None:
            position_ids = torch.arange(seq_length, device=query.device).expand(batch, -1)
        freqs = rotary_freqs(position_ids, query.shape[-1], self.config.m1_rotary_base)
        query = apply_rotary_pos_emb(query, freqs, config=self.config)
        key = apply_rotary_pos_emb(key, freqs, config=self.config)

        mask, mask_type = attention_mask, AttnMaskType.causal  # the local core applies causal/window
        if not self.mask_in_core and attention_mask is not None:  # TE: its window plus an explicit mask
            mask = combined_mask(seq_length, self.window, attention_mask, query.device)
            mask_type = AttnMaskType.arbitrary
        if self.checkpoint_core_attention and self.training:
            context = self._checkpointed_attention_forward(query, key, value, mask, attn_mask_type=mask_type)
        else:
            context = self.core_attention(query, key, value, mask, attn_mask_type=mask_type)
        return self.linear_proj(context)
