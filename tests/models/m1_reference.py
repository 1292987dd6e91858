"""Baichuan-M1 forward pass in plain PyTorch, written from the published math (DESIGN.md section 3),
independently of megatron_med's modules: the test oracle for the megatron-core model.

Only the weight *layout* is shared knowledge: megatron-core packs Q, K and V of one KV group
together ([q heads of group g, k_g, v_g] for each g) and the SwiGLU gate before the up projection.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F


def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    x32 = x.float()
    return (x32 / torch.sqrt(x32.pow(2).mean(-1, keepdim=True) + eps)).type_as(x) * weight


def unpack_qkv(weight: torch.Tensor, heads: int, kv_heads: int, head_dim: int):
    """Megatron's grouped QKV weight -> (Wq [heads*d, h], Wk [kv*d, h], Wv [kv*d, h])."""
    per_group = heads // kv_heads
    grouped = weight.view(kv_heads, (per_group + 2) * head_dim, weight.shape[-1])
    wq = grouped[:, : per_group * head_dim].reshape(heads * head_dim, -1)
    wk = grouped[:, per_group * head_dim: (per_group + 1) * head_dim].reshape(kv_heads * head_dim, -1)
    wv = grouped[:, (per_group + 1) * head_dim:].reshape(kv_heads * head_dim, -1)
    return wq, wk, wv


def short_conv(x: torch.Tensor, taps: torch.Tensor, documents: torch.Tensor) -> torch.Tensor:
    """x [b, s, kv, d]; taps [kv, 2]: y_t = taps[:,0] * x_{t-1} + taps[:,1] * x_t, x_{t-1} = 0 at a
    sequence or document start."""
    out = torch.empty_like(x)
    for t in range(x.shape[1]):
        out[:, t] = taps[:, 1, None] * x[:, t]
        if t > 0:
            same = (documents[:, t] == documents[:, t - 1]).to(x.dtype)[:, None, None]
            out[:, t] += same * taps[:, 0, None] * x[:, t - 1]
    return out


def rope(x: torch.Tensor, positions: torch.Tensor, base: float) -> torch.Tensor:
    """Rotate-half RoPE: x [b, s, heads, d], positions [b, s]."""
    half = x.shape[-1] // 2
    theta = base ** (-torch.arange(half, dtype=torch.float64) / half)
    angle = (positions.double()[..., None] * theta)[:, :, None, :]
    cos, sin = torch.cos(angle).to(x.dtype), torch.sin(angle).to(x.dtype)
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat((x1 * cos - x2 * sin, x2 * cos + x1 * sin), dim=-1)


def attention(x, state, prefix, shape, conv: bool, positions, documents, base):
    heads, kv_heads, d, window = shape.heads, shape.kv_heads, shape.head_dim, shape.window
    b, s, _ = x.shape
    wq, wk, wv = unpack_qkv(state[prefix + "linear_qkv.weight"], heads, kv_heads, d)
    q = (x @ wq.t()).view(b, s, heads, d)
    k = (x @ wk.t()).view(b, s, kv_heads, d)
    v = (x @ wv.t()).view(b, s, kv_heads, d)
    if conv:
        k = short_conv(k, state[prefix + "key_conv.weight"], documents)
        v = short_conv(v, state[prefix + "value_conv.weight"], documents)
    q, k = rope(q, positions, base), rope(k, positions, base)
    k = k.repeat_interleave(heads // kv_heads, dim=2)
    v = v.repeat_interleave(heads // kv_heads, dim=2)
    scores = torch.einsum("bqhd,bkhd->bhqk", q, k) / math.sqrt(d)
    i = torch.arange(s)[:, None]
    j = torch.arange(s)[None, :]
    allowed = (j <= i) & ((i - j <= window) if window is not None else True)
    allowed = allowed[None] & (documents[:, :, None] == documents[:, None, :])
    scores = scores.masked_fill(~allowed[:, None], float("-inf"))
    context = torch.einsum("bhqk,bkhd->bqhd", scores.softmax(-1), v).reshape(b, s, heads * d)
    return context @ state[prefix + "linear_proj.weight"].t()


def swiglu(x, state, prefix):
    gate, up = state[prefix + "linear_fc1.weight"].chunk(2, dim=0)
    return (F.silu(x @ gate.t()) * (x @ up.t())) @ state[prefix + "linear_fc2.weight"].t()


def m1_logits(state: dict, shapes: list, *, conv: bool, norm_head: bool, eps: float, rotary_base: float,
              tokens: torch.Tensor, positions: torch.Tensor, documents: torch.Tensor) -> torch.Tensor:
    """Logits [b, s, V] of the pre-norm M1 decoder; `documents` [b, s] are document ids."""
    x = state["embedding.word_embeddings.weight"][tokens]
    for index, shape in enumerate(shapes):
        p = f"decoder.layers.{index}."
        x = x + attention(rms_norm(x, state[p + "input_layernorm.weight"], eps), state, p + "self_attention.",
                          shape, conv, positions, documents, rotary_base)
        x = x + swiglu(rms_norm(x, state[p + "pre_mlp_layernorm.weight"], eps), state, p + "mlp.")
    x = rms_norm(x, state["decoder.final_layernorm.weight"], eps)
    head = state["output_layer.weight"]
    if norm_head:
        head = head / head.norm(dim=-1, keepdim=True)
    return x @ head.t()
