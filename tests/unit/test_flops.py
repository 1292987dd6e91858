"""Model FLOPs per token (the MFU numerator), checked against brute-force counts."""

from __future__ import annotations

import pytest

from megatron_med.config import load_config
from megatron_med.models import family_module
from megatron_med.models.baichuan_m1.params import parameter_count
from megatron_med.training.flops import AttentionShape, flops_per_token, mean_keys_per_query
from tests.conftest import TINY_CONFIG


@pytest.mark.parametrize("seq, window", [(1, None), (7, None), (128, None), (128, 31), (128, 200), (64, 0)])
def test_mean_keys_per_query_by_enumeration(seq, window):
    keys = [min(i + 1, (window if window is not None else seq) + 1) for i in range(seq)]
    assert mean_keys_per_query(seq, window) == pytest.approx(sum(keys) / seq)


def test_llama_flops_are_six_per_matmul_weight_plus_attention():
    """Without the attention-score term, training FLOPs per token = 6 x weights used in matmuls."""
    model = load_config(TINY_CONFIG, ["model.preset=llama-7b"]).model
    vocab, seq = 32000, 4096
    layers = family_module("llama").attention_layers(model)
    head_dim = model.hidden_size // model.num_attention_heads
    matmul_weights = model.num_layers * (
        model.hidden_size * head_dim * (model.num_attention_heads + 2 * model.num_query_groups)  # QKV
        + model.num_attention_heads * head_dim * model.hidden_size  # output projection
        + 3 * model.hidden_size * model.ffn_hidden_size  # SwiGLU
    ) + model.hidden_size * vocab  # output layer (the embedding lookup is not a matmul)
    attention = 3 * model.num_layers * 4 * model.num_attention_heads * head_dim * (seq + 1) / 2
    assert flops_per_token(model.hidden_size, model.ffn_hidden_size, layers, seq, vocab) == pytest.approx(
        6 * matmul_weights + attention)


def test_m1_14b_flops_match_its_parameter_count():
    """For Baichuan-M1-14B, 6 x (parameters - embedding - norms - conv taps) + attention term."""
    config = load_config(TINY_CONFIG, ["model.preset=baichuan-m1-14b"])
    model, seq = config.model, 8192
    parts = parameter_count(model, model.vocab_size)
    matmul_weights = parts["total"] - parts["embedding"] - parts["norms"] - parts["short_conv"]
    layers = family_module("baichuan-m1").attention_layers(model)
    attention = 3 * sum(4 * a.query_heads * a.head_dim * mean_keys_per_query(seq, a.window) for a in layers)
    total = flops_per_token(model.hidden_size, model.ffn_hidden_size, layers, seq, model.vocab_size)
    assert total == pytest.approx(6 * matmul_weights + attention)
    assert {a.window for a in layers} == {None, 8192} and len(layers) == 40
    assert AttentionShape(20, 2, 256) in layers
