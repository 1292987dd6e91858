"""English word frequencies for the PHI stage: a word common in English is rarely an identifier."""

from __future__ import annotations

import functools
import math
import unicodedata

RARE_ZIPF = 3.0  # Zipf frequency (log10 per billion words) below which a word is rare in English


def fold(word: str) -> str:
    """Lower-case without accents: "Lucía" -> "lucia"."""
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


@functools.cache
def common_words() -> dict[str, float]:
    """Zipf frequency of every English word at or above RARE_ZIPF (about 29k words), from `wordfreq`."""
    from wordfreq import get_frequency_dict

    return {w: z for w, p in get_frequency_dict("en", wordlist="large").items()
            if (z := math.log10(p) + 9) >= RARE_ZIPF}
