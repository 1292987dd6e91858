"""Baichuan-M1 family: short conv on K/V, hybrid global/sliding attention with per-layer shapes,
NormHead output, document-aware positions, conv and attention. See docs/baichuan_m1.md.

megatron-core is imported only when a model is built (`build`), so option parsing, validation,
FLOP and parameter counting (params.py) stay light.
"""

from __future__ import annotations

from megatron_med.config.schema import ModelConfig, RunConfig
from megatron_med.models.baichuan_m1.config import M1Options, layer_shapes, parse_options, validate

__all__ = ["M1Options", "attention_layers", "build", "layer_shapes", "parse_options",
           "validate"]


def build(config: RunConfig, vocab_size: int, pre_process: bool, post_process: bool,
          vp_stage: int | None = None):
    """One pipeline chunk of Baichuan-M1 (see model.py)."""
    from megatron_med.models.baichuan_m1.model import build as build_chunk

    return build_chunk(config, vocab_size, pre_process, post_process, vp_stage)


def attention_layers(model: ModelConfig) -> list:
    """Per-layer attention shapes (heads, KV heads, head_dim, window), for FLOP counting."""
    from megatron_med.training.flops import AttentionShape

    return [AttentionShape(s.heads, s.kv_heads, s.head_dim, s.window) for s in layer_shapes(model)]
