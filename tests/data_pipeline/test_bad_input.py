"""Bad lines are skipped and counted by reason (lenient) or stop the run at file:line (--strict)."""

from __future__ import annotations

import gzip
import json

import orjson
import pytest
import zstandard
from megatron.core.datasets.indexed_dataset import IndexedDataset

from .conftest import preprocess

# kind -> the raw bad line (None: handled by the compressed-file cases below)
BAD_LINES = {
    "malformed_json": b'{"text": "unterminated',
    "missing_key": b'{"body": "no text here"}',
    "non_string_value": b'{"text": ["a", "list"]}',
    "invalid_utf8": b'{"text": "caf\xe9 au lait"}',
    "empty_text": b'{"text": "  \\n "}',
    "not_an_object": b'"just a string"',
}


TRUNCATED_DOCS = 1500


def _good(texts: list[str], n: int, start: int = 0) -> list[bytes]:
    return [orjson.dumps({"text": t}) for t in texts[start:start + n]]


def _truncated(texts: list[str], kind: str) -> bytes:
    data = b"\n".join(_good(texts, TRUNCATED_DOCS)) + b"\n"  # several zstd blocks
    packed = gzip.compress(data) if kind == "gz" else zstandard.ZstdCompressor().compress(data)
    return packed[: len(packed) * 2 // 3]


@pytest.fixture()
def bad_inputs(tmp_path, texts):
    """One plain file with every bad-line kind (two of one kind) among good lines, plus truncated
    .gz and .zst files; returns (paths, expected counts, expected (file, line, reason) records)."""
    lines, expected = [], []
    good = iter(_good(texts, 100))
    for kind, bad in [*BAD_LINES.items(), ("missing_key", b'{"txt": "typo"}')]:
        lines += [next(good), next(good), bad]
        expected.append(("plain.jsonl", len(lines), kind))
    lines += [b"", next(good)]  # a blank line: skipped and counted, not a reject
    plain = tmp_path / "plain.jsonl"
    plain.write_bytes(b"\n".join(lines) + b"\n")
    paths = [plain]
    for kind in ("gz", "zst"):
        path = tmp_path / f"trunc.jsonl.{kind}"
        path.write_bytes(_truncated(texts, kind))
        paths.append(path)
    counts = {kind: 1 for kind in BAD_LINES} | {"missing_key": 2, "truncated_input": 2, "blank_line": 1}
    return paths, counts, expected


def test_lenient_run_counts_each_reason_and_records_file_and_line(bad_inputs, tokenizer_path, tmp_path,
                                                                  capsys):
    paths, counts, expected = bad_inputs
    prefix = tmp_path / "out" / "med"
    assert preprocess("--input", *map(str, paths), "--output-prefix", str(prefix), "--tokenizer",
                      str(tokenizer_path), "--workers", "2") == 0
    summary = capsys.readouterr().out
    for reason, count in counts.items():
        assert f"{reason} {count}" in summary
    records = [json.loads(line) for line in (tmp_path / "out" / "med.rejects.jsonl").read_text().splitlines()]
    plain = [(r["file"].rsplit("/", 1)[-1], r["line"], r["reason"]) for r in records[:len(expected)]]
    assert plain == expected
    truncated = records[len(expected):]
    assert [r["reason"] for r in truncated] == ["truncated_input"] * 2
    # every complete line before the break was kept: the document count says so
    kept_from_truncated = [r["line"] - 1 for r in truncated]
    assert all(0 < n < TRUNCATED_DOCS for n in kept_from_truncated), truncated
    good_plain = 2 * (len(BAD_LINES) + 1) + 1
    assert len(IndexedDataset(f"{prefix}_text_document")) == good_plain + sum(kept_from_truncated)


@pytest.mark.parametrize("kind", [*BAD_LINES, "truncated_gz", "truncated_zst"])
def test_strict_stops_at_the_first_bad_line(kind, texts, tokenizer_path, tmp_path, capsys):
    if kind.startswith("truncated"):
        path = tmp_path / f"in.jsonl.{kind.split('_')[1]}"
        path.write_bytes(_truncated(texts, kind.split("_")[1]))
        reason = "truncated_input"
    else:
        path = tmp_path / "in.jsonl"
        path.write_bytes(b"\n".join([*_good(texts, 5), BAD_LINES[kind], *_good(texts, 5, 5)]) + b"\n")
        reason = kind
    prefix = tmp_path / "strict"
    assert preprocess("--input", str(path), "--output-prefix", str(prefix), "--tokenizer",
                      str(tokenizer_path), "--strict") == 1
    err = capsys.readouterr().err
    assert f"{path}:" in err and reason in err
    if not kind.startswith("truncated"):
        assert f"{path}:6: {reason}" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # nothing written, no temp left


def test_failures_before_any_work(corpus, tokenizer_path, tmp_path, capsys):
    out = str(tmp_path / "out" / "x")
    cases = [
        (["--input", str(tmp_path / "nope.jsonl")], "no such input file"),
        (["--input", str(tmp_path / "nope*.jsonl")], "no input file matches"),
        (["--input", str(corpus), "--tokenizer", str(tmp_path / "tok.tiktoken")], "no such tokenizer file"),
    ]
    for args, message in cases:
        argv = args + (["--tokenizer", str(tokenizer_path)] if "--tokenizer" not in args else [])
        assert preprocess(*argv, "--output-prefix", out) == 2
        assert message in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("a file where a directory should be")
    assert preprocess("--input", str(corpus), "--tokenizer", str(tokenizer_path),
                      "--output-prefix", str(blocker / "x")) == 2
    assert "file" in capsys.readouterr().err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_all_lines_bad_exits_nonzero_and_stale_rejects_go_away(texts, tokenizer_path, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(BAD_LINES["missing_key"] + b"\n")
    prefix = tmp_path / "o"
    assert preprocess("--input", str(bad), "--output-prefix", str(prefix), "--tokenizer",
                      str(tokenizer_path)) == 1
    assert (tmp_path / "o.rejects.jsonl").exists()
    good = tmp_path / "good.jsonl"
    good.write_bytes(b"\n".join(_good(texts, 3)) + b"\n")
    assert preprocess("--input", str(good), "--output-prefix", str(prefix), "--tokenizer",
                      str(tokenizer_path)) == 0
    assert not (tmp_path / "o.rejects.jsonl").exists()
