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
LAST_SCORED_SET = 82  # test2 to test82 are in; test83 and test84 are sealed for round 47
TRAINING_NOTES = ("clinical_notes", "clinical_notes_test",
                  *(f"clinical_notes_test{i}" for i in range(2, LAST_SCORED_SET + 1)),
                  *(f"clinical_notes_train{i}" for i in range(1, 7)))
# test, test2, test3, test5 and test7 came without medical text
TRAINING_MEDICAL = ("medical_text",
                    *(f"medical_text_test{i}" for i in range(4, LAST_SCORED_SET + 1) if i not in (5, 7)),
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
