"""Baichuan-M1 layer specs: megatron-core's GPT layer specs with the attention swapped for M1's.

Local spec (CPU, or GPU without Transformer Engine): megatron-core linear layers, our RMSNorm (fp32
variance, sequence parallel) and M1DotProductAttention (window and documents through masks, sliding
layers block-banded) or, by default with CUDA, M1SdpaAttention (the same masks through torch SDPA).
TE spec (H100): TE fused norm+QKV linear, TE MLP and TE DotProductAttention (flash/cuDNN windowed
attention, FP8 when set).
"""

from __future__ import annotations

import dataclasses

from megatron.core.transformer.enums import AttnMaskType
from megatron.core.transformer.spec_utils import ModuleSpec

from megatron_med.models.baichuan_m1.attention import M1AttentionSubmodules, M1SelfAttention
from megatron_med.models.baichuan_m1.core_attention import M1DotProductAttention, M1SdpaAttention
from megatron_med.models.baichuan_m1.short_conv import ShortConv


def _with_m1_attention(spec: ModuleSpec, short_conv: bool, core_attention: type | None = None) -> ModuleSpec:
    attention = spec.submodules.self_attention
    fields = {f.name: getattr(attention.submodules, f.name) for f in dataclasses.fields(attention.submodules)}
    if core_attention is not None:
        fields["core_attention"] = core_attention
    conv = ShortConv if short_conv else None
    m1_attention = ModuleSpec(
        module=M1SelfAttention,
        params={"attn_mask_type": AttnMaskType.causal},
        submodules=M1AttentionSubmodules(**fields, key_conv=conv, value_conv=conv),
    )
    submodules = dataclasses.replace(spec.submodules, self_attention=m1_attention)
    return dataclasses.replace(spec, submodules=submodules)


def local_layer_spec(short_conv: bool = True, sdpa: bool = False) -> ModuleSpec:
    """M1 layer from megatron-core modules and our sequence-parallel RMSNorm (runs on CPU); attention
    through torch SDPA when `sdpa`, else unfused."""
    from megatron_med.models.block_spec import local_layer_spec as llama_local_spec

    return _with_m1_attention(llama_local_spec(), short_conv, M1SdpaAttention if sdpa else M1DotProductAttention)


def te_layer_spec(short_conv: bool = True) -> ModuleSpec:
    """M1 layer from Transformer Engine modules (needs TE and a GPU; FP8 follows `model.fp8`)."""
    from megatron.core.models.gpt.gpt_layer_specs import get_gpt_layer_with_transformer_engine_spec

    return _with_m1_attention(get_gpt_layer_with_transformer_engine_spec(), short_conv)
