"""Model FLOPs per token and device peaks, for TFLOP/s and MFU.

Counting convention (documented in README "Throughput and MFU"):
  * matmul FLOPs only, 2 per multiply-add; forward + backward = 3 x forward (no recompute counted,
    so MFU is "model FLOPs utilisation" as in PaLM and Megatron-LM);
  * per layer and token: QKV projection 2*h*(nq + 2*nkv)*d, attention scores and values
    2*2*nq*d*c where c is the mean number of keys a query sees (causal: (s+1)/2; a sliding window W
    caps it at W+1), output projection 2*nq*d*h, MLP 2*3*h*f (SwiGLU: gate, up, down);
  * output layer 2*h*V.
MFU = achieved model TFLOP/s per device / dense BF16 (or FP8) peak of that device.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

# Dense (no sparsity) peak TFLOP/s by device-name fragment: (bf16, fp8). First match wins.
DEVICE_PEAK_TFLOPS: list[tuple[str, float, float]] = [
    ("H100 PCIe", 756.0, 1513.0),
    ("H100 NVL", 835.0, 1671.0),
    ("H100", 989.0, 1979.0),  # SXM5
    ("H200", 989.0, 1979.0),
    ("H20", 148.0, 296.0),
    ("GH200", 989.0, 1979.0),
    ("B200", 2250.0, 4500.0),
    ("A100", 312.0, 312.0),  # no FP8: FP8 runs at the BF16 rate
    ("L40S", 362.0, 733.0),
    ("A10", 125.0, 125.0),
]


@dataclass(frozen=True)
class AttentionShape:
    query_heads: int
    kv_heads: int
    head_dim: int
    window: int | None = None  # sliding window (keys before the query), None = global causal


def mean_keys_per_query(seq_length: int, window: int | None) -> float:
    """Mean over query positions i of the keys attended: min(i + 1, window + 1)."""
    if window is None or window + 1 >= seq_length:
        return (seq_length + 1) / 2
    w = window + 1
    # positions 0..w-1 see i+1 keys; the rest see w keys
    return (w * (w + 1) / 2 + (seq_length - w) * w) / seq_length


def flops_per_token(hidden: int, ffn_hidden: int, layers: list[AttentionShape], seq_length: int,
                    vocab_size: int, gated_mlp: bool = True) -> float:
    """Training (forward + backward) model FLOPs per token."""
    forward = 2.0 * hidden * vocab_size
    mlp = 2.0 * hidden * ffn_hidden * (3 if gated_mlp else 2)
    for a in layers:
        q, kv = a.query_heads * a.head_dim, a.kv_heads * a.head_dim
        forward += 2.0 * hidden * (q + 2 * kv)  # QKV projection
        forward += 2.0 * 2.0 * q * mean_keys_per_query(seq_length, a.window)  # scores and values
        forward += 2.0 * q * hidden + mlp  # output projection, MLP
    return 3.0 * forward


def device_peak_tflops(fp8: bool = False, override: float | None = None) -> float | None:
    """Peak dense TFLOP/s of this process's device; None on CPU or for an unknown GPU."""
    if override:
        return override
    if not torch.cuda.is_available():
        return None
    name = torch.cuda.get_device_name()
    for fragment, bf16, fp8_peak in DEVICE_PEAK_TFLOPS:
        if fragment in name:
            return fp8_peak if fp8 else bf16
    return None
