"""Stage 3, dedup: exact content hashes and MinHash-LSH near duplicates.

Signatures are datasketch MinHashes computed in the workers (`signature`); the index lives in the main
process (`Deduplicator`), which sees documents in input order, so the first occurrence is always the one
kept and the output does not depend on the number of workers. Each kept document is the representative
of its cluster; `cluster_sizes` counts every member so a blend can upsample with a cap.

The banding (b bands of r rows) is datasketch's MinHashLSH choice for the threshold and `lsh_weights`;
the index keeps only the first document of each band bucket (a candidate is always the earliest kept
document), as plain int -> int dicts, instead of datasketch's set per bucket (3.5 KB per document).
With `verify`, the signatures of kept documents are stored too (512 bytes each at 128 permutations)
and a candidate counts only when the signatures' estimate of the Jaccard similarity reaches the
threshold: the banding can then favour recall without letting less similar pairs through.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from megatron_med.curate.config import DedupConfig

_WORD_RE = re.compile(r"\w+")
SCHEME = "affine32"  # datasketch 2 default; named so that signatures rebuilt from values match


def content_hash(text: str) -> bytes:
    """16-byte hash of the text with case and whitespace folded."""
    return hashlib.blake2b(" ".join(text.lower().split()).encode("utf-8"), digest_size=16).digest()


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int) -> np.ndarray:
    """Drawing the permutations is the slow part of building a MinHash: do it once per process."""
    return MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations


def _minhash(config: DedupConfig) -> MinHash:
    return MinHash(num_perm=config.num_perm, seed=config.seed, scheme=SCHEME,
                   permutations=_permutations(config.num_perm, config.seed))


def signature(text: str, config: DedupConfig) -> np.ndarray:
    """MinHash values (`num_perm` of them) over word `shingle_words`-grams."""
    words = _WORD_RE.findall(text.lower())
    n = config.shingle_words
    shingles = {" ".join(words[i:i + n]) for i in range(max(len(words) - n + 1, 1))}
    minhash = _minhash(config)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues


class _Rows:
    """Signatures of kept documents: uint32 rows in 64k-row blocks, found by key through a dict."""

    BLOCK = 65536

    def __init__(self, width: int) -> None:
        self.width = width
        self.blocks: list[np.ndarray] = []
        self.index: dict[int, int] = {}

    def add(self, key: int, values: np.ndarray) -> None:
        row = len(self.index)
        if row % self.BLOCK == 0:
            self.blocks.append(np.empty((self.BLOCK, self.width), np.uint32))
        self.blocks[-1][row % self.BLOCK] = values
        self.index[key] = row

    def get(self, key: int) -> np.ndarray:
        row = self.index[key]
        return self.blocks[row // self.BLOCK][row % self.BLOCK]


class Deduplicator:
    """Sequential duplicate decisions; picklable, so a checkpoint can store it."""

    def __init__(self, config: DedupConfig) -> None:
        self.config = config
        self.exact: dict[bytes, int] = {}  # hash -> representative key
        lsh = MinHashLSH(threshold=config.threshold, num_perm=config.num_perm, weights=tuple(config.lsh_weights))
        self.bands, self.rows = lsh.b, lsh.r
        self.buckets: list[dict[int, int]] = [{} for _ in range(self.bands)] if config.near else []
        self.cluster_sizes: dict[int, int] = {}  # representative key -> members (only clusters > 1)
        self.signatures = _Rows(config.num_perm) if config.near and config.verify else None

    def check(self, key: int, digest: bytes, hashvalues: np.ndarray | None) -> tuple[str, int] | None:
        """(reason, representative key) if the document duplicates an earlier one, else None.

        A kept document is indexed under `key` (its input position: unique, increasing).
        """
        rep = self.exact.get(digest) if self.config.exact else None
        reason = "exact_duplicate" if rep is not None else None
        bands = self._band_keys(hashvalues) if self.buckets and hashvalues is not None else []
        if rep is None:
            candidates = sorted({c for c in map(dict.get, self.buckets, bands) if c is not None})
            if self.signatures is not None:
                candidates = [c for c in candidates if self._similar(c, hashvalues)]
            if candidates:
                rep, reason = candidates[0], "near_duplicate"
        if rep is not None:
            self.cluster_sizes[rep] = self.cluster_sizes.get(rep, 1) + 1
            return reason, rep
        if self.config.exact:
            self.exact[digest] = key
        for bucket, band in zip(self.buckets, bands, strict=False):
            bucket.setdefault(band, key)
        if self.signatures is not None and bands:
            self.signatures.add(key, hashvalues)
        return None

    def _similar(self, key: int, hashvalues: np.ndarray) -> bool:
        """MinHash estimate of the Jaccard similarity with kept document `key` reaches the threshold."""
        return float(np.mean(self.signatures.get(key) == hashvalues)) >= self.config.threshold

    def _band_keys(self, hashvalues: np.ndarray) -> list[int]:
        raw = np.ascontiguousarray(hashvalues, dtype=np.uint32).tobytes()
        width = 4 * self.rows
        return [int.from_bytes(hashlib.blake2b(raw[i * width:(i + 1) * width], digest_size=8).digest(), "little")
                for i in range(self.bands)]
