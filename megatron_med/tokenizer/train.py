"""`megatron-med train-tokenizer`: train a byte-level BPE on JSONL text and save it for tiktoken.

Writes OUTPUT (tiktoken ranks) and OUTPUT with a .json suffix (split pattern, special tokens, the
end-of-document token, provenance). Both are written under temporary names and renamed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import tiktoken

from megatron_med.data.preprocess.documents import BadLine, parse_line
from megatron_med.io.jsonl import InputError, StreamFailure, expand_inputs, iter_lines
from megatron_med.tokenizer.bpe import SPLIT_PATTERN, mergeable_ranks, train_bpe
from megatron_med.tokenizer.encoding import EOD_TOKEN, FORMAT, meta_path, write_ranks

CHAT_TOKENS = ("<|pad|>", "<|im_start|>", "<|im_end|>")


def special_token_names(reserved: int) -> list[str]:
    """End-of-document first, then chat tokens, then `reserved` placeholders for later use."""
    return [EOD_TOKEN, *CHAT_TOKENS, *(f"<|reserved_{i}|>" for i in range(reserved))]


class _Texts:
    """Iterate the texts under `keys` of every usable line; counts what was skipped and why."""

    def __init__(self, paths: list[str], keys: tuple[str, ...], max_documents: int | None,
                 keep_sample: int) -> None:
        self.paths, self.keys, self.max_documents = paths, keys, max_documents
        self.documents = 0
        self.bytes = 0
        self.skipped: Counter[str] = Counter()
        self.sample: list[str] = []
        self._keep = keep_sample

    def __iter__(self) -> Iterator[str]:
        for item in iter_lines(self.paths, keep_blank=True):
            if isinstance(item, StreamFailure):
                self.skipped[item.reason] += 1
                continue
            self.bytes += len(item.data) + 1  # with its newline
            try:
                texts = parse_line(item.data, self.keys)
            except BadLine as bad:
                self.skipped[bad.reason] += 1
                continue
            self.documents += 1
            if len(self.sample) < self._keep:
                self.sample.append(texts[0])
            yield from texts
            if self.max_documents is not None and self.documents >= self.max_documents:
                return


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="megatron-med train-tokenizer", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", nargs="+", required=True,
                        help="JSONL files or globs (.jsonl, .jsonl.gz, .jsonl.zst)")
    parser.add_argument("--json-keys", nargs="+", default=["text"], help="keys whose text to train on")
    parser.add_argument("--vocab-size", type=int, required=True,
                        help="total vocabulary size, special tokens included")
    parser.add_argument("--output", required=True, help="ranks file to write, e.g. tok.tiktoken")
    parser.add_argument("--min-frequency", type=int, default=2, help="minimum pair count for a merge")
    parser.add_argument("--reserved-tokens", type=int, default=4,
                        help="extra <|reserved_i|> special tokens kept for later use")
    parser.add_argument("--max-documents", type=int, default=None, help="train on the first N documents")
    parser.add_argument("--verify-documents", type=int, default=1000,
                        help="check tiktoken's encoding equals HF's on this many documents")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    args = _parse_args(argv)
    prog = "megatron-med train-tokenizer"
    output = Path(args.output)
    specials = special_token_names(args.reserved_tokens)
    if output.suffix == ".json":
        print(f"{prog}: --output must not end in .json (the metadata file takes that name)", file=sys.stderr)
        return 2
    if args.vocab_size < 256 + len(specials) + 1:
        print(f"{prog}: --vocab-size must exceed 256 bytes + {len(specials)} special tokens", file=sys.stderr)
        return 2
    try:
        paths = expand_inputs(args.input)
        output.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(output.parent, os.W_OK):
            raise OSError(f"{output.parent}: directory is not writable")
    except (InputError, OSError) as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2

    texts = _Texts(paths, tuple(args.json_keys), args.max_documents, args.verify_documents)
    start = time.perf_counter()
    hf = train_bpe(texts, args.vocab_size - len(specials), args.min_frequency, SPLIT_PATTERN,
                   show_progress=not args.quiet)
    train_seconds = time.perf_counter() - start
    if texts.documents == 0:
        print(f"{prog}: no usable documents in the input (skipped: {dict(texts.skipped)})", file=sys.stderr)
        return 1
    ranks = mergeable_ranks(hf)
    special_ids = {name: len(ranks) + i for i, name in enumerate(specials)}
    encoding = tiktoken.Encoding(output.stem, pat_str=SPLIT_PATTERN, mergeable_ranks=ranks,
                                 special_tokens=special_ids)
    mismatches = sum(encoding.encode_ordinary(t) != hf.encode(t).ids for t in texts.sample)

    meta = {
        "format": FORMAT, "name": output.stem, "pat_str": SPLIT_PATTERN, "special_tokens": special_ids,
        "eod_token": EOD_TOKEN, "vocab_size": encoding.n_vocab, "mergeable_tokens": len(ranks),
        "trained_on": {"inputs": paths, "json_keys": args.json_keys, "documents": texts.documents,
                       "bytes": texts.bytes, "skipped_lines": dict(texts.skipped),
                       "min_frequency": args.min_frequency},
    }
    meta_file = meta_path(output)
    tmp_ranks = output.with_name(f".{output.name}.tmp-{os.getpid()}")
    tmp_meta = meta_file.with_name(f".{meta_file.name}.tmp-{os.getpid()}")
    try:
        write_ranks(tmp_ranks, ranks)
        tmp_meta.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp_ranks, output)
        os.replace(tmp_meta, meta_file)
    finally:
        for tmp in (tmp_ranks, tmp_meta):
            tmp.unlink(missing_ok=True)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    skipped = ", ".join(f"{k} {v}" for k, v in sorted(texts.skipped.items())) or "none"
    print(f"trained {encoding.n_vocab} tokens ({len(ranks)} mergeable + {len(specials)} special; "
          f"eod {EOD_TOKEN}={special_ids[EOD_TOKEN]}) on {texts.documents} documents "
          f"({texts.bytes / 1e6:.1f} MB) in {train_seconds:.1f} s, peak RSS {peak_mb:.0f} MB")
    print(f"skipped lines: {skipped}")
    print(f"tiktoken vs HF tokenizers: {mismatches} of {len(texts.sample)} sampled documents differ")
    if encoding.n_vocab < args.vocab_size:
        print(f"note: the corpus supported only {encoding.n_vocab} of the requested {args.vocab_size} tokens")
    print(f"wrote {output} and {meta_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
