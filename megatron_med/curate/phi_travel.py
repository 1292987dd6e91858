"""Travel documents: an airline's passenger name, surname first with its title ("NIBHRIAIN/NORA MRS"), the towns
of a flight's route ("EI137 Dublin–Boston", "volo Bologna–Varsavia") and a district after a hotel ("her hotel in
Gion"). These cues are weak, so a town must look like one (`phi_filters.place_like`): "Change route:
Intravenous–Oral", "Flight Nurse–Paramedic" and "hotel in Room 4" stay; "Oral" and "Normal" are towns, too
frequent as words to be read as one here. A passenger name holds no medical word that is no person's name
("HIV/AIDS DR"; "SMITH/JOHN MR" is a name)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from megatron_med.curate.lexicon import medical_words
from megatron_med.curate.phi_filters import place_like
from megatron_med.curate.phi_words import fold, personal_names

_TOWN = r"[A-Z][a-zà-ÿ]+(?:[ ][A-Z][a-zà-ÿ]+)?"
# a flight's number or a word for it, then two towns joined by a dash
_ROUTE = re.compile(rf"(?:\b[A-Z]{{2}}[ ]?\d{{2,4}}|\b(?i:volo|flight|vol|flug|vuelo|voo))[ \t]*:?[ \t]+"
                    rf"(?P<a>{_TOWN})[ \t]*[–—-][ \t]*(?P<b>{_TOWN})")
_AFTER_HOTEL = re.compile(rf"\b(?i:hotel|hostel|resort|guest ?house|ryokan|lodge|airbnb)[ \t]+in[ \t]+(?P<a>{_TOWN})")
_PASSENGER = re.compile(r"\b(?P<surname>[A-Z][A-Z'’-]+)/(?P<given>[A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+)?)"
                        r"[ ](?:MRS|MR|MS|MISS|MSTR|DR|PROF)\b")


def find_travel_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) for passenger names and the places of routes and hotels."""
    for m in _PASSENGER.finditer(text):
        first_names, surnames = personal_names()
        parts = [fold(part) for part in (m["surname"], *m["given"].split())]
        if not any(part in medical_words() and part not in first_names and part not in surnames for part in parts):
            yield m.start(), m.end(), "NAME"
    for pattern in (_ROUTE, _AFTER_HOTEL):
        for m in pattern.finditer(text):
            for group in ("a", "b") if "b" in pattern.groupindex else ("a",):
                if place_like(m[group]):
                    yield m.start(group), m.end(group), "LOCATION"
