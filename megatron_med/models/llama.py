"""Llama-style decoder: megatron-core GPTModel with RoPE, RMSNorm, SwiGLU, GQA, untied output."""

from __future__ import annotations

from megatron_med.config.schema import RunConfig
from megatron_med.models.transformer_config import llama_transformer_config, use_transformer_engine


def layer_spec(use_te: bool):
    from megatron.core.models.gpt import gpt_layer_specs

    if use_te:
        return gpt_layer_specs.get_gpt_layer_with_transformer_engine_spec()
    return gpt_layer_specs.get_gpt_layer_local_spec(normalization="RMSNorm")


def build(config: RunConfig, vocab_size: int, pre_process: bool, post_process: bool,
          vp_stage: int | None = None):
    """One pipeline chunk (embedding on the first stage, output head on the last)."""
    from megatron.core.models.gpt import GPTModel

    model = config.model
    return GPTModel(
        config=llama_transformer_config(model, config.parallel, config.training),
        transformer_layer_spec=layer_spec(use_transformer_engine(model)),
        vocab_size=vocab_size,
        max_sequence_length=model.max_position_embeddings,
        pre_process=pre_process,
        post_process=post_process,
        share_embeddings_and_output_weights=not model.untie_embeddings_and_output_weights,
        position_embedding_type="rope",
        rotary_base=int(model.rotary_base),
        vp_stage=vp_stage,
    )


def attention_layers(model) -> list:
    """Per-layer attention shapes, for FLOP counting."""
    from megatron_med.training.flops import AttentionShape

    head_dim = model.kv_channels or model.hidden_size // model.num_attention_heads
    return [AttentionShape(model.num_attention_heads, model.num_query_groups, head_dim)] * model.num_layers
