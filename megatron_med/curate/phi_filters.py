"""What is no identifier: the filters applied to rule, gazetteer and NER candidates.

Pronouns, titles, role words, acronyms, headings, departments, product names, state names and drug-name
stems are no names; a word followed by a disease, sign, test or instrument noun is an eponym; an
organisation's words end a name.
"""

from __future__ import annotations

import re

from megatron_med.curate.lexicon import medical_words
from megatron_med.curate.phi_words import (
    NAME_PARTICLES,
    OTHER_MONTHS,
    RARE_ZIPF,
    big_cities,
    common_words,
    english_zipf,
    fold,
    personal_names,
    places,
)

STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
    "ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|Alabama|Alaska|Arizona|Arkansas|California|"
    "Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|"
    "Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|"
    "Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|"
    "Washington|West Virginia|Wisconsin|Wyoming"
)
_STOP = frozenset("""I I'm Im He She They We You It His Her Their Our My Your The This That These Those
However Patient Pt Patients He's She's There Here Today Yesterday Tomorrow Then When While Also And But Or
If So No Yes Not Please Thank Thanks Dear Hello Hi Note Plan Assessment History Impression Exam Per
Dr Doctor Mr Mrs Ms Contact Caller Callback Employee Resident Proband Member Client Subject Nurse
Wife Husband Son Daughter Mother Father Sister Brother Partner Friend Parent Parents Family None Unknown
Practitioner Case Manager Assessment Educator Navigator Supervisor Specialist Station Staff Team Triage Call
Colleague Colleagues Sir Madam Mdm Hon Sirs All Everyone Whom Concern Re Fwd Subject Dra Consultant Registrar Physician
Surgeon Officer Director Lead Head Senior Junior Clinical Occupational Custodian Records After Before Since During
Within Over About Around For From Until Every Each Last Next First Second Third Only Just Still Initially Overall
Approximately
""".split())
# DTaP, G2P1, proBNP, QuantiFERON, PharmD, KCl, UTIs; not McAllister or DeShawn
_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]+[A-Z]|\d|^[a-z]+[A-Z]|[a-z][A-Z]{2}|[a-z][A-Z](?![a-z])|^[A-Z]{2,}s$|"
                      r"[A-Z]{2,}[a-z]{1,2}$")
_MC = re.compile(r"\b(?:Mc|Mac)(?=[A-Z]{2})")  # "McKENZIE" is a surname in capitals, not an acronym like "cKE"
# a department or form word, not a name: "Redeterminations", "Neurosurgery", "SHO Psychiatry", "Orthopaedics"
_DEPARTMENT = re.compile(r"(?i:tions?|ments?|ness|ology|ologies|surgery|iatry|iatrics|paedics|pedics|stetrics)$")
_CAMEL_CASE = re.compile(r"\b(?!Mac|Van|Von|Del|Des|Dal|Den|Der)[A-Z][a-z]{2,}[A-Z][a-z]")
# Words of an organisation's name: a name or place followed by one is not a person ("Pinecrest Health Plan")
ORG_WORDS = frozenset("""hospital hospitals clinic clinics health healthcare medical center centre university
pharmacy plan insurance care home homes laboratory laboratories labs lab trust foundation institute group inc
ltd llc corp company practice surgery partners associates imaging radiology diagnostics services hospice
rehabilitation rehab nursing society college school academy church ward unit department community general
memorial regional orthopaedics orthopedics pediatrics paediatrics cardiology oncology accounts receivable
billing claims records office team benefits pavilion governance assurance mutual dental pharmaceuticals
systems council agency police service board authority ministry court elementary kindergarten nursery
ysbyty adran meddygfa canolfan ziekenhuis medisch centrum klinik klinikum krankenhaus praxis hôpital hopital
clinique ospedale hospital clínica clinica centro logistics ltd limited plc gmbh
""".split())
_EPONYM_AFTER = re.compile(r"(?:'s?|’s?)?\)?(?-i:[- ][A-Z][a-z]+(?:'s?|’s?)?| [A-Z](?= ))?"
                           r"(?-i:(?:,\s+|\s+(?:and|or|&)\s+)[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:'s?|’s?)?){0,3}"
                           r"(?:\s*\([^)\n]{1,40}\))?(?-i: [a-z]+)?"
                           r"\s+(?:disease|syndrome|sign|negative|positive|normal|abnormal|needle|"
                           r"stage|grade|level|thickness|lesion|spot|murmur|pupil|pouch|triangle|protocol|method|"
                           r"index|equation|formula|angle|line|space|staging|regimen|technique|approach|effect|"
                           r"ratio|principle|crisis|fever|virus|membrane|capsule|duct|canal|gland|ligament|"
                           r"artery|vein|nerve|area|zone|cycle|curve|valve|score|view|chart|questionnaire|"
                           r"phenomenon|palsy|triad|"
                           r"complex|test|criteria|score|classification|scale|lymphoma|sarcoma|tumou?r|"
                           r"reflex|maneuver|manoeuvre|procedure|operation|ulcer|node|nodes|variant|type|"
                           r"reaction|law|rule|stain|cells?|bod(?:y|ies)|fracture|hernia|catheter|"
                           r"tube|incision|position|fundoplication|anastomosis|shunt|repair|solution|acid|cream|"
                           r"ointment|drops|injection|syrup|inhaler|patch|grid|focus|medium|class|lines|risk|frame|"
                           r"biosimilar|foam|gel|spray|pen|head|stem|cup|liner|screw|nail|surgery|surgeon|tonometry|"
                           r"agar|broth|red|bundle|wire|pin|device|monitor|occluder|rod|granule|block|splint|cast|"
                           r"brace|retractor|forceps|clamp|blade|definition|rules|maneuvers)(?:e?s)?\b",
                           re.IGNORECASE)
_NUMBER_WORD = re.compile(r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|one|two|three|"
                          r"four|five|six|seven|eight|nine|ten|eleven|twelve|hundred)[.,]?")
_STATE_RE = re.compile(rf"(?:{STATES})")
# International nonproprietary name stems: apixaban, adalimumab, lisinopril, atorvastatin ...
DRUG_STEMS = (r"mab|nib|aban|gatran|pril|sartan|olol|statin|prazole|conazole|mycin|cillin|floxacin|cycline|gliptin|"
              r"gliflozin|glutide|parin|dipine|lukast|triptan|setron|dronate|tidine|zepam|zolam|profen|coxib|parib|"
              r"vudine|previr|buvir|gravir|navir")
_DRUG_STEM = re.compile(rf"\w{{3,}}(?:{DRUG_STEMS})", re.IGNORECASE)
_COMMON_SURNAME_ZIPF = 3.5  # a census surname is read as English from this frequency ("WARD", not "LIM", "HUA")


def _mostly_english(value: str) -> bool:
    """Half or more of the words are common English: "PATIENT SAFETY EVENT REPORT", not "NUR AISYAH BINTI" nor
    "JESSICA CAROLINA ALVES" (a first name is no English word here), nor "LIM GEOK HUA" (a surname that is a
    rare English word is none either)."""
    words = [w for w in value.lower().split() if w not in NAME_PARTICLES]  # "MARIA DAS GRAÇAS FONTOURA"
    first_names, surnames = personal_names()
    return sum(common_words().get(w, 0.0) >= (_COMMON_SURNAME_ZIPF if fold(w) in surnames else RARE_ZIPF)
               and fold(w) not in first_names for w in words) * 2 >= len(words)


def plausible_name(value: str) -> bool:
    """False for pronouns, titles, form labels, acronyms (MD, DTaP) and state names."""
    if re.fullmatch(r"[A-Z](?:[.-][A-Z]{1,2}){1,3}\.?", value):
        return True  # initials: "K.M.O.", "K-MB"
    if value.islower():  # after a lower-case title in a hurried note ("per dr asante-boateng"): no English word
        words = [w for w in re.split(r"[ ,'’-]+", value) if w]  # nor a medical one ("fever, lymphadenopathy")
        return all(common_words().get(w, 0.0) < 3.5 and w not in medical_words() for w in words)
    if not value.strip() or _CAMEL_CASE.search(value):
        return False  # empty, or a product: "CanRisk", "BlueHarbor", "MedStation" (not "MacKenzie", "DeShawn")
    first = value.split()[0]
    if _NUMBER_WORD.fullmatch(first):
        return False  # a number said: "Seventy-eight. Brian."
    if "," in value and any(w in _STOP for w in value.split(",", 1)[1].split()):
        return False  # "MFOM, Consultant Occupational"
    if value.isupper() and len(value.split()) >= 3 and "," not in value and _mostly_english(value) or \
            first.lower() in ORG_WORDS or _DEPARTMENT.search(value):
        return False  # a heading ("PATIENT SAFETY EVENT REPORT") or an organisation ("Department of ...")
    acronym = _ACRONYM.search(_MC.sub(lambda m: m.group().upper(), value))
    return (first not in _STOP and not (len(value) <= 5 and value.isupper()) and not acronym
            and not _STATE_RE.fullmatch(value) and not any(_DRUG_STEM.fullmatch(w) for w in value.split()))


def plausible(kind: str, value: str) -> bool:
    """Filter for NAME and LOCATION candidates (no state or country is a place to hide); addresses and ZIP codes
    (with digits) always pass."""
    if kind == "NAME":
        return plausible_name(value)
    if kind == "LOCATION" and not any(c.isdigit() for c in value):
        return (value.split()[0] not in _STOP and not _STATE_RE.fullmatch(value) and fold(value) not in places()[1]
                and not (len(value) <= 5 and value.isupper()) and not _ACRONYM.search(value))
    return True


_RARE_PLACE_ZIPF = 2.5  # below this Zipf frequency a word no medical dictionary holds can be a place's name
_COMMON_TOWN_ZIPF = 3.5  # from this frequency a known town's name is read as the word it also is ("Oral")


def _medical_word(word: str) -> bool:
    """A medical word, in the plural or British spelling too ("OUTPATIENTS", "HAEMODIALYSIS")."""
    return any(form in medical_words() for form in (word, word.removesuffix("s"), word.replace("ae", "e")))


def known_place(value: str) -> bool:
    """A big city, or a known town that is no common English word ("SÃO PAULO"; not "TRANSFUSIONAL")."""
    folded = fold(value)
    return folded in big_cities() or (folded in places()[0] and english_zipf(folded) < _COMMON_TOWN_ZIPF)


def place_like(value: str) -> bool:
    """A place named after a weak cue (a route, a hotel, a hospital's name): a big city, a known town that is no
    common English word, or a rare word that is no medical one ("Varsavia", "KILIMANI"; not "Oral",
    "Intravenous", "PAEDIATRIC", "PAEDIATRICS")."""
    folded = fold(value)
    known = known_place(value)
    rare = all(english_zipf(word) < _RARE_PLACE_ZIPF and not _medical_word(word) for word in folded.split())
    return (known or rare) and not _DEPARTMENT.search(value) and plausible("LOCATION", value)


def surname_like(value: str) -> bool:
    """A name in capitals after a weak cue (a title, a degree): a word of it a census surname and every medical
    word in it a name too ("WONG", "TAN BEE LIAN", "JOSE MIGUEL R. SANTOS", "MUÑOZ"; not "INTERNAL MEDICINE")."""
    words = [fold(w.strip(".")) for w in value.split()]
    first_names, surnames = personal_names()
    return any(w in surnames for w in words) and all(
        w in surnames or w in first_names for w in words if w in medical_words())


def eponym_at(text: str, end: int) -> bool:
    """True when the word ending at `end` names a disease, sign or test (Graves' disease, Bell palsy)."""
    return _EPONYM_AFTER.match(text, end) is not None


def before_organisation(text: str, start: int, end: int) -> int:
    """End of a name cut before an organisation word: "Northfield University Hospital" -> "Northfield";
    `start` (nothing left) when the word right after it is one: "Great Northern Life Benefits"."""
    for m in re.finditer(r"\S+", text[start:end]):
        if m.start() and m.group().lower().rstrip(".,") in ORG_WORDS:
            if re.match(r" [a-z]", text[start + m.end():start + m.end() + 2]):
                return start + len(text[start:start + m.start()].rstrip())
            return start
    following = re.match(r" ([A-Za-z]+)", text[end:end + 30])
    return start if following and following.group(1).lower() in ORG_WORDS else end


# English month names, stems of French, Spanish, Portuguese, German and Tagalog ones, and OTHER_MONTHS
_MONTH_WORD = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                         r"janv|f[ée]v|avr|mai|juin|juil|ao[uû]t|d[ée]c|ene|abr|ago|dic|dez|m[äa]r[sz]|okt|"
                         r"pebr|hun|hul|set|nob|dis|maio|junh|julh|outu|" + "|".join(OTHER_MONTHS) + r")\w*")
_NUMERIC_DATE = re.compile(r"\d{1,4}(?:[/.-]\d{1,4}){1,2}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_IP_FORM = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:]{2,}")
_ORDINAL_DAY = re.compile(r"(?:the )?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)", re.IGNORECASE)


def _numeric_date(value: str) -> bool:
    """"3/9", "24.02", "06/2023", "2024-10-03", "03.04.40": a day and a month, or a month, and at most one
    year (four digits from 1900, or the last of three parts); not "92/54", "110/70" or "1958-1970"."""
    parts = re.split(r"[/.-]", value)
    year_at = next((i for i, p in enumerate(parts) if len(p) == 4), 2 if len(parts) == 3 else None)
    if year_at is not None and len(parts[year_at]) == 4 and not _YEAR.fullmatch(parts[year_at]):
        return False
    day_month = [int(p) for i, p in enumerate(parts) if i != year_at]
    if len(day_month) == 1:
        return 1 <= day_month[0] <= 12  # "06/2023"
    return all(1 <= n <= 31 for n in day_month) and min(day_month) <= 12


_DBSNP = re.compile(r"rs\d{3,10}")


def tagged_value_plausible(kind: str, value: str) -> bool:
    """Whether a value the learned tagger proposes has the form of its kind: a date is a numeric date, an
    8-digit date, an ordinal day or has a month word; an age is over 89; a bare number is no place unless
    it is a 4-6 digit postcode and not a year; a phone has seven digits, an IP address four octets (or is
    IPv6); other identifiers have digits."""
    digits = sum(c.isdigit() for c in value)
    if kind == "DATE":
        if _MONTH_WORD.search(value):
            return True
        compact = value.strip(" ,;")
        return _NUMERIC_DATE.fullmatch(compact) is not None and _numeric_date(compact) or \
            compact.isdigit() and len(compact) == 8 or _ORDINAL_DAY.fullmatch(compact) is not None
    if kind == "AGE":
        return value.isdigit() and int(value) >= 90 or not value.isdigit() and digits > 0
    if kind == "LOCATION" and value.isdigit():
        return 4 <= len(value) <= 6 and not _YEAR.fullmatch(value)
    if kind in ("PHONE", "FAX"):
        return digits >= 7  # not a cell of a table of readings: "158/84", "300"
    if kind == "IP":
        return _IP_FORM.search(value) is not None
    if _DBSNP.fullmatch(value):
        return False  # a variant's dbSNP id, "rs4244285", is no record number
    if kind in ("BIOMETRIC", "ID", "DEVICE"):
        return digits > 0 and len(value) >= 4
    return True
