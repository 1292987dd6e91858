"""Model presets by name: each returns the ModelConfig fields it sets."""

from __future__ import annotations

from megatron_med.config.load import ConfigError

PRESETS: dict[str, dict] = {
    # CPU tests and demo: a few seconds per step on a laptop core.
    "llama-tiny": dict(family="llama", num_layers=4, hidden_size=64, ffn_hidden_size=176,
                       num_attention_heads=4, num_query_groups=2, max_position_embeddings=1024),
    # Single-GPU proxy (~1.1B with a 32k vocabulary).
    "llama-1b": dict(family="llama", num_layers=16, hidden_size=2048, ffn_hidden_size=5632,
                     num_attention_heads=16, num_query_groups=4, max_position_embeddings=8192,
                     rotary_base=500000.0),
    # Llama-2/3-7B-class shape (Megatron-LM's 47% MFU anchor).
    "llama-7b": dict(family="llama", num_layers=32, hidden_size=4096, ffn_hidden_size=11008,
                     num_attention_heads=32, num_query_groups=8, max_position_embeddings=8192,
                     rotary_base=500000.0),
}


def preset_fields(name: str) -> dict:
    """The ModelConfig fields of preset `name` (a copy)."""
    if name not in PRESETS:
        raise ConfigError(f"unknown model preset {name!r}; known presets: {', '.join(sorted(PRESETS))}")
    return {"preset": name, **PRESETS[name]}
