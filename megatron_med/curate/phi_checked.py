"""National numbers found without a label because their check digit vouches for them: a New Zealand NHI
("ZHK4829", "ABC12DX" in the 2025 format is left to its label) and a Chilean RUT ("21.337.084-7"). A random
string of the same shape passes the check one time in eleven, so the shape and the check together are safe where
the shape alone ("ZHK4829" could be a part code) is not."""

from __future__ import annotations

import re
from collections.abc import Iterator

_NHI = re.compile(r"(?<![\w-])[A-HJ-NP-Z]{3}\d{4}(?![\w-])")
_RUT = re.compile(r"(?<![\w.-])(\d{1,2}\.\d{3}\.\d{3})-([\dkK])(?![\w-])")
_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are never used; A is 1


def _nhi_valid(value: str) -> bool:
    """The mod-11 check of the NHI's last digit over its first six characters."""
    values = [_NHI_LETTERS.index(c) + 1 for c in value[:3]] + [int(c) for c in value[3:6]]
    remainder = sum(v * w for v, w in zip(values, range(7, 1, -1), strict=True)) % 11
    return remainder != 0 and (11 - remainder) % 10 == int(value[6])


def _rut_valid(number: str, check: str) -> bool:
    """The mod-11 check of a RUT: weights 2 to 7 from the right; 10 is K, 11 is 0."""
    digits = [int(c) for c in reversed(number.replace(".", ""))]
    total = sum(d * (2 + i % 6) for i, d in enumerate(digits))
    expected = {10: "K", 11: "0"}.get(11 - total % 11, str(11 - total % 11))
    return check.upper() == expected


def find_checked_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) for NHI numbers (HEALTH_PLAN) and RUTs (SSN) whose check digit is right."""
    for m in _NHI.finditer(text):
        if _nhi_valid(m.group()):
            yield m.start(), m.end(), "HEALTH_PLAN"
    for m in _RUT.finditer(text):
        if _rut_valid(*m.groups()):
            yield m.start(), m.end(), "SSN"
