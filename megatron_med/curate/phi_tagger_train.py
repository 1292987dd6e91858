"""Train the PHI tagger (`phi_tagger`) on the labelled notes of tests/data/deid.

Each training note is used as written and in `--copies` surrogate versions (`phi_surrogates`, the last
of them in capitals or lower case); the rules' detections are given as hints, with a share of them
hidden so that the model also learns to find what the rules miss; PHI-free medical text (the
medical_text files and ontology text) teaches it what to leave alone. Deterministic for a given seed.

    python -m megatron_med.curate.phi_tagger_train                  # writes curate/data/phi_tagger.crfsuite
    python -m megatron_med.curate.phi_tagger_train --exclude clinical_notes_test9 --output /tmp/cv.crfsuite
    python -m megatron_med.curate.phi_tagger_train --labelled our_notes.txt --output our_tagger.crfsuite
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import sys
import time
from pathlib import Path

from tqdm import tqdm

from megatron_med.curate.config import PhiConfig
from megatron_med.curate.deid_eval import LabelledDoc, load_labelled
from megatron_med.curate.phi_surrogates import SurrogateWriter, recased
from megatron_med.curate.phi_tagger import MODEL_PATH, bio_labels, token_features, token_hints, tokenize

LABELLED_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "deid"
# Every labelled set; a set written later stays out until it has scored the tagger once (tests/data/README.md).
TRAINING_NOTES = ("clinical_notes", "clinical_notes_test", "clinical_notes_test2", "clinical_notes_test3",
                  "clinical_notes_test4", "clinical_notes_test5", "clinical_notes_test6", "clinical_notes_test7",
                  "clinical_notes_test8", "clinical_notes_test9", "clinical_notes_test10", "clinical_notes_test11",
                  "clinical_notes_test12", "clinical_notes_test13", "clinical_notes_test14", "clinical_notes_test15",
                  "clinical_notes_test16", "clinical_notes_test17", "clinical_notes_test18", "clinical_notes_test19",
                  "clinical_notes_test20", "clinical_notes_test21", "clinical_notes_test22", "clinical_notes_test23",
                  "clinical_notes_test24", "clinical_notes_test25", "clinical_notes_test26", "clinical_notes_test27",
                  "clinical_notes_test28", "clinical_notes_test29", "clinical_notes_test30",
                  "clinical_notes_test31", "clinical_notes_test32", "clinical_notes_test33", "clinical_notes_test34",
                  "clinical_notes_test35", "clinical_notes_test36", "clinical_notes_test37", "clinical_notes_test38",
                  "clinical_notes_test39", "clinical_notes_test40", "clinical_notes_test41", "clinical_notes_test42",
                  "clinical_notes_test43", "clinical_notes_test44", "clinical_notes_test45", "clinical_notes_test46",
                  "clinical_notes_test47", "clinical_notes_test48", "clinical_notes_test49", "clinical_notes_test50",
                  "clinical_notes_test51", "clinical_notes_test52", "clinical_notes_test53", "clinical_notes_test54",
                  "clinical_notes_test55", "clinical_notes_test56", "clinical_notes_test57", "clinical_notes_test58",
                  "clinical_notes_test59", "clinical_notes_test60", "clinical_notes_test61", "clinical_notes_test62",
                  "clinical_notes_test63", "clinical_notes_test64", "clinical_notes_test65", "clinical_notes_test66",
                  "clinical_notes_test67", "clinical_notes_test68", "clinical_notes_test69", "clinical_notes_test70",
                  "clinical_notes_test71", "clinical_notes_test72", "clinical_notes_test73", "clinical_notes_test74",
                  "clinical_notes_test75", "clinical_notes_test76",
                  *(f"clinical_notes_train{i}" for i in range(1, 7)))
TRAINING_MEDICAL = ("medical_text", "medical_text_test4", "medical_text_test6", "medical_text_test8",
                    "medical_text_test9", "medical_text_test10", "medical_text_test11", "medical_text_test12",
                    "medical_text_test13", "medical_text_test14", "medical_text_test15", "medical_text_test16",
                    "medical_text_test17", "medical_text_test18", "medical_text_test19", "medical_text_test20",
                    "medical_text_test21", "medical_text_test22", "medical_text_test23", "medical_text_test24",
                    "medical_text_test25", "medical_text_test26", "medical_text_test27", "medical_text_test28",
                    "medical_text_test29", "medical_text_test30", "medical_text_test31",
                    "medical_text_test32", "medical_text_test33", "medical_text_test34",
                    "medical_text_test35", "medical_text_test36", "medical_text_test37", "medical_text_test38",
                    "medical_text_test39", "medical_text_test40", "medical_text_test41", "medical_text_test42",
                    "medical_text_test43", "medical_text_test44", "medical_text_test45", "medical_text_test46",
                    "medical_text_test47", "medical_text_test48", "medical_text_test49", "medical_text_test50",
                    "medical_text_test51", "medical_text_test52", "medical_text_test53", "medical_text_test54",
                    "medical_text_test55", "medical_text_test56", "medical_text_test57", "medical_text_test58",
                    "medical_text_test59", "medical_text_test60", "medical_text_test61", "medical_text_test62",
                    "medical_text_test63", "medical_text_test64", "medical_text_test65", "medical_text_test66",
                    "medical_text_test67", "medical_text_test68", "medical_text_test69", "medical_text_test70",
                    "medical_text_test71", "medical_text_test72", "medical_text_test73", "medical_text_test74",
                    "medical_text_test75", "medical_text_test76",
                    *(f"medical_text_train{i}" for i in range(1, 7)))
HINT_DROP = 0.3  # share of the rules' spans hidden from the model in training
NO_HINT_DOCS = 0.2  # share of training documents shown without any hint


def _rules():
    from megatron_med.curate.phi import PhiScrubber

    return PhiScrubber(PhiConfig(engine="rules", tagger=False))


def _ontology_negatives(count: int, seed: int, max_chars: int = 1500) -> list[LabelledDoc]:
    """PHI-free ontology text (ICD-10-CM, HPO): a seeded sample of `count` documents of each, cut to
    `max_chars` (paragraph-sized, so that the notes dominate the training tokens)."""
    from megatron_med.data.corpora import iter_documents

    rng = random.Random(seed)
    docs = []
    for source in ("icd10cm", "hpo"):
        texts = [d["text"] for d in itertools.islice(iter_documents(source), 20 * count)]
        sample = rng.sample(texts, min(count, len(texts)))
        docs += [LabelledDoc(f"{source}-{i}", text[:max_chars]) for i, text in enumerate(sample)]
    return docs


def labelled_path(name: str) -> Path:
    """A shipped labelled set by name ("clinical_notes_test9")."""
    return LABELLED_DIR / f"{name}.txt"


def training_documents(notes: list[Path], medical: list[Path], copies: int, seed: int,
                       ontology: int = 100) -> list[LabelledDoc]:
    """Labelled notes, their surrogate copies, and PHI-free medical documents (files in the format of
    tests/data/deid)."""
    writer = SurrogateWriter(seed)
    docs = []
    for path in notes:
        for n, doc in enumerate(load_labelled(path)):
            copies_of_doc = [writer.rewrite(doc) for _ in range(copies)]
            if copies_of_doc:  # the last copy in capitals or lower case, in turn
                copies_of_doc[-1] = recased(copies_of_doc[-1], upper=n % 2 == 1)
            docs += [doc, *copies_of_doc]
    for path in medical:
        docs += load_labelled(path)
    return docs + _ontology_negatives(ontology, seed)


def train(docs: list[LabelledDoc], output: Path, seed: int = 0, iterations: int = 200) -> dict:
    """Fit the CRF on `docs` and write it to `output` (atomically); returns counts."""
    import pycrfsuite

    from megatron_med.curate.lexicon import medical_vocabulary

    class ProgressTrainer(pycrfsuite.Trainer):
        """A trainer that advances a progress bar per L-BFGS iteration instead of printing crfsuite's log."""

        def on_iteration(self, log: str, info: dict) -> None:
            bar.update(1)
            bar.set_postfix(loss=f"{info.get('loss', float('nan')):.0f}")

        def on_start(self, *log_and_info) -> None:
            pass  # crfsuite's other log events: feature generation, preparation, the end

        on_featgen_progress = on_featgen_end = on_prepared = on_optimization_end = on_end = on_start

    rules, vocabulary, rng = _rules(), medical_vocabulary(), random.Random(seed)
    trainer = ProgressTrainer(verbose=True)
    tokens_total = 0
    for doc in tqdm(docs, desc="features", unit="doc"):
        tokens = tokenize(doc.text)
        if not tokens:
            continue
        hints = [] if rng.random() < NO_HINT_DOCS else \
            [(s.start, s.end, s.kind) for s in rules.hints(doc.text) if rng.random() >= HINT_DROP]
        trainer.append(token_features(doc.text, tokens, token_hints(tokens, hints), vocabulary),
                       bio_labels(tokens, doc.spans))
        tokens_total += len(tokens)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    started = time.time()
    with tqdm(total=iterations, desc="training", unit="iter") as bar:
        trainer.train(str(partial))
    os.replace(partial, output)
    return {"documents": len(docs), "tokens": tokens_total, "seconds": round(time.time() - started, 1),
            "bytes": output.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--exclude", nargs="*", default=[], help="shipped labelled sets to leave out")
    parser.add_argument("--labelled", nargs="*", type=Path, default=[],
                        help="your own labelled notes, in the format of tests/data/deid (README there)")
    parser.add_argument("--copies", type=int, default=4, help="surrogate versions of each training note")
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    unknown = set(args.exclude) - set(TRAINING_NOTES) - set(TRAINING_MEDICAL)
    if unknown:
        print(f"error: --exclude names no training set: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    missing = [str(p) for p in args.labelled if not p.is_file()]
    if missing:
        print(f"error: --labelled file not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    notes = [labelled_path(n) for n in TRAINING_NOTES if n not in args.exclude] + args.labelled
    medical = [labelled_path(n) for n in TRAINING_MEDICAL if n not in args.exclude]
    docs = training_documents(notes, medical, args.copies, args.seed)
    print(train(docs, args.output, args.seed, args.iterations))
    return 0


if __name__ == "__main__":
    sys.exit(main())
