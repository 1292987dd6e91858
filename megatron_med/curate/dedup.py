"""Stage 3, dedup: exact content hashes and MinHash-LSH near duplicates (datasketch).

Signatures are computed in the workers (`signature`); the index lives in the main process
(`Deduplicator`), which sees documents in input order, so the first occurrence is always the one kept
and the output does not depend on the number of workers. Each kept document is the representative of
its cluster; `cluster_sizes` counts every member so a blend can upsample with a cap.
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


def _minhash(config: DedupConfig, hashvalues: np.ndarray | None = None) -> MinHash:
    return MinHash(num_perm=config.num_perm, seed=config.seed, hashvalues=hashvalues, scheme=SCHEME,
                   permutations=_permutations(config.num_perm, config.seed))


def signature(text: str, config: DedupConfig) -> np.ndarray:
    """MinHash values (`num_perm` of them) over word `shingle_words`-grams."""
    words = _WORD_RE.findall(text.lower())
    n = config.shingle_words
    shingles = {" ".join(words[i:i + n]) for i in range(max(len(words) - n + 1, 1))}
    minhash = _minhash(config)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues


class Deduplicator:
    """Sequential duplicate decisions; picklable, so a checkpoint can store it."""

    def __init__(self, config: DedupConfig) -> None:
        self.config = config
        self.exact: dict[bytes, int] = {}  # hash -> representative key
        self.lsh = MinHashLSH(threshold=config.threshold, num_perm=config.num_perm) if config.near else None
        self.cluster_sizes: dict[int, int] = {}  # representative key -> members (only clusters > 1)

    def check(self, key: int, digest: bytes, hashvalues: np.ndarray | None) -> tuple[str, int] | None:
        """(reason, representative key) if the document duplicates an earlier one, else None.

        A kept document is indexed under `key` (its input position: unique, increasing).
        """
        rep = self.exact.get(digest) if self.config.exact else None
        reason = "exact_duplicate" if rep is not None else None
        minhash = None
        if rep is None and self.lsh is not None and hashvalues is not None:
            minhash = _minhash(self.config, hashvalues)
            candidates = self.lsh.query(minhash)
            if candidates:
                rep, reason = min(candidates), "near_duplicate"
        if rep is not None:
            self.cluster_sizes[rep] = self.cluster_sizes.get(rep, 1) + 1
            return reason, rep
        if self.config.exact:
            self.exact[digest] = key
        if minhash is not None:
            self.lsh.insert(key, minhash)
        return None
