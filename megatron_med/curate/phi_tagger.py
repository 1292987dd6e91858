"""A learned PHI tagger: a linear-chain CRF (python-crfsuite) over word tokens with BIO labels per kind.

The rules and gazetteers find what they have patterns for; the tagger learns from the labelled notes
which contexts hold identifiers ("Seen with his daughter Aoife", "c/o 14 Rua Augusta"), so it finds
forms no rule was written for. Its features are the word, its shape and affixes, the word lists of
`phi_words` (census names, GeoNames towns, English frequency, medical vocabulary), the field label
of the line ("Emergency contact: ..."), whether the line is in capitals, the neighbouring words, and
the rules' own detections as hints. `phi_tagger_train` builds the model shipped in curate/data/.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from megatron_med.curate.phi_words import common_words, fold, personal_names, places

MODEL_PATH = Path(__file__).parent / "data" / "phi_tagger.crfsuite"
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_SEPARATOR = re.compile(r"(?<=[\w.)])[ \t]*[:=#]")
_GAP = re.compile(r"\s{2,}|\t")  # columns of a form line: "Name: Ann Lee    Phone: ..."
_PARTICLES = frozenset("van von de da del der den di du le la dos das bin binti al el ibn mac ap".split())
_SHAPE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
                       "X" * 26 + "x" * 26 + "d" * 10)


def tokenize(text: str) -> list[tuple[int, int]]:
    """Word, number and punctuation tokens as (start, end) offsets."""
    return [m.span() for m in _TOKEN.finditer(text)]


def _frequency_band(word: str) -> str:
    zipf = common_words().get(word.lower(), 0.0)
    return "rare" if zipf == 0.0 else "low" if zipf < 4.0 else "mid" if zipf < 5.0 else "high"


@functools.lru_cache(maxsize=1 << 16)
def _word_features(word: str, vocabulary: frozenset[str]) -> tuple[str, ...]:
    """Features of one word on its own (cached, bounded: most words repeat, a corpus's vocabulary is large)."""
    shape = word.translate(_SHAPE)
    short = re.sub(r"(.)\1+", r"\1", shape)
    lower = word.lower()
    first_names, surnames = personal_names()
    towns, regions = places()
    folded = fold(word)
    features = [f"w={lower}", f"shape={shape[:6]}", f"short={short}", f"suf3={lower[-3:]}", f"pre2={lower[:2]}",
                f"len={min(len(word), 8)}", f"freq={_frequency_band(word)}"]
    if word[0].isalpha():
        features += [f"first={folded in first_names}", f"surname={folded in surnames}", f"town={folded in towns}",
                     f"region={folded in regions}", f"medical={lower in vocabulary}"]
    return tuple(features)


def _line_end(text: str, position: int) -> int:
    """Offset of the newline ending the line at `position`, or the text's length."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _field_labels(text: str) -> list[tuple[int, str]]:
    """(position after the separator, label) of each "Label:" in `text`: the words before a colon, equals
    sign or hash on the same line, after any column gap, the last two of them, lower-cased."""
    labels = []
    for m in _SEPARATOR.finditer(text):
        window = max(0, m.start() - 32)
        line = text.rfind("\n", window, m.start()) + 1 or window  # the line's start, or 32 characters back
        words = _GAP.split(text[line:m.start()])[-1].lower().split()
        if words and words[0][0].isalpha():
            labels.append((m.end(), " ".join(words[-2:])))
    return labels


def _line_fields(text: str, tokens: list[tuple[int, int]]) -> list[str]:
    """The last field label before each token on its line ("contact" for "Contact: Ann Lee"), or ""."""
    labels_at = _field_labels(text)
    fields, current, next_label, line_end = [], "", 0, -1
    for start, _ in tokens:
        if start > line_end:
            current, line_end = "", _line_end(text, start)
        while next_label < len(labels_at) and labels_at[next_label][0] <= start:
            if labels_at[next_label][0] > text.rfind("\n", 0, start):
                current = labels_at[next_label][1]
            next_label += 1
        fields.append(current)
    return fields


@functools.lru_cache(maxsize=1 << 18)
def _context_features(word: str, offset: int, vocabulary: frozenset[str]) -> tuple[str, ...]:
    """Features of a neighbouring word, prefixed with its offset: its form and shape, and for the next and previous
    word also its frequency band and whether it is a census first name or surname."""
    own = _word_features(word, vocabulary)
    chosen = (own[0], own[2], *own[6:9]) if abs(offset) == 1 else own[:3:2]
    return tuple(f"{offset}:{f}" for f in chosen)


def _line_case(line: str) -> str:
    """"caps" for a line in capitals (a heading, a wristband), "lower" for one without any, else "mixed"."""
    letters = [c for c in line if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return "caps" if letters and upper > 0.8 * len(letters) else "lower" if not upper else "mixed"


@functools.cache
def _hint_feature(hint: str, offset: int) -> str:
    return f"{offset}:hint={hint}" if offset else f"hint={hint}"


def name_initials(names: Iterable[str]) -> set[str]:
    """Initials of names, in capitals: "NW" for "Nancy Wanjiru", "OGA" and "GAO" for "OTIENO, Grace Achieng". A
    chart signed "NW" where the rules found Nancy Wanjiru names her."""
    initials = set()
    for name in names:
        words = [w for w in _TOKEN.findall(name) if w[0].isalpha() and w.lower() not in _PARTICLES]
        if 2 <= len(words) <= 4:
            initials.add("".join(w[0] for w in words).upper())
            if "," in name:
                initials.add("".join(w[0] for w in words[1:] + words[:1]).upper())
    return initials


def _hinted_names(text: str, tokens: list[tuple[int, int]], hints: list[str]) -> Iterator[str]:
    """The text of each run of tokens the hints call a name."""
    run_start = None
    for i, hint in enumerate([*hints, ""]):
        if hint == "NAME" and run_start is None:
            run_start = i
        elif hint != "NAME" and run_start is not None:
            yield text[tokens[run_start][0]:tokens[i - 1][1]]
            run_start = None


def token_features(text: str, tokens: list[tuple[int, int]], hints: list[str],
                   vocabulary: frozenset[str]) -> list[list[str]]:
    """CRF features of each token; `hints` is the kind the rules gave each token ("" for none)."""
    words = [text[s:e] for s, e in tokens]
    fields = _line_fields(text, tokens)
    initials = name_initials(_hinted_names(text, tokens, hints))
    sequence, line_case = [], "lower"
    for i, (start, _) in enumerate(tokens):
        line_start = i == 0 or "\n" in text[tokens[i - 1][1]:start]
        if line_start:
            line_case = _line_case(text[start:_line_end(text, start)])
        features = ["bias", *_word_features(words[i], vocabulary), f"field={fields[i]}", _hint_feature(hints[i], 0),
                    "bol" if line_start else "mid", line_case]
        if words[i].upper() in initials and 2 <= len(words[i]) <= 4:
            features.append("initials_of_a_name")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(tokens):
                features += _context_features(words[j], offset, vocabulary)
                features.append(_hint_feature(hints[j], offset))
            else:
                features.append(f"{offset}:edge")
        sequence.append(features)
    return sequence


def token_hints(tokens: list[tuple[int, int]], spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """The kind of the span covering each token, "" where none does."""
    hints = [""] * len(tokens)
    starts = [s for s, _ in tokens]
    for span_start, span_end, kind in spans:
        i = bisect.bisect_left(starts, span_start)
        while i < len(tokens) and tokens[i][1] <= span_end:
            hints[i] = kind
            i += 1
    return hints


def bio_labels(tokens: list[tuple[int, int]], spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """B-KIND/I-KIND/O label of each token from character spans (a token overlapping a span is in it)."""
    labels = ["O"] * len(tokens)
    for span_start, span_end, kind in spans:
        inside = [i for i, (s, e) in enumerate(tokens) if s < span_end and e > span_start]
        for n, i in enumerate(inside):
            labels[i] = ("B-" if n == 0 else "I-") + kind
    return labels


def labels_to_spans(tokens: list[tuple[int, int]], labels: list[str]) -> Iterator[tuple[int, int, str]]:
    """Character spans of runs of B-/I- labels of one kind."""
    current = None
    for (start, end), label in zip(tokens, labels, strict=True):
        kind = label[2:] if label != "O" else None
        if current and kind == current[2] and label.startswith("I-"):
            current[1] = end
            continue
        if current:
            yield tuple(current)
        current = [start, end, kind] if kind else None
    if current:
        yield tuple(current)


class PhiTagger:
    """Loads the CRF model once; `spans` tags one text. A token the most likely labelling leaves outside every
    identifier is still tagged when the model gives it at least `threshold` probability of being in one
    (0.5 or more: the most likely labelling alone); de-identification would rather over-mask than leak."""

    def __init__(self, vocabulary: frozenset[str], model_path: str | Path = MODEL_PATH, threshold: float = 0.5) -> None:
        import pycrfsuite

        if not Path(model_path).exists():
            raise FileNotFoundError(f"PHI tagger model {model_path} is missing: build it with "
                                    "`python -m megatron_med.curate.phi_tagger_train` (or set phi.tagger=false)")
        self.vocabulary = vocabulary
        self.crf = pycrfsuite.Tagger()
        try:
            self.crf.open(str(model_path))
        except (OSError, ValueError) as exc:
            raise ValueError(f"PHI tagger model {model_path} cannot be read ({exc}): give a file written by "
                             "`python -m megatron_med.curate.phi_tagger_train`") from exc
        self.threshold = threshold
        self.kinds = [label for label in self.crf.labels() if label != "O"]

    def spans(self, text: str, hints: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Identifier spans the model finds in `text`, given the rules' spans as hints."""
        tokens = tokenize(text)
        if not tokens:
            return []
        labels = self.crf.tag(token_features(text, tokens, token_hints(tokens, hints), self.vocabulary))
        if self.threshold < 0.5:
            for i, label in enumerate(labels):
                if label == "O" and self.crf.marginal("O", i) <= 1 - self.threshold:
                    kind = max(self.kinds, key=lambda k: self.crf.marginal(k, i))[2:]
                    labels[i] = ("I-" if i and labels[i - 1][2:] == kind else "B-") + kind
        return list(labels_to_spans(tokens, labels))
