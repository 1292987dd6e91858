"""Process-group set-up from torchrun or SLURM variables, megatron-core parallel state, seeds."""

from __future__ import annotations

import os
import random
import re
import subprocess
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
import torch

from megatron_med.config.schema import ParallelConfig
from megatron_med.runtime import cpu_mode


@dataclass(frozen=True)
class LaunchEnv:
    """Where this process sits in the job, read from torchrun's or SLURM's environment."""

    rank: int
    world_size: int
    local_rank: int
    master_addr: str
    master_port: int
    launcher: str  # "torchrun", "slurm" or "single"


def first_slurm_host(nodelist: str) -> str:
    """First hostname of a SLURM nodelist such as `gpu[003-010,012],cpu7` -> `gpu003`."""
    try:
        out = subprocess.run(["scontrol", "show", "hostnames", nodelist], capture_output=True,
                             text=True, check=True, timeout=30).stdout.split()
        if out:
            return out[0]
    except (OSError, subprocess.SubprocessError):
        pass
    first = re.match(r"([^,\[]+)(?:\[([^\]]+)\])?", nodelist)
    if first is None:
        raise ValueError(f"cannot parse SLURM nodelist {nodelist!r}")
    prefix, ranges = first.group(1), first.group(2)
    if not ranges:
        return prefix
    return prefix + ranges.split(",")[0].split("-")[0]


def read_launch_env(environ: dict[str, str] | None = None) -> LaunchEnv:
    """torchrun variables win; otherwise SLURM's (srun without torchrun); otherwise one process."""
    env = os.environ if environ is None else environ
    if "RANK" in env and "WORLD_SIZE" in env:
        return LaunchEnv(int(env["RANK"]), int(env["WORLD_SIZE"]), int(env.get("LOCAL_RANK", 0)),
                         env.get("MASTER_ADDR", "127.0.0.1"), int(env.get("MASTER_PORT", 29500)),
                         "torchrun")
    if "SLURM_PROCID" in env and "SLURM_NTASKS" in env:
        nodelist = env.get("SLURM_STEP_NODELIST") or env.get("SLURM_JOB_NODELIST") or "127.0.0.1"
        job_id = int(env.get("SLURM_JOB_ID", "0"))
        return LaunchEnv(
            rank=int(env["SLURM_PROCID"]),
            world_size=int(env["SLURM_NTASKS"]),
            local_rank=int(env.get("SLURM_LOCALID", 0)),
            master_addr=env.get("MASTER_ADDR") or first_slurm_host(nodelist),
            # A port derived from the job id lets concurrent jobs share a node without clashing.
            master_port=int(env.get("MASTER_PORT") or 20000 + job_id % 20000),
            launcher="slurm",
        )
    return LaunchEnv(0, 1, 0, "127.0.0.1", int(env.get("MASTER_PORT", 29500)), "single")


def init_distributed(launch: LaunchEnv | None = None, backend: str = "auto",
                     timeout_minutes: int = 30) -> LaunchEnv:
    """Create the default process group (NCCL with CUDA, gloo and CPU mode without)."""
    launch = launch or read_launch_env()
    # Megatron-LM's setting: one hardware queue keeps TP communication ordered ahead of compute.
    os.environ.setdefault("CUDA_DEVICE_MAX_CONNECTIONS", "1")
    if not torch.cuda.is_available():
        cpu_mode.enable()
    if torch.distributed.is_initialized():
        return launch
    if backend == "auto":
        backend = "nccl" if torch.cuda.is_available() else "gloo"
    if torch.cuda.is_available():
        torch.cuda.set_device(launch.local_rank % torch.cuda.device_count())
    torch.distributed.init_process_group(
        backend=backend,
        init_method=f"tcp://{launch.master_addr}:{launch.master_port}",
        rank=launch.rank,
        world_size=launch.world_size,
        timeout=timedelta(minutes=timeout_minutes),
    )
    return launch


def init_model_parallel(parallel: ParallelConfig) -> None:
    """(Re)build megatron-core's TP/PP/DP groups for `parallel` on the current default group."""
    from megatron.core import parallel_state

    if parallel_state.model_parallel_is_initialized():
        parallel_state.destroy_model_parallel()
    parallel_state.initialize_model_parallel(
        tensor_model_parallel_size=parallel.tp,
        pipeline_model_parallel_size=parallel.pp,
        virtual_pipeline_model_parallel_size=parallel.vpp,
    )


def set_seed(seed: int) -> None:
    """Seed Python, NumPy, torch and megatron-core's model-parallel RNG tracker.

    Pipeline stages get distinct seeds (as in Megatron-LM) so their layers do not start equal.
    """
    from megatron.core import parallel_state, tensor_parallel

    seed = seed + 100 * parallel_state.get_pipeline_model_parallel_rank()
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    tensor_parallel.model_parallel_cuda_manual_seed(seed)
