"""Llama-style decoder: megatron-core GPTModel with RoPE, RMSNorm, SwiGLU, GQA, untied output."""

from __future__ import annotations

from megatron_med.config.schema import ModelConfig, RunConfig
from megatron_med.models.block_spec import decoder_block_spec, local_layer_spec
from megatron_med.models.transformer_config import llama_transformer_config, use_sdpa, use_transformer_engine
from megatron_med.training.flops import AttentionShape


def layer_spec(use_te: bool, sdpa: bool = False):
    if use_te:
        from megatron.core.models.gpt.gpt_layer_specs import get_gpt_layer_with_transformer_engine_spec

        return get_gpt_layer_with_transformer_engine_spec()
    if sdpa:
        from megatron_med.models.core_attention import SdpaAttention

        return local_layer_spec(SdpaAttention)
    return local_layer_spec()


def build(config: RunConfig, vocab_size: int, pre_process: bool, post_process: bool,
          vp_stage: int | None = None):
    """One pipeline chunk (embedding on the first stage, output head on the last)."""
    from megatron.core.models.gpt import GPTModel

    model = config.model
    use_te = use_transformer_engine(model)
    transformer_config = llama_transformer_config(model, config.parallel, config.training)
    specs = [layer_spec(use_te, use_sdpa(model))] * model.num_layers
    return GPTModel(
        config=transformer_config,
        transformer_layer_spec=decoder_block_spec(transformer_config, specs, use_te, vp_stage),
        vocab_size=vocab_size,
        max_sequence_length=model.max_position_embeddings,
        pre_process=pre_process,
        post_process=post_process,
        share_embeddings_and_output_weights=not model.untie_embeddings_and_output_weights,
        position_embedding_type="rope",
        rotary_base=int(model.rotary_base),
        vp_stage=vp_stage,
    )


def attention_layers(model: ModelConfig) -> list[AttentionShape]:
    """Per-layer attention shapes, for FLOP counting."""
    head_dim = model.kv_channels or model.hidden_size // model.num_attention_heads
    return [AttentionShape(model.num_attention_heads, model.num_query_groups, head_dim)] * model.num_layers
