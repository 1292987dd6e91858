"""The SDPA core attention (default with CUDA) against megatron-core's unfused path, in both families.

Same weights, same batch: logits and every parameter gradient agree to fp32 rounding (rtol/atol 1e-5),
one document or packed, for M1's global, dense-masked sliding and block-banded sliding layers.
"""

from __future__ import annotations

import pytest
import torch

from megatron_med.config import load_config
from megatron_med.config.load import ConfigError
from megatron_med.config.validate import validate
from megatron_med.models import build_model_chunk
from megatron_med.models.core_attention import SdpaAttention
from megatron_med.models.transformer_config import use_flex_window, use_sdpa
from megatron_med.runtime.distributed import init_model_parallel, set_seed
from tests.models.conftest import VOCAB, m1_config, packed_batch

SEQ = 128


def _llama_config(*overrides: str):
    return load_config(None, ["model.preset=llama-tiny-h128", f"model.vocab_size={VOCAB}",
                              "model.transformer_impl=local", "data.mock=true", *overrides])


def _logits_and_grads(config, state: dict | None, packed: bool):
    init_model_parallel(config.parallel)
    set_seed(3)
    model = build_model_chunk(config, VOCAB, True, True)
    if state is not None:
        model.load_state_dict(state)
    tokens, positions, mask = packed_batch(2, SEQ, [45, 90] if packed else [])
    logits = model(tokens, positions, mask if packed else None)
    logits.float().logsumexp(-1).mean().backward()
    grads = {name: p.grad.clone() for name, p in model.named_parameters()}
    return model, logits.detach(), grads


@pytest.mark.parametrize("family,overrides", [
    ("llama", ()),
    ("m1", ()),  # global and block-banded sliding layers (W=32, 4 blocks)
    ("m1", ("model.family_options.sliding_window=5",)),  # 128 % 5 != 0: dense masked sliding path
    ("m1", ("model.family_options.layer_pattern=G",)),  # flash-style causal path only
])
@pytest.mark.parametrize("packed", [False, True], ids=["one-document", "packed"])
def test_sdpa_matches_unfused(process_group, family, overrides, packed):
    make = _llama_config if family == "llama" else m1_config
    unfused, ref_logits, ref_grads = _logits_and_grads(make(*overrides, "model.local_attention=unfused"), None,
                                                       packed)
    state = {k: v for k, v in unfused.state_dict().items() if not k.endswith("_extra_state")}
    sdpa, logits, grads = _logits_and_grads(make(*overrides, "model.local_attention=sdpa"), state, packed)
    assert all(isinstance(layer.self_attention.core_attention, SdpaAttention) for layer in sdpa.decoder.layers)
    assert not any(isinstance(layer.self_attention.core_attention, SdpaAttention)
                   for layer in unfused.decoder.layers)
    torch.testing.assert_close(logits, ref_logits, rtol=1e-5, atol=1e-5)
    assert grads.keys() == ref_grads.keys()
    for name, grad in grads.items():
        torch.testing.assert_close(grad, ref_grads[name], rtol=1e-5, atol=1e-5, msg=name)


def test_local_attention_setting():
    assert not use_sdpa(m1_config().model)  # auto: unfused without CUDA
    assert use_sdpa(m1_config("model.local_attention=sdpa").model)
    assert not use_flex_window(m1_config().model) and not use_flex_window(m1_config("model.local_attention=sdpa").model)
    assert use_flex_window(m1_config("model.local_attention=flex").model)
    with pytest.raises(ConfigError, match="model.local_attention='flash'"):
        validate(m1_config("model.local_attention=flash"), 1)


@pytest.mark.parametrize("seq,window,documents", [(128, 32, None), (96, 40, None), (256, 32, [45, 150, 151])])
def test_flex_window_equals_the_masked_sliding_window(seq, window, documents):
    """FlexAttention's window block mask (eager reference kernel on CPU, forward only) gives SDPA's
    result with the explicit causal + window (+ document) mask, with grouped-query heads; packed
    documents differ per sample (one sample has a single document)."""
    from megatron_med.models.core_attention import combined_mask
    from megatron_med.models.flex_window import flex_window_attention

    mask = None
    if documents is not None:
        _, _, mask = packed_batch(1, seq, documents)
        mask = torch.cat([mask, torch.zeros_like(mask)])  # sample 2: one document
        mask[1, 0] = torch.ones(seq, seq, dtype=torch.bool).triu(1)
    generator = torch.Generator().manual_seed(0)
    query, key, value = (torch.randn(seq, 2, heads, 16, generator=generator) for heads in (8, 2, 2))
    ours = flex_window_attention(query, key, value, window, 0.25, mask, compiled=False)
    q, k, v = (x.permute(1, 2, 0, 3) for x in (query, key.repeat_interleave(4, 2), value.repeat_interleave(4, 2)))
    expected = torch.nn.functional.scaled_dot_product_attention(
        q, k, v, attn_mask=~combined_mask(seq, window, mask, query.device), scale=0.25)
    torch.testing.assert_close(ours, expected.permute(2, 0, 1, 3).reshape(seq, 2, 128), rtol=1e-5, atol=1e-5)


def test_flex_setting_reaches_only_sliding_layers(process_group, monkeypatch):
    """`model.local_attention=flex` builds the SDPA spec whose sliding layers call FlexAttention, with and
    without packed documents (eager kernel here, CPU forward): logits equal the masked SDPA model's."""
    from torch.nn.attention.flex_attention import flex_attention

    from megatron_med.models import flex_window

    monkeypatch.setattr(flex_window, "_compiled_flex_attention", lambda: flex_attention)
    calls = []
    original = flex_window.flex_window_attention
    monkeypatch.setattr("megatron_med.models.baichuan_m1.core_attention.flex_window_attention",
                        lambda *args, **kw: calls.append(args[3]) or original(*args, **kw))
    sdpa, *_ = _logits_and_grads(m1_config("model.local_attention=sdpa"), None, packed=False)
    state = {k: v for k, v in sdpa.state_dict().items() if not k.endswith("_extra_state")}
    init_model_parallel(m1_config().parallel)
    flex = build_model_chunk(m1_config("model.local_attention=flex"), VOCAB, True, True).eval()
    flex.load_state_dict(state)
    tokens, positions, mask = packed_batch(2, SEQ, [45, 90])
    with torch.no_grad():
        torch.testing.assert_close(flex(tokens, positions, None), sdpa.eval()(tokens, positions, None),
                                   rtol=1e-5, atol=1e-5)
        assert calls == [32, 32]  # the two sliding layers of baichuan-m1-tiny, window 32
        torch.testing.assert_close(flex(tokens, positions, mask), sdpa(tokens, positions, mask),
                                   rtol=1e-5, atol=1e-5)
        assert calls == [32, 32, 32, 32]
    with pytest.raises(ConfigError, match="local_attention=flex needs a CUDA GPU"):
        validate(m1_config("model.local_attention=flex"), 1)
