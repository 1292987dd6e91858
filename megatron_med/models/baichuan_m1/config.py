"""Baichuan-M1 switches (`model.family_options`) and the per-layer attention shapes they imply."""

from __future__ import annotations

from dataclasses import dataclass

from megatron_med.config.load import ConfigError, from_dict
from megatron_med.config.schema import ModelConfig, RunConfig


@dataclass
class M1Options:
    """Family options; each architectural feature is one switch, e.g. `model.family_options.short_conv=false`.

    The top-level `model` fields (num_attention_heads, num_query_groups, kv_channels) give the shape of
    the global layers; the `sliding_*` fields give the sliding-window layers' shape (None: same as global).
    """

    short_conv: bool = True  # causal 2-tap conv on K and V per KV head
    norm_head: bool = True  # L2-normalised output-weight rows
    layer_pattern: str = "GS"  # repeated over layers: G = global, S = sliding window ("G" = all global)
    sliding_window: int = 8192  # keys a sliding-layer query sees before itself (flash-attn (W, 0))
    sliding_num_attention_heads: int | None = None
    sliding_num_query_groups: int | None = None
    sliding_kv_channels: int | None = None


@dataclass(frozen=True)
class LayerShape:
    """Attention shape of one layer."""

    heads: int
    kv_heads: int
    head_dim: int
    window: int | None  # None: global causal attention


def parse_options(model: ModelConfig) -> M1Options:
    """`model.family_options` over the preset's own family options, as M1Options.

    Merging here keeps one-line ablations (`model.family_options.short_conv=false`) from dropping the
    preset's other options, e.g. the sliding-layer shape. Unknown keys and bad values raise ConfigError.
    """
    from megatron_med.models.presets import PRESETS

    preset = PRESETS.get(model.preset, {}) if model.preset else {}
    merged = {**preset.get("family_options", {}), **(model.family_options or {})}
    options = from_dict(M1Options, merged, "model.family_options")
    if not options.layer_pattern or set(options.layer_pattern) - {"G", "S"}:
        raise ConfigError(f"model.family_options.layer_pattern={options.layer_pattern!r}: use letters "
                          "G (global) and S (sliding window), e.g. GS")
    if options.sliding_window < 1:
        raise ConfigError(f"model.family_options.sliding_window must be >= 1 (got {options.sliding_window})")
    return options


def layer_shapes(model: ModelConfig, options: M1Options | None = None) -> list[LayerShape]:
    """One LayerShape per layer (0-based), following `layer_pattern` (default: even global, odd sliding)."""
    options = options or parse_options(model)
    head_dim = model.kv_channels or model.hidden_size // model.num_attention_heads
    global_shape = LayerShape(model.num_attention_heads, model.num_query_groups, head_dim, None)
    sliding = LayerShape(
        options.sliding_num_attention_heads or global_shape.heads,
        options.sliding_num_query_groups or global_shape.kv_heads,
        options.sliding_kv_channels or head_dim,
        options.sliding_window,
    )
    pattern = options.layer_pattern
    return [sliding if pattern[i % len(pattern)] == "S" else global_shape for i in range(model.num_layers)]


def validate(config: RunConfig, world_size: int) -> None:
    """Family checks before any process group exists; raises ConfigError saying what to change.

    Tensor parallelism splits whole KV heads (with their conv taps), so TP must divide the KV-head
    count of every layer type: the 14B shape's global layers have 2 KV heads, so TP <= 2 there and
    pipeline/data parallelism carry the rest of the scale.
    """
    model, tp = config.model, config.parallel.tp
    options = parse_options(model)
    errors = []
    kinds = {("global" if s.window is None else "sliding"): s for s in layer_shapes(model, options)}
    for kind, shape in kinds.items():
        if shape.heads % shape.kv_heads:
            errors.append(f"{kind} layers: {shape.heads} query heads are not a multiple of "
                          f"{shape.kv_heads} KV heads")
        if shape.kv_heads % tp:
            errors.append(f"{kind} layers have {shape.kv_heads} KV heads, not divisible by parallel.tp={tp}: "
                          f"Baichuan-M1 splits whole KV heads (and their conv taps) across TP ranks, so use "
                          f"a tp dividing {shape.kv_heads} and scale with parallel.pp / data parallelism")
        if shape.heads % tp:
            errors.append(f"{kind} layers have {shape.heads} query heads, not divisible by parallel.tp={tp}")
    if errors:
        raise ConfigError("invalid Baichuan-M1 configuration:\n  - " + "\n  - ".join(errors))
