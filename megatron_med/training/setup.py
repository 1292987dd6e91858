"""Model chunks wrapped in megatron-core DDP, the Megatron optimizer and the LR schedule."""

from __future__ import annotations

import torch

from megatron_med.config.schema import RunConfig
from megatron_med.models import build_model_chunk
from megatron_med.models.transformer_config import resolve_precision


def build_model(config: RunConfig, vocab_size: int) -> list:
    """This rank's model chunks (one per virtual pipeline stage), each wrapped in megatron-core DDP."""
    from megatron.core import parallel_state
    from megatron.core.distributed import DistributedDataParallel, DistributedDataParallelConfig

    vpp = config.parallel.vpp
    chunks = []
    for vp_stage in range(vpp) if vpp else [None]:
        pre = parallel_state.is_pipeline_first_stage(ignore_virtual=vpp is None, vp_stage=vp_stage)
        post = parallel_state.is_pipeline_last_stage(ignore_virtual=vpp is None, vp_stage=vp_stage)
        chunk = build_model_chunk(config, vocab_size, pre, post, vp_stage)
        chunk.to(torch.cuda.current_device() if torch.cuda.is_available() else "cpu")
        chunks.append(chunk)

    p = config.parallel
    ddp_config = DistributedDataParallelConfig(
        grad_reduce_in_fp32=True,
        overlap_grad_reduce=p.overlap_grad_reduce,
        overlap_param_gather=p.overlap_param_gather,
        use_distributed_optimizer=p.use_distributed_optimizer,
        bucket_size=None if not p.overlap_grad_reduce else 40_000_000,
    )
    wrapped = []
    for index, chunk in enumerate(chunks):
        wrapped.append(DistributedDataParallel(
            config=chunk.config, ddp_config=ddp_config, module=chunk,
            # As Megatron-LM: only the first chunk buckets, the others reduce in one go.
            disable_bucketing=index > 0,
        ))
    return wrapped


def build_optimizer(config: RunConfig, model: list):
    """megatron-core AdamW (distributed or not) with fp32 main params, and the LR schedule."""
    from megatron.core.optimizer import OptimizerConfig, get_megatron_optimizer
    from megatron.core.optimizer_param_scheduler import OptimizerParamScheduler

    o, s, t = config.optimizer, config.schedule, config.training
    dtype = resolve_precision(t)
    optimizer = get_megatron_optimizer(
        OptimizerConfig(
            optimizer="adam",
            lr=o.lr,
            min_lr=o.min_lr,
            weight_decay=o.weight_decay,
            adam_beta1=o.adam_beta1,
            adam_beta2=o.adam_beta2,
            adam_eps=o.adam_eps,
            clip_grad=o.clip_grad,
            bf16=dtype == torch.bfloat16,
            fp16=dtype == torch.float16,
            params_dtype=dtype,
            use_distributed_optimizer=config.parallel.use_distributed_optimizer,
            overlap_param_gather=config.parallel.overlap_param_gather,
        ),
        model,
    )
    decay_steps = s.decay_steps or t.train_steps
    scheduler = OptimizerParamScheduler(
        optimizer,
        init_lr=0.0 if s.warmup_steps else o.lr,
        max_lr=o.lr,
        min_lr=o.min_lr,
        lr_warmup_steps=s.warmup_steps,
        lr_decay_steps=decay_steps,
        lr_decay_style=s.decay_style,
        start_wd=o.weight_decay,
        end_wd=o.weight_decay,
        wd_incr_steps=decay_steps,
        wd_incr_style="constant",
        wsd_decay_steps=s.wsd_decay_steps,
        lr_wsd_decay_style=s.wsd_decay_style if s.decay_style == "WSD" else None,
    )
    return optimizer, scheduler


def wire_model_config(model: list, optimizer, config: RunConfig) -> None:
    """Hook DDP grad sync, loss scaling and grad finalisation into the pipeline schedules."""
    from megatron.core.distributed import finalize_model_grads

    for chunk in model:
        mc = chunk.config
        mc.grad_scale_func = optimizer.scale_loss
        mc.finalize_model_grads_func = finalize_model_grads
        if config.parallel.overlap_grad_reduce:
            no_sync = [c.no_sync for c in model]
            grad_sync = [c.start_grad_sync for c in model]
            mc.no_sync_func = no_sync[0] if len(model) == 1 else no_sync
            mc.grad_sync_func = grad_sync[0] if len(model) == 1 else grad_sync
        if config.parallel.overlap_param_gather:
            mc.param_sync_func = [c.start_param_sync for c in model]
            if len(model) == 1:
                mc.param_sync_func = mc.param_sync_func[0]
