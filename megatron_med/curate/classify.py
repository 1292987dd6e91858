"""Stage 6, classification: medical vs general and a clinical department label.

The model (curate/data/domain_lexicon.json, built by `megatron_med.curate.lexicon` from ICD-10-CM
chapters and HPO branches) is a naive Bayes bag of words. The medical score is the per-word
log-likelihood ratio of the best department over the general class.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from megatron_med.curate.lexicon import DATA_DIR, words


class DomainClassifier:
    """`classify(text)` -> (domain, department, medical_score)."""

    def __init__(self, path: str | Path | None = None, min_medical_score: float = 0.0) -> None:
        model = orjson.loads(Path(path or DATA_DIR / "domain_lexicon.json").read_bytes())
        self.general = model["general"]
        self.classes = model["classes"]
        self.min_medical_score = min_medical_score

    def scores(self, text: str) -> dict[str, float]:
        """Log-likelihood ratio of the text's words for each class against the pooled model."""
        tokens = words(text)
        return {label: sum(table.get(t, 0.0) for t in tokens) for label, table in self.classes.items()}

    def classify(self, text: str) -> tuple[str, str | None, float]:
        tokens = max(len(words(text)), 1)
        scores = self.scores(text)
        general = scores.pop(self.general)
        department = max(scores, key=scores.get)
        medical_score = round((scores[department] - general) / tokens, 4)
        if medical_score < self.min_medical_score:
            return "general", None, medical_score
        return "medical", department, medical_score
