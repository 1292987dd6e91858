"""Stage 1, normalise: Unicode NFC, mojibake repair (ftfy), control characters, whitespace."""

from __future__ import annotations

import re
import unicodedata

import ftfy

from megatron_med.curate.config import NormalizeConfig

# C0/C1 control characters other than tab and newline, plus zero-width and bidi format marks.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_TRAILING = re.compile(r" +\n| +$|^ +", re.MULTILINE)


def normalize_text(text: str, config: NormalizeConfig) -> str:
    """Return the normalised text (idempotent: normalising twice changes nothing more)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():
        pass  # nothing for ftfy or NFC to do (mojibake is non-ASCII by construction)
    elif config.fix_mojibake:
        text = ftfy.fix_text(text, normalization="NFC")
    else:
        text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    if config.collapse_spaces:
        text = _TRAILING.sub(lambda m: "\n" if "\n" in m.group() else "", _SPACES.sub(" ", text))
    blank = "\n" * (config.max_blank_lines + 1)
    text = re.sub(rf"\n{{{config.max_blank_lines + 2},}}", blank, text)
    return text.strip()
