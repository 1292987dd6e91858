"""Leave-one-set-out cross-validation of the PHI tagger: for each held-out labelled set, train the
tagger on every other training set (phi_tagger_train.TRAINING_NOTES) and score the rules engine
without and with it on the held-out set. The rules were tuned on every training set, so their own
figures here are optimistic; the difference the tagger makes is the fair part.

    python benchmarks/phi_tagger_cv.py --folds clinical_notes_test8 clinical_notes_test9
    python benchmarks/phi_tagger_cv.py --copies 8          # every fold (about 2.5 min of training each)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from megatron_med.curate.config import PhiConfig
from megatron_med.curate.deid_eval import evaluate, load_labelled
from megatron_med.curate.phi import PhiScrubber
from megatron_med.curate.phi_tagger_train import (
    TRAINING_MEDICAL,
    TRAINING_NOTES,
    labelled_path,
    train,
    training_documents,
)


def _detector(config: PhiConfig):
    scrubber = PhiScrubber(config)
    return lambda text: [(s.start, s.end, s.kind) for s in scrubber.detect(text)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", nargs="*", default=list(TRAINING_NOTES[1:]), choices=TRAINING_NOTES)
    parser.add_argument("--engine", default="rules", choices=("rules", "rules+spacy"))
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--iterations", type=int, default=200)
    args = parser.parse_args(argv)
    medical_files = [labelled_path(name) for name in TRAINING_MEDICAL]
    medical = [d for path in medical_files for d in load_labelled(path)]
    print(f"{'held-out set':24} {'rules':>7} {'+tagger':>8} {'words':>6} {'+tagger':>8} {'notes prec':>11} "
          f"{'+tagger':>8} {'medical':>8} {'+tagger':>8}  train s")
    totals = []
    for fold in args.folds:
        docs = training_documents([labelled_path(n) for n in TRAINING_NOTES if n != fold], medical_files,
                                  args.copies, 0)
        with tempfile.TemporaryDirectory() as tmp:
            started = time.time()
            train(docs, Path(tmp) / "fold.crfsuite", iterations=args.iterations)
            seconds = time.time() - started
            notes = load_labelled(labelled_path(fold))
            rows = [evaluate(_detector(PhiConfig(engine=args.engine, tagger=tagger,
                                                 tagger_model=str(Path(tmp) / "fold.crfsuite"))), notes, medical)
                    for tagger in (False, True)]
        base, tagged = rows
        totals.append((len(notes), rows))
        print(f"{fold:24} {base['recall_overall']:7.3f} {tagged['recall_overall']:8.3f} {base['recall_tokens']:6.3f} "
              f"{tagged['recall_tokens']:8.3f} {base['precision_notes']:11.3f} {tagged['precision_notes']:8.3f} "
              f"{base['medical_precision']:8.4f} {tagged['medical_precision']:8.4f}  {seconds:7.0f}", flush=True)
    if len(totals) > 1:
        mean = [sum(r[i]["recall_overall"] for _, r in totals) / len(totals) for i in (0, 1)]
        print(f"{'mean of folds':24} {mean[0]:7.3f} {mean[1]:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
