"""`megatron-med merge-datasets`: concatenate indexed datasets (e.g. the shards of a --shard job) into one.

Flags follow Megatron-LM's tools/merge_datasets.py: `--input` (a directory, as there, or dataset
prefixes / globs of them, taken in the order given, each glob sorted) and `--output-prefix`. The merge
itself is megatron-core's `IndexedDatasetBuilder.add_index`; the result is written under temporary
names and renamed at the end. Shards named `<prefix>_shardIIIII-of-NNNNN_<key>_document` must all be
present.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import sys
from pathlib import Path

from tqdm import tqdm

from megatron_med.data.preprocess.writer import commit_outputs, dataset_paths, read_index_dtype, temp_name

PROG = "megatron-med merge-datasets"
_SHARD = re.compile(r"^(.*)_shard(\d{5})-of-(\d{5})(_.*)$")


class MergeError(RuntimeError):
    """Inputs that cannot be merged (missing, mismatched dtypes, missing shards)."""


def _prefix(path: str) -> str:
    return path[:-4] if path.endswith((".bin", ".idx")) else path


def resolve_inputs(items: list[str]) -> list[str]:
    """Dataset prefixes named by directories, globs or prefixes, in order, without duplicates."""
    prefixes: list[str] = []
    for item in items:
        if os.path.isdir(item):
            found = sorted({_prefix(p) for p in glob.glob(os.path.join(item, "*.idx"))})
        elif glob.has_magic(item):  # a glob of prefixes, or of .bin/.idx files
            matches = glob.glob(item + ".idx") + [p for p in glob.glob(item) if p.endswith((".bin", ".idx"))]
            found = sorted({_prefix(p) for p in matches})
        else:
            found = [_prefix(item)]
        if not found:
            raise MergeError(f"{item}: no dataset matches")
        prefixes += [p for p in found if p not in prefixes]
    for prefix in prefixes:
        for path in dataset_paths(prefix):
            if not os.path.isfile(path):
                raise MergeError(f"{path}: missing (every dataset needs .bin and .idx)")
    return prefixes


def check_shards(prefixes: list[str]) -> None:
    """If the inputs are shards of --shard runs, all shards of each job must be there, in order."""
    jobs: dict[tuple[str, str, int], list[int]] = {}
    for prefix in prefixes:
        match = _SHARD.match(prefix)
        if match:
            jobs.setdefault((match[1], match[4], int(match[3])), []).append(int(match[2]))
    for (base, key, count), indices in jobs.items():
        missing = sorted(set(range(count)) - set(indices))
        if missing:
            raise MergeError(f"{base}_shard*-of-{count:05d}{key}: missing shards {missing[:10]}")
        if indices != sorted(indices):
            raise MergeError(f"{base}_shard*-of-{count:05d}{key}: shards are not in order")


def merge(prefixes: list[str], output_prefix: str, quiet: bool = False) -> dict:
    """Merge `prefixes` in order into `output_prefix` with megatron-core's builder; returns counts."""
    from megatron.core.datasets.indexed_dataset import IndexedDatasetBuilder  # heavy import (torch)

    dtypes = {prefix: read_index_dtype(dataset_paths(prefix)[1]) for prefix in prefixes}
    if len(set(dtypes.values())) > 1:
        raise MergeError("datasets have different token dtypes: "
                         + ", ".join(f"{p} {d.__name__}" for p, d in dtypes.items()))
    bin_path, idx_path = dataset_paths(output_prefix)
    if any(os.path.abspath(bin_path) == os.path.abspath(dataset_paths(p)[0]) for p in prefixes):
        raise MergeError(f"{output_prefix}: the output is also an input")
    Path(bin_path).parent.mkdir(parents=True, exist_ok=True)
    tmp_bin, tmp_idx = temp_name(bin_path), temp_name(idx_path)
    try:
        builder = IndexedDatasetBuilder(tmp_bin, dtype=dtypes[prefixes[0]])
        for prefix in tqdm(prefixes, desc="merge", unit="dataset", disable=quiet, file=sys.stderr):
            builder.add_index(prefix)
        builder.finalize(tmp_idx)
        commit_outputs([(tmp_bin, bin_path), (tmp_idx, idx_path)])
    except BaseException:
        for tmp in (tmp_bin, tmp_idx):
            Path(tmp).unlink(missing_ok=True)
        raise
    return {"datasets": len(prefixes), "documents": len(builder.document_indices) - 1,
            "sequences": len(builder.sequence_lengths), "tokens": int(sum(builder.sequence_lengths)),
            "output": output_prefix}


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", nargs="+", required=True,
                        help="a directory of datasets, or dataset prefixes / globs, merged in this order")
    parser.add_argument("--output-prefix", required=True, help="writes <prefix>.bin and <prefix>.idx")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    try:
        prefixes = resolve_inputs(args.input)
        check_shards(prefixes)
        stats = merge(prefixes, _prefix(args.output_prefix), args.quiet)
    except (MergeError, ValueError, OSError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; no output was written", file=sys.stderr)
        return 130
    print(f"merged {stats['datasets']} datasets: {stats['documents']:,} documents, "
          f"{stats['tokens']:,} tokens -> {stats['output']}.bin/.idx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
