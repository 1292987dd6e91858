"""The Transformer Engine layer spec (H100) against the local spec, same weights. GPU-only."""

from __future__ import annotations

import pytest
import torch

from megatron_med.models.transformer_config import transformer_engine_available
from tests.models.conftest import packed_batch

pytestmark = [pytest.mark.gpu,
              pytest.mark.skipif(not transformer_engine_available(), reason="needs CUDA and Transformer Engine")]

# Local-spec names of the norms that TE fuses into the following linear layer.
TE_NAMES = {"input_layernorm.weight": "self_attention.linear_qkv.layer_norm_weight",
            "pre_mlp_layernorm.weight": "mlp.linear_fc1.layer_norm_weight"}


def _to_te_names(state: dict) -> dict:
    renamed = {}
    for key, value in state.items():
        for local, te in TE_NAMES.items():
            key = key.replace(local, te)
        renamed[key] = value
    return renamed


@pytest.mark.parametrize("packed", [False, True], ids=["te-window", "te-arbitrary-mask"])
def test_te_spec_matches_local_spec(build_m1, packed):
    local, _ = build_m1("training.precision=fp32")
    te, _ = build_m1("training.precision=fp32", "model.transformer_impl=transformer_engine")
    state = {k: v for k, v in local.state_dict().items() if not k.endswith("_extra_state")}
    missing, unexpected = te.load_state_dict(_to_te_names(state), strict=False)
    assert not unexpected and all(k.endswith("_extra_state") for k in missing), (missing, unexpected)
    tokens, positions, mask = (t.cuda() for t in packed_batch(2, 128, [40, 90] if packed else []))
    with torch.no_grad():
        expected = local(tokens, positions, mask if packed else None)
        ours = te(tokens, positions, mask if packed else None)
    torch.testing.assert_close(ours, expected, rtol=1e-4, atol=1e-4)


def test_te_spec_fp8_trains(build_m1):
    """FP8 (hybrid, delayed scaling) through TE: a forward/backward pass gives finite loss and grads."""
    model, _ = build_m1("training.precision=bf16", "model.transformer_impl=transformer_engine",
                        "model.fp8=hybrid")
    model.train()
    tokens, positions, _ = (t.cuda() for t in packed_batch(2, 128, []))
    from megatron.core.fp8_utils import get_fp8_context

    with get_fp8_context(model.config):
        loss = model(tokens, positions, None, labels=tokens).float().mean()
    torch.autograd.backward(loss)
    assert torch.isfinite(loss)
    assert all(torch.isfinite(p.grad).all() for p in model.parameters() if p.grad is not None)
