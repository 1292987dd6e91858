"""Translate our ModelConfig/ParallelConfig into megatron-core's TransformerConfig."""

from __future__ import annotations

import torch
import torch.nn.functional as F

from megatron_med.config.schema import ModelConfig, ParallelConfig, TrainingConfig


def resolve_precision(training: TrainingConfig) -> torch.dtype:
    """`auto`: bf16 with CUDA, fp32 on CPU (bf16 matmuls on CPU are slow and not what GPUs compute)."""
    name = training.precision
    if name == "auto":
        name = "bf16" if torch.cuda.is_available() else "fp32"
    dtypes = {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}
    return dtypes[name]


def transformer_engine_available() -> bool:
    """True when Transformer Engine imports and a GPU is present (the PyPI meta package raises
    RuntimeError rather than ImportError on import, hence the broad except)."""
    if not torch.cuda.is_available():
        return False
    try:
        import transformer_engine  # noqa: F401
    except Exception:
        return False
    return True


def use_transformer_engine(model: ModelConfig) -> bool:
    if model.transformer_impl == "local":
        return False
    if model.transformer_impl == "transformer_engine":
        return True
    return transformer_engine_available()


def use_sdpa(model: ModelConfig) -> bool:
    """Whether local layers compute attention with torch SDPA (`auto`: with CUDA; on CPU the unfused path
    keeps the CPU reference figures and M1's block-banded sliding layers)."""
    if model.local_attention == "auto":
        return torch.cuda.is_available()
    return model.local_attention in ("sdpa", "flex")


def use_flex_window(model: ModelConfig) -> bool:
    """Whether M1's sliding layers run FlexAttention: `auto` with a CUDA
    GPU that Triton's FlexAttention kernels support (compute capability 8.0+: A100, H100)."""
    if model.local_attention == "auto":
        return torch.cuda.is_available() and torch.cuda.get_device_capability() >= (8, 0)
    return model.local_attention == "flex"


def llama_transformer_config(model: ModelConfig, parallel: ParallelConfig, training: TrainingConfig,
                             config_class: type | None = None, **extra):
    """A Llama-style TransformerConfig: RMSNorm, SwiGLU, no biases, no dropout."""
    from megatron.core.transformer.transformer_config import TransformerConfig

    dtype = resolve_precision(training)
    fp8 = model.fp8 if use_transformer_engine(model) else None
    return (config_class or TransformerConfig)(
        num_layers=model.num_layers,
        hidden_size=model.hidden_size,
        ffn_hidden_size=model.ffn_hidden_size,
        num_attention_heads=model.num_attention_heads,
        num_query_groups=model.num_query_groups,
        kv_channels=model.kv_channels,
        normalization="RMSNorm",
        layernorm_epsilon=model.norm_epsilon,
        gated_linear_unit=True,
        activation_func=F.silu,
        add_bias_linear=False,
        add_qkv_bias=False,
        hidden_dropout=0.0,
        attention_dropout=0.0,
        init_method_std=model.init_method_std,
        tensor_model_parallel_size=parallel.tp,
        pipeline_model_parallel_size=parallel.pp,
        virtual_pipeline_model_parallel_size=parallel.vpp,
        sequence_parallel=parallel.sequence_parallel,
        params_dtype=dtype,
        pipeline_dtype=dtype,
        bf16=dtype == torch.bfloat16,
        fp16=dtype == torch.float16,
        fp8=fp8,
        fp8_recipe="delayed" if fp8 else None,
        recompute_granularity=model.recompute_granularity,
        recompute_method="uniform" if model.recompute_granularity == "full" else None,
        recompute_num_layers=model.recompute_num_layers if model.recompute_granularity == "full" else None,
        # Interleaved PP over gloo delivers wrong activations with batched p2p (seen in probes).
        batch_p2p_comm=torch.cuda.is_available(),
        # Fusions that need CUDA kernels are switched on only with a GPU.
        bias_dropout_fusion=False,
        masked_softmax_fusion=False,
        gradient_accumulation_fusion=False,
        apply_rope_fusion=False,
        **extra,
    )
