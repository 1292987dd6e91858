"""Names in text from the web and from messaging, as a scraped corpus holds it: the sender of each line of a
WhatsApp export, the user names over forum and Reddit posts, the author of a review. They stand in the layout
the site or the app gives them, not after a label a form rule could key on."""

from __future__ import annotations

import re
from collections.abc import Iterator

from megatron_med.curate.phi_filters import plausible_name
from megatron_med.curate.phi_words import common_words

# "17/03/2024, 23:10 - Zainab: ...", "[3/17/24, 11:10:05 PM] Faisal Bhai: ..."
_CHAT_LINE = re.compile(r"^\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
                        r"(?:[ \t]?[APap]\.?[Mm]\.?)?\]?[ \t]*(?:-[ \t]*)?(?P<v>[^\s:\d+][^:\n]{0,38}?):[ \t]",
                        re.MULTILINE)
# the header over a post or a reply: "↳ grumpy_gran62 · 5 Feb", "u/spoonie_marisol · 4h", "bendy_beth · 2h"
_POST_HEADER = re.compile(r"^[ \t]*(?:[↳>»][ \t]*)?(?:u/)?(?P<v>[A-Za-z][\w.-]{1,29})[ \t]+[·•][ \t]+"
                          r"(?=\d|(?i:posted|edited|replied|op\b|mod\b|moderator|just now|yesterday|today|an? ))",
                          re.MULTILINE)
# a user name with an underscore, where a post names another user: "Moderator note from Helen_A", "@ or not"
_HANDLE_AFTER = re.compile(r"\b(?i:from|by|to|thanks|thank you|replying to|reply to|quoting|quote from|cc)[ \t]+"
                           r"(?P<v>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)(?![\w@/]|\.\w)")
# a review's author after its stars: "★☆☆☆☆ Enzo Dela Cruz"
_REVIEW_AUTHOR = re.compile(r"^[ \t]*[★☆✩✭]{3,5}[ \t]+"
                            r"(?P<v>[A-Z][\w'’-]+(?: (?:de |dela |van |von )?[A-Z][\w'’.-]*){0,3})[ \t]*$",
                            re.MULTILINE)
# a first name greeted or thanked inside a post: "Thanks Mo, really helpful", "Hi Deb!"
_GREETED = re.compile(r"\b(?:Thanks|Thank you|Thx|Ta|Cheers|Hi|Hiya|Hello|Hey|Welcome|Congrats|Congratulations)"
                      r"[ \t]+(?P<v>[A-Z][a-z]{1,14})(?=[,!])")
_NOT_GREETED = frozenset("all everyone everybody guys folks team ladies gents friends doc doctor nurse sir madam "
                         "mum mom dad mate love hun babe bro sis again so both you god".split())
_WORDS_OF_A_SITE = frozenset("reply share report like edit edited posted deleted admin moderator anonymous guest "
                             "member user".split())


def _user_name(value: str) -> bool:
    """A user name, not a word of the site's layout ("Reply · 2h") nor an everyday English word."""
    word = value.lower()
    if word in _WORDS_OF_A_SITE:
        return False
    return "_" in value or any(c.isdigit() for c in value) or common_words().get(word, 0.0) < 4.5


def find_web_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "NAME") for chat senders, post authors, handles named in a post and greeted first names."""
    if ":" in text:
        for m in _CHAT_LINE.finditer(text):
            if plausible_name(m.group("v")):  # not a log's "ED:" or "Pharmacy:"
                yield m.start("v"), m.end("v"), "NAME"
    if "·" in text or "•" in text:
        for m in _POST_HEADER.finditer(text):
            if _user_name(m.group("v")):
                yield m.start("v"), m.end("v"), "NAME"
    if "_" in text:
        for m in _HANDLE_AFTER.finditer(text):
            yield m.start("v"), m.end("v"), "NAME"
    if "★" in text or "☆" in text:
        for m in _REVIEW_AUTHOR.finditer(text):
            yield m.start("v"), m.end("v"), "NAME"
    for m in _GREETED.finditer(text):
        if m.group("v").lower() not in _NOT_GREETED and common_words().get(m.group("v").lower(), 0.0) < 5.0:
            yield m.start("v"), m.end("v"), "NAME"
