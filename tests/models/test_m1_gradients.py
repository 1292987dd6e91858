"""Gradient tests: which input positions can influence the logits at position t.

The input is the decoder input (the embeddings), so each test sees every path through the layers:
attention, the short conv on K and V, the MLP and the norms.
"""

from __future__ import annotations

import pytest
import torch
from megatron.core.transformer.enums import AttnMaskType

from megatron_med.models.core_attention import combined_mask
from tests.models.conftest import packed_batch

SEQ = 48


def influence(model, t: int, tokens, positions, mask) -> torch.Tensor:
    """[s]: total |d logits[:, t] / d input[j]| for each input position j."""
    hidden = model.config.hidden_size
    inputs = torch.randn(tokens.shape[1], tokens.shape[0], hidden, generator=torch.Generator().manual_seed(t),
                         requires_grad=True)
    logits = model(tokens, positions, mask, decoder_input=inputs)
    (grad,) = torch.autograd.grad(logits[:, t].pow(2).sum(), inputs)
    return grad.abs().sum(dim=(1, 2))


@pytest.mark.parametrize("t", [0, 17, 47])
def test_causal_no_influence_from_later_tokens(build_m1, t):
    model, _ = build_m1()
    tokens, positions, _ = packed_batch(2, SEQ, [])
    seen = influence(model, t, tokens, positions, None)
    assert torch.all(seen[t + 1:] == 0), seen
    assert torch.all(seen[: t + 1] > 0), seen  # every earlier token reaches t through 4 layers


@pytest.mark.parametrize("window", [5, 6], ids=["dense-masked", "block-banded"])  # 48 % 6 == 0
@pytest.mark.parametrize("short_conv, reach", [(True, 1), (False, 0)])
def test_sliding_layer_sees_only_its_window(build_m1, short_conv, reach, window):
    """One sliding-window layer (W): the query at t attends keys t-W..t; the conv makes key j also
    carry token j-1, so the receptive field is W+1 tokens back with the conv and W without."""
    t = 30
    model, _ = build_m1("model.num_layers=1", "model.family_options.layer_pattern=S",
                        f"model.family_options.sliding_window={window}",
                        f"model.family_options.short_conv={str(short_conv).lower()}")
    tokens, positions, _ = packed_batch(1, SEQ, [])
    seen = influence(model, t, tokens, positions, None)
    first = t - window - reach
    assert torch.all(seen[:first] == 0), seen
    assert torch.all(seen[first: t + 1] > 0), seen
    assert torch.all(seen[t + 1:] == 0), seen


@pytest.mark.parametrize("short_conv", [True, False])
def test_no_influence_across_document_boundary(build_m1, short_conv):
    """With resets, logits of the second and third documents depend on their own tokens only."""
    model, _ = build_m1(f"model.family_options.short_conv={str(short_conv).lower()}")
    boundaries = [16, 33]
    tokens, positions, mask = packed_batch(2, SEQ, boundaries)
    for t, start in [(16, 16), (30, 16), (47, 33)]:
        seen = influence(model, t, tokens, positions, mask)
        assert torch.all(seen[:start] == 0), (t, seen)
        assert torch.all(seen[t + 1:] == 0), (t, seen)
        assert torch.all(seen[start: t + 1] > 0), (t, seen)


def test_short_conv_taps(process_group):
    """The conv alone: output t depends on inputs t and t-1 only, and not on t-1 at a restart."""
    from megatron_med.models.baichuan_m1.layer_config import m1_transformer_config
    from megatron_med.models.baichuan_m1.short_conv import ShortConv
    from tests.models.conftest import m1_config

    conv = ShortConv(m1_transformer_config(m1_config()), num_kv_heads_per_partition=2)
    x = torch.randn(6, 1, 2, 4, requires_grad=True)
    restart = torch.zeros(6, 1, dtype=torch.bool)
    restart[3] = True
    jacobian = torch.autograd.functional.jacobian(lambda v: conv(v, restart), x)  # [6,1,2,4, 6,1,2,4]
    depends = jacobian.abs().sum(dim=(1, 2, 3, 5, 6, 7)) > 0  # [output t, input j]
    expected = torch.eye(6, dtype=torch.bool) | torch.eye(6, dtype=torch.bool).roll(-1, dims=1).tril()
    expected[3, 2] = False
    assert torch.equal(depends, expected), depends
    assert torch.allclose(conv.weight.sum(-1), torch.ones(2)), "taps start as a softmax over the two taps"


def test_banded_attention_equals_dense(build_m1):
    """The block-banded sliding-window path gives the dense masked result, with documents, in and out."""
    model, _ = build_m1()
    core = model.decoder.layers[1].self_attention.core_attention  # a sliding layer (W=32, 8 heads, 4 KV)
    _, _, document_mask = packed_batch(2, 128, [50, 70])
    q = torch.randn(128, 2, 8, 16, requires_grad=True)
    k, v = torch.randn(128, 2, 4, 16), torch.randn(128, 2, 4, 16)
    banded = core(q, k, v, document_mask)
    dense = super(type(core), core).forward(
        q, k, v, combined_mask(128, 32, document_mask, q.device), AttnMaskType.causal)
    torch.testing.assert_close(banded, dense, rtol=1e-6, atol=1e-6)
    (g_banded,) = torch.autograd.grad(banded.square().sum(), q)
    (g_dense,) = torch.autograd.grad(dense.square().sum(), q)
    torch.testing.assert_close(g_banded, g_dense, rtol=1e-5, atol=1e-5)
