"""Identifiers written in Cyrillic, Greek or Perso-Arabic script, as records translated into English keep them:
a Russian or Ukrainian full name with its patronymic ("Гарипов Тимур Ильдарович") or a surname with initials
("Смирнова Н. В."), a street after "ул."/"вул." with its house and flat, a town after "г."/"м.", a date with a
Cyrillic month ("«18» марта 2024"); a Greek surname after an initial ("Ν. Αντωνίου"); a date written in
Persian or Arabic-Indic digits ("۱۴۰۳/۰۴/۱۲"); a name in Arabic script after the same name in Latin letters on a
name's line ("Patient: Fatima Abdullah Al Mazrouei  /  فاطمة عبدالله المزروعي").
Words of these scripts are otherwise left alone: no rule here reads a capitalised word as a name."""

from __future__ import annotations

import re
from collections.abc import Iterator

_CYR_UPPER = "А-ЯЁІЇЄҐ"
_CYR_LOWER = "а-яёіїєґ'’"
_CYR_WORD = rf"[{_CYR_UPPER}][{_CYR_LOWER}]+(?:-[{_CYR_UPPER}][{_CYR_LOWER}]+)?"
_PATRONYMIC = rf"[{_CYR_UPPER}][{_CYR_LOWER}]+(?:ович|евич|йович|ич|овна|евна|ична|івна|ївна|інична)"
_INITIALS = rf"[{_CYR_UPPER}]\.[ ]?[{_CYR_UPPER}]\."
_CYR_NAME = re.compile(rf"\b(?:{_CYR_WORD} {_CYR_WORD} {_PATRONYMIC}|{_CYR_WORD} {_INITIALS}|{_INITIALS} ?{_CYR_WORD})"
                       rf"(?![{_CYR_LOWER}])")
_CYR_STREET = re.compile(rf"\b(?:ул|вул|пр|просп|пер|бул|пл)\.[ ]?[{_CYR_UPPER}0-9][^,\n]{{1,40}}?"
                         rf"(?:,[ ]?(?:д\.|буд\.)?[ ]?\d+[{_CYR_LOWER}]?(?:/\d+)?)(?:,[ ]?кв\.[ ]?\d+)?")
_CYR_TOWN = re.compile(rf"(?<![{_CYR_LOWER}])(?:г|м)\.[ ]?(?P<v>{_CYR_WORD})")
_CYR_MONTHS = ("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
               "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня")
_CYR_DATE = re.compile(rf"«?\b\d{{1,2}}»?[ ](?:{_CYR_MONTHS})(?:[ ]\d{{4}})?")
_GREEK_NAME = re.compile(r"\b[Α-Ω]\.[ ]?[Α-Ω][α-ωάέήίόύώϊϋΐΰ]{2,}ς?(?![α-ωά-ώ])")
_ARABIC_DIGIT = "۰-۹٠-٩"
_ARABIC_DIGIT_DATE = re.compile(rf"(?<![{_ARABIC_DIGIT}])[{_ARABIC_DIGIT}]{{4}}/[{_ARABIC_DIGIT}]{{1,2}}/"
                                rf"[{_ARABIC_DIGIT}]{{1,2}}(?![{_ARABIC_DIGIT}])")

_ARABIC_WORD = "[\u0621-\u064a\u0671-\u06d3]+"
_ARABIC_AFTER_NAME = re.compile(rf"\b(?i:name|patient|pt|nom|nombre|nome|client|member|insured)\b[^\n/:]{{0,15}}:"
                                rf"[ \t]*[A-Z][^\n/]{{0,60}}[a-z][ \t]*/[ \t]*"
                                rf"(?P<v>{_ARABIC_WORD}(?:[ ]{_ARABIC_WORD}){{1,4}})")


def find_script_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) for names, streets, towns and dates in Cyrillic, Greek names after an initial, dates in
    Persian or Arabic-Indic digits and names in Arabic script after their Latin spelling."""
    if re.search(f"[{_CYR_UPPER}]", text):
        yield from ((m.start(), m.end(), "NAME") for m in _CYR_NAME.finditer(text))
        yield from ((m.start(), m.end(), "LOCATION") for m in _CYR_STREET.finditer(text))
        yield from ((m.start("v"), m.end("v"), "LOCATION") for m in _CYR_TOWN.finditer(text))
        yield from ((m.start(), m.end(), "DATE") for m in _CYR_DATE.finditer(text))
    if re.search("[Α-Ω]", text):
        yield from ((m.start(), m.end(), "NAME") for m in _GREEK_NAME.finditer(text))
    yield from ((m.start(), m.end(), "DATE") for m in _ARABIC_DIGIT_DATE.finditer(text))
    yield from ((m.start("v"), m.end("v"), "NAME") for m in _ARABIC_AFTER_NAME.finditer(text))
