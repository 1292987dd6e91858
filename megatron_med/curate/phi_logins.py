"""Staff log-ins where case notes and audit trails print them: after the date and time of a log entry
("21/01 02:14 mgarza - Husband reports ...") and after "by" or "por" at the end of a line or clause ("comunicado
às 07:12 por cmsouza;", "Submitted in eMedical ... by drotich"). A log-in is no word of English or of the other
languages notes are written in ("by immunoblot", "por programa" stay), nor a medical word. A chat export's
sender shows the same way: "hwiremu (MIT) 09:12"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from megatron_med.curate.lexicon import medical_words
from megatron_med.curate.phi_words import TEXT_LANGUAGES, language_zipf

_LOG_IN = r"[a-z](?:[a-z]|\.(?=[a-z])){3,}\d*"  # "mgarza", "a.rivas", "plakhani2"
_AFTER_LOG_TIME = re.compile(rf"^(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?[ \t]+)?(?:[01]?\d|2[0-3]):[0-5]\d[ \t]+"
                             rf"(?P<v>{_LOG_IN})(?=[ \t]+[-–(])", re.MULTILINE)
# a chat's sender by log-in with a role in brackets before the time: "hwiremu (MIT) 09:12", "cmorales2 (Case Mgmt)"
_CHAT_SENDER = re.compile(rf"^(?P<v>{_LOG_IN})[ \t]+\([^)\n]{{1,25}}\)[ \t]+\d{{1,2}}:\d{{2}}", re.MULTILINE)
_AFTER_BY = re.compile(rf"\b(?:by|por|par|door|przez)[ \t]+(?P<v>{_LOG_IN})(?=[;,)]|[ \t]*$)", re.MULTILINE)


def _no_word(value: str) -> bool:
    """Not a word of English or of the languages notes are written in, nor a medical word."""
    word = value.rstrip("0123456789")
    return word not in medical_words() and all(language_zipf(word, lang) == 0.0 for lang in ("en", *TEXT_LANGUAGES))


def find_log_ins(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "NAME") for log-ins after a log entry's time, as a chat's sender or after "by"/"por"."""
    for pattern in (_AFTER_LOG_TIME, _CHAT_SENDER, _AFTER_BY):
        for m in pattern.finditer(text):
            if _no_word(m.group("v")):
                yield m.start("v"), m.end("v"), "NAME"
