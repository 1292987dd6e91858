"""The checks that need a CUDA GPU, run in one process that sees the GPUs.

tests/conftest.py hides GPUs from the rest of the suite (those tests are the CPU reference); the
pytest module `test_cuda.py` launches this script with the GPUs visible and reads its JSON report:

    python -m tests.gpu.cuda_worker REPORT.json DATA_PREFIX TOKENIZER WORKDIR

Each check passes, fails (with its traceback) or is skipped (Transformer Engine not installed).
"""

from __future__ import annotations

import json
import socket
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

import torch

from megatron_med.config import load_config
from tests.models import m1_reference
from tests.models.conftest import VOCAB, m1_config, packed_batch

SEQ = 128
BOUNDARIES = [40, 90]


class Skipped(Exception):
    """A check whose requirement (Transformer Engine) is missing on this machine."""


CHECKS: dict[str, Callable[..., str]] = {}


def check(fn):
    CHECKS[fn.__name__] = fn
    return fn


def _build(*overrides: str, seed: int = 7):
    from megatron_med.models import build_model_chunk
    from megatron_med.runtime.distributed import init_model_parallel, set_seed

    config = m1_config(*overrides)
    init_model_parallel(config.parallel)
    set_seed(seed)
    # As training's build_model: a chunk is built with some parameters on the CPU, then moved.
    return build_model_chunk(config, VOCAB, True, True).cuda().eval(), config


def _cpu_reference(model, config, packed: bool) -> tuple[torch.Tensor, tuple]:
    """Logits of the plain-PyTorch M1 (fp32, CPU) with `model`'s weights, and the CUDA batch."""
    from megatron_med.models.baichuan_m1 import layer_shapes, parse_options

    tokens, positions, mask = packed_batch(2, SEQ, BOUNDARIES if packed else [])
    documents = torch.zeros(2, SEQ, dtype=torch.long)
    for start in BOUNDARIES if packed else []:
        documents[:, start:] += 1
    state = {k: v.detach().float().cpu() for k, v in model.state_dict().items() if not k.endswith("_extra_state")}
    options = parse_options(config.model)
    expected = m1_reference.m1_logits(
        state, layer_shapes(config.model), conv=options.short_conv, norm_head=options.norm_head,
        eps=config.model.norm_epsilon, rotary_base=config.model.rotary_base, tokens=tokens, positions=positions,
        documents=documents)
    return expected, (tokens.cuda(), positions.cuda(), mask.cuda() if packed else None)


def _relative_error(ours: torch.Tensor, expected: torch.Tensor) -> float:
    ours, expected = ours.double().cpu(), expected.double()
    assert torch.isfinite(ours).all(), "non-finite logits"
    return float((ours - expected).norm() / expected.norm())


def _sdpa_against_reference(precision: str, tolerance: float) -> str:
    lines = []
    for packed in (False, True):
        model, config = _build("model.local_attention=sdpa", f"training.precision={precision}")
        assert next(model.parameters()).is_cuda
        expected, batch = _cpu_reference(model, config, packed)
        with torch.no_grad():
            error = _relative_error(model(*batch), expected)
        lines.append(f"{'packed' if packed else 'one document'}: relative error {error:.2e} (limit {tolerance:g})")
        assert error < tolerance, lines[-1]
    return "; ".join(lines)


@check
def sdpa_fp32_matches_cpu_reference(args) -> str:
    """Local spec, SDPA kernels on CUDA (global, block-banded sliding, packed masks) in fp32."""
    return _sdpa_against_reference("fp32", 1e-4)


@check
def sdpa_bf16_matches_cpu_reference(args) -> str:
    """The production path without Transformer Engine: bf16 weights, flash/memory-efficient SDPA."""
    return _sdpa_against_reference("bf16", 2e-2)


@check
def flex_window_matches_sdpa(args) -> str:
    """`model.local_attention=flex`: the compiled FlexAttention kernel of the sliding layers gives the
    masked SDPA model's logits and gradients (fp32, same weights, 4 blocks of 128 queries, window 32),
    with one document and with packed documents; a batch with other documents reuses the kernel."""
    from torch._dynamo.utils import counters

    lines = []
    for boundaries in ([], [100, 333]):
        results = {}
        state = None
        for setting in ("sdpa", "flex"):
            model, _ = _build(f"model.local_attention={setting}", "training.precision=fp32")
            if state is None:
                state = {k: v for k, v in model.state_dict().items() if not k.endswith("_extra_state")}
            model.load_state_dict(state, strict=False)
            model.train()
            tokens, positions, mask = (t.cuda() for t in packed_batch(2, 512, boundaries))
            logits = model(tokens, positions, mask if boundaries else None)
            logits.float().logsumexp(-1).mean().backward()
            results[setting] = (logits.detach(), {n: p.grad.clone() for n, p in model.named_parameters()})
        (ref_logits, ref_grads), (logits, grads) = results["sdpa"], results["flex"]
        errors = {"logits": _relative_error(logits, ref_logits.cpu())}
        errors.update({name: _relative_error(grad, ref_grads[name].cpu()) for name, grad in grads.items()})
        worst = max(errors, key=errors.get)
        lines.append(f"{'packed' if boundaries else 'one document'}: logits relative error "
                     f"{errors['logits']:.2e}, worst gradient {worst} {errors[worst]:.2e} (limit 2e-3)")
        assert errors[worst] < 2e-3, lines[-1]
    graphs = counters["stats"]["unique_graphs"]
    tokens, positions, mask = (t.cuda() for t in packed_batch(2, 512, [7, 260, 261, 500], seed=1))
    model(tokens, positions, mask).float().mean().backward()
    assert counters["stats"]["unique_graphs"] == graphs, "new documents recompiled FlexAttention"
    return "; ".join(lines) + "; other documents: no recompilation"


@check
def training_bf16_on_cuda(args) -> str:
    """The training loop on one GPU (NCCL, bf16, packed documents): loss falls, MFU is reported,
    and a checkpoint saved on the GPU loads into the optimizer's fp32 main params."""
    from megatron_med.training.loop import train

    work = Path(args.workdir)
    overrides = [f"data.paths=[{args.prefix}]", f"data.tokenizer={args.tokenizer}", "model.preset=baichuan-m1-tiny",
                 "data.seq_length=128", "data.reset_position_ids=true", "data.reset_attention_mask=true",
                 "training.global_batch_size=8", "training.micro_batch_size=4", "training.eval_interval=0",
                 "schedule.warmup_steps=3", "logging.tensorboard=false", f"data.cache_dir={work}/cache"]
    first = load_config(None, [*overrides, f"output_dir={work}/run", "training.train_steps=30",
                               f"checkpoint.save={work}/ckpt"])
    records = list(train(first).history)
    losses = [r["loss"] for r in records]
    assert sum(losses[-5:]) / 5 < sum(losses[:5]) / 5 - 0.5, losses
    last = records[-1]
    assert last["mfu"] is not None and 0 < last["mfu"] < 1, last
    assert last["peak_mem_gb"] > 0 and last["tflops_per_device"] > 0, last
    resumed = load_config(None, [*overrides, f"output_dir={work}/resumed", "training.train_steps=4",
                                 f"checkpoint.load={work}/ckpt/step_0000030"])
    again = [r["loss"] for r in train(resumed).history]
    assert max(again) < losses[0] - 0.5, (losses, again)
    return (f"loss {losses[0]:.3f} -> {losses[-1]:.3f} in 30 steps, resumed at {again[0]:.3f}; "
            f"MFU {last['mfu']:.2%} on {torch.cuda.get_device_name()}")


def _require_transformer_engine() -> None:
    from megatron_med.models.transformer_config import transformer_engine_available

    if not transformer_engine_available():
        raise Skipped("Transformer Engine is not installed")


# Local-spec names of the norms that TE fuses into the following linear layer.
TE_NAMES = {"input_layernorm.weight": "self_attention.linear_qkv.layer_norm_weight",
            "pre_mlp_layernorm.weight": "mlp.linear_fc1.layer_norm_weight"}


@check
def te_spec_matches_local_spec(args) -> str:
    """The Transformer Engine layer spec gives the local spec's logits with the same weights (fp32),
    with TE's sliding window and with an arbitrary (packed-document) mask."""
    _require_transformer_engine()
    lines = []
    for packed in (False, True):
        local, _ = _build("training.precision=fp32", "model.transformer_impl=local")
        te, _ = _build("training.precision=fp32", "model.transformer_impl=transformer_engine")
        state = {}
        for key, value in local.state_dict().items():
            if not key.endswith("_extra_state"):
                for local_name, te_name in TE_NAMES.items():
                    key = key.replace(local_name, te_name)
                state[key] = value
        missing, unexpected = te.load_state_dict(state, strict=False)
        assert not unexpected and all(k.endswith("_extra_state") for k in missing), (missing, unexpected)
        tokens, positions, mask = (t.cuda() for t in packed_batch(2, SEQ, BOUNDARIES if packed else []))
        with torch.no_grad():
            expected = local(tokens, positions, mask if packed else None)
            ours = te(tokens, positions, mask if packed else None)
        torch.testing.assert_close(ours, expected, rtol=1e-4, atol=1e-4)
        lines.append(f"{'packed' if packed else 'window'}: max |diff| {(ours - expected).abs().max().item():.2e}")
    return "; ".join(lines)


@check
def te_fp8_trains(args) -> str:
    """FP8 (hybrid, delayed scaling) through TE: a forward/backward pass gives finite loss and grads."""
    _require_transformer_engine()
    from megatron.core.fp8_utils import get_fp8_context

    model, _ = _build("training.precision=bf16", "model.transformer_impl=transformer_engine", "model.fp8=hybrid")
    model.train()
    tokens, positions, _ = (t.cuda() for t in packed_batch(2, SEQ, []))
    with get_fp8_context(model.config):
        loss = model(tokens, positions, None, labels=tokens).float().mean()
    torch.autograd.backward(loss)
    assert torch.isfinite(loss)
    assert all(torch.isfinite(p.grad).all() for p in model.parameters() if p.grad is not None)
    return f"loss {loss.item():.3f}, all gradients finite"


def main(argv: list[str]) -> int:
    import argparse

    from megatron_med.runtime.distributed import LaunchEnv, init_distributed

    parser = argparse.ArgumentParser(description=__doc__)
    for name in ("report", "prefix", "tokenizer", "workdir"):
        parser.add_argument(name)
    args = parser.parse_args(argv)
    if not torch.cuda.is_available():
        print("no CUDA device is visible", file=sys.stderr)
        return 2
    # The reference is fp32: keep cuBLAS and cuDNN from rounding fp32 inputs to TF32.
    torch.backends.cuda.matmul.allow_tf32 = torch.backends.cudnn.allow_tf32 = False
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    init_distributed(LaunchEnv(0, 1, 0, "127.0.0.1", port, "single"))
    report = {}
    for name, fn in CHECKS.items():
        try:
            report[name] = {"status": "passed", "detail": fn(args)}
        except Skipped as reason:
            report[name] = {"status": "skipped", "detail": str(reason)}
        except Exception:
            report[name] = {"status": "failed", "detail": traceback.format_exc()}
        print(f"{name}: {report[name]['status']}: {report[name]['detail']}", flush=True)
    torch.distributed.destroy_process_group()
    Path(args.report).write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
