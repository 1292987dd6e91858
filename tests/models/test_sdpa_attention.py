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
from megatron_med.models.transformer_config import use_sdpa
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
    with pytest.raises(ConfigError, match="model.local_attention='flash'"):
        validate(m1_config("model.local_attention=flash"), 1)
