"""First names written in lower case, as hurried notes write them: after a relation or a role ("daughter siobhán",
"pharmacist niamh", "handover from kate") and before a grade ("nirosha HO", "mel (CN)"). Without a capital
letter only the word itself tells a name from an abbreviation, so each is judged by how rare it is in English
and whether it is a census first name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from megatron_med.curate.lexicon import medical_words
from megatron_med.curate.phi_words import english_zipf, fold, personal_names

_WORD = r"(?P<v>[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]{1,14})(?![\w'’-])"
# after a relation or a role: the word right after may be a name whether or not it is a census first name
_AFTER_ROLE = re.compile(r"\b(?i:daughter|son|wife|husband|partner|mum|mam|mom|dad|sister|brother|cousin|niece|nephew|"
                         r"aunt|aunty|uncle|friend|neighbou?r|carer|nurse|rn|pharmacist|physio|therapist|"
                         r"handover from|handed over to|spoke to|spoke with|spoke w|discussed with|discussed w|"
                         rf"informed|told|asked)(?=[ \t]+['‘\"“]?{_WORD})")  # a look-ahead: "w pharmacist niamh"
# after "with" or "w/": only a census first name or a word with an accent ("w ciarán"), not "w obs"
_AFTER_WITH = re.compile(rf"(?:\b[Ww]ith|(?<![\w/])w/?)(?=[ \t]+{_WORD})")
# before a grade: "nirosha HO", "jh (reg)", "mel (CN)"
_BEFORE_GRADE = re.compile(rf"(?<![\w'’-]){_WORD}[ \t]+\(?(?:HO|SHO|reg|Reg|CN|CNM\d?|SpR|FY[12]|HCA)\b")
_RARE_ZIPF = 2.6  # rarer in English than this: no English word ("salote", "niamh"; not "sats", "helpline")
_FIRST_NAME_ZIPF = 4.5  # a census first name at most this common: "kate", "tasha"; not "will", "may", "mark"
_ACCENTED = re.compile(r"[à-öø-ÿ]")
_WORD_FORM = re.compile(r"(?:ed|ing|ly|ise|ize|ness|ment|tion|sion)$")  # "counselled", "mobilising"


def _lower_case_name(word: str, any_rare_word: bool, shortest: int) -> bool:
    """A first name, not an English, medical or abbreviated word."""
    if word in medical_words() or len(word) < shortest or _WORD_FORM.search(word):
        return False
    zipf = english_zipf(word)
    first_name = fold(word) in personal_names()[0] and zipf < _FIRST_NAME_ZIPF
    return first_name or bool(_ACCENTED.search(word)) and zipf < _RARE_ZIPF or any_rare_word and zipf < _RARE_ZIPF


def find_lower_case_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "NAME") for first names in lower case after a relation or role, after "with", before a grade."""
    for pattern, any_rare_word, shortest in ((_AFTER_ROLE, True, 3), (_AFTER_WITH, False, 3), (_BEFORE_GRADE, True, 2)):
        for m in pattern.finditer(text):
            if _lower_case_name(m.group("v"), any_rare_word, shortest):
                yield m.start("v"), m.end("v"), "NAME"
