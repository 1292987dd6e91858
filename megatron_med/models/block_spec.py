"""Decoder block specs: this pipeline chunk's slice of per-layer specs, plus the final norm."""

from __future__ import annotations

import dataclasses

from megatron_med.models.rms_norm import RMSNorm


def local_layer_spec(core_attention: type | None = None):
    """megatron-core's local GPT layer spec with our sequence-parallel-capable RMSNorm, and
    `core_attention` (e.g. SdpaAttention) instead of megatron-core's unfused one when given."""
    from megatron.core.models.gpt.gpt_layer_specs import get_gpt_layer_local_spec

    spec = get_gpt_layer_local_spec(normalization="RMSNorm")
    submodules = dataclasses.replace(spec.submodules, input_layernorm=RMSNorm, pre_mlp_layernorm=RMSNorm)
    if core_attention is not None:
        attention = spec.submodules.self_attention
        attention = dataclasses.replace(attention, submodules=dataclasses.replace(
            attention.submodules, core_attention=core_attention))
        submodules = dataclasses.replace(submodules, self_attention=attention)
    return dataclasses.replace(spec, submodules=submodules)


def decoder_block_spec(transformer_config, layer_specs: list, use_te: bool, vp_stage: int | None):
    """Slice the global list `layer_specs` (one per layer) to the layers this chunk builds."""
    from megatron.core.transformer.transformer_block import (
        TransformerBlockSubmodules,
        get_num_layers_to_build,
    )
    from megatron.core.transformer.transformer_layer import get_transformer_layer_offset

    assert len(layer_specs) == transformer_config.num_layers
    count = get_num_layers_to_build(transformer_config, vp_stage=vp_stage)
    offset = get_transformer_layer_offset(transformer_config, vp_stage=vp_stage)
    if use_te:
        from megatron.core.extensions.transformer_engine import TENorm

        norm = TENorm
    else:
        norm = RMSNorm
    return TransformerBlockSubmodules(layer_specs=layer_specs[offset:offset + count], layer_norm=norm)
