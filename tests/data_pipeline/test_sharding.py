"""--shard i/n splits the input bytes; merge-datasets of the shards equals the unsharded run."""

from __future__ import annotations

import gzip
import json

import pytest

from megatron_med.data.preprocess.inputs import Chunk, read_slices, whole_files
from megatron_med.data.preprocess.merge import main as merge_main
from megatron_med.data.preprocess.sharding import shard_slices

from .conftest import preprocess, read_bytes


@pytest.fixture(scope="module")
def inputs(data_dir, corpus):
    """A plain file with a bad line three quarters in, then a gzip file, then a small plain file."""
    lines = corpus.read_bytes().splitlines(keepends=True)
    bad_at = len(lines) * 3 // 4
    plain = data_dir / "shard_a.jsonl"
    plain.write_bytes(b"".join(lines[:bad_at] + [b'{"text": 1}\n'] + lines[bad_at:]))
    packed = data_dir / "shard_b.jsonl.gz"
    packed.write_bytes(gzip.compress(b"".join(lines[:2000])))
    small = data_dir / "shard_c.jsonl"
    small.write_bytes(b"".join(lines[-50:]))
    return [plain, packed, small], bad_at + 1


def _lines(slices) -> list[bytes]:
    out = []
    for item in read_slices(slices, chunk_bytes=4096):
        assert isinstance(item, Chunk)
        out += item.data.splitlines()
    return out


def test_every_line_goes_to_exactly_one_shard(inputs):
    paths = [str(p) for p in inputs[0]]
    everything = _lines(whole_files(paths))
    for count in (1, 2, 3, 7, 50):
        assert [line for i in range(count) for line in _lines(shard_slices(paths, i, count))] == everything


def test_shards_merged_equal_the_unsharded_run(inputs, tokenizer_path, tmp_path, capsys):
    paths, bad_line = [str(p) for p in inputs[0]], inputs[1]
    common = ["--tokenizer", str(tokenizer_path), "--append-eod", "--workers", "2"]
    assert preprocess("--input", *paths, "--output-prefix", str(tmp_path / "full"), *common) == 0
    for i in range(3):
        assert preprocess("--input", *paths, "--output-prefix", str(tmp_path / "med"), "--shard", f"{i}/3",
                          *common) == 0
    # the bad line sits mid-file in a later shard: its reject still names the true line number
    (rejects,) = tmp_path.glob("med_shard*.rejects.jsonl")
    record = json.loads(rejects.read_text())
    assert (record["file"], record["line"], record["reason"]) == (paths[0], bad_line, "non_string_value")
    assert not rejects.name.startswith("med_shard00000")

    assert merge_main(["--input", str(tmp_path / "med_shard*_text_document"), "--output-prefix",
                       str(tmp_path / "merged"), "--quiet"]) == 0
    assert read_bytes(tmp_path / "merged") == read_bytes(tmp_path / "full_text_document")

    (tmp_path / "med_shard00001-of-00003_text_document.idx").unlink()
    capsys.readouterr()
    assert merge_main(["--input", str(tmp_path / "med_shard*_text_document"), "--output-prefix",
                       str(tmp_path / "merged2"), "--quiet"]) == 2
    assert "missing shards [1]" in capsys.readouterr().err
    assert not list(tmp_path.glob("merged2*"))


def test_merge_takes_a_directory_like_megatron_lm(corpus, tokenizer_path, tmp_path):
    parts = tmp_path / "parts"
    lines = corpus.read_bytes().splitlines(keepends=True)
    for name, part in (("a", lines[:3000]), ("b", lines[3000:])):
        (tmp_path / f"{name}.jsonl").write_bytes(b"".join(part))
        assert preprocess("--input", str(tmp_path / f"{name}.jsonl"), "--output-prefix", str(parts / name),
                          "--tokenizer", str(tokenizer_path)) == 0
    assert preprocess("--input", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), "--output-prefix",
                      str(tmp_path / "ab"), "--tokenizer", str(tokenizer_path)) == 0
    assert merge_main(["--input", str(parts), "--output-prefix", str(tmp_path / "merged"), "--quiet"]) == 0
    assert read_bytes(tmp_path / "merged") == read_bytes(tmp_path / "ab_text_document")
