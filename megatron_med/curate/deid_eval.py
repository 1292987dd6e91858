"""Score a PHI detector on a labelled set in the format of tests/data/deid (see its README).

A labelled file holds documents separated by `# id: NAME` lines; identifiers are marked inline as
`[[KIND|text]]`. Metrics:
  recall[kind]      share of gold spans whose every non-space character a detector covers (any kind);
  recall_tokens     share of the letter-and-digit runs inside gold spans that are covered (the i2b2-style
                    token measure: "Flat 2, 41 Lupset Crescent" with only "Flat 2" left counts 4 of 6);
  precision         detected spans overlapping a gold span / all detected spans, over the notes and the
                    PHI-free medical text together (every span on the latter is a false positive);
  medical_precision share of the medical text's words left intact (the "medical vocabulary survives"
                    goal: eponyms, drug names, lab values, doses).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

_MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]")
_WORD = re.compile(r"\S+")
_TOKEN = re.compile(r"[^\W_]+")

Detector = Callable[[str], list[tuple[int, int, str]]]


@dataclass
class LabelledDoc:
    id: str
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)


def parse_marked(marked: str, doc_id: str = "") -> LabelledDoc:
    """Strip `[[KIND|text]]` marks, returning the plain text and the gold spans."""
    parts, spans, pos, last = [], [], 0, 0
    for m in _MARK.finditer(marked):
        plain = marked[last:m.start()]
        parts.append(plain)
        pos += len(plain)
        spans.append((pos, pos + len(m.group(2)), m.group(1)))
        parts.append(m.group(2))
        pos += len(m.group(2))
        last = m.end()
    parts.append(marked[last:])
    return LabelledDoc(doc_id, "".join(parts), spans)


def load_labelled(path: str | Path) -> list[LabelledDoc]:
    """Documents of one labelled file."""
    docs, current, lines = [], None, []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("# id: "):
            if current is not None:
                docs.append(parse_marked("\n".join(lines), current))
            current, lines = line[6:].strip(), []
        else:
            lines.append(line)
    if current is not None:
        docs.append(parse_marked("\n".join(lines), current))
    return docs


def _covered(text: str, start: int, end: int, mask: bytearray) -> bool:
    return all(mask[i] or text[i].isspace() for i in range(start, end))


def evaluate(detect: Detector, notes: list[LabelledDoc], medical: list[LabelledDoc]) -> dict:
    """Recall per kind, overall recall, precision and medical-text precision of `detect`."""
    found, total = Counter(), Counter()
    true_pos = predicted = tokens = tokens_found = 0
    missed: list[str] = []
    for doc in notes:
        pred = detect(doc.text)
        mask = bytearray(len(doc.text))
        for start, end, _ in pred:
            mask[start:end] = b"\x01" * (end - start)
        for start, end, kind in doc.spans:
            total[kind] += 1
            for token in _TOKEN.finditer(doc.text, start, end):
                tokens += 1
                tokens_found += all(mask[token.start():token.end()])
            if _covered(doc.text, start, end, mask):
                found[kind] += 1
            else:
                missed.append(f"{doc.id} {kind} {doc.text[start:end]!r}")
        predicted += len(pred)
        true_pos += sum(1 for s, e, _ in pred if any(s < ge and gs < e for gs, ge, _ in doc.spans))
    medical_words = medical_hit = medical_spans = 0
    false_examples: list[str] = []
    for doc in medical:
        pred = detect(doc.text)
        medical_spans += len(pred)
        mask = bytearray(len(doc.text))
        for start, end, kind in pred:
            mask[start:end] = b"\x01" * (end - start)
            false_examples.append(f"{doc.id} {kind} {doc.text[start:end]!r}")
        for w in _WORD.finditer(doc.text):
            medical_words += 1
            medical_hit += any(mask[w.start():w.end()])
    recall = {kind: found[kind] / total[kind] for kind in sorted(total)}
    return {
        "recall": recall,
        "recall_overall": sum(found.values()) / max(sum(total.values()), 1),
        "recall_tokens": tokens_found / max(tokens, 1),
        "gold_spans": dict(sorted(total.items())),
        "precision": true_pos / max(predicted + medical_spans, 1),
        "precision_notes": true_pos / max(predicted, 1),
        "medical_precision": 1 - medical_hit / max(medical_words, 1),
        "medical_false_spans": medical_spans,
        "missed": missed,
        "false_on_medical": false_examples,
    }
