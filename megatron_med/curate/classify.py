"""Stage 6, classification: medical vs general and a clinical department label.

Medical score: the share of a document's words that are medical vocabulary (curate/data/
medical_terms.txt: words of ICD-10-CM, HPO and drug names that never occur in the general-English
reference); a document is medical when it reaches `min_medical_score`. Department: the naive Bayes
bag-of-words model in curate/data/domain_lexicon.json (ICD-10-CM chapters and HPO branches, built by
`megatron_med.curate.lexicon`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import orjson

from megatron_med.curate.lexicon import DATA_DIR, medical_vocabulary, words


class DomainClassifier:
    """`classify(text)` -> (domain, department, medical_score)."""

    def __init__(self, path: str | Path | None = None, min_medical_score: float = 0.04) -> None:
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
        self.vocabulary = medical_vocabulary()

    def scores(self, text: str) -> dict[str, float]:
        """Log-likelihood ratio of the text's words for each class against the pooled model."""
        rows = [i for i in map(self.index.get, words(text)) if i is not None]
        totals = self.weights[rows].sum(axis=0, dtype=np.float64)
        return {label: float(v) for label, v in zip(self.labels, totals, strict=True)}

    def classify(self, text: str) -> tuple[str, str | None, float]:
        tokens = words(text)
        medical_score = round(sum(t in self.vocabulary for t in tokens) / max(len(tokens), 1), 4)
        if medical_score < self.min_medical_score:
            return "general", None, medical_score
        scores = self.scores(text)
        scores.pop(self.general)
        return "medical", max(scores, key=scores.get), medical_score
