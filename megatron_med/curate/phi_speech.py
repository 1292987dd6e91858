"""Identifiers as people say them, in transcripts of calls, dictations, radio logs, interviews and subtitles:
speakers labelled in capitals, days, dates and ages in words, postcodes and numbers spelled out in letters,
digit words and the phonetic alphabet, house numbers in words, a name spelled after itself.

Written forms of the same identifiers are the rules' (`phi_rules`); this module only adds the spoken ones."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from megatron_med.curate.phi_filters import plausible_name
from megatron_med.curate.phi_rules import (
    AGE_WORDS,
    DIGIT_WORD,
    MONTH_FULL,
    ORDINAL_NOUNS,
    ORDINAL_WORD,
    ORDINAL_WORD_ABOVE_NINE,
    SPOKEN_YEAR,
    STREET,
    TENS_WORD,
)
from megatron_med.curate.phi_words import common_words, fold, personal_names

_TIMESTAMP = r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[,.]\d{1,3})?\]?[ \t]+)"
# "MARCUS: So, it was 2019", "19:02:20 CONTROL: Amber call", "THANDIWE: (Sesotho) Yes"
_SPEAKER = re.compile(rf"^[ \t]*{_TIMESTAMP}?(?P<label>[A-Z][A-Z'’-]*[A-Z](?: [A-Z][A-Z'’-]*[A-Z])?)[ \t]*"
                      r"(?:\([^)\n]{0,30}\)[ \t]*)?:[ \t]+(?P<said>[^\n]*)", re.MULTILINE)
# "[00:00:14] Kayla T.: Hi!": a first name and an initial as the speaker
_SPEAKER_WITH_INITIAL = re.compile(rf"^[ \t]*{_TIMESTAMP}?(?P<v>[A-Z][a-z]+ [A-Z]\.)(?=:[ \t])", re.MULTILINE)

_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_NUMBER_WORD = rf"(?:{TENS_WORD}(?:[- ]{_UNIT_WORD})?|{_TEEN_WORD}|{_UNIT_WORD})"
_NATO = (r"(?:Alpha|Alfa|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Juliett|Kilo|Lima|Mike|November|"
         r"Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|Whisky|X-ray|Yankee|Zulu)")
_WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_DATE_PATTERNS = (
    # "Thursday the fifteenth", "Saturday night, the twentieth", "on the fifth", "admitted on twentieth"
    re.compile(rf"\b{_WEEKDAY_FULL}(?:[ \t]+(?:night|morning|afternoon|evening))?,?[ \t]+the[ \t]+"
               rf"(?P<v>{ORDINAL_WORD})\b(?![ \t]*(?:-|of\b|{ORDINAL_NOUNS}))"),
    re.compile(rf"\b(?i:on|since|until|till|by|before|after)[ \t]+(?:the[ \t]+(?P<v>(?i:third|fourth|fifth|sixth|"
               rf"seventh|eighth|ninth)|{ORDINAL_WORD_ABOVE_NINE})|(?P<w>{ORDINAL_WORD_ABOVE_NINE}))\b"
               rf"(?![ \t]*(?:-|of\b|{ORDINAL_NOUNS}))"),
    # "eleventh of February, nineteen eighty-six", "Fourteenth March, nineteen sixty-eight", "the fourth of July,
    # sixty-one"
    re.compile(rf"\b{ORDINAL_WORD}(?:[ \t]+of)?[ \t]+{MONTH_FULL}(?:,?[ \t]+(?:{SPOKEN_YEAR}|"
               rf"(?i:{TENS_WORD})(?:[- ]{_UNIT_WORD})?)\b)?"),
    # a day and a month both as ordinals: "second of the tenth twenty twenty", "third of the second, ninety-six"
    re.compile(rf"\b{ORDINAL_WORD}[ \t]+of[ \t]+the[ \t]+{ORDINAL_WORD}(?:,?[ \t]+(?:{SPOKEN_YEAR}|"
               rf"(?i:{TENS_WORD})(?:[- ]{_UNIT_WORD})?)\b)?"),
    # "date of birth two, twelve, eighty-nine"
    re.compile(rf"\b(?i:date of birth|d\.?o\.?b\.?|born(?: on)?)(?:[ \t]+is)?[ \t:,]+"
               rf"(?P<v>(?i:{_NUMBER_WORD}),?[ \t]+(?i:{_NUMBER_WORD}),?[ \t]+(?i:{_NUMBER_WORD}|{SPOKEN_YEAR}))\b"),
)
_AGE_PATTERNS = (
    re.compile(rf"(?<=, )(?P<v>{AGE_WORDS})(?=,)"),  # "Female, ninety-two, daughter reports"
    # "He was ninety.", "At ninety, with that bleed", "So ninety-three.", "at ninety I would not operate"
    re.compile(rf"\b(?i:was|at|so) (?P<v>{AGE_WORDS})(?=[.,;?]|[ \t]+(?:I|he|she|we|you|they)\b)"),
    re.compile(rf"^[^\n:]{{1,20}}:[ \t]*(?P<v>{AGE_WORDS})(?=\?)", re.MULTILINE),  # "KV: Ninety-one? He looks"
    # "how old is she?" then "CALLER: Ninety-one na po"
    re.compile(rf"(?i:how old)[^\n]*\n[^\n:]{{0,20}}:[ \t]*(?P<v>{AGE_WORDS})"),
    re.compile(r"\b(?P<v>9\d|1[01]\d)(?=[ \t]*\((?i:est\.?|estimated|estimé|approx\.?|per family|per relatives)\))"),
)
# a code read out in letters, digit words and the phonetic alphabet: "L-S-eight, four-H-A", "Papa Alpha One,
# Three Quebec Sierra", "S three eight four one seven nine two F", "G-H-A, seven-two-zero ..., dash three"
_CODE_TOKEN = rf"(?:[A-Z]|zed|{_NATO}|(?:double|triple)[ -]{DIGIT_WORD}|(?i:{_NUMBER_WORD}|zero|oh)|dash|slash)"
_SPELLED_CODE = re.compile(rf"(?<![\w-]){_CODE_TOKEN}(?:(?:[ \t]*,[ \t]*|[ \t]+|-){_CODE_TOKEN}){{4,}}(?![\w-])")
_NUMERIC_TOKEN = re.compile(rf"^(?i:{_NUMBER_WORD}|zero|oh|(?:double|triple)[ -]{DIGIT_WORD})$")
_LETTER_TOKEN = re.compile(rf"^(?:[A-Z]|{_NATO})$")
_SPLIT_TOKENS = re.compile(rf"(?:double|triple)[ -]{DIGIT_WORD}|{TENS_WORD}-{_UNIT_WORD}|[^\s,-]+", re.IGNORECASE)
# a record number dictated with its slashes: "2024 slash IP slash 118305"
_DICTATED_SLASHES = re.compile(r"\b[\dA-Z]{1,10}(?: (?:slash|dash) [\dA-Z]{1,10}){2,}\b")
# the label nearest before a spoken code says what it is
_CODE_CONTEXT = (
    ("LOCATION", re.compile(r"(?i:post ?code|eircode|zip|ghanapost|gps address|digital address)")),
    ("PHONE", re.compile(r"(?i:phone|mobile|cell|call (?:me|us|back)|reach (?:me|us))")),
    ("SSN", re.compile(r"(?i:pps|nric|ssn|social security|ghana card|national id|id card|aadhaar|cnic|trn\b|"
                       r"identity|passport)")),
    ("HEALTH_PLAN", re.compile(r"(?i:health card|ohip|medicare|nhis|health number|nhs number|chi number|medical card|"
                               r"insurance|membership|philhealth)")),
    ("MRN", re.compile(r"(?i:record|mrn|hospital number|ip number|ip no|folder|chart)")),
    ("VEHICLE", re.compile(r"(?i:plate|registration|index|rego)")),
)
_DIGITS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())} | {
    "oh": "0", **{w: str(i) for i, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
                                                   "eighteen nineteen".split(), 10)}}
_TENS = {w: i * 10 for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
# UK, Irish (Eircode) and Canadian postcodes, as the decoded characters of a spelled code
_POSTCODE_SHAPE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|[A-Z]\d[\dW][A-Z\d]{4}|[A-Z]\d[A-Z]\d[A-Z]\d")
# a house number in words before its street: "forty-one Glasgow Road", "fourteen Lyndhurst Crescent"
_STREET_IN_WORDS = re.compile(rf"\b(?i:{_NUMBER_WORD})[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+{STREET}\b")
# a name given after its label without a colon, as said: "Surname MacLeod, spelt ...", "first name Amara"
_SAID_NAME = re.compile(r"\b(?i:surname|first name|last name|family name|given name)[ \t]+(?:is[ \t]+)?"
                        r"(?P<v>[A-Z][\w'’-]+)(?=[,.;]|[ \t]+(?:spelt|spelled|that's|as in)\b)")
# a word spelled in capitals and hyphens after it or after a cue: "Okafor. O-K-A-F-O-R", "Amara, A-M-A-R-A",
# "sorry that's M-A-U-R-A", "A-L hyphen K-H-A-T-I-B"
_HYPHEN_SPELLED = re.compile(r"\b[A-Z](?:-[A-Z])+(?: (?:hyphen|dash) [A-Z](?:-[A-Z])+)*\b")
_SPELLING_CUE = re.compile(r"(?i:that's|that is|spelt|spelled|spelling|sorry|[A-Z](?:-[A-Z]){2,},)[ \t]*$")
# an e-mail address said aloud: "lan dot nguyen79 at example dot com"
_SPOKEN_EMAIL = re.compile(r"\b[a-z][a-z0-9_]*(?: (?:dot|underscore) [a-z0-9_]+)* at [a-z][a-z0-9-]*"
                           r"(?: dot (?:com|org|net|edu|gov|co|ac|nhs|uk|ie|au|nz|ca|in|za|ng|ke|gh|ph|sg|my|de|fr|"
                           r"br|info)){1,2}\b")


def dialogue_labels(text: str) -> dict[str, list[int]]:
    """Speaker labels in capitals and where they start, when the text is a dialogue: two or more speakers,
    each opening two or more lines, and most of what they say runs to several words (not a form's fields)."""
    found: dict[str, list[int]] = defaultdict(list)
    said_words = []
    for m in _SPEAKER.finditer(text):
        found[m.group("label")].append(m.start("label"))
        said_words.append(len(m.group("said").split()))
    speakers = {label: starts for label, starts in found.items() if len(starts) >= 2}
    if len(speakers) < 2 or sorted(said_words)[len(said_words) // 2] < 3:
        return {}
    return speakers


def speech_after_label(text: str, start: int, labels: dict[str, list[int]]) -> bool:
    """True when `start` is the first word said after a dialogue label and that word is common English and no
    first name ("CALLER: Yeah", "PT: It's fine"): a label rule read the speaker as a form field."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _SPEAKER.match(text, line_start)
    if m is None or m.group("label") not in labels or m.start("said") != start:
        return False
    word = re.match(r"[A-Za-z']+", text[start:])
    first_names, _ = personal_names()
    return bool(word) and common_words().get(word.group().lower(), 0.0) >= 3.5 and \
        fold(word.group()) not in first_names


def _decoded(tokens: list[str]) -> str:
    """The characters a spelled code stands for: "L-S-eight, four-H-A" -> "LS84HA"."""
    out = []
    for token in tokens:
        word = token.lower().replace("-", " ")
        if word in ("dash", "slash"):
            continue
        repeat = 3 if word.startswith("triple") else 2 if word.startswith("double") else 1
        word = word.split()[-1] if repeat > 1 else word
        if word in _DIGITS:
            out.append(_DIGITS[word] * repeat)
        elif " " in word and all(w in _DIGITS or w in _TENS for w in word.split()):
            tens, unit = word.split()
            out.append(str(_TENS[tens] + int(_DIGITS[unit])))
        elif word in _TENS:
            out.append(str(_TENS[word]))
        else:
            out.append(token[0].upper())
    return "".join(out)


def _code_kind(text: str, start: int, tokens: list[str] | None = None) -> str:
    if tokens and _POSTCODE_SHAPE.fullmatch(_decoded(tokens)):
        return "LOCATION"
    before = text[max(0, start - 60):start]
    nearest = [(m[-1].end(), kind) for kind, pattern in _CODE_CONTEXT if (m := list(pattern.finditer(before)))]
    return max(nearest)[1] if nearest else "ID"


def _spelled_codes(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _SPELLED_CODE.finditer(text):
        tokens = _SPLIT_TOKENS.findall(m.group())
        numeric = sum(bool(_NUMERIC_TOKEN.match(t)) for t in tokens)
        letters = sum(bool(_LETTER_TOKEN.match(t)) for t in tokens)
        if numeric >= 2 and letters >= 1:
            yield m.start(), m.end(), _code_kind(text, m.start(), tokens)
    for m in _DICTATED_SLASHES.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 4:
            yield m.start(), m.end(), _code_kind(text, m.start())


def find_speech_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of identifiers said aloud."""
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            group = next((g for g in ("v", "w") if g in pattern.groupindex and m.start(g) >= 0), 0)
            yield *m.span(group), "DATE"
    for pattern in _AGE_PATTERNS:
        for m in pattern.finditer(text):
            yield *m.span("v"), "AGE"
    yield from _spelled_codes(text)
    for m in _STREET_IN_WORDS.finditer(text):
        yield m.start(), m.end(), "LOCATION"
    for m in _SAID_NAME.finditer(text):
        if plausible_name(m.group("v")):
            yield *m.span("v"), "NAME"
    for m in _HYPHEN_SPELLED.finditer(text):
        letters = re.sub(r"[^A-Z]", "", m.group())
        before = text[max(0, m.start() - 60):m.start()]
        if len(letters) >= 3 and (letters.lower() in re.sub(r"[^a-z ]", "", before.lower()).split()
                                  or _SPELLING_CUE.search(before)):
            yield m.start(), m.end(), "NAME"
    for m in _SPOKEN_EMAIL.finditer(text):
        yield m.start(), m.end(), "EMAIL"
    labels = _SPEAKER_WITH_INITIAL.findall(text)
    first_names, _ = personal_names()
    for m in _SPEAKER_WITH_INITIAL.finditer(text):
        if labels.count(m.group("v")) >= 2 and fold(m.group("v").split()[0]) in first_names:
            yield *m.span("v"), "NAME"
