"""preprocess: round trip, megatron-core reads the output, determinism across workers and formats."""

from __future__ import annotations

import gzip

import numpy as np
import orjson
import pytest
import torch
import zstandard
from megatron.core.datasets.indexed_dataset import IndexedDataset, IndexedDatasetBuilder

from megatron_med.data.preprocess.writer import IndexedDatasetWriter, commit_outputs, token_dtype
from megatron_med.tokenizer import load_tokenizer

from .conftest import preprocess, preprocess_main, read_bytes


@pytest.fixture(scope="module")
def reference(data_dir, corpus, tokenizer_path):
    """The corpus preprocessed with 1 worker and --append-eod."""
    prefix = data_dir / "ref" / "med"
    assert preprocess("--input", str(corpus), "--output-prefix", str(prefix), "--tokenizer",
                      str(tokenizer_path), "--append-eod", "--workers", "1") == 0
    return f"{prefix}_text_document"


def test_round_trip_through_megatron_core(reference, texts, tokenizer_path):
    tok = load_tokenizer(tokenizer_path)
    dataset = IndexedDataset(reference)
    assert len(dataset) == len(texts)  # sequences: one per document
    assert len(dataset.document_indices) == len(texts) + 1
    assert dataset.index.dtype == np.uint16
    for i, text in enumerate(texts):
        ids = dataset[i].tolist()
        assert ids[-1] == tok.eod
        assert tok.decode(ids[:-1]) == text


def test_bytes_equal_megatron_core_builder(reference, texts, tokenizer_path, tmp_path):
    tok = load_tokenizer(tokenizer_path)
    builder = IndexedDatasetBuilder(str(tmp_path / "ref.bin"), dtype=np.uint16)
    for text in texts:
        builder.add_item(torch.tensor(tok.encode(text) + [tok.eod]))
        builder.end_document()
    builder.finalize(str(tmp_path / "ref.idx"))
    assert read_bytes(tmp_path / "ref") == read_bytes(reference)


def test_wide_vocab_uses_int32_and_megatron_core_reads_it(tmp_path):
    assert token_dtype(32000) == np.uint16 and token_dtype(65500) == np.int32
    docs = [np.array([70000, 1, 65535], dtype=np.int64), np.array([5], dtype=np.int64)]
    writer = IndexedDatasetWriter(str(tmp_path / "wide"), token_dtype(100277))
    writer.add_documents(np.concatenate(docs), np.array([3, 1]))
    writer.finalize()
    commit_outputs([(writer.tmp_bin, writer.bin_path), (writer.tmp_idx, writer.idx_path)])
    dataset = IndexedDataset(str(tmp_path / "wide"))
    assert dataset.index.dtype == np.int32
    assert [dataset[i].tolist() for i in range(2)] == [d.tolist() for d in docs]


def test_identical_bytes_for_any_worker_count_and_chunk_size(reference, corpus, tokenizer_path, tmp_path,
                                                            capsys):
    prefix = tmp_path / "w2"
    assert preprocess_main(["--input", str(corpus), "--output-prefix", str(prefix), "--tokenizer",
                            str(tokenizer_path), "--append-eod", "--workers", "2", "--chunk-bytes", "50000"]) == 0
    bar = capsys.readouterr().err  # the progress bar: bytes, rates, ETA
    assert "100%" in bar and "B/s" in bar and "docs/s" in bar and "tok/s" in bar
    assert read_bytes(f"{prefix}_text_document") == read_bytes(reference)


def test_compressed_inputs_give_the_same_output(reference, corpus, tokenizer_path, tmp_path):
    data = corpus.read_bytes()
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(data))
    half = len(data) // 2
    cut = data.index(b"\n", half) + 1  # two zstd frames, as concatenated .zst files have
    zstd = zstandard.ZstdCompressor()
    (tmp_path / "c.jsonl.zst").write_bytes(zstd.compress(data[:cut]) + zstd.compress(data[cut:]))
    for name in ("c.jsonl.gz", "c.jsonl.zst"):
        prefix = tmp_path / name.replace(".", "_")
        assert preprocess("--input", str(tmp_path / name), "--output-prefix", str(prefix), "--tokenizer",
                          str(tokenizer_path), "--append-eod", "--workers", "2") == 0
        assert read_bytes(f"{prefix}_text_document") == read_bytes(reference)


def test_several_keys_give_aligned_datasets_and_globs_read_in_order(tokenizer_path, texts, tmp_path, capsys):
    tok = load_tokenizer(tokenizer_path)
    docs = [{"title": f"Document {i}", "text": text} for i, text in enumerate(texts[:300])]
    for part in range(3):  # part_0, part_1, part_2: the glob is read in sorted order
        lines = [orjson.dumps(d) for d in docs[part * 100:(part + 1) * 100]]
        (tmp_path / f"part_{part}.jsonl").write_bytes(b"\r\n".join(lines))  # CRLF, no final newline
    prefix = tmp_path / "multi"
    assert preprocess("--input", str(tmp_path / "part_*.jsonl"), "--output-prefix", str(prefix),
                      "--tokenizer", str(tokenizer_path), "--json-keys", "title", "text",
                      "--log-interval", "100") == 0
    captured = capsys.readouterr()
    assert [line.split(",")[0] for line in captured.err.splitlines()] == [
        f"processed {n} documents" for n in (100, 200, 300)]  # --quiet: one line per --log-interval
    assert "documents written   300" in captured.out
    titles, bodies = IndexedDataset(f"{prefix}_title_document"), IndexedDataset(f"{prefix}_text_document")
    assert len(titles) == len(bodies) == len(docs)
    for i, doc in enumerate(docs):
        assert tok.decode(titles[i].tolist()) == doc["title"]
        assert tok.decode(bodies[i].tolist()) == doc["text"]
