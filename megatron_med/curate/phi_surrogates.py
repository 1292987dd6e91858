"""Surrogate identifiers for training the PHI tagger: each labelled note is re-written with its
identifiers replaced by invented ones of the same kind and form (Faker names and places of many
locales, random digits and letters of the same shape), so that the tagger learns contexts and forms
rather than the particular names of the labelled set."""

from __future__ import annotations

import functools
import random
import re

from megatron_med.curate.deid_eval import LabelledDoc
from megatron_med.curate.phi_words import common_words

LOCALES = ("en_US", "en_GB", "en_IN", "en_AU", "en_NZ", "en_IE", "en_CA", "es_MX", "es_ES", "pt_BR", "fr_FR",
           "de_DE", "nl_NL", "pt_PT", "pl_PL", "tr_TR", "yo_NG", "sw", "id_ID", "zu_ZA", "ga_IE", "fi_FI",
           "sv_SE", "da_DK", "ro_RO", "hu_HU", "vi_VN")
MONTHS = ("January February March April May June July August September October November December").split()
_PIECE = re.compile(r"[^\W\d_]+|\d+")
_KEEP_ZIPF = 4.5  # words this common stay as they are inside a span ("Street", "Flat", "of", "th")


@functools.cache
def _pools(seed: int = 0, per_locale: int = 200) -> dict[str, list[str]]:
    """Name and place words of every locale, in Latin script."""
    from faker import Faker

    pools: dict[str, set[str]] = {"first": set(), "last": set(), "place": set()}
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(seed)
        for _ in range(per_locale):
            pools["first"].update(_PIECE.findall(fake.first_name()))
            pools["last"].update(_PIECE.findall(fake.last_name()))
            pools["place"].update(_PIECE.findall(fake.city()) + _PIECE.findall(fake.street_name()))
    return {k: sorted(w for w in v if w.isascii() or w.isalpha()) for k, v in pools.items()}


def _like(original: str, word: str) -> str:
    """`word` in the case pattern of `original`."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original.islower():
        return word.lower()
    return word[:1].upper() + word[1:].lower()


def _random_shape(piece: str, rng: random.Random) -> str:
    if piece.isdigit():
        return "".join(rng.choice("0123456789") for _ in piece)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(rng.choice(letters) if c.isupper() else rng.choice(letters).lower() for c in piece)


class SurrogateWriter:
    """Re-writes labelled documents with invented identifiers; one word maps to one surrogate per document."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.pools = _pools()

    def _word(self, word: str, kind: str, memory: dict[str, str]) -> str:
        key = word.lower()
        if key not in memory:
            if word[:1].isdigit():
                memory[key] = _random_shape(word, self.rng)
            elif len(word) == 1 or common_words().get(key, 0.0) >= _KEEP_ZIPF:
                memory[key] = word if len(word) > 1 else self.rng.choice("ABCDEFGHIJKLMNOPRSTW")
            elif kind == "DATE" and key[:3] in {m[:3].lower() for m in MONTHS}:
                month = self.rng.choice(MONTHS)
                memory[key] = month if len(word) > 3 else month[:3]
            elif kind == "NAME":
                memory[key] = self.rng.choice(self.pools[self.rng.choice(("first", "last"))])
            elif kind == "LOCATION":
                memory[key] = self.rng.choice(self.pools["place"])
            else:
                memory[key] = _random_shape(word, self.rng)
        return _like(word, memory[key])

    def rewrite(self, doc: LabelledDoc) -> LabelledDoc:
        """`doc` with every gold span's words and numbers replaced, the rest of the text kept."""
        memory: dict[str, str] = {}
        parts, spans, last, shift = [], [], 0, 0
        for start, end, kind in sorted(doc.spans):
            original = doc.text[start:end]
            new = _PIECE.sub(lambda m, kind=kind: self._word(m.group(), kind, memory), original)
            parts += [doc.text[last:start], new]
            spans.append((start + shift, start + shift + len(new), kind))
            shift += len(new) - len(original)
            last = end
        parts.append(doc.text[last:])
        return LabelledDoc(doc.id, "".join(parts), spans)


def recased(doc: LabelledDoc, upper: bool) -> LabelledDoc:
    """`doc` all in capitals or all in lower case (as old systems and sloppy notes write), spans unchanged;
    `doc` itself where a character changes length with its case ("ß")."""
    text = doc.text.upper() if upper else doc.text.lower()
    return LabelledDoc(doc.id, text, doc.spans) if len(text) == len(doc.text) else doc
