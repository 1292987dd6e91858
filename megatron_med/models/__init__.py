"""Model families, registered by name, and presets (see presets.py).

A family module exposes `build(config, vocab_size, pre_process, post_process, vp_stage)` returning
one megatron-core pipeline chunk, `attention_layers(model_config)` for FLOP counting, and optionally
`validate(config, world_size)` for checks the generic validator cannot make.
"""

from __future__ import annotations

import importlib

from megatron_med.config.load import ConfigError
from megatron_med.config.schema import RunConfig

FAMILIES: dict[str, str] = {
    "llama": "megatron_med.models.llama",
    "baichuan-m1": "megatron_med.models.baichuan_m1",
}


def family_module(name: str):
    if name not in FAMILIES:
        raise ConfigError(f"unknown model family {name!r}; known: {', '.join(sorted(FAMILIES))}")
    return importlib.import_module(FAMILIES[name])


def validate_model(config: RunConfig, world_size: int) -> None:
    """The family's own checks (e.g. per-layer KV heads vs TP), before any process group exists."""
    module = family_module(config.model.family)
    if hasattr(module, "validate"):
        module.validate(config, world_size)


def build_model_chunk(config: RunConfig, vocab_size: int, pre_process: bool, post_process: bool,
                      vp_stage: int | None = None):
    """Build this rank's chunk of the model named by `config.model.family`."""
    return family_module(config.model.family).build(config, vocab_size, pre_process, post_process, vp_stage)
