"""`megatron-med preprocess` (and tools/preprocess_data.py): JSONL -> megatron-core .bin/.idx.

A drop-in for Megatron-LM's tools/preprocess_data.py with a tiktoken tokenizer: same flag names
(--input, --output-prefix, --json-keys, --workers, --append-eod, --log-interval, --tokenizer-model),
same output names (<prefix>_<key>_document.bin/.idx) and format. Inputs stream (.jsonl, .jsonl.gz,
.jsonl.zst; files or globs); output is byte-identical for any --workers; bad lines are skipped and
counted (or fatal with --strict); outputs appear under their final names only when the run succeeds.

Exit status: 0 done; 1 bad input under --strict, a dead worker, or no usable document;
2 usage error or a missing input / tokenizer / unwritable output (found before any work); 130 interrupted.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from megatron_med.data.preprocess.inputs import DEFAULT_CHUNK_BYTES
from megatron_med.data.preprocess.pipeline import (
    Interrupted,
    PreprocessConfig,
    StrictError,
    WorkerDied,
    run,
)
from megatron_med.data.preprocess.sharding import parse_shard
from megatron_med.io.jsonl import InputError
from megatron_med.tokenizer import TokenizerError

PROG = "megatron-med preprocess"
# Megatron-LM flags that do not change the output here (streaming needs no partitions).
_ACCEPTED_NO_OPS = ("--partitions", "--keep-sequential-samples", "--keep-newlines", "--lang")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    data = parser.add_argument_group("input data")
    data.add_argument("--input", nargs="+", required=True,
                      help="JSONL files or globs (.jsonl, .jsonl.gz, .jsonl.zst), read in the order given")
    data.add_argument("--json-keys", nargs="+", default=["text"],
                      help="keys to extract; one dataset per key (default: text)")
    data.add_argument("--split-sentences", action="store_true", help="not supported (documents only)")
    tok = parser.add_argument_group("tokenizer")
    tok.add_argument("--tokenizer", "--tokenizer-model", dest="tokenizer", required=True,
                     help="a .tiktoken file from `megatron-med train-tokenizer`, or cl100k_base/o200k_base")
    tok.add_argument("--tokenizer-type", default=None, help="accepted for Megatron-LM: TikTokenizer only")
    tok.add_argument("--append-eod", action="store_true",
                     help="append the tokenizer's end-of-document token to every document")
    out = parser.add_argument_group("output data")
    out.add_argument("--output-prefix", required=True, help="writes <prefix>_<key>_document.bin/.idx")
    run_ = parser.add_argument_group("runtime")
    run_.add_argument("--workers", type=int, default=1, help="encoding processes (default 1)")
    run_.add_argument("--log-interval", type=int, default=100_000,
                      help="with --quiet, print a progress line every N documents")
    run_.add_argument("--quiet", action="store_true", help="no progress bar (batch logs); summary only")
    run_.add_argument("--strict", action="store_true", help="stop at the first bad line (exit 1)")
    run_.add_argument("--max-rejects", type=int, default=100,
                      help="bad lines recorded in <prefix>.rejects.jsonl (all are counted)")
    run_.add_argument("--summary-json", default=None, metavar="PATH",
                      help="also write the final summary as JSON (for batch jobs and benchmarks)")
    run_.add_argument("--shard", default=None, metavar="I/N",
                      help="process part I of N of the input bytes (SLURM arrays; then merge-datasets)")
    run_.add_argument("--chunk-bytes", type=int, default=DEFAULT_CHUNK_BYTES,
                      help="input bytes per work item (does not change the output)")
    compat = parser.add_argument_group("accepted for Megatron-LM compatibility (no effect)")
    for flag in _ACCEPTED_NO_OPS:
        takes_value = flag in ("--partitions", "--lang")
        compat.add_argument(flag, **({"default": None} if takes_value else {"action": "store_true"}))
    return parser


def parse_config(argv: list[str] | None) -> tuple[PreprocessConfig, str | None]:
    """Parse flags into a PreprocessConfig and the --summary-json path (argparse exits with status 2 on
    a usage error)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.split_sentences:
        parser.error("--split-sentences is not supported: documents are written whole")
    if args.tokenizer_type not in (None, "TikTokenizer"):
        parser.error(f"--tokenizer-type {args.tokenizer_type}: only TikTokenizer (tiktoken) is supported")
    if args.workers < 1:
        parser.error("--workers must be >= 1")
    if args.chunk_bytes < 1024:
        parser.error("--chunk-bytes must be >= 1024")
    if len(set(args.json_keys)) != len(args.json_keys):
        parser.error("--json-keys names a key twice")
    try:
        shard = parse_shard(args.shard) if args.shard else None
    except ValueError as exc:
        parser.error(str(exc))
    return PreprocessConfig(inputs=args.input, output_prefix=args.output_prefix, tokenizer=args.tokenizer,
                            json_keys=args.json_keys, workers=args.workers, append_eod=args.append_eod,
                            strict=args.strict, quiet=args.quiet, log_interval=args.log_interval,
                            shard=shard, max_rejects=args.max_rejects, chunk_bytes=args.chunk_bytes), \
        args.summary_json


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    cfg, summary_json = parse_config(argv)
    try:
        summary = run(cfg)
    except (InputError, TokenizerError, OSError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except (StrictError, WorkerDied) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, Interrupted):
        print(f"{PROG}: interrupted; no output was written", file=sys.stderr)
        return 130
    print(summary.format())
    if summary_json:
        Path(summary_json).write_text(json.dumps(dataclasses.asdict(summary), indent=2) + "\n")
    if summary.documents == 0 and summary.skipped:
        print(f"{PROG}: no usable document in the input", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
