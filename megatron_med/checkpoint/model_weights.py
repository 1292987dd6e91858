"""Model weights through megatron-core dist_checkpointing: saved by any layout, loaded by any other.

Each chunk's sharded state dict names tensors by their global layer number and TP slice, so a
checkpoint written at TP2xPP2 loads at TP1xPP1, PP4 or PP2xVPP2 unchanged.
"""

from __future__ import annotations

from pathlib import Path

import torch


def _sharded_model_state(model: list) -> dict:
    return {f"model{i}": chunk.module.sharded_state_dict() for i, chunk in enumerate(model)}


def save_model_weights(model: list, directory: str | Path) -> None:
    """Write this layout's model weights as a dist checkpoint (collective: all ranks call it)."""
    from megatron.core import dist_checkpointing

    directory = Path(directory)
    if torch.distributed.get_rank() == 0:
        directory.mkdir(parents=True, exist_ok=True)
    torch.distributed.barrier()
    dist_checkpointing.save(_sharded_model_state(model), str(directory))
    torch.distributed.barrier()


def load_model_weights(model: list, directory: str | Path) -> None:
    """Load weights saved by `save_model_weights` under any parallel layout (collective)."""
    from megatron.core import dist_checkpointing

    if not Path(directory).is_dir():
        raise FileNotFoundError(f"checkpoint directory {directory} does not exist")
    state = dist_checkpointing.load(_sharded_model_state(model), str(directory))
    with torch.no_grad():
        for i, chunk in enumerate(model):
            chunk.module.load_state_dict(state[f"model{i}"], strict=True)
