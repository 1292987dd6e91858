"""Tokenizers: tiktoken encodings of our own trained byte-level BPE vocabularies (or stock ones)."""

from megatron_med.tokenizer.encoding import EOD_TOKEN, Tokenizer, TokenizerError, load_tokenizer

__all__ = ["EOD_TOKEN", "Tokenizer", "TokenizerError", "load_tokenizer"]
