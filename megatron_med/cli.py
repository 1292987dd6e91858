"""`megatron-med <subcommand> ...`: a thin dispatcher; each subcommand lives in its own module."""

from __future__ import annotations

import importlib
import sys

# name -> (module with a `main(argv) -> int`, one-line help). Modules are imported only when used.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "train": ("megatron_med.train", "pretrain a model: megatron-med train CONFIG.yaml [key=value ...]"),
    "model-info": ("megatron_med.models.baichuan_m1.params", "parameter count of a Baichuan-M1 preset"),
    "plot": ("megatron_med.training.plot", "plot loss and learning rate of a run (PNG)"),
    "corpus": ("megatron_med.data.corpora", "write real offline medical text as JSONL"),
    "train-tokenizer": ("megatron_med.tokenizer.train", "train a byte-level BPE, save a .tiktoken file"),
    "preprocess": ("megatron_med.data.preprocess.cli", "JSONL -> megatron-core indexed .bin/.idx"),
    "merge-datasets": ("megatron_med.data.preprocess.merge", "merge indexed datasets into one"),
    "curate": ("megatron_med.curate.cli", "dedup, quality, PHI scrub, decontaminate, classify JSONL"),
}


def _usage() -> str:
    width = max(len(n) for n in SUBCOMMANDS)
    lines = ["usage: megatron-med <subcommand> [args]", "", "subcommands:"]
    lines += [f"  {name:<{width}}  {help_}" for name, (_, help_) in SUBCOMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(_usage())
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in SUBCOMMANDS:
        print(f"megatron-med: unknown subcommand {name!r}\n\n{_usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(SUBCOMMANDS[name][0])
    return int(module.main(rest) or 0)


if __name__ == "__main__":
    sys.exit(main())
