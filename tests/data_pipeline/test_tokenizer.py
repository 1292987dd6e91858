"""train-tokenizer and load_tokenizer on real medical text."""

from __future__ import annotations

import importlib.util
import json

import pytest

from megatron_med.tokenizer import EOD_TOKEN, TokenizerError, load_tokenizer
from megatron_med.tokenizer.encoding import meta_path
from megatron_med.tokenizer.train import main as train_main


def test_trained_tokenizer_loads_into_tiktoken(tokenizer_path, texts):
    tok = load_tokenizer(tokenizer_path)
    meta = json.loads(meta_path(tokenizer_path).read_text())
    assert tok.vocab_size == 4096 == meta["vocab_size"]
    assert tok.eod == meta["special_tokens"][EOD_TOKEN] == tok.encoding.encode_single_token(EOD_TOKEN)
    assert {"<|im_start|>", "<|im_end|>", "<|pad|>"} <= set(meta["special_tokens"])
    assert meta["trained_on"]["documents"] == len(texts)
    for text in texts[:: max(1, len(texts) // 300)]:
        ids = tok.encode(text)
        assert max(ids) < tok.vocab_size - len(meta["special_tokens"])
        assert tok.decode(ids) == text
    # the vocabulary learned medical words: far fewer tokens than bytes
    sample = "\n".join(texts[:200])
    assert len(tok.encode(sample)) < len(sample.encode()) / 3


def test_special_token_text_is_encoded_as_ordinary_text(tokenizer_path):
    tok = load_tokenizer(tokenizer_path)
    ids = tok.encode(f"before {EOD_TOKEN} after")
    assert tok.eod not in ids
    assert tok.decode(ids) == f"before {EOD_TOKEN} after"


def test_load_errors_are_clear(tmp_path, tokenizer_path):
    with pytest.raises(TokenizerError, match="no such tokenizer file"):
        load_tokenizer(tmp_path / "missing.tiktoken")
    lonely = tmp_path / "lonely.tiktoken"
    lonely.write_bytes(tokenizer_path.read_bytes())
    with pytest.raises(TokenizerError, match="lonely.json: missing"):
        load_tokenizer(lonely)
    broken = tmp_path / "broken.tiktoken"
    broken.write_text("not base64 at all\n")
    meta_path(broken).write_text(meta_path(tokenizer_path).read_text())
    with pytest.raises(TokenizerError, match="broken.tiktoken:1"):
        load_tokenizer(broken)


def test_train_refuses_missing_input(tmp_path, capsys):
    assert train_main(["--input", str(tmp_path / "none*.jsonl"), "--vocab-size", "1000",
                       "--output", str(tmp_path / "t.tiktoken")]) == 2
    assert "no input file matches" in capsys.readouterr().err
    assert not (tmp_path / "t.tiktoken").exists()


@pytest.mark.skipif(importlib.util.find_spec("bpe_openai") is None, reason="bpe-openai not installed")
def test_stock_encoding_offline():
    tok = load_tokenizer("cl100k_base")
    assert tok.vocab_size == 100277 and tok.eod == 100257
    assert tok.encode("hello world") == [15339, 1917]
