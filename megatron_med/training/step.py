"""One optimizer step (and one evaluation pass) through megatron-core's pipeline schedules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

import torch

from megatron_med.config.schema import RunConfig


def _device_batch(batch: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    if torch.cuda.is_available():
        return {k: v.cuda(non_blocking=True) for k, v in batch.items()}
    return batch


def _loss_func(loss_mask: torch.Tensor, output_tensor: torch.Tensor):
    """Mean token loss of one micro-batch (the schedule divides by the number of micro-batches)."""
    losses = output_tensor.float().view(-1)
    mask = loss_mask.view(-1).float()
    loss = torch.sum(losses * mask) / mask.sum().clamp(min=1.0)
    return loss, {"lm loss": loss.detach().clone()}


def forward_step(data_iterator: Iterator, model):
    """megatron-core forward_step_func: run one micro-batch through this rank's model chunk."""
    batch = _device_batch(next(data_iterator))
    output = model(
        batch["tokens"],
        batch["position_ids"],
        batch.get("attention_mask"),
        labels=batch["labels"],
    )
    return output, partial(_loss_func, batch["loss_mask"])


@dataclass
class StepResult:
    loss: float
    grad_norm: float | None
    lr: float
    skipped: bool


def _mean_loss(losses: list[dict]) -> float:
    """Mean loss over this step's micro-batches and DP ranks, known on every rank."""
    from megatron.core import parallel_state

    value = torch.zeros(2, dtype=torch.float64)
    if losses and parallel_state.get_tensor_model_parallel_rank() == 0:
        value[0] = sum(float(x["lm loss"]) for x in losses)
        value[1] = len(losses)
    if torch.cuda.is_available():
        value = value.cuda()
    torch.distributed.all_reduce(value)
    return float(value[0] / value[1]) if value[1] else float("nan")


def _forward_backward(config: RunConfig, model: list, iterators: list, num_microbatches: int,
                      forward_only: bool) -> list[dict]:
    from megatron.core.pipeline_parallel import get_forward_backward_func

    return get_forward_backward_func()(
        forward_step_func=forward_step,
        data_iterator=iterators if len(iterators) > 1 else iterators[0],
        model=model if len(model) > 1 else model[0],
        num_microbatches=num_microbatches,
        seq_length=config.data.seq_length,
        micro_batch_size=config.training.micro_batch_size,
        forward_only=forward_only,
    )


def train_step(config: RunConfig, model: list, optimizer, scheduler, iterators: list,
               num_microbatches: int) -> StepResult:
    """Zero grads, run all micro-batches forward and backward, step the optimizer and the LR."""
    for chunk in model:
        chunk.zero_grad_buffer()
    optimizer.zero_grad()
    losses = _forward_backward(config, model, iterators, num_microbatches, forward_only=False)
    lr = optimizer.param_groups[0]["lr"]  # the rate this update uses
    updated, grad_norm, _ = optimizer.step()
    if updated:
        scheduler.step(increment=1)
    return StepResult(
        loss=_mean_loss(losses),
        grad_norm=None if grad_norm is None else float(grad_norm),
        lr=lr,
        skipped=not updated,
    )


@torch.no_grad()
def eval_loss(config: RunConfig, model: list, iterators: list, num_microbatches: int, steps: int) -> float:
    """Mean validation loss over `steps` global batches."""
    for chunk in model:
        chunk.eval()
    try:
        values = [_mean_loss(_forward_backward(config, model, iterators, num_microbatches, True))
                  for _ in range(steps)]
    finally:
        for chunk in model:
            chunk.train()
    return sum(values) / len(values)
