"""Checks that run before any process group exists; each message says what to change."""

from __future__ import annotations

import torch

from megatron_med.config.load import ConfigError
from megatron_med.config.schema import RunConfig

_DECAY_STYLES = ("cosine", "linear", "constant", "WSD")
_WSD_STYLES = ("linear", "cosine", "exponential", "minus_sqrt")


def data_parallel_size(config: RunConfig, world_size: int) -> int:
    p = config.parallel
    return p.dp if p.dp is not None else world_size // (p.tp * p.pp)


def validate(config: RunConfig, world_size: int) -> list[str]:
    """Raise ConfigError listing every problem of `config` for `world_size` processes.

    Returns non-fatal warnings.
    """
    m, p, t, d, s = config.model, config.parallel, config.training, config.data, config.schedule
    errors: list[str] = []
    warnings: list[str] = []

    def need(condition: bool, message: str) -> None:
        if not condition:
            errors.append(message)

    for name, value in (("parallel.tp", p.tp), ("parallel.pp", p.pp), ("training.micro_batch_size",
                        t.micro_batch_size), ("training.global_batch_size", t.global_batch_size),
                        ("model.num_layers", m.num_layers), ("data.seq_length", d.seq_length)):
        need(value >= 1, f"{name} must be >= 1 (got {value})")
    if errors:
        raise ConfigError("invalid configuration:\n  - " + "\n  - ".join(errors))

    dp = data_parallel_size(config, world_size)
    model_parallel = p.tp * p.pp
    if p.dp is None:
        need(world_size % model_parallel == 0,
             f"world size {world_size} is not a multiple of tp x pp = {p.tp} x {p.pp} = {model_parallel}: "
             f"launch a multiple of {model_parallel} processes or change the layout")
    else:
        need(model_parallel * dp == world_size,
             f"world size {world_size} != tp {p.tp} x pp {p.pp} x dp {dp}: launch {model_parallel * dp} "
             "processes, or leave parallel.dp unset to derive it")
    need(m.num_attention_heads % p.tp == 0,
         f"model.num_attention_heads={m.num_attention_heads} is not divisible by parallel.tp={p.tp}: "
         "choose a tp that divides the number of heads")
    need(m.num_query_groups % p.tp == 0,
         f"model.num_query_groups={m.num_query_groups} (KV heads) is not divisible by parallel.tp={p.tp}: "
         f"use tp <= {m.num_query_groups} dividing it, and scale with pp/dp instead")
    need(m.num_attention_heads % m.num_query_groups == 0,
         f"model.num_attention_heads={m.num_attention_heads} must be a multiple of "
         f"model.num_query_groups={m.num_query_groups}")
    need(m.kv_channels is not None or m.hidden_size % m.num_attention_heads == 0,
         f"model.hidden_size={m.hidden_size} is not divisible by num_attention_heads="
         f"{m.num_attention_heads}: set model.kv_channels (head dim) explicitly")
    need(m.ffn_hidden_size % p.tp == 0,
         f"model.ffn_hidden_size={m.ffn_hidden_size} is not divisible by parallel.tp={p.tp}")
    stages = p.pp * (p.vpp or 1)
    need(m.num_layers % stages == 0,
         f"model.num_layers={m.num_layers} is not divisible by pp x vpp = {p.pp} x {p.vpp or 1} = {stages}: "
         "choose a layout whose stage count divides the layers")
    if p.vpp is not None:
        need(p.pp >= 2, f"parallel.vpp={p.vpp} needs parallel.pp >= 2 (interleaving needs a pipeline)")
        need(p.vpp >= 2, f"parallel.vpp must be null or >= 2 (got {p.vpp})")
    per_step = t.micro_batch_size * dp
    if dp >= 1:
        need(t.global_batch_size % per_step == 0,
             f"training.global_batch_size={t.global_batch_size} is not divisible by micro_batch_size x dp = "
             f"{t.micro_batch_size} x {dp} = {per_step}")
    if p.vpp is not None and dp >= 1 and t.global_batch_size % per_step == 0:
        microbatches = t.global_batch_size // per_step
        need(microbatches % p.pp == 0,
             f"interleaved pipelining needs the number of micro-batches ({microbatches}) to be a multiple "
             f"of pp={p.pp}: raise training.global_batch_size")
    need(not p.sequence_parallel or p.tp > 1,
         "parallel.sequence_parallel needs parallel.tp > 1 (it splits activations across TP ranks)")
    need(not p.sequence_parallel or d.seq_length % p.tp == 0,
         f"data.seq_length={d.seq_length} must be divisible by parallel.tp={p.tp} with sequence parallel")
    need(not p.overlap_param_gather or p.use_distributed_optimizer,
         "parallel.overlap_param_gather needs parallel.use_distributed_optimizer=true")
    need(d.seq_length <= m.max_position_embeddings,
         f"data.seq_length={d.seq_length} exceeds model.max_position_embeddings={m.max_position_embeddings}")
    need(d.mock or bool(d.paths), "data.paths is empty: give indexed-dataset prefixes or set data.mock=true")
    need(d.mock or d.tokenizer is not None or m.vocab_size is not None,
         "set data.tokenizer (a .tiktoken file) or model.vocab_size")
    need(t.precision in ("auto", "bf16", "fp16", "fp32"),
         f"training.precision={t.precision!r}: choose auto, bf16, fp16 or fp32")
    need(m.transformer_impl in ("auto", "local", "transformer_engine"),
         f"model.transformer_impl={m.transformer_impl!r}: choose auto, local or transformer_engine")
    need(m.local_attention in ("auto", "sdpa", "unfused", "flex"),
         f"model.local_attention={m.local_attention!r}: choose auto, sdpa, unfused or flex")
    need(m.local_attention != "flex" or torch.cuda.is_available(),
         "model.local_attention=flex needs a CUDA GPU (FlexAttention has no CPU backward pass)")
    need(m.fp8 in (None, "hybrid", "e4m3"), f"model.fp8={m.fp8!r}: choose null, hybrid or e4m3")
    need(m.recompute_granularity in (None, "full", "selective"),
         f"model.recompute_granularity={m.recompute_granularity!r}: choose null, full or selective")
    need(s.decay_style in _DECAY_STYLES,
         f"schedule.decay_style={s.decay_style!r}: choose one of {', '.join(_DECAY_STYLES)}")
    decay_steps = s.decay_steps or t.train_steps
    need(s.warmup_steps <= decay_steps,
         f"schedule.warmup_steps={s.warmup_steps} exceeds the decay horizon ({decay_steps} steps)")
    if s.decay_style == "WSD":
        need(s.wsd_decay_steps is not None and 0 < s.wsd_decay_steps <= decay_steps - s.warmup_steps,
             "WSD needs 0 < schedule.wsd_decay_steps <= decay steps - warmup "
             f"({decay_steps - s.warmup_steps})")
        need(s.wsd_decay_style in _WSD_STYLES,
             f"schedule.wsd_decay_style={s.wsd_decay_style!r}: choose one of {', '.join(_WSD_STYLES)}")
    need(config.optimizer.min_lr <= config.optimizer.lr,
         f"optimizer.min_lr={config.optimizer.min_lr} exceeds optimizer.lr={config.optimizer.lr}")
    if m.fp8 and m.transformer_impl == "local":
        errors.append("model.fp8 needs Transformer Engine: "
                      "set model.transformer_impl=auto or transformer_engine")
    if p.overlap_grad_reduce and dp == 1:
        warnings.append("parallel.overlap_grad_reduce has no effect with dp=1")

    if errors:
        raise ConfigError("invalid configuration:\n  - " + "\n  - ".join(errors))
    return warnings
