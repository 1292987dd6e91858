"""Model presets by name: each returns the ModelConfig fields it sets."""

from __future__ import annotations

from megatron_med.config.load import ConfigError

PRESETS: dict[str, dict] = {
    # CPU tests and demo: a few seconds per step on a laptop core.
    "llama-tiny": dict(family="llama", num_layers=4, hidden_size=64, ffn_hidden_size=176,
                       num_attention_heads=4, num_query_groups=2, max_position_embeddings=1024),
    # Single-GPU proxy (0.85B with a 32k vocabulary).
    "llama-1b": dict(family="llama", num_layers=16, hidden_size=2048, ffn_hidden_size=5632,
                     num_attention_heads=16, num_query_groups=4, max_position_embeddings=8192,
                     rotary_base=500000.0),
    # Llama-2/3-7B-class shape (Megatron-LM's 47% MFU anchor).
    "llama-7b": dict(family="llama", num_layers=32, hidden_size=4096, ffn_hidden_size=11008,
                     num_attention_heads=32, num_query_groups=8, max_position_embeddings=8192,
                     rotary_base=500000.0),
    # Llama-style baseline of baichuan-m1-tiny's width and depth (for benchmarks/model_throughput.py).
    "llama-tiny-h128": dict(family="llama", num_layers=4, hidden_size=128, ffn_hidden_size=352,
                            num_attention_heads=4, num_query_groups=2, max_position_embeddings=1024),
    # Baichuan-M1-14B as published (see DESIGN.md section 3): ~14.47B parameters; top-level heads are
    # the global layers' shape, family_options.sliding_* the sliding-window layers'.
    "baichuan-m1-14b": dict(family="baichuan-m1", num_layers=40, hidden_size=5120, ffn_hidden_size=17408,
                            num_attention_heads=20, num_query_groups=2, kv_channels=256, vocab_size=133120,
                            max_position_embeddings=32768, rotary_base=1000000.0, norm_epsilon=1e-6,
                            family_options=dict(sliding_window=8192, sliding_num_attention_heads=40,
                                                sliding_num_query_groups=8, sliding_kv_channels=128)),
    # Single-GPU proxy of the same design at llama-1b's width and depth (0.85B with a 32k vocabulary).
    "baichuan-m1-1b": dict(family="baichuan-m1", num_layers=16, hidden_size=2048, ffn_hidden_size=5632,
                           num_attention_heads=8, num_query_groups=2, kv_channels=256,
                           max_position_embeddings=8192, rotary_base=1000000.0,
                           family_options=dict(sliding_window=2048, sliding_num_attention_heads=16,
                                               sliding_num_query_groups=4, sliding_kv_channels=128)),
    # CPU tests and demo; the window is short so that sliding layers differ from global ones at s=128.
    "baichuan-m1-tiny": dict(family="baichuan-m1", num_layers=4, hidden_size=128, ffn_hidden_size=352,
                             num_attention_heads=4, num_query_groups=2, kv_channels=32,
                             max_position_embeddings=1024,
                             family_options=dict(sliding_window=32, sliding_num_attention_heads=8,
                                                 sliding_num_query_groups=4, sliding_kv_channels=16)),
}


def preset_fields(name: str) -> dict:
    """The ModelConfig fields of preset `name` (a copy)."""
    if name not in PRESETS:
        raise ConfigError(f"unknown model preset {name!r}; known presets: {', '.join(sorted(PRESETS))}")
    return {"preset": name, **PRESETS[name]}
