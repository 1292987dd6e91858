"""CPU mode: run megatron-core's CUDA-only code paths on CPU (gloo), for dry runs of any layout.

megatron-core hard-codes CUDA: `device="cuda"` literals, `torch.cuda.current_device()`, streams and
events, `.type() == "torch.cuda.FloatTensor"` checks, CUDA RNG states. With no CUDA device present,
`enable()` installs one global TorchFunctionMode that maps every CUDA device argument to CPU and
stubs the few `torch.cuda` functions megatron-core calls, so TP/PP/DP, the distributed optimizer and
dist_checkpointing run unchanged. It refuses to activate when CUDA is available.
"""

from __future__ import annotations

import contextlib
import logging

import torch
from torch.overrides import TorchFunctionMode

_CPU = torch.device("cpu")
_TYPE_NAMES = {  # what Tensor.type() reports on a CUDA device, which megatron-core checks for
    torch.float32: "torch.cuda.FloatTensor",
    torch.float16: "torch.cuda.HalfTensor",
    torch.bfloat16: "torch.cuda.BFloat16Tensor",
    torch.float64: "torch.cuda.DoubleTensor",
    torch.int64: "torch.cuda.LongTensor",
    torch.int32: "torch.cuda.IntTensor",
    torch.uint8: "torch.cuda.ByteTensor",
    torch.bool: "torch.cuda.BoolTensor",
}
_active_mode: _CudaToCpu | None = None


def _is_cuda(device: object) -> bool:
    if isinstance(device, torch.device):
        return device.type == "cuda"
    if isinstance(device, str):
        return device.startswith("cuda")
    return isinstance(device, int) and not isinstance(device, bool)  # a bare index means a GPU


class _CudaToCpu(TorchFunctionMode):
    def __torch_function__(self, func, types, args=(), kwargs=None):
        kwargs = dict(kwargs or {})
        if _is_cuda(kwargs.get("device")):
            kwargs["device"] = _CPU
        if kwargs.get("pin_memory"):
            kwargs["pin_memory"] = False
        if func in (torch.Tensor.cuda, torch.Tensor.pin_memory):
            return args[0]
        if func is torch.Tensor.type and len(args) == 1 and not kwargs:
            return _TYPE_NAMES.get(args[0].dtype, func(*args))
        if func is torch.Tensor.to and len(args) > 1 and _is_cuda(args[1]):
            args = (args[0], _CPU, *args[2:])
        if func is torch.Tensor.record_stream:
            return None
        return func(*args, **kwargs)


class _NullStream:
    """Stands in for torch.cuda.Stream/Event: all work on CPU is already synchronous."""

    def __init__(self, *args, **kwargs):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def wait_stream(self, *args, **kwargs):
        pass

    def wait_event(self, *args, **kwargs):
        pass

    def record_event(self, *args, **kwargs):
        return _NullStream()

    def record(self, *args, **kwargs):
        pass

    def wait(self, *args, **kwargs):
        pass

    def synchronize(self):
        pass

    def query(self):
        return True

    def elapsed_time(self, other):
        return 0.0


def _patch_rng() -> None:
    """Map the CUDA RNG megatron-core tracks to the CPU generator (seeds, forks of the tracker)."""
    from megatron.core.tensor_parallel import random as mcore_random

    def set_state(new_state, device=-1, graph_safe=False):
        torch.set_rng_state(new_state)

    def get_state(device="cuda", clone=False, graph_safe=False):
        return torch.get_rng_state()

    mcore_random._set_cuda_rng_state = set_state
    mcore_random._get_cuda_rng_state = get_state
    # The tracker warns when the CPU RNG moves inside a fork, which is exactly what CPU mode does.
    logging.getLogger(mcore_random.__name__).addFilter(
        lambda record: "CPU RNG state changed" not in record.getMessage()
    )


def _patch_torch_cuda() -> None:
    cuda = torch.cuda
    stubs = {
        "current_device": lambda: 0,
        "device_count": lambda: 1,
        "set_device": lambda device: None,
        "synchronize": lambda device=None: None,
        "empty_cache": lambda: None,
        "Stream": _NullStream,
        "Event": _NullStream,
        "current_stream": lambda device=None: _NullStream(),
        "default_stream": lambda device=None: _NullStream(),
        "stream": lambda stream=None: contextlib.nullcontext(),
        "get_rng_state": lambda device="cuda": torch.get_rng_state(),
        "set_rng_state": lambda state, device="cuda": torch.set_rng_state(state),
        # torch.manual_seed itself calls torch.cuda.manual_seed_all: seed the CPU generator directly.
        "manual_seed": lambda seed: torch.default_generator.manual_seed(seed),
        "manual_seed_all": lambda seed: None,
        "max_memory_allocated": lambda device=None: 0,
        "memory_allocated": lambda device=None: 0,
        "reset_peak_memory_stats": lambda device=None: None,
    }
    for name, stub in stubs.items():
        setattr(cuda, name, stub)


def _patch_autograd_engine(mode: _CudaToCpu) -> None:
    """Keep the mode on inside backward passes.

    torch.autograd.backward dispatches to the mode, and a mode is switched off while its own
    handler runs, so the whole backward pass (megatron-core's custom autograd functions allocate on
    "cuda" there) would run without it. Re-enter the mode around the engine call itself.
    """
    import torch.autograd as autograd

    engine = autograd._engine_run_backward

    def run_backward_in_mode(*args, **kwargs):
        if mode in torch.overrides._get_current_function_mode_stack():
            return engine(*args, **kwargs)
        with mode:
            return engine(*args, **kwargs)

    autograd._engine_run_backward = run_backward_in_mode


def is_enabled() -> bool:
    return _active_mode is not None


def enable() -> None:
    """Activate CPU mode for this process (idempotent). Raises if a CUDA device is present."""
    global _active_mode
    if _active_mode is not None:
        return
    if torch.cuda.is_available():
        raise RuntimeError("CPU mode must not be enabled on a machine with a CUDA device")
    _patch_torch_cuda()
    _patch_rng()
    _active_mode = _CudaToCpu()
    _patch_autograd_engine(_active_mode)
    _active_mode.__enter__()
