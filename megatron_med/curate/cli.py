"""`megatron-med curate`: stream JSONL through normalise, quality, dedup, PHI, decontam, classify.

    megatron-med curate --input 'raw/*.jsonl' --output curated/ --config curate.yaml --workers 4

Exit codes: 0 done; 1 bad configuration or input files; 2 a bad line under --strict; 130 interrupted
(run the same command again to resume).
"""

from __future__ import annotations

import argparse
import sys

from megatron_med.config.load import ConfigError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="megatron-med curate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", nargs="+",
                        help="JSONL files or globs (.jsonl, .jsonl.gz, .jsonl.zst; quote the globs)")
    parser.add_argument("--output", help="output directory (shards, rejected, report.json)")
    parser.add_argument("--config", help="curation YAML (see examples/curate.yaml); defaults otherwise")
    parser.add_argument("--workers", type=int, help="worker processes (output does not depend on it)")
    parser.add_argument("--json-keys", dest="text_key", help="field holding the text (default: text)")
    parser.add_argument("--strict", action="store_true", help="stop at the first bad input line")
    parser.add_argument("--overwrite", action="store_true", help="discard an earlier run in --output")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("overrides", nargs="*", help="config overrides: key.sub=value, e.g. dedup.threshold=0.7")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from megatron_med.curate.config import load_curate_config
    from megatron_med.curate.pipeline import StrictError, run

    overrides = list(args.overrides)
    for key in ("output", "workers", "text_key"):
        if getattr(args, key) is not None:
            overrides.append(f"{key}={getattr(args, key)}")
    if args.strict:
        overrides.append("strict=true")
    try:
        config = load_curate_config(args.config, overrides)
        if args.input:
            config.input = list(args.input)
        if not config.input:
            raise ConfigError("no input: pass --input or set `input` in the config")
        report = run(config, overwrite=args.overwrite, progress=not args.no_progress)
    except StrictError as exc:
        print(f"megatron-med curate: bad input (--strict): {exc}", file=sys.stderr)
        return 2
    except (ConfigError, FileNotFoundError, ValueError, RuntimeError) as exc:
        print(f"megatron-med curate: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("megatron-med curate: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    print(report.summary(), end="")
    print(f"wrote {config.output}/report.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
