"""Launch environments: torchrun variables, SLURM variables (srun without torchrun), CPU mode."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap

import orjson

from megatron_med.runtime.distributed import first_slurm_host, read_launch_env
from tests.conftest import REPO, TINY_CONFIG


def test_torchrun_variables_win_over_slurm():
    env = {"RANK": "3", "WORLD_SIZE": "8", "LOCAL_RANK": "1", "MASTER_ADDR": "n1", "MASTER_PORT": "1234",
           "SLURM_PROCID": "0", "SLURM_NTASKS": "2"}
    launch = read_launch_env(env)
    assert (launch.rank, launch.world_size, launch.local_rank, launch.launcher) == (3, 8, 1, "torchrun")
    assert (launch.master_addr, launch.master_port) == ("n1", 1234)


def test_slurm_variables():
    env = {"SLURM_PROCID": "5", "SLURM_NTASKS": "16", "SLURM_LOCALID": "1", "SLURM_JOB_ID": "123456",
           "SLURM_JOB_NODELIST": "gpu[007-008]"}
    launch = read_launch_env(env)
    assert (launch.rank, launch.world_size, launch.local_rank, launch.launcher) == (5, 16, 1, "slurm")
    assert launch.master_addr in ("gpu007",)  # scontrol's answer or our parser's: the first node
    assert launch.master_port == 20000 + 123456 % 20000
    assert read_launch_env({}).launcher == "single"


def test_first_slurm_host_parsing_without_scontrol():
    assert first_slurm_host("node12") == "node12"
    assert first_slurm_host("gpu[003-010,012],cpu7") == "gpu003"
    assert first_slurm_host("a-b-[1,4]") == "a-b-1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_train_entry_point_under_slurm_variables(tmp_path):
    """Two processes started as srun would (SLURM_* only, no torchrun) form one TP2 job and train."""
    port, base = str(_free_port()), {k: v for k, v in os.environ.items() if not k.startswith(("RANK", "WORLD"))}
    args = [sys.executable, "-m", "megatron_med.train", str(TINY_CONFIG), "parallel.tp=2", "data.mock=true",
            "data.tokenizer=null", "model.vocab_size=300", "training.train_steps=3", "schedule.warmup_steps=1",
            "training.eval_interval=0", "data.seq_length=32", "training.global_batch_size=4",
            "training.micro_batch_size=2", "logging.tensorboard=false", "logging.log_interval=1",
            f"output_dir={tmp_path}"]
    procs = [subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env={**base, "SLURM_PROCID": str(r), "SLURM_NTASKS": "2", "SLURM_LOCALID": str(r),
                                   "SLURM_JOB_ID": "77", "SLURM_JOB_NODELIST": "localhost",
                                   "MASTER_PORT": port, "OMP_NUM_THREADS": "1"})
             for r in range(2)]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    records = [orjson.loads(x) for x in (tmp_path / "train_log.jsonl").read_bytes().splitlines()]
    assert [r["step"] for r in records] == [1, 2, 3]


def test_bad_layout_fails_before_any_process_group(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "megatron_med.train", str(TINY_CONFIG), "parallel.tp=3"],
                          cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "RANK": "0", "WORLD_SIZE": "3", "MASTER_PORT": "1"})
    assert proc.returncode == 2
    assert "num_attention_heads=4 is not divisible by parallel.tp=3" in proc.stderr


def test_cpu_mode_maps_cuda_to_cpu_including_backward():
    script = textwrap.dedent("""
        import torch
        from megatron_med.runtime import cpu_mode
        cpu_mode.enable()
        x = torch.ones(3, device="cuda", requires_grad=True)
        assert x.device.type == "cpu" and x.cuda() is x and x.type() == "torch.cuda.FloatTensor"
        assert torch.zeros(2, device=torch.cuda.current_device()).device.type == "cpu"
        assert torch.empty(2, pin_memory=True).to("cuda:0").device.type == "cpu"
        class Alloc(torch.autograd.Function):
            @staticmethod
            def forward(ctx, t):
                return t * 2
            @staticmethod
            def backward(ctx, g):
                out = torch.empty(g.shape, device=torch.cuda.current_device())
                out.copy_(g * 2)
                return out
        Alloc.apply(x).sum().backward()
        assert x.grad.tolist() == [2.0, 2.0, 2.0]
        torch.cuda.manual_seed(7); a = torch.rand(2)
        torch.cuda.manual_seed(7); b = torch.rand(2)
        assert torch.equal(a, b)
        with torch.cuda.stream(torch.cuda.Stream()):
            torch.cuda.current_stream().synchronize()
        print("ok")
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr
