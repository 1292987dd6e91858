"""The training loop, top to bottom: layout, model, optimizer, data, steps, logs."""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import torch

from megatron_med.checkpoint.model_weights import load_model_weights, save_model_weights
from megatron_med.config import RunConfig, dump_config
from megatron_med.config.validate import data_parallel_size, validate
from megatron_med.models import family_module, validate_model
from megatron_med.runtime.distributed import init_model_parallel, set_seed
from megatron_med.training.data import batch_iterator, build_datasets, padded_vocab_size, tokenizer_info
from megatron_med.training.flops import device_peak_tflops, flops_per_token
from megatron_med.training.metrics import MetricsLogger, peak_memory_gb
from megatron_med.training.setup import build_model, build_optimizer, wire_model_config
from megatron_med.training.step import eval_loss, train_step

HISTORY_LENGTH = 1000


@dataclass
class RunState:
    """Everything needed to continue a run, in one serialisable place."""

    step: int = 0
    consumed_samples: int = 0
    # The most recent step records (bounded: a run may last 10^6 steps; train_log.jsonl has them all).
    history: deque[dict] = field(default_factory=lambda: deque(maxlen=HISTORY_LENGTH))


def _flops_per_token(config: RunConfig, vocab_size: int) -> float:
    m = config.model
    layers = family_module(m.family).attention_layers(m)
    return flops_per_token(m.hidden_size, m.ffn_hidden_size, layers, config.data.seq_length, vocab_size)


def train(config: RunConfig) -> RunState:
    """Train `config` on the already-initialised default process group; returns the final state.

    Builds the TP/PP/DP layout itself, so one process group can run several layouts in turn.
    """
    from megatron.core import parallel_state

    world = torch.distributed.get_world_size()
    validate(config, world)
    validate_model(config, world)
    init_model_parallel(config.parallel)
    set_seed(config.training.seed)
    is_writer = torch.distributed.get_rank() == 0
    if is_writer:
        Path(config.output_dir).mkdir(parents=True, exist_ok=True)
        (Path(config.output_dir) / "config.yaml").write_text(dump_config(config))

    tokenizer = tokenizer_info(config)
    vocab_size = padded_vocab_size(tokenizer.vocab_size, config)
    model = build_model(config, vocab_size)
    if config.checkpoint.load:  # before the optimizer: bf16/fp16 runs copy the weights into fp32 main params
        load_model_weights(model, config.checkpoint.load)
    optimizer, scheduler = build_optimizer(config, model)
    wire_model_config(model, optimizer, config)

    dp_rank = parallel_state.get_data_parallel_rank()
    dp_size = data_parallel_size(config, world)
    t = config.training
    num_microbatches = t.global_batch_size // (t.micro_batch_size * dp_size)
    train_ds, valid_ds = build_datasets(config, tokenizer)
    state = RunState()
    train_iters = [batch_iterator(train_ds, config, dp_rank, dp_size, state.consumed_samples)
                   for _ in model]
    valid_iters = [batch_iterator(valid_ds, config, dp_rank, dp_size) for _ in model] if valid_ds else []

    tokens_per_step = t.global_batch_size * config.data.seq_length
    model_flops_per_step = _flops_per_token(config, vocab_size) * tokens_per_step
    peak = device_peak_tflops(fp8=bool(config.model.fp8), override=config.logging.device_peak_tflops)
    logger = MetricsLogger(config.output_dir, enabled=is_writer, tensorboard=config.logging.tensorboard)
    try:
        while state.step < t.train_steps:
            start = time.perf_counter()
            result = train_step(config, model, optimizer, scheduler, train_iters, num_microbatches)
            elapsed = time.perf_counter() - start
            state.step += 1
            state.consumed_samples += t.global_batch_size
            tflops = model_flops_per_step / elapsed / world / 1e12
            record = {
                "step": state.step, "loss": result.loss, "lr": result.lr, "grad_norm": result.grad_norm,
                "skipped": result.skipped, "step_time_s": elapsed, "tokens_per_s": tokens_per_step / elapsed,
                "tflops_per_device": tflops, "mfu": tflops / peak if peak else None,
                "peak_mem_gb": peak_memory_gb(), "consumed_samples": state.consumed_samples,
            }
            if t.eval_interval and valid_iters and state.step % t.eval_interval == 0:
                record["val_loss"] = eval_loss(config, model, valid_iters, num_microbatches, t.eval_steps)
            state.history.append(record)
            if state.step % config.logging.log_interval == 0 or state.step == t.train_steps or "val_loss" in record:
                logger.log(record)
            interval = config.checkpoint.save_interval
            if config.checkpoint.save and (state.step == t.train_steps or interval and state.step % interval == 0):
                save_model_weights(model, Path(config.checkpoint.save) / f"step_{state.step:07d}")
    finally:
        logger.close()
    return state
