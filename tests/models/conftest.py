"""One single-process gloo group (CPU mode on CPU) for building Baichuan-M1 chunks in-process."""

from __future__ import annotations

import socket

import pytest
import torch

from megatron_med.config import RunConfig, load_config
from megatron_med.config.schema import ParallelConfig
from megatron_med.runtime.distributed import LaunchEnv, init_distributed, init_model_parallel, set_seed

VOCAB = 256


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def process_group():
    """TP1/PP1 megatron-core parallel state in this process."""
    init_distributed(LaunchEnv(0, 1, 0, "127.0.0.1", _free_port(), "single"))
    init_model_parallel(ParallelConfig())
    yield


def m1_config(*overrides: str) -> RunConfig:
    """baichuan-m1-tiny with `key=value` overrides (fp32, local spec)."""
    return load_config(None, ["model.preset=baichuan-m1-tiny", f"model.vocab_size={VOCAB}",
                              "model.transformer_impl=local", "data.mock=true", *overrides])


@pytest.fixture
def build_m1(process_group):
    """Build a single-chunk M1 model (TP1) from overrides, seeded."""
    from megatron_med.models import build_model_chunk

    def build(*overrides: str, seed: int = 7):
        config = m1_config(*overrides)
        init_model_parallel(config.parallel)
        set_seed(seed)
        model = build_model_chunk(config, VOCAB, True, True)
        return model.eval(), config

    return build


def packed_batch(batch: int, seq: int, boundaries: list[int], seed: int = 0):
    """Tokens, position ids restarting at `boundaries` and the [b, 1, s, s] document mask (True = masked)."""
    generator = torch.Generator().manual_seed(seed)
    tokens = torch.randint(0, VOCAB, (batch, seq), generator=generator)
    document = torch.zeros(seq, dtype=torch.long)
    for start in boundaries:
        document[start:] += 1
    positions = torch.arange(seq) - torch.tensor([(document == d).nonzero()[0, 0] for d in document])
    mask = document[:, None] != document[None, :]
    mask = mask | torch.ones(seq, seq, dtype=torch.bool).triu(1)
    return tokens, positions.expand(batch, -1).contiguous(), mask.expand(batch, 1, seq, seq).contiguous()
