"""Baichuan-M1 options, layout validation, layer shapes, FLOP shapes and the parameter-count formula."""

from __future__ import annotations

import pytest

from megatron_med.config import ConfigError, load_config
from megatron_med.models.baichuan_m1 import attention_layers, layer_shapes, parse_options, validate
from megatron_med.models.baichuan_m1.params import main as params_main
from megatron_med.models.baichuan_m1.params import parameter_count
from tests.models.conftest import VOCAB


def test_14b_shape_and_parameter_count(capsys):
    model = load_config(None, ["model.preset=baichuan-m1-14b"]).model
    shapes = layer_shapes(model)
    assert len(shapes) == 40
    assert {(s.heads, s.kv_heads, s.head_dim, s.window) for s in shapes[0::2]} == {(20, 2, 256, None)}
    assert {(s.heads, s.kv_heads, s.head_dim, s.window) for s in shapes[1::2]} == {(40, 8, 128, 8192)}
    total = parameter_count(model, model.vocab_size)["total"]
    assert 14.4e9 < total < 14.55e9, total
    assert params_main(["baichuan-m1-14b"]) == 0
    assert f"{total:,}" in capsys.readouterr().out


def test_one_line_ablation_keeps_preset_options():
    model = load_config(None, ["model.preset=baichuan-m1-14b", "model.family_options.short_conv=false"]).model
    options = parse_options(model)
    assert not options.short_conv and options.sliding_num_attention_heads == 40


def test_unknown_option_is_named():
    with pytest.raises(ConfigError, match="model.family_options.shortconv"):
        parse_options(load_config(None, ["model.preset=baichuan-m1-tiny",
                                         "model.family_options.shortconv=false"]).model)
    with pytest.raises(ConfigError, match="layer_pattern"):
        parse_options(load_config(None, ["model.preset=baichuan-m1-tiny",
                                         "model.family_options.layer_pattern=GX"]).model)


def test_tp_beyond_kv_heads_is_refused_plainly():
    config = load_config(None, ["model.preset=baichuan-m1-14b", "parallel.tp=4"])
    with pytest.raises(ConfigError, match="global layers have 2 KV heads, not divisible by parallel.tp=4"):
        validate(config, 4)
    validate(load_config(None, ["model.preset=baichuan-m1-14b", "parallel.tp=2"]), 2)


def test_flop_shapes_follow_the_pattern():
    overrides = ["model.preset=baichuan-m1-tiny", "model.family_options.layer_pattern=GGS"]
    model = load_config(None, overrides).model
    assert [a.window for a in attention_layers(model)] == [None, None, 32, None]


@pytest.mark.parametrize("overrides", [(), ("model.family_options.short_conv=false",),
                                       ("model.family_options.layer_pattern=G",)])
def test_parameter_formula_matches_built_model(build_m1, overrides):
    model, config = build_m1(*overrides)
    assert parameter_count(config.model, VOCAB)["total"] == sum(p.numel() for p in model.parameters())
