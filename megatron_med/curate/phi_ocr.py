"""Reading scanned text back for PHI detection: OCR writes 0 for O and 1 for l inside identifiers.

A referral scanned to text reads "Date: l4/O3/2O24", "Dr C. N. 0konkwo", "Abe0kuta, 0gun State": the
rules see no date and no name. `ocr_repaired` returns a copy of such a text, of the same length, with
the look-alikes read back in the tokens that mix letters and digits (and "lbadan" read as "Ibadan"), so
detection runs on the copy and its spans mark the original one to one.
"""

from __future__ import annotations

import re

# Signs of OCR output that clean text does not show: a 0/1 between lower-case letters ("Abe0kuta"), at
# the start of a lower-case word ("0konkwo"), ending one ("Hospita1"), or a 0 inside a capital word ("F0RM").
_SIGNS = re.compile(r"[a-z][01][a-z]|\b[01][a-z]{3,}|[a-z]{3}1\b|[A-Z]0[A-Z]{2}")
_MIN_SIGNS = 3  # words showing a sign
_WORD = re.compile(r"[A-Za-z0-9]+")
_HEX = re.compile(r"[0-9a-f]{6,}|[0-9A-F]{6,}")
_MIXED = re.compile(r"[A-Za-z0-9]*(?:[0-9][A-Za-z]|[A-Za-z][0-9])[A-Za-z0-9]*")
_AS_DIGITS = str.maketrans("OolI", "0011")
# an l before a consonant no English word starts with is a capital I: "lbadan", "lrrua", "lnter-Hospital"
_CAPITAL_I = re.compile(r"\bl(?=[bcdfgkmnprstvwz][a-z])")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _as_letter(token: str, i: int) -> str:
    """The letter a 0 or 1 at `i` stands for, in the case of its neighbours."""
    neighbours = token[max(0, i - 1):i] + token[i + 1:i + 2]
    upper = any(c.isupper() for c in neighbours) and not any(c.islower() for c in neighbours)
    if token[i] == "0":
        return "O" if upper or (i == 0 and token[1:2].islower()) else "o"
    return "I" if upper else "l"


def _read_token(token: str) -> str:
    if _ORDINAL.fullmatch(token):
        return token  # "1st", "10th"
    letters = [c for c in token if c.isalpha()]
    if set(letters) <= set("OolI"):  # a number with letters for digits: "l4", "2O24", "0l187"
        return token.translate(_AS_DIGITS)
    digits = [c for c in token if c.isdigit()]
    if set(digits) <= set("01") and len(letters) >= 2 * len(digits):  # a word with digits for letters
        return "".join(_as_letter(token, i) if c in "01" else c for i, c in enumerate(token))
    return token


def ocr_repaired(text: str) -> str | None:
    """`text` with OCR look-alikes read back (same length), or None when it does not look like OCR output."""
    if _SIGNS.search(text) is None:  # most text: one scan
        return None
    words = (w for w in _WORD.findall(text) if not _HEX.fullmatch(w))  # hashes ("9f3d0e1c...") are no OCR
    if sum(bool(_SIGNS.search(w)) for w in words) < _MIN_SIGNS:
        return None
    return _CAPITAL_I.sub("I", _MIXED.sub(lambda m: _read_token(m.group()), text))
