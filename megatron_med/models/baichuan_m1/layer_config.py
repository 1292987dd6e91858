"""A TransformerConfig whose layers differ: per-layer heads, KV heads, head_dim and sliding window."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from megatron.core.transformer.transformer_config import TransformerConfig

from megatron_med.config.schema import RunConfig
from megatron_med.models.baichuan_m1.config import layer_shapes, parse_options
from megatron_med.models.transformer_config import (
    llama_transformer_config,
    use_flex_window,
    use_transformer_engine,
)


@dataclass
class M1TransformerConfig(TransformerConfig):
    """TransformerConfig plus Baichuan-M1's per-layer attention shapes.

    The top-level head fields describe the global layers (they size nothing by themselves);
    `get_config_for_layer` gives each layer its own shape, which megatron-core's TransformerBlock
    uses when `heterogeneous_block_specs` is set.
    """

    m1_layer_shapes: tuple = ()  # LayerShape per global layer (0-based)
    m1_rotary_base: float = 10000.0
    m1_window: int | None = None  # this layer's sliding window (per-layer copies only)
    m1_te_window: bool = False  # Transformer Engine applies the window itself (TE spec)
    m1_flex_window: bool = False  # sliding layers run FlexAttention (local spec)

    def get_config_for_layer(self, layer_number: int) -> M1TransformerConfig:
        """Config of global layer `layer_number` (1-based, as megatron-core counts)."""
        shape = self.m1_layer_shapes[layer_number - 1]
        layer = copy.copy(self)
        layer.num_attention_heads = shape.heads
        layer.num_query_groups = shape.kv_heads
        layer.kv_channels = shape.head_dim
        layer.m1_window = shape.window
        # TE's DotProductAttention reads window_size at construction; the local path masks instead.
        layer.window_size = (shape.window, 0) if self.m1_te_window and shape.window is not None else None
        layer.window_attn_skip_freq = None
        return layer


def m1_transformer_config(config: RunConfig) -> M1TransformerConfig:
    """The M1TransformerConfig of a run (Llama-style base: RMSNorm, SwiGLU, no biases)."""
    model = config.model
    shapes = tuple(layer_shapes(model, parse_options(model)))
    return llama_transformer_config(
        model, config.parallel, config.training, config_class=M1TransformerConfig,
        heterogeneous_block_specs=True,
        m1_layer_shapes=shapes,
        m1_rotary_base=float(model.rotary_base),
        m1_te_window=use_transformer_engine(model),
        m1_flex_window=use_flex_window(model),
    )
