"""Stage 4, PHI de-identification into typed placeholders such as [NAME] and [DATE].

Engine "rules": the context and pattern rules of `phi_rules`, the name and place gazetteers of
`phi_gazetteer` (`phi.gazetteer`), plus propagation of every found name and place token through the
document. Engine "rules+spacy" adds spaCy PERSON/GPE/LOC/FAC entities
(optional extra `phi-ner`), dropping entities made only of medical vocabulary (eponyms such as
Parkinson or Crohn, drug names) from the lexicon shipped in curate/data/. docs/curation.md compares
both with Presidio and philter-lite on tests/data/deid.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from megatron_med.curate.config import PhiConfig
from megatron_med.curate.lexicon import medical_vocabulary
from megatron_med.curate.phi_cjk import cjk_repeats
from megatron_med.curate.phi_filters import eponym_at, plausible, tagged_value_plausible
from megatron_med.curate.phi_gazetteer import Gazetteer
from megatron_med.curate.phi_ocr import ocr_repaired
from megatron_med.curate.phi_rules import find_rule_spans, medical_code_at
from megatron_med.curate.phi_signatures import table_header_lines
from megatron_med.curate.phi_speech import dialogue_labels, find_speech_spans, speech_after_label
from megatron_med.curate.phi_tagger import MODEL_PATH, PhiTagger, name_initials
from megatron_med.curate.phi_words import NAME_PARTICLES, RARE_ZIPF, common_words, fold, name_like, personal_names

# The 18 HIPAA Safe Harbor kinds (45 CFR 164.514(b)(2)) as placeholders; ages over 89 are split from
# dates, certificate and licence numbers share LICENSE, full-face photographs do not occur in text.
KINDS = ("NAME", "LOCATION", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
         "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "ID")
_NUMBER_KINDS = frozenset(("AGE", "PHONE", "FAX", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE",
                           "DEVICE", "IP"))  # always written with digits
_SPACY_KINDS = {"PERSON": "NAME", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
_TITLES = {"Dr", "Mr", "Mrs", "Ms", "Mx", "Miss", "Prof", "Doctor", "Nurse", "St"}
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ ]?){1,2}$")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])([A-Z])\.?[ ]$")
_INITIAL_AFTER = re.compile(r"[ ]([A-Z])\.(?![\w.])")  # "Grace A." of Grace Anyango
_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?,?[ ]$")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:_\w+)?")  # a user name stays one token: "grumpy_gran62"
_INITIALS = re.compile(r"[A-Z]{2,3}")
# a first name joined to a found one: "Aroha and Nikau" (not "&": "Hoehn & Yahr" is a scale)
_JOINED_AFTER = re.compile(r"[ \t]+and[ \t]+([A-Z][a-z'’-]+)\b(?![ \t]+[A-Z])")
_JOINED_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z'’-]+)[ \t]+and[ \t]+$")
# a signer's partner across a slash, of the same shape: "JT/MB (student)", "K. Lönnroth / J. Bergkvist"
_SLASH_PARTNER_AFTER = re.compile(r"[ \t]?/[ \t]?([A-Z]{2,3}|[A-Z]\.[ ]?[A-ZÀ-Þ][a-zà-ÿ'’-]+)(?![\w/])")
_SLASH_PARTNER_BEFORE = re.compile(r"(?<![\w/.])([A-Z]{2,3}|[A-Z]\.[ ]?[A-ZÀ-Þ][a-zà-ÿ'’-]+)[ \t]?/[ \t]?$")
_SIGNER_SHAPE = re.compile(r"[A-Z]{2,3}|[A-Z]\.[ ]?[A-ZÀ-Þ][a-zà-ÿ'’-]+")
_ROLE_ABBREVIATION = frozenset(("RN", "EN", "HCA", "NA", "SN", "ODP", "HO", "MO", "GP", "ICU", "HDU", "ED", "OT",
                                "PT", "OK", "NAD", "PRN", "LPN", "CNA", "NP", "PA"))
_SURNAME_AFTER = re.compile(r"[ \t]([A-Z]\.(?![\w.])|[A-Z][a-z'’-]{1,20}\b(?![.'’-]?\w))")  # "Owen P.", "Ella Thao"
_NUMBER_KINDS = frozenset({"ID", "MRN", "DEVICE", "ACCOUNT", "HEALTH_PLAN", "SSN", "LICENSE", "VEHICLE"})
_BEFORE_POSTCODE = re.compile(r"\b[A-Z][\w.'-]*[ ,^]{1,3}$")  # "Cheras 56000", "MN 55804", "DULUTH^MN^55804"
_FIELD = re.compile(r"\S+(?:[ \t]\S+)*")  # text between line ends and gaps of 2+ spaces
# A fraction, not a day and month: "x 7/7" (for seven days), visual acuity "VA 6/6", "STOP-BANG 6/8"
_FRACTION = re.compile(r"\d{1,2}/\d{1,2}")
_FRACTION_BEFORE = re.compile(r"(?:\bx|×|\b[RL]E?|\bO[DSU]|(?i:\bVA|acuity|vision|Snellen|\bscored?|\bscale|"
                              r"\btotal|BANG))[ \t]*:?[ \t]*$")
_FRACTION_AFTER = re.compile(r"\s*(?:days?|weeks?|months?|(?i:points?|criteria|positive|present))\b")
_ABBREVIATION_END = re.compile(r"(?<=[ \t\d])(?:St|Rd|Ave|Tce|Blvd|Ln|Pl|Ct|Cres|Pde|Hwy|Sq|Jr|Sr|jr|sr|Jan|Feb|Mar|"
                               r"Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
                               r"inst|ult|prox)$")  # "the 12th inst."


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


def resolve(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans: at each position the longest match wins, then the earliest; a span that
    overlaps the one before and reaches past it keeps its remainder (merged when of the same kind)."""
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if chosen and span.start < chosen[-1].end:
            if span.end > chosen[-1].end:
                if span.kind == chosen[-1].kind:
                    chosen[-1] = Span(chosen[-1].start, span.end, span.kind)
                else:
                    chosen.append(Span(chosen[-1].end, span.end, span.kind))
            continue
        chosen.append(span)
    return chosen


def join_pieces(text: str, spans: list[Span]) -> list[Span]:
    """One span for an identifier found in pieces around a comma: an address line ("Flat 12B, Tower 3" +
    "Laguna City") or an inverted name with its surname in capitals ("WHITFIELD" + "DeShawn Marcus")."""
    joined: list[Span] = []
    for span in spans:
        if joined and span.kind == joined[-1].kind and text[joined[-1].end:span.start] in (",", ", "):
            previous = joined[-1]
            if span.kind == "LOCATION" or span.kind == "NAME" and text[previous.start:previous.end].isupper():
                joined[-1] = Span(previous.start, span.end, span.kind)
                continue
        joined.append(span)
    return joined


_GERMAN_DAY_MONTH = re.compile(r"\d{1,2}\.\d{1,2}\.")
_DIGRAPH_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.){2,4}")


def _trim_possessive(text: str, span: Span) -> Span:
    end = span.end
    while end > span.start and text[end - 1] in ".,;:'’ ":
        if text[end - 1] == "." and end - span.start >= 2 and text[end - 2].isupper() and \
                (end - span.start == 2 or not text[end - 3].isalpha()):
            break  # the full stop of an initial: "K.M.O.", "Maeve A."
        if _DIGRAPH_INITIALS.fullmatch(text, span.start, end):
            break  # initials with a Polish digraph: "M.Ch.", "K.Sz."
        if text[end - 1] == "." and _ABBREVIATION_END.search(text, span.start, end - 1):
            break  # the full stop of an abbreviation: "Sampaguita St.", "12 Nov."
        if span.kind == "DATE" and _GERMAN_DAY_MONTH.fullmatch(text, span.start, end):
            break  # a German day and month end in a full stop: "am 20.03. durch"
        end -= 1
    if text[end:end + 1] == "'" and text[end - 2:end] == "ng" and span.kind == "NAME":
        end += 1  # a Luo name ends in an apostrophe: "Achieng'"
    if text[max(span.start, end - 2):end] in ("'s", "’s"):
        end -= 2
    return Span(span.start, end, span.kind)


def _with_weekday(text: str, span: Span) -> Span:
    """A date moved back over the weekday written before it: "Sat 25 Jan 2025", "Thursday 13 March 2025"."""
    weekday = _WEEKDAY_BEFORE.search(text, max(0, span.start - 12), span.start) if span.kind == "DATE" else None
    return Span(weekday.start(), span.end, span.kind) if weekday else span


def _with_initials(text: str, span: Span) -> Span:
    """A name moved back over the initials before it: "A. Venkatesh", "J. R. Okafor"."""
    initials = _INITIALS_BEFORE.search(text, max(0, span.start - 8), span.start)
    return Span(initials.start(), span.end, span.kind) if initials and span.kind == "NAME" else span


_FUNCTION_WORD_ZIPF = 5.0  # a short word this common is no name's or place's own: "am", "no", "is", "new"


_MAC = re.compile(r"Ma?c(?=[A-Z])")


def _mac_initials(names: list[str]) -> set[str]:
    """Initials that keep a Scottish or Irish surname's prefix: "MMcG" for "Mairead McGonigal"."""
    initials = set()
    for name in names:
        words = [w for w in _TOKEN.findall(name) if w[0].isupper()]
        if 2 <= len(words) <= 4 and any(_MAC.match(w) for w in words):
            initials.add("".join(w[:len(m.group()) + 1] if (m := _MAC.match(w)) else w[0] for w in words))
    return initials


def _propagate(text: str, spans: list[Span], vocabulary: frozenset[str], initials: bool = False) -> list[Span]:
    """Mark every other occurrence of a found name/place token (not a title or a medical word), in capitals
    too ("GLENN" of Glenn, a transcript's speaker "MARCUS:"), a name's word found in capitals in title case too
    ("Jaylen" of WHITFIELD, JAYLEN R; not "Discharge" or "Nefrologia"), and with `initials` the initials of a
    found name standing alone ("NW" of Nancy Wanjiru signing a chart; not of a name inside a street's) and found
    initials again ("RL" signing a row, then a note). A name's word found again after the initial of another word of
    that name takes the initial in ("P Raghunathan" of Priya Raghunathan), and so does a first name before the initial
    of its surname ("Grace A." of Grace Anyango); a found name or place of several words is found again whole ("TAN HUI
    MIN, JOANNE" signing a page's footer, whose short capital words alone would pass for acronyms; "Al Barsha")."""
    first_names, surnames = personal_names()
    speakers = dialogue_labels(text)
    places = [s for s in spans if s.kind == "LOCATION"]
    signers = (text[s.start:s.end] for s in spans if s.kind == "NAME" and  # not "SP" of "Rua Dr. Sales Pereira"
               not any(p.start <= s.start and s.end <= p.end and p.end - p.start > s.end - s.start for p in places))
    signers = list(signers)
    tokens: dict[str, str] = dict.fromkeys(name_initials(signers) | _mac_initials(signers) if initials else (), "NAME")
    initials_of: dict[str, set[str]] = {}  # a name's word -> the initials of its other words
    for span in spans:
        value = text[span.start:span.end]
        if span.kind == "NAME" and len(words := _TOKEN.findall(value)) > 1:
            if value[0].isalpha() and value[-1].isalpha() and " " in value and "\n" not in value and \
                    (value.isupper() or not any(w.isupper() and len(w) <= 3 for w in words)):
                tokens.setdefault(value, "NAME")  # not "Grade II", "Syrian ID" (a word and an abbreviation)
            for word in words:
                initials_of.setdefault(word, set()).update(w[0] for w in words if w != word and w[0].isupper())
        if span.kind == "LOCATION" and " " in value and "\n" not in value and value[0].isalpha() and \
                value[-1].isalpha() and not any(c.isdigit() for c in value):
            tokens.setdefault(value, "LOCATION")  # whole, with a short word of its own: "Al Barsha", "Am Deich"
        if initials and span.kind == "NAME" and _INITIALS.fullmatch(value) and value.lower() not in vocabulary:
            tokens.setdefault(value, "NAME")
        if span.kind in ("NAME", "LOCATION"):
            for tok in _TOKEN.findall(text[span.start:span.end]):
                tok = tok.rstrip("'’")
                if len(tok) > 1 and tok not in _TITLES and tok.lower() not in vocabulary and \
                        not (tok.isupper() and len(tok) <= 5) and \
                        not (tok.islower() and common_words().get(tok, 0.0) >= RARE_ZIPF) and \
                        not (len(tok) <= 3 and common_words().get(tok.lower(), 0.0) >= _FUNCTION_WORD_ZIPF and
                             tok.lower() not in NAME_PARTICLES):
                    # not acronyms ("SA" of "FCP(SA)", "PACU", "MD"), lower-case English words ("in") nor a short
                    # common word of a place or name ("Am" of "Am Deich 48", "No" of "H.No. 112"; a particle, "Al" of
                    # "Al Barsha", still is)
                    tokens.setdefault(tok, span.kind)
                    if tok.istitle() and (tok.upper() in speakers and span.kind == "NAME" or
                                          common_words().get(tok.lower(), 0.0) < 4.0 and (
                            span.kind == "LOCATION" or fold(tok) in first_names or fold(tok) in surnames)):
                        # "GLENN" of Glenn, "KAWEMPE", a speaker "MARCUS:" of Marcus Bell; not "KESIHATAN"
                        tokens.setdefault(tok.upper(), span.kind)
                    elif tok.isupper() and span.kind == "NAME" and name_like(tok):
                        tokens.setdefault(tok.title(), "NAME")  # "Jaylen" of WHITFIELD, JAYLEN R
    found = [Span(*m) for m in cjk_repeats(text, ((text[s.start:s.end], s.kind) for s in spans))]
    if not tokens:
        return spans + found
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(tokens, key=len, reverse=True))) + r")\b(?!&)")
    for m in pattern.finditer(text):
        initial = _INITIAL_BEFORE.search(text, max(0, m.start() - 3), m.start())
        start = initial.start() if initial and initial[1] in initials_of.get(m.group(), ()) else m.start()
        after = _INITIAL_AFTER.match(text, m.end())
        end = after.end() if after and after[1] in initials_of.get(m.group(), ()) else m.end()
        found.append(Span(start, end, tokens[m.group()]))
    return spans + found


def _joined_names(text: str, spans: list[Span], vocabulary: frozenset[str]) -> list[Span]:
    """First names joined by "and" to a found one-word name ("Aroha and Nikau"), places to a found place
    ("Soweto and Diepkloof"), the initial after a found one-word name ("Owen P."), the surname after a found
    first name ("Ella Thao") and a signer's partner across a slash ("JT/MB"): not English or medical words."""
    first_names, _ = personal_names()
    joined = []
    for span in spans:
        value = text[span.start:span.end]
        if span.kind == "NAME" and _SIGNER_SHAPE.fullmatch(value):
            before = _SLASH_PARTNER_BEFORE.search(text, max(0, span.start - 40), span.start)
            for m in (_SLASH_PARTNER_AFTER.match(text, span.end), before):
                if m and (len(m.group(1)) <= 3) == (len(value) <= 3) and m.group(1) not in _ROLE_ABBREVIATION and \
                        m.group(1).lower() not in vocabulary:
                    joined.append(Span(m.start(1), m.end(1), "NAME"))
        if span.kind not in ("NAME", "LOCATION") or not value.istitle() or " " in value:
            continue
        surname = _SURNAME_AFTER.match(text, span.end) if span.kind == "NAME" else None
        if surname and (surname.group(1).endswith(".") or fold(value) in first_names and
                        surname.group(1) not in _TITLES and surname.group(1).lower() not in vocabulary and
                        common_words().get(surname.group(1).lower(), 0.0) < RARE_ZIPF):
            joined.append(Span(span.start, surname.end(1), "NAME"))
        before = _JOINED_BEFORE.search(text, max(0, span.start - 30), span.start)
        for m in (_JOINED_AFTER.match(text, span.end), before):
            if m and m.group(1).lower() not in vocabulary and m.group(1) not in _TITLES and \
                    common_words().get(m.group(1).lower(), 0.0) < 4.0:
                joined.append(Span(m.start(1), m.end(1), span.kind))
    return joined


def _repeated_numbers(text: str, spans: list[Span]) -> list[Span]:
    """Every other occurrence of a found identifier number with a letter or a dash and three digits in it, a kit or
    subject number labelled once and then listed in a table's column ("kit K1012", "| K1012 |")."""
    values = {text[s.start:s.end]: s.kind for s in spans if s.kind in _NUMBER_KINDS and s.end - s.start >= 5}
    values = {v: k for v, k in values.items() if sum(c.isdigit() for c in v) >= 3 and re.search(r"[A-Za-z-]", v)}
    if not values:
        return []
    alternatives = "|".join(map(re.escape, sorted(values, key=len, reverse=True)))
    pattern = re.compile(rf"(?<![\w-])({alternatives})(?![\w-])")
    return [Span(m.start(), m.end(), values[m.group()]) for m in pattern.finditer(text)]


def _off_table_headers(text: str, spans: list[Span]) -> list[Span]:
    """The spans without the names and places read into a table's header line ("PatientName,DOB,Sex,Payer")."""
    if not spans or not (headers := table_header_lines(text)):
        return spans
    return [s for s in spans if s.kind not in ("NAME", "LOCATION") or not any(a <= s.start < b for a, b in headers)]


def _has_form_of(text: str, start: int, end: int, kind: str) -> bool:
    """Whether a value the tagger proposes looks like its kind: not "- Gore" as a serial number, "HCPCS
    J2357" as a name, words as a URL, "92/54" as a date, "NDC 0078-0126-05" as an ID, or a bare number
    after no place ("cholecystectomy, 47563") as a postcode, or "x 7/7" as a date."""
    value = text[start:end]
    has_digit = any(c.isdigit() for c in value)
    if kind in _NUMBER_KINDS and not has_digit or kind == "NAME" and has_digit or \
            kind in ("URL", "EMAIL", "IP") and " " in value:
        return False
    if kind not in ("NAME", "DATE", "AGE") and medical_code_at(text, start):
        return False
    if kind == "LOCATION" and value.isdigit() and not _BEFORE_POSTCODE.search(text, max(0, start - 30), start):
        return False
    if kind == "DATE" and _FRACTION.fullmatch(value) and (_FRACTION_BEFORE.search(text, max(0, start - 12), start)
                                                       or _FRACTION_AFTER.match(text, end)):
        return False
    return tagged_value_plausible(kind, value)


def _load_ner(model: str):
    """The spaCy pipeline reduced to what NER needs. In en_core_web_sm the NER has its own embedding
    layer, so the shared tok2vec goes too (same entities, ~1.5x faster); models whose NER listens to
    the shared tok2vec keep it."""
    import spacy

    unused = ["lemmatizer", "parser", "attribute_ruler", "tagger", "senter", "morphologizer"]
    try:
        nlp = spacy.load(model, exclude=[*unused, "tok2vec"])
        nlp("Seen by Dr. Ann Lee in Boston.")
        return nlp
    except (ValueError, KeyError):
        return spacy.load(model, exclude=unused)


def resolve_engine(config: PhiConfig) -> str:
    """The engine a run uses: "auto" becomes rules+spacy when the model is installed, else rules."""
    import importlib.util

    available = importlib.util.find_spec("spacy") is not None and \
        importlib.util.find_spec(config.spacy_model) is not None
    if config.engine == "rules+spacy" and not available:
        raise RuntimeError(f"phi.engine 'rules+spacy' needs spaCy and {config.spacy_model}: "
                           "pip install 'megatron_med[phi-ner]' (or set phi.engine=rules)")
    if config.engine == "auto":
        return "rules+spacy" if available else "rules"
    return config.engine


class PhiScrubber:
    """Detects and replaces identifiers; build one per worker (spaCy loads once)."""

    def __init__(self, config: PhiConfig) -> None:
        self.config = config
        self.kinds = set(config.kinds or KINDS)
        self.vocabulary = medical_vocabulary()
        self.nlp = None
        self.gazetteer = Gazetteer(self.vocabulary) if config.gazetteer else None
        self.tagger = PhiTagger(self.vocabulary, config.tagger_model or MODEL_PATH,
                                config.tagger_threshold) if config.tagger else None
        self.engine = resolve_engine(config)
        if self.engine == "rules+spacy":
            self.nlp = _load_ner(config.spacy_model)

    def _person_or_place(self, text: str, start: int, end: int, kind: str, capitals: bool = False) -> bool:
        """Whether a name or place proposed by NER or the tagger (no digits) survives the filters; one in
        capitals only with `capitals`."""
        words = _TOKEN.findall(text[start:end])
        if not words or not text[start].isupper() or not plausible(kind, text[start:end]) or eponym_at(text, end):
            return False
        if start and (text[start - 1].isalnum() or text[start - 1] in "/-"):
            return False  # glued to the word before: a unit ("mEq/L. Switch"), not a name
        if all(w.rstrip("'’s").lower() in self.vocabulary or w.lower() in self.vocabulary for w in words):
            return False  # an eponym, drug or anatomy word, not a person or a place
        return self.gazetteer is None or not self.gazetteer.rejects_entity(text, start, end, capitals)

    def _ner_spans(self, doc) -> list[Span]:
        spans = [Span(ent.start_char, ent.end_char, _SPACY_KINDS[ent.label_]) for ent in doc.ents
                 if ent.label_ in _SPACY_KINDS]
        return [s for s in spans if self._person_or_place(doc.text, s.start, s.end, s.kind)]

    def _tagger_spans(self, text: str, hints: list[Span]) -> list[Span]:
        """The tagger's spans, cut at line ends and column gaps; names and places filtered as NER's are."""
        spans = []
        for start, end, kind in self.tagger.spans(text, [(h.start, h.end, h.kind) for h in hints]):
            for piece in _FIELD.finditer(text, start, end):
                if not _has_form_of(text, piece.start(), piece.end(), kind):
                    continue
                if kind in ("NAME", "LOCATION") and not any(c.isdigit() for c in piece.group()) and \
                        not self._person_or_place(text, piece.start(), piece.end(), kind, capitals=True):
                    continue
                spans.append(Span(piece.start(), piece.end(), kind))
        return spans

    def _rule_spans(self, text: str) -> list[Span]:
        spans = [Span(s, e, k) for s, e, k in (*find_rule_spans(text), *find_speech_spans(text))]
        if labels := dialogue_labels(text):
            spans = [s for s in spans if s.kind != "NAME" or not speech_after_label(text, s.start, labels)]
        if self.gazetteer is not None:
            spans += [Span(s, e, k) for s, e, k in self.gazetteer.spans(text)]
        return self._tidy(text, _off_table_headers(text, spans))

    def hints(self, text: str, rule_spans: list[Span] | None = None) -> list[Span]:
        """The rules' and gazetteers' spans, propagated: what the tagger is given, in training and in use."""
        spans = self._rule_spans(text) if rule_spans is None else rule_spans
        return resolve(_propagate(text, spans, self.vocabulary))

    def detect(self, text: str, ner_doc=None) -> list[Span]:
        """Non-overlapping identifier spans, sorted by position (`ner_doc`: spaCy's parse of `text`).

        Text that looks like OCR output is read through `ocr_repaired` (same length, so the spans hold)."""
        repaired = ocr_repaired(text)
        if repaired is not None:
            text, ner_doc = repaired, None
        spans = self._rule_spans(text)
        learned = []
        if self.tagger is not None:
            learned += self._tagger_spans(text, self.hints(text, spans))
        if self.nlp is not None:
            learned += self._ner_spans(ner_doc if ner_doc is not None else self.nlp(text))
        spans += self._tidy(text, _off_table_headers(text, learned))
        spans = _propagate(text, spans + _joined_names(text, spans, self.vocabulary), self.vocabulary, initials=True)
        spans += _repeated_numbers(text, spans)
        return [s for s in join_pieces(text, resolve(spans)) if s.kind in self.kinds]

    @staticmethod
    def _tidy(text: str, spans: list[Span]) -> list[Span]:
        """Spans without a trailing possessive or full stop, with the initials before a name and the weekday
        before a date."""
        spans = [_with_weekday(text, _with_initials(text, _trim_possessive(text, s))) for s in spans]
        return [s for s in spans if s.end > s.start]

    def scrub_batch(self, texts: list[str]) -> list[tuple[str, Counter]]:
        """`scrub` for many texts, with spaCy's batched pipe."""
        if self.nlp is None:
            return [self.scrub(text) for text in texts]
        return [self.scrub(text, doc) for text, doc in zip(texts, self.nlp.pipe(texts, batch_size=64), strict=True)]

    def scrub(self, text: str, ner_doc=None) -> tuple[str, Counter]:
        """Text with each identifier replaced by its placeholder, and the replacements per kind."""
        spans = self.detect(text, ner_doc)
        parts, last = [], 0
        for span in spans:
            parts += [text[last:span.start], self.config.placeholder.format(kind=span.kind)]
            last = span.end
        parts.append(text[last:])
        return "".join(parts), Counter(s.kind for s in spans)
