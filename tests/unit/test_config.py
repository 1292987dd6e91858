"""Config loading, overrides and validation messages (no process group needed)."""

from __future__ import annotations

import pytest

from megatron_med.config import ConfigError, RunConfig, dump_config, load_config
from megatron_med.config.validate import validate
from tests.conftest import TINY_CONFIG


def test_yaml_and_overrides_with_types():
    config = load_config(TINY_CONFIG, ["parallel.tp=2", "optimizer.lr=1e-4", "data.paths=[a, b]",
                                       "parallel.vpp=null", "training.precision=fp32"])
    assert isinstance(config, RunConfig)
    assert config.parallel.tp == 2 and config.optimizer.lr == 1e-4 and config.data.paths == ["a", "b"]
    assert config.model.preset == "llama-tiny" and config.model.num_layers == 4  # filled by the preset
    # the dump is itself a loadable config giving the same run
    assert load_config(None, []).__class__ is RunConfig
    assert dump_config(config) == dump_config(load_config(None, _flatten(dump_config(config))))


def _flatten(yaml_text: str) -> list[str]:
    import yaml

    out = []

    def walk(prefix, node):
        for key, value in node.items():
            if isinstance(value, dict) and value:
                walk(f"{prefix}{key}.", value)
            else:
                out.append(f"{prefix}{key}={yaml.safe_dump(value, default_flow_style=True).strip()}"
                           .replace("\n...", ""))

    walk("", yaml.safe_load(yaml_text))
    return out


@pytest.mark.parametrize("override, message", [
    (["parallel.tpp=2"], "unknown key parallel.tpp; valid keys here"),
    (["parallel.tp=two"], "parallel.tp: expected int"),
    (["model.preset=llama-huge"], "unknown model preset 'llama-huge'"),
    (["parallel"], "not of the form key.sub=value"),
])
def test_bad_config_is_named(override, message):
    with pytest.raises(ConfigError, match=message):
        load_config(TINY_CONFIG, override)


@pytest.mark.parametrize("overrides, world, message", [
    (["parallel.tp=2", "parallel.pp=2"], 2, "world size 2 is not a multiple of tp x pp = 2 x 2 = 4"),
    (["parallel.tp=2", "parallel.dp=2"], 2, "world size 2 != tp 2 x pp 1 x dp 2: launch 4"),
    (["parallel.tp=3"], 3, "num_attention_heads=4 is not divisible by parallel.tp=3"),
    (["parallel.tp=4", "model.num_query_groups=2"], 4, "num_query_groups=2 \\(KV heads\\) is not divisible"),
    (["parallel.pp=3"], 3, "num_layers=4 is not divisible by pp x vpp = 3 x 1"),
    (["parallel.pp=2", "parallel.vpp=4"], 2, "num_layers=4 is not divisible by pp x vpp = 2 x 4"),
    (["training.global_batch_size=10", "training.micro_batch_size=4"], 1,
     "global_batch_size=10 is not divisible by micro_batch_size x dp = 4 x 1"),
    (["training.global_batch_size=12", "training.micro_batch_size=2"], 4,
     "global_batch_size=12 is not divisible by micro_batch_size x dp = 2 x 4"),
    (["parallel.sequence_parallel=true"], 1, "sequence_parallel needs parallel.tp > 1"),
    (["parallel.pp=2", "parallel.vpp=2", "training.global_batch_size=12", "training.micro_batch_size=4"], 2,
     "micro-batches \\(3\\) to be a multiple of pp=2"),
    (["data.seq_length=8192"], 1, "seq_length=8192 exceeds model.max_position_embeddings"),
    (["schedule.decay_style=WSD"], 1, "WSD needs 0 < schedule.wsd_decay_steps"),
    (["schedule.decay_style=step"], 1, "decay_style='step'"),
    (["data.paths=[]", "data.mock=false"], 1, "data.paths is empty"),
    (["parallel.overlap_param_gather=true"], 1, "overlap_param_gather needs parallel.use_distributed_optimizer"),
])
def test_validation_says_what_to_change(overrides, world, message):
    config = load_config(TINY_CONFIG, overrides)
    with pytest.raises(ConfigError, match=message):
        validate(config, world)


def test_validation_lists_every_problem_at_once():
    config = load_config(TINY_CONFIG, ["parallel.tp=3", "parallel.pp=3"])
    with pytest.raises(ConfigError) as info:
        validate(config, 4)
    text = str(info.value)
    assert "world size 4" in text and "not divisible by parallel.tp=3" in text and "pp x vpp = 3" in text


def test_valid_layouts_pass():
    for overrides, world in ((["parallel.tp=2", "parallel.pp=2"], 4), (["parallel.pp=2", "parallel.vpp=2"], 2),
                             ([], 4), (["parallel.tp=2", "parallel.sequence_parallel=true"], 2)):
        validate(load_config(TINY_CONFIG, overrides), world)
