"""Stage 6, classification: medical vs general and a clinical department label.

The model (curate/data/domain_lexicon.json, built by `megatron_med.curate.lexicon` from ICD-10-CM
chapters and HPO branches) is a naive Bayes bag of words. The medical score is the per-word
log-likelihood ratio of the best department over the general class.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import orjson

from megatron_med.curate.lexicon import DATA_DIR, words


class DomainClassifier:
    """`classify(text)` -> (domain, department, medical_score)."""

    def __init__(self, path: str | Path | None = None, min_medical_score: float = 0.0) -> None:
        model = orjson.loads(Path(path or DATA_DIR / "domain_lexicon.json").read_bytes())
        self.general = model["general"]
        self.labels = sorted(model["classes"])
        vocab = sorted({w for table in model["classes"].values() for w in table})
        self.index = {w: i for i, w in enumerate(vocab)}
        self.weights = np.zeros((len(vocab), len(self.labels)), dtype=np.float32)
        for j, label in enumerate(self.labels):
            for w, value in model["classes"][label].items():
                self.weights[self.index[w], j] = value
        self.min_medical_score = min_medical_score

    def scores(self, text: str) -> dict[str, float]:
        """Log-likelihood ratio of the text's words for each class against the pooled model."""
        rows = [i for i in map(self.index.get, words(text)) if i is not None]
        totals = self.weights[rows].sum(axis=0, dtype=np.float64)
        return {label: float(v) for label, v in zip(self.labels, totals, strict=True)}

    def classify(self, text: str) -> tuple[str, str | None, float]:
        tokens = max(len(words(text)), 1)
        scores = self.scores(text)
        general = scores.pop(self.general)
        department = max(scores, key=scores.get)
        medical_score = round((scores[department] - general) / tokens, 4)
        if medical_score < self.min_medical_score:
            return "general", None, medical_score
        return "medical", department, medical_score
