"""Train a byte-level BPE with HF `tokenizers` and turn it into tiktoken mergeable ranks."""

from __future__ import annotations

from collections.abc import Iterable

from tokenizers import Regex, models, pre_tokenizers, trainers
from tokenizers import Tokenizer as HFTokenizer

# GPT-4-style split (words with a leading non-letter, 1-3 digit groups, punctuation runs, newlines,
# whitespace). No possessive quantifiers: HF's Oniguruma and tiktoken's fancy-regex read those
# differently, so the split the vocabulary was trained on would not be the one tiktoken applies.
SPLIT_PATTERN = (r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*"""
                 r"""|\s*[\r\n]+|\s+(?!\S)|\s+""")


def _unicode_to_byte() -> dict[str, int]:
    """Inverse of the byte-level alphabet: printable Latin-1 bytes stand for themselves, the other 68
    bytes for the code points 256, 257, ... in byte order."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1),
                 *range(ord("®"), ord("ÿ") + 1)]
    others = [b for b in range(256) if b not in printable]
    mapping = {chr(b): b for b in printable}
    mapping.update({chr(256 + n): b for n, b in enumerate(others)})
    return mapping


def build_hf_tokenizer(pattern: str = SPLIT_PATTERN) -> HFTokenizer:
    """An untrained byte-level BPE whose pre-tokenizer splits with `pattern`, then maps bytes."""
    tokenizer = HFTokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(pattern), behavior="isolated"),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    return tokenizer


def train_bpe(texts: Iterable[str], vocab_size: int, min_frequency: int = 2,
              pattern: str = SPLIT_PATTERN, show_progress: bool = False) -> HFTokenizer:
    """Train a byte-level BPE with `vocab_size` mergeable tokens (all 256 bytes included)."""
    tokenizer = build_hf_tokenizer(pattern)
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, min_frequency=min_frequency,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                                  special_tokens=[], show_progress=show_progress)
    tokenizer.train_from_iterator(texts, trainer=trainer)
    return tokenizer


def mergeable_ranks(tokenizer: HFTokenizer) -> dict[bytes, int]:
    """tiktoken ranks from a trained byte-level BPE: rank = HF id (bytes first, then merges in order)."""
    to_byte = _unicode_to_byte()
    ranks = {bytes(to_byte[ch] for ch in token): index for token, index in tokenizer.get_vocab().items()}
    if sorted(ranks.values()) != list(range(len(ranks))):
        raise ValueError("trained vocabulary ids are not contiguous from 0")
    missing = [b for b in range(256) if bytes([b]) not in ranks]
    if missing:
        raise ValueError(f"trained vocabulary lacks single bytes {missing[:8]}")
    return ranks
