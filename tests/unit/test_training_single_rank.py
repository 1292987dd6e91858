"""The training loop in this process (one gloo rank, CPU mode): learning, logs, LR schedules."""

from __future__ import annotations

import math
import socket

import orjson
import pytest

from megatron_med.config import load_config
from tests.conftest import TINY_CONFIG


@pytest.fixture(scope="module")
def process_group():
    from megatron_med.runtime.distributed import LaunchEnv, init_distributed

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    init_distributed(LaunchEnv(0, 1, 0, "127.0.0.1", port, "single"))
    yield


def _train(overrides):
    from megatron_med.training.loop import train

    return train(load_config(TINY_CONFIG, overrides))


def test_loss_falls_with_logs_and_validation(process_group, medical_data, tmp_path):
    out = tmp_path / "run"
    state = _train(medical_data.overrides() + [
        f"output_dir={out}", "training.train_steps=30", "training.global_batch_size=8",
        "training.micro_batch_size=4", "data.seq_length=64", "training.eval_interval=10",
        "training.eval_steps=1", "logging.log_interval=1", "schedule.warmup_steps=3",
        f"checkpoint.save={tmp_path}/ckpt", "checkpoint.save_interval=15",
    ])
    losses = [r["loss"] for r in state.history]
    assert sum(losses[-5:]) / 5 < sum(losses[:5]) / 5 - 0.5, losses
    assert state.consumed_samples == 30 * 8
    records = [orjson.loads(line) for line in (out / "train_log.jsonl").read_bytes().splitlines()]
    assert [r["step"] for r in records] == list(range(1, 31))
    for key in ("loss", "lr", "grad_norm", "tokens_per_s", "tflops_per_device", "peak_mem_gb"):
        assert all(isinstance(r[key], float) and math.isfinite(r[key]) for r in records), key
    assert [r["step"] for r in records if "val_loss" in r] == [10, 20, 30]
    assert records[-1]["val_loss"] < records[9]["val_loss"]
    assert list((out / "tensorboard").glob("events.out.tfevents.*"))
    assert sorted(p.name for p in (tmp_path / "ckpt").iterdir()) == ["step_0000015", "step_0000030"]
    saved = load_config(out / "config.yaml")
    assert saved.training.train_steps == 30 and saved.data.paths == [medical_data.prefix]


def _lrs(schedule: list[str], steps: int, tmp_path) -> list[float]:
    state = _train(["data.mock=true", "data.tokenizer=null", "model.vocab_size=256", f"output_dir={tmp_path}",
                    "model.num_layers=1", "data.seq_length=16", "training.global_batch_size=1",
                    "training.micro_batch_size=1", f"training.train_steps={steps}", "training.eval_interval=0",
                    "optimizer.lr=1.0e-3", "optimizer.min_lr=1.0e-4", "logging.tensorboard=false",
                    *schedule])
    return [r["lr"] for r in state.history]


def test_cosine_schedule_with_warmup(process_group, tmp_path):
    lrs = _lrs(["schedule.warmup_steps=4", "schedule.decay_style=cosine"], 20, tmp_path)
    # the update at step k (1-based) uses the schedule at k-1 steps done
    expected = []
    for done in range(20):
        if done <= 4:
            expected.append(1e-3 * done / 4)
        else:
            progress = (done - 4) / (20 - 4)
            expected.append(1e-4 + 0.5 * (1e-3 - 1e-4) * (1 + math.cos(math.pi * progress)))
    assert lrs == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_wsd_schedule(process_group, tmp_path):
    lrs = _lrs(["schedule.warmup_steps=2", "schedule.decay_style=WSD", "schedule.wsd_decay_steps=6",
                "schedule.wsd_decay_style=linear"], 16, tmp_path)
    assert lrs[:3] == pytest.approx([0.0, 5e-4, 1e-3])
    assert lrs[3:11] == pytest.approx([1e-3] * 8)  # stable until decay starts at 16 - 6 = 10 steps done
    decay = lrs[10:]
    assert decay == sorted(decay, reverse=True) and decay[-1] > 1e-4
    assert decay[0] == pytest.approx(1e-3) and decay[-1] == pytest.approx(1e-4 + (1e-3 - 1e-4) / 6)


def test_bf16_mixed_precision_path_trains(process_group, medical_data, tmp_path):
    """The GPU precision path (bf16 params, fp32 main params in the optimizer) also runs on CPU, and
    starts from loaded weights."""
    from megatron_med.training.loop import train

    config = load_config(TINY_CONFIG, medical_data.overrides() + [
        f"output_dir={tmp_path}", "training.precision=bf16", "training.train_steps=12", "data.seq_length=64",
        "training.global_batch_size=8", "training.micro_batch_size=4", "training.eval_interval=0",
        "schedule.warmup_steps=2", "logging.tensorboard=false"])
    config.checkpoint.save = str(tmp_path / "ckpt")
    losses = [r["loss"] for r in train(config).history]
    assert all(math.isfinite(x) for x in losses) and losses[-1] < losses[0] - 0.3, losses

    # Loaded weights must reach the optimizer's fp32 main params too, or its first step puts back the
    # random initial weights (the loss jumps back to the first run's start).
    config.checkpoint.save, config.checkpoint.load = None, str(tmp_path / "ckpt" / "step_0000012")
    config.training.train_steps = 4
    resumed = [r["loss"] for r in train(config).history]
    assert max(resumed) < losses[0] - 0.3, (losses, resumed)
