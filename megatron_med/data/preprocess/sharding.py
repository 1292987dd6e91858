"""`--shard i/n`: split a job's input bytes into n contiguous parts for SLURM array tasks.

The inputs are laid end to end; shard i takes the bytes [i*T/n, (i+1)*T/n) of the total T. A line
belongs to the shard holding its first byte, so shards 0..n-1 merged in order equal the unsharded
run. Compressed files cannot be split: each goes whole to the shard holding its first byte.
"""

from __future__ import annotations

import os
import re

from megatron_med.data.preprocess.inputs import FileSlice

_SHARD = re.compile(r"^(\d+)/(\d+)$")


def parse_shard(text: str) -> tuple[int, int]:
    """'3/16' -> (3, 16); shards are numbered from 0 (SLURM_ARRAY_TASK_ID with --array=0-15)."""
    match = _SHARD.match(text.strip())
    if not match or not 0 <= int(match[1]) < int(match[2]):
        raise ValueError(f"--shard {text!r}: expected i/n with 0 <= i < n, e.g. 0/16")
    return int(match[1]), int(match[2])


def shard_suffix(index: int, count: int) -> str:
    """Appended to the output prefix of a sharded run; zero-padded so shards sort in order."""
    return f"_shard{index:05d}-of-{count:05d}"


def shard_slices(paths: list[str], index: int, count: int) -> list[FileSlice]:
    """The slices of `paths` that shard `index` of `count` processes."""
    sizes = [os.path.getsize(p) for p in paths]
    total = sum(sizes)
    low, high = total * index // count, total * (index + 1) // count
    slices, offset = [], 0
    for path, size in zip(paths, sizes, strict=True):
        fslice = FileSlice(path, 0, size)
        if fslice.compressed:
            if low <= offset < high or (offset == total and index == count - 1):
                slices.append(fslice)
        else:
            start, end = max(low, offset) - offset, min(high, offset + size) - offset
            if start < end:
                slices.append(FileSlice(path, start, end))
        offset += size
    return slices
