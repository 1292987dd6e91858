"""`megatron-med curate` end to end on real text: outputs, report, determinism, bad input, resume."""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
import zstandard

from megatron_med.curate.cli import main
from megatron_med.curate.deid_eval import load_labelled

REPO = Path(__file__).resolve().parents[2]
DEID = REPO / "tests" / "data" / "deid"
BENCH_QUESTION = ("A 62-year-old woman with long-standing rheumatoid arthritis presents with fatigue, "
                  "splenomegaly and recurrent infections; her neutrophil count is markedly low")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, real_docs):
    """Two JSONL files: real documents, planted PHI notes, a duplicate, a contaminated one, bad lines."""
    root = tmp_path_factory.mktemp("curate")
    notes = load_labelled(DEID / "clinical_notes.txt")[:4]
    docs = [{**d, "extra": {"k": i}} for i, d in enumerate(real_docs[:120])]
    docs += [{"id": n.id, "text": n.text, "source": "deid"} for n in notes]
    docs.append({"id": "dup-of-0", "text": real_docs[0]["text"], "source": "dup"})
    docs.append({"id": "contaminated", "source": "x",
                 "text": real_docs[7]["text"] + "\nQuiz: " + BENCH_QUESTION + ". Which drug caused it?"})
    lines = [orjson.dumps(d) for d in docs]
    (root / "raw-a.jsonl").write_bytes(b"\n".join(lines[:70]) + b"\n")
    bad = [b'{"id": "no-text"}', b"{not json", b'["a list"]']
    (root / "raw-b.jsonl").write_bytes(b"\n".join(lines[70:75] + bad + lines[75:]) + b"\n")
    bench = root / "medqa.jsonl"
    bench.write_bytes(orjson.dumps({"question": BENCH_QUESTION, "options": {"A": "Methotrexate"},
                                    "answer": "A"}) + b"\n")
    config = root / "curate.yaml"
    config.write_text(f"shard_docs: 40\nbatch_docs: 16\nphi:\n  engine: rules\n"
                      f"decontam:\n  enabled: true\n  files: [{bench}]\n  action: drop\n")
    return {"root": root, "glob": str(root / "raw-*.jsonl"), "config": str(config), "notes": notes,
            "n_docs": len(docs)}


def _run(corpus, out: Path, *extra: str) -> int:
    return main(["--input", corpus["glob"], "--output", str(out), "--config", corpus["config"],
                 "--no-progress", *extra])


def _read(out: Path, pattern: str) -> list[dict]:
    return [orjson.loads(line) for path in sorted(out.glob(pattern)) for line in path.read_bytes().splitlines()]


@pytest.fixture(scope="module")
def baseline(corpus):
    out = corpus["root"] / "out1"
    assert _run(corpus, out, "--workers", "1") == 0
    return out


def test_outputs_report_and_rejections(corpus, baseline):
    kept = _read(baseline, "curated-*.jsonl")
    rejected = _read(baseline, "rejected-*.jsonl")
    report = orjson.loads((baseline / "report.json").read_bytes())
    assert report["docs_in"] == corpus["n_docs"] and report["bad_input"] == 3
    assert len(kept) == report["docs_out"] and len(kept) + len(rejected) == corpus["n_docs"] + 3
    assert len(list(baseline.glob("curated-*.jsonl"))) == -(-len(kept) // 40)
    by_id = {r["id"]: r for r in kept}
    assert by_id[kept[0]["id"]]["extra"] == {"k": 0}  # input fields kept
    meta = by_id[kept[0]["id"]]["curate"]
    assert meta["source"].endswith("raw-a.jsonl:1") and meta["dup_cluster_size"] == 2
    assert {"quality_score", "language", "phi", "domain", "department", "medical_score"} <= set(meta)
    for note in corpus["notes"]:  # every planted identifier is gone
        text = by_id[note.id]["text"]
        assert all(note.text[s:e] not in text for s, e, _ in note.spans)
        assert sum(by_id[note.id]["curate"]["phi"].values()) >= len(note.spans) - 1
    reasons = {(r["stage"], r["reason"].split(":")[0]) for r in rejected}
    assert ("dedup", "exact_duplicate") in reasons and ("decontam", "benchmark_overlap") in reasons
    bad = [r for r in rejected if r["stage"] == "input"]
    assert [r["source"].rsplit("/", 1)[1] for r in bad] == ["raw-b.jsonl:6", "raw-b.jsonl:7", "raw-b.jsonl:8"]
    assert "missing or non-string field 'text'" in bad[0]["reason"]
    hit = report["contamination_hits"][0]
    assert hit["id"] == "contaminated" and hit["benchmark"] == "medqa.jsonl" and hit["action"] == "dropped"
    stages = report["stages"]
    assert stages["normalize"]["docs_in"] == corpus["n_docs"]
    for first, second in zip(list(stages)[:-1], list(stages)[1:], strict=True):
        assert stages[first]["docs_out"] == stages[second]["docs_in"]
    assert stages["classify"]["docs_out"] == len(kept)
    assert report["phi_replacements"]["NAME"] >= 4
    assert "PHI (rules)" in (baseline / "summary.txt").read_text()


def test_two_workers_give_identical_output(corpus, baseline):
    out = corpus["root"] / "out2"
    assert _run(corpus, out, "--workers", "2") == 0
    for pattern in ("curated-*.jsonl", "rejected-*.jsonl"):
        assert [p.read_bytes() for p in sorted(out.glob(pattern))] == \
            [p.read_bytes() for p in sorted(baseline.glob(pattern))]


def test_strict_stops_at_the_first_bad_line(corpus, capsys):
    assert _run(corpus, corpus["root"] / "strict", "--strict") == 2
    assert "raw-b.jsonl:6" in capsys.readouterr().err
    assert not (corpus["root"] / "strict" / "report.json").exists()  # shards before the bad line may exist


def test_config_errors_exit_1(corpus, capsys):
    assert _run(corpus, corpus["root"] / "bad", "dedup.treshold=0.5") == 1
    assert "unknown key dedup.treshold" in capsys.readouterr().err
    assert _run(corpus, corpus["root"] / "bad", "phi.tagger_threshold=0") == 1
    assert "phi.tagger_threshold" in capsys.readouterr().err


@pytest.mark.parametrize("interval", [0, 1e9], ids=["checkpoint-every-shard", "first-shard-only"])
def test_resume_after_kill_neither_loses_nor_duplicates(corpus, baseline, interval):
    out = corpus["root"] / f"killed-{interval}"
    cmd = [sys.executable, str(REPO / "tools" / "curate.py"), "--input", corpus["glob"], "--output", str(out),
           "--config", corpus["config"], "--no-progress", "shard_docs=10", "batch_docs=4",
           f"checkpoint_interval_s={interval}"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120

    def started() -> bool:  # checkpointed, and (second case) shards written after the checkpoint
        return (out / ".curate-state.pkl").exists() and len(list(out.glob("curated-*.jsonl"))) >= 3

    while not started() and proc.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL, "the run ended before it could be interrupted"
    assert not (out / "report.json").exists()
    assert subprocess.run(cmd, stdout=subprocess.DEVNULL).returncode == 0
    resumed = [(r["id"], r["text"]) for r in _read(out, "curated-*.jsonl")]
    reference = [(r["id"], r["text"]) for r in _read(baseline, "curated-*.jsonl")]
    assert resumed == reference
    assert len(_read(out, "rejected-*.jsonl")) == len(_read(baseline, "rejected-*.jsonl"))
    report = orjson.loads((out / "report.json").read_bytes())
    assert report["docs_out"] == len(reference) and report["bad_input"] == 3
    assert report["docs_in"] == corpus["n_docs"]


COMPRESS = {"gz": gzip.compress, "zst": zstandard.ZstdCompressor().compress}


def _compressed_copies(corpus, kind: str) -> Path:
    """The corpus's input files, compressed, in a directory of their own."""
    folder = corpus["root"] / f"input-{kind}"
    folder.mkdir(exist_ok=True)
    for name in ("raw-a.jsonl", "raw-b.jsonl"):
        (folder / f"{name}.{kind}").write_bytes(COMPRESS[kind]((corpus["root"] / name).read_bytes()))
    return folder


@pytest.mark.parametrize("kind", ["gz", "zst"])
def test_compressed_input_gives_the_same_output(corpus, baseline, kind):
    folder = _compressed_copies(corpus, kind)
    out = corpus["root"] / f"out-{kind}"
    assert main(["--input", str(folder / f"raw-*.jsonl.{kind}"), "--output", str(out), "--config",
                 corpus["config"], "--no-progress"]) == 0
    for pattern in ("curated-*.jsonl", "rejected-*.jsonl"):  # the same, but for the file names in `source`
        got = [p.read_bytes().replace(f"{folder}/".encode(), f"{corpus['root']}/".encode())
               .replace(f".jsonl.{kind}:".encode(), b".jsonl:") for p in sorted(out.glob(pattern))]
        assert got == [p.read_bytes() for p in sorted(baseline.glob(pattern))]


@pytest.mark.parametrize("kind", ["gz", "zst"])
def test_truncated_compressed_input_is_bad_input(corpus, kind, capsys):
    """The lines before the break are read, the break is a bad line with file:line; --strict exits 2."""
    folder = _compressed_copies(corpus, kind)
    plain = (corpus["root"] / "raw-a.jsonl").read_bytes()
    lines = plain.splitlines(keepends=True)  # several gzip members / zstd frames of 10 lines each
    packed = b"".join(COMPRESS[kind](b"".join(lines[i:i + 10])) for i in range(0, len(lines), 10))
    path = folder / f"raw-a.jsonl.{kind}"
    path.write_bytes(packed[:len(packed) // 2])
    out = corpus["root"] / f"truncated-{kind}"
    assert main(["--input", str(path), "--output", str(out), "--config", corpus["config"], "--no-progress"]) == 0
    report = orjson.loads((out / "report.json").read_bytes())
    bad = [r for r in _read(out, "rejected-*.jsonl") if r["stage"] == "input"]
    assert report["bad_input"] == 1 and len(bad) == 1 and bad[0]["reason"].split(": ")[1].startswith(
        "truncated_input")
    line = int(bad[0]["source"].rsplit(":", 1)[1])
    assert 1 < line <= plain.count(b"\n") and report["docs_in"] == line - 1
    assert main(["--input", str(path), "--output", str(corpus["root"] / f"strict-{kind}"), "--config",
                 corpus["config"], "--no-progress", "--strict"]) == 2
    assert f"raw-a.jsonl.{kind}:{line}: truncated_input" in capsys.readouterr().err


def test_dispatcher_and_wrapper():
    from megatron_med.cli import main as megatron_med

    with pytest.raises(SystemExit) as exc:
        megatron_med(["curate", "--help"])
    assert exc.value.code == 0
    result = subprocess.run([sys.executable, str(REPO / "tools" / "curate.py"), "--help"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "--workers" in result.stdout
