"""The megatron-core Baichuan-M1 model against an independent plain-PyTorch reference, and NormHead."""

from __future__ import annotations

import pytest
import torch

from megatron_med.models.baichuan_m1 import layer_shapes, parse_options
from tests.models import m1_reference
from tests.models.conftest import packed_batch

SEQ = 64


def _reference(model, config, tokens, positions, documents):
    state = {k: v.detach() for k, v in model.state_dict().items() if not k.endswith("_extra_state")}
    options = parse_options(config.model)
    return m1_reference.m1_logits(
        state, layer_shapes(config.model), conv=options.short_conv, norm_head=options.norm_head,
        eps=config.model.norm_epsilon, rotary_base=config.model.rotary_base,
        tokens=tokens, positions=positions, documents=documents)


@pytest.mark.parametrize("overrides", [
    (),
    ("model.family_options.short_conv=false",),
    ("model.family_options.norm_head=false", "model.family_options.layer_pattern=SG"),
    ("model.family_options.sliding_window=5",),  # 64 % 5 != 0: dense masked path
    ("model.family_options.sliding_window=8",),  # block-banded path with 8 blocks
])
@pytest.mark.parametrize("packed", [False, True], ids=["one-document", "packed"])
def test_matches_plain_pytorch_reference(build_m1, overrides, packed):
    model, config = build_m1(*overrides)
    boundaries = [20, 41] if packed else []
    tokens, positions, mask = packed_batch(2, SEQ, boundaries)
    documents = torch.zeros(2, SEQ, dtype=torch.long)
    for start in boundaries:
        documents[:, start:] += 1
    with torch.no_grad():
        ours = model(tokens, positions, mask if packed else None)
        expected = _reference(model, config, tokens, positions, documents)
    assert ours.shape == expected.shape == (2, SEQ, 256)
    torch.testing.assert_close(ours, expected, rtol=1e-5, atol=1e-5)


def test_packed_document_equals_document_alone(build_m1):
    """With resets, the second document's logits inside a pack equal the document run on its own."""
    model, _ = build_m1()
    tokens, positions, mask = packed_batch(1, SEQ, [24])
    with torch.no_grad():
        packed = model(tokens, positions, mask)[:, 24:]
        alone = model(tokens[:, 24:], torch.arange(SEQ - 24)[None], None)
    torch.testing.assert_close(packed, alone, rtol=1e-5, atol=1e-5)


def test_norm_head_logits_invariant_to_row_norms(build_m1):
    model, _ = build_m1()
    tokens, positions, _ = packed_batch(2, 16, [])
    with torch.no_grad():
        before = model(tokens, positions, None)
        scale = torch.rand(model.output_layer.weight.shape[0], 1) * 10 + 0.1
        model.output_layer.weight.mul_(scale)
        after = model(tokens, positions, None)
    torch.testing.assert_close(after, before, rtol=1e-5, atol=1e-5)


def test_plain_head_is_not_invariant(build_m1):
    """Control for the test above: without NormHead, scaling rows changes the logits."""
    model, _ = build_m1("model.family_options.norm_head=false")
    tokens, positions, _ = packed_batch(2, 16, [])
    with torch.no_grad():
        before = model(tokens, positions, None)
        model.output_layer.weight.mul_(2.0)
        after = model(tokens, positions, None)
    assert not torch.allclose(after, before)
