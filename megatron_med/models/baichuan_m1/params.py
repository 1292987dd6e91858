"""Parameter count of a Baichuan-M1 shape from its config alone (no model is allocated).

`python -m megatron_med.models.baichuan_m1.params baichuan-m1-14b [vocab_size]` prints it.
"""

from __future__ import annotations

import argparse
import sys

from megatron_med.config.load import ConfigError
from megatron_med.config.schema import ModelConfig
from megatron_med.models.baichuan_m1.config import layer_shapes, parse_options


def parameter_count(model: ModelConfig, vocab_size: int) -> dict[str, int]:
    """Parameters by part: embedding, per-layer attention/conv/MLP/norms, final norm, output layer."""
    options = parse_options(model)
    h, f = model.hidden_size, model.ffn_hidden_size
    counts = {"embedding": vocab_size * h, "attention": 0, "short_conv": 0, "mlp": 0, "norms": h}
    for shape in layer_shapes(model, options):
        q, kv = shape.heads * shape.head_dim, shape.kv_heads * shape.head_dim
        counts["attention"] += h * (q + 2 * kv) + q * h  # packed QKV and output projection
        counts["short_conv"] += 2 * 2 * shape.kv_heads if options.short_conv else 0  # K and V, 2 taps
        counts["mlp"] += 3 * h * f  # SwiGLU: gate, up, down
        counts["norms"] += 2 * h  # pre-attention and pre-MLP RMSNorm
    counts["output_layer"] = vocab_size * h if model.untie_embeddings_and_output_weights else 0
    counts["total"] = sum(counts.values())
    return counts


def main(argv: list[str] | None = None) -> int:
    from megatron_med.models.presets import preset_fields

    parser = argparse.ArgumentParser(prog="python -m megatron_med.models.baichuan_m1.params",
                                     description="Print a Baichuan-M1 preset's parameter count.")
    parser.add_argument("preset", help="e.g. baichuan-m1-14b, baichuan-m1-1b, baichuan-m1-tiny")
    parser.add_argument("vocab_size", type=int, nargs="?", help="default: the preset's vocab_size")
    args = parser.parse_args(argv)
    try:
        fields = preset_fields(args.preset)
        model = ModelConfig(**fields)
        vocab = args.vocab_size or model.vocab_size
        if vocab is None:
            raise ConfigError(f"preset {args.preset} has no vocab_size: give one on the command line")
        if model.family != "baichuan-m1":
            raise ConfigError(f"preset {args.preset} is a {model.family} model, not baichuan-m1")
        counts = parameter_count(model, vocab)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    width = max(map(len, counts))
    print(f"{args.preset} (vocab {vocab:,}):")
    for name, value in counts.items():
        print(f"  {name:<{width}}  {value:>16,}  ({value / 1e9:.3f}B)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
