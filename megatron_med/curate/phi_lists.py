"""Subject numbers listed after a plural label, as monitoring reports and deviation logs write them: "100 % SDV for
subjects 250-04-009, 250-04-011 and 250-04-013", "participantes CMH-0147 e CMH-0152". Every number of the list is
an identifier; the list ends at its first item that is no such number. A range is no list ("patients 18-65",
"patients 2018-2020")."""

from __future__ import annotations

import re
from collections.abc import Iterator

_NOT_A_RANGE = r"(?!\d{1,3}-\d{1,3}(?![\w-])|(?:19|20)\d\d-(?:19|20)?\d\d(?![\w-]))"
_NUMBER = rf"{_NOT_A_RANGE}(?=(?:[A-Z-]*\d){{4}})[A-Z\d]{{1,6}}(?:-[A-Z\d]{{1,6}}){{1,3}}\b"  # "250-04-009"
_LISTED = re.compile(rf"\b(?i:subjects|participants|patients|pts|probands|sujetos|participantes|pacientes)"
                     rf"[ \t]+(?:(?i:nos?\.?|numbers|#)[ \t]*)?"
                     rf"(?P<v>{_NUMBER}(?:(?:,[ \t]*|[ \t]+(?:and|&|y|e|et|und|og|en)[ \t]+){_NUMBER})*)")
_ITEM = re.compile(_NUMBER)


def find_listed_subjects(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "ID") for each subject number listed after "subjects", "participants" or "patients"."""
    for m in _LISTED.finditer(text):
        for item in _ITEM.finditer(m["v"]):
            yield m.start("v") + item.start(), m.start("v") + item.end(), "ID"
