"""Regular-expression and context rules for the HIPAA Safe Harbor identifier kinds.

Each rule yields (start, end, kind) for the identifier itself, never its label: in "MRN: 0045821"
only "0045821" is PHI. Names come from context (titles, form labels, credentials, family relations,
"X is a 54-year-old"); `phi.py` then propagates every found name token through the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from megatron_med.curate.phi_checked import find_checked_numbers
from megatron_med.curate.phi_cjk import find_cjk_spans
from megatron_med.curate.phi_filters import (
    STATES,
    before_organisation,
    known_place,
    place_like,
    plausible,
    surname_like,
)
from megatron_med.curate.phi_lists import find_listed_subjects
from megatron_med.curate.phi_logins import find_log_ins
from megatron_med.curate.phi_lowercase import find_lower_case_names
from megatron_med.curate.phi_scripts import find_script_spans
from megatron_med.curate.phi_signatures import find_signature_spans
from megatron_med.curate.phi_travel import find_travel_spans
from megatron_med.curate.phi_web import find_web_spans
from megatron_med.curate.phi_words import OTHER_MONTHS

_UPPER = "A-ZÀ-ÖØ-ÞĀĒĪŌŪŁŚŹŻČĆĎĚŇŘŠŤŮŽŐŰĞŞİ"
_LETTER = "a-zA-ZÀ-ÖØ-öø-ÿ\u0100-\u017f'’"  # with Latin-1 and Extended-A: "Aydoğan", "Dvořák", "GRAÇAS"
_LOWER = "a-zß-öø-ÿ\u0100-\u017f'’-"  # a name's letters after its capital: "Mehmedović"
_NAME_TOKEN = (rf"(?:(?:[A-Z]\.){{1,4}}|(?:d['’])?[{_UPPER}][{_LETTER}]*"
               rf"(?:-[{_UPPER}a-z][{_LETTER}]*)?(?!\d))")
_PARTICLE = (r"(?:(?:van|von|de|da|del|dela|delos|der|den|di|dos|du|le|la|ter|ten|bin|binti|binte|bint|ben|bat|al|el|"
             r"ibn|mac|st\.|Ó|Ní|Nic|Mac|Ua|Te|ap|a/l|a/p|s/o|d/o|vd) )")
_CAPS_PARTICLE = r"(?:(?:VAN|VON|DE|DA|DEL|DELA|DER|DEN|DOS|DU|LE|LA|TER|BIN|BINTI|AL|EL|MAC|ST\.?) )"
NAME = rf"{_NAME_TOKEN}(?: {_PARTICLE}{{0,2}}{_NAME_TOKEN}){{0,4}}"  # "Annelie van der Merwe"
_NAME_2PLUS = rf"{_NAME_TOKEN}(?: {_PARTICLE}?{_NAME_TOKEN}){{1,2}}"
_ROLE_AFTER_COMMA = (r"(?!(?:Charge|Staff|Senior|Junior|Consultant|Registered|Clinical|Nurse|Head|Lead|Ward|Specialist|"
                     r"Manager|Director|Officer|Registrar|Resident|Attending|Physician|Surgeon|Midwife|Pharmacist|"
                     r"Magistrate|Judge|Justice)\b)")
# After a form label: "HALVORSEN, Ingrid M", "Oduya, Femi", "nguyen, j." (surname first, lower-case sign-offs);
# not "Ewan MacLeod, Charge Nurse"
_NAME_INVERTED = (rf"{_PARTICLE}{{0,2}}{_NAME_TOKEN}(?: {_PARTICLE}?{_NAME_TOKEN}){{0,2}},[ \t]?{_ROLE_AFTER_COMMA}"
                  rf"{_NAME_TOKEN}(?:[ \t]{_NAME_TOKEN}){{0,2}}(?![a-zA-Z])")
_NAME_LOWER = r"[a-z][a-z'’-]+,[ \t]?(?:[a-z][a-z'’-]+|[a-z]\.?)(?![a-zA-Z])"  # "nguyen, j.", "okafor, chidinma"
_LABELLED_NAME = rf"(?:{_NAME_INVERTED}|{NAME}|{_NAME_LOWER})"
# "OÄ Dr. Sevim Kaya", an Austrian "Mag. Theresia Grünwald", an Egyptian "Eng. Karim"
_TITLE = r"(?:(?:Dr|Dra|Mr|Mrs|Ms|Mx|Miss|Madam|Mdm|Hon|Prof|Doctor|OÄ|OA|FÄ|FA|PD|Mag|DI|Ing|Eng)\.?\s+){1,2}"

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
_DAY_NUM = r"(?:0?[1-9]|[12]\d|3[01])"
_STAFF_LABEL = r"\b(?:Nurses|Scrub|Circulating|Witness(?:es)?|Typed|Typist)[ \t]*:[ \t]*"
_NOT_A_ROLE = r"(?!(?:RN|EN|SN|CN|NA|NP|HCA|LPN|CNA|ANP|CNS|ODP|OT|RT|PT|SLT|MO|HO|RMO|SHO|ICU|ED|OR)\b)"
_NOT_FRACTION = r"(?!(?:1/[2-4]|[23]/[34])[ \t])"  # "Take 1/2 and ...", "3/4 2019 cohort"
# a day and month no fraction or British shorthand of days and months ("14/7", "18/12") reads as: a day above 12
# with a month other than 7 or 12 unless padded, or any day with a padded month ("28/2", "14/10", "15/07", "5/03")
_DM_SURE = r"(?:(?:1[3-9]|2\d|3[01])/(?:0?[1-689]|07|1[01])|(?:0?[1-9]|[12]\d|3[01])/0[1-9])(?![\d/])"
_RANGE_JOIN = r"(?:&|\+|and|to|-|–|und|bis|og|och|en|y|et|e|a)"
MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_OTHER = "(?i:" + "|".join(sorted(OTHER_MONTHS, key=len, reverse=True)) + ")"
_MONTH_OTHER_LONG = "(?i:" + "|".join(m for m in OTHER_MONTHS if len(m) >= 5) + ")"  # not "Mac 1.2", "Mayo 2"
# the letters of the Indian scripts, not their digits: Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
# Telugu, Kannada, Malayalam
_INDIC = "\u0900-\u0963\u0980-\u09e3\u0a00-\u0a63\u0a80-\u0ae3\u0b00-\u0b63\u0b80-\u0be3\u0c00-\u0c63" \
    "\u0c80-\u0ce3\u0d00-\u0d63"
# months cut to three letters in Spanish, Portuguese, Italian, French and German: "ago", "set", "ott", "déc"
_MONTH_SHORT = ("(?i:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|out|nov|dic|dez|gen|giu|lug|ott|fév|avr|aoû|déc|"
                "mär|okt)")
_DETERMINER = "The|This|That|Each|Every|Any|Our|Your|Same"  # "The County", "This Road" are no places
ORDINAL_WORD = (r"(?i:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|"
                 r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                 r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
ORDINAL_WORD_ABOVE_NINE = (r"(?i:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
                            r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
                            r"eighteenth|nineteenth|twentieth|thirtieth)")
DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# a year said aloud: "nineteen fifty two", "twenty twenty four", "two thousand and nine"
SPOKEN_YEAR = (rf"(?i:(?:nineteen|twenty)[ -](?:{TENS_WORD}(?:[ -](?:one|two|three|four|five|six|seven|eight|"
                r"nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                rf"oh[ -]{DIGIT_WORD})|two thousand(?: and)?(?: (?:one|two|three|four|five|six|seven|eight|nine))?)")
_HOLIDAY = r"(?:Christmas|Easter|Thanksgiving|Boxing Day|New Year's|Hogmanay)(?: (?:Day|Eve))?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?"
_RELATIVES = (r"(?:son|daughter|dtr|brother|sister|mother|father)-in-law|"  # before "son": the longer first
              r"wife|husband|son|daughter|mother|father|sister|brother|partner|friend|neighbou?r|caregiver|"
              r"aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather|fianc[ée]e?|girlfriend|"
              r"boyfriend|cousin|roommate|employer|landlord|stepfather|stepmother|guardian|w/o|s/o|d/o|c/o|"
              r"nana|nan|nanna|granny|gran|grandma|grandpa|grandad|granddad|auntie|aunty|mam|mum|mom|dad|"
              r"lola|lolo|oma|opa|nani|nonna|nonno|abuela|abuelo|esposa|esposo|marido|filha|filho|hija|hijo|irmã|"
              r"irmão|hermana|hermano|mãe|madre|neta|neto|nieta|nieto|cuidadora|cuidador|dtr|dau|bro|sis|"
              r"anak|isteri|suami|asawa|bhai|didi|bahu")
STREET = (r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|"
           r"Terrace|Ter|Tce|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Cres|Close|Row|"
           r"Parade|Pde|Esplanade|Esp|Grove|Gr)")
STREET_WORD = r"[A-Z][a-zA-Zà-öø-ÿāēīōū'’-]+"  # a word of a street's name, accents and macrons too: "Kōwhai"
_ID_VALUE = (r"(?!(?:19|20)\d\d(?![\w/.-])|(?:[01]\d|2[0-3])[0-5]\d(?![\w/.-]))"
             r"(?=[A-Za-z0-9/-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])){2,30}")
# The same value written in space-separated groups ("BCX 4410 2278 09", "9002 117 4483", "PJN 418 822 S"):
# an upper-case or digit head, then groups that start with a digit, and at most a trailing check letter at
# the end of a clause. At least six digits in all; a group is never a year or a number followed by a unit,
# so "MRN 0045821 5 mg" and "record 2019" keep their doses and years.
_UNIT = (r"(?:mg|mcg|ug|µg|g|kg|ml|mL|L|dL|mmol|mEq|units?|IU|%|mm|cm|min|h|hrs?|hours?|days?|weeks?|"
         r"months?|years?|yrs?|y/?o|yo|bpm|x)\b")
_ID_GROUP = rf"(?!(?:19|20)\d\d(?![0-9A-Z-]))\d[0-9A-Z]*(?:-[0-9A-Z]+)*(?![0-9A-Za-z-])(?!\s*{_UNIT})"
_ID_GROUPED = (rf"(?=[A-Z0-9-]{{1,12}} \d)(?=(?:[A-Z -]*\d){{6}})"  # cheap guards first: a group, six digits
               rf"[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){{0,11}}(?: {_ID_GROUP}){{1,5}}"
               r"(?: [A-Z]{1,2}(?=[ \t]*(?:[,;)\n]|\.(?:\s|$)|$)|[ \t]{2,}))?")
# Identifiers with no label: upper-case codes holding five or more digits ("RX-4470912", "CLM-2023-0098817"),
# letter-led digit groups with seven or more ("EMS 24 061 0332", "PV 3391 0047 2"), and runs of seven or more
# digits. Medical codes (CPT, ICD, LOINC, PMID ...) are kept by `find_rule_spans`.
UNLABELLED_IDS = [
    re.compile(r"(?<![\w/.-])(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*\d){5})[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,12}){1,4}(?![\w/-])"),
    re.compile(rf"(?<![\w.-])(?=[A-Z])(?=(?:[A-Z -]*\d){{7}}){_ID_GROUPED}"),
    re.compile(r"(?<![\w.,/-])\d{7,}(?:/\d{1,2})?(?![\w/-]|[.,]\d)"),
    re.compile(r"(?<![\w.,/-])\d{1,3}(?:\.\d{3}){3}(?![\w/-]|[.,]\d)"),  # a Colombian cedula "1.077.458.312"
    re.compile(r"(?<![\w/.-])(?=[A-Z0-9]*[A-Z])(?=(?:[A-Z]*\d){5})[A-Z0-9]{6,20}(?![\w/-])"),  # "J2290417"
    re.compile(r"(?<![\w/.-])(?=[A-Z0-9/]*[A-Z])(?=[A-Z0-9/]*\d{4})[A-Z0-9]+(?:/[A-Z0-9]+){1,3}(?![\w/-])"),
    re.compile(r"(?<![\w.-])\d{4}([ -])\d{4}\1\d{4}(?:\1\d{4})?(?![\w-])"),  # "4417 9023 6615"
    # HKID "A412385(6)", "A 412385 (6)", MyKad, CPF
    re.compile(r"\b[A-Z]{1,2} ?\d{6} ?\([\dA]\)|\b\d{6}-\d{2}-\d{4}\b|\b\d{3}\.\d{3}\.\d{3}-\d{2}\b"),
    re.compile(r"\b(?:sha\d{1,3}|md5):[0-9a-f]{16,}\b"),
    re.compile(r"(?<![\w.])(?=[\d.]{16})[012]\.\d{1,5}(?:\.\d{1,40}){4,}(?!\w|\.\d)"),  # DICOM/OID UID 1.2.840...
    # a registry's acronym then the value: "AHPRA MED0001837265", "CPSO #: 91827", "DCNZ reg. DN 20731"
    # (not a law's year: "HEALTH ACT 2001")
    re.compile(rf"\b[A-Z]{{2,6}}\b(?:\s*(?i:reg|no|nr|number|num)\.?)*\s*[#:]{{0,2}}\s*"
               rf"(?P<v>(?!(?:[A-Z]{{1,4}}[ -]?)?(?:19|20)\d\d\b|\d{{1,4}}[-–]\d{{1,4}}\b)"
               rf"(?=(?:[A-Z -]*\d){{4}})(?:[A-Z]{{1,4}}[ -]?)?\d[\dA-Z-]{{3,14}})(?![\w-])(?!\s*{_UNIT})"),
]
_CODE_LABELS = (r"(?:\b(?i:CPT|ICD(?:-?1[01](?:-CM)?)?|LOINC|SNOMED(?: CT)?|NDC|DIN|ATCC|PMID|NCT|HCPCS|RxNorm|"
                r"RxCUI|DOI|ISBN|ATC|OMIM|MeSH|UMLS|CUI|LCD|NCD|CMS)|\brs(?=\d))")  # whole words: not "coordinator"
_MEDICAL_CODE = re.compile(rf"{_CODE_LABELS}\W{{0,3}}$")  # just before a value
# a LOINC code ("5902-2"), a variant ("G20210A", "H1047R"; not a registration, "M14782J"), a range ("10.5-13.5",
# "110-120"): no identifier
_NOT_AN_ID = re.compile(r"\d{3,5}-\d$|[ACGT]\d{2,6}[ACGT]$|[A-Z]\d{2,4}[A-Z]$|\d{1,3}(?:\.\d+)?[-–]\d{1,3}(?:\.\d+)?$")
_MEDICAL_CODE_LABEL = re.compile(rf"{_CODE_LABELS}\b")  # at the start of a matched "label value"
ORDINAL_NOUNS = (r"(?:cranial|nerve|percentile|centile|week|day|birthday|cycle|dose|floor|grade|time|rib|"
                  r"intercostal|trimester|generation|decade|edition|century|hour|minute|year|month|attempt|"
                  r"fraction|line|toe|finger|digit|ventricle|space|vertebra|lumbar|thoracic|cervical|sacral|"
                  r"metacarpal|metatarsal|molar|heart|degree|order|party|place|round|session|visit|infusion|"
                  r"long|bone|arch|ray|branchial|pharyngeal|lumbrical|segment|stage|phase|layer)")
_MONTH_ABBR = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
AGE_WORDS = r"(?i:ninety|one hundred(?: and)?)(?:[- ](?i:one|two|three|four|five|six|seven|eight|nine))?\b"
_AUTHOR = rf"[{_UPPER}][a-z'’-]+(?: [{_UPPER}][a-z'’-]+)? [A-Z]{{1,3}}"  # "Okonkwo AC" in a reference list
_PHONETIC = (r"(?:ALPHA|BRAVO|CHARLIE|DELTA|ECHO|FOXTROT|GOLF|HOTEL|INDIA|JULIET|KILO|LIMA|MIKE|NOVEMBER|OSCAR|"
             r"PAPA|QUEBEC|ROMEO|SIERRA|TANGO|UNIFORM|VICTOR|WHISKEY|XRAY|YANKEE|ZULU)")  # names for the unidentified
# words before a letter that make no author of a reference list: "Vitamin D, Hepatitis B."
_NOT_AUTHOR = (r"(?:Vitamin|Hepatitis|Type|Grade|Class|Stage|Factor|Group|Phase|Protein|Complex|Ward|Bay|Bed|Zone|"
               r"Level|Lead|Block|Section|Table|Figure|Appendix|Part|Arm|Cohort|Tier|Schedule|Step|Category|Team|"
               r"Unit|Room|Plan|Option|Site|Area|Wing|Floor|Pod|Theatre|Clinic|Study|Trial|Panel|Region)\b")
_CREDENTIAL_INITIALS = (r"(?:M\.[ ]?[DNP]\.|D\.O\.|R\.N\.|U\.S\.|U\.K\.|P\.A\.|N\.P\.|B\.S\.|M\.S\.|Ph\.D\.|"
                        r"a\.m\.|p\.m\.|D\.N\.I\.|C\.C\.|N\.I\.F\.|R\.U\.T\.|C\.I\.|T\.I\.)")  # and ID labels: "D.N.I."
# between a label and its value, on the same line: "MRN: ", "member ID # ", "SIN (for ODSP): ", "SIN, it's "
_ID_GLUE = (r"\.?(?:[ \t]*\([^)\n]{0,40}\))?(?:[ \t]*(?:(?:number|num|no\.?|nbr|ID|identifier|code|value)\b\.?|"
            r"n[º°]\.?))?"
            r"[ \t]*#?[ \t]*,?[ \t]*(?:it's|it is|is|was|of)?[ \t]*[:#=(]?[ \t]*")

# Labelled identifiers: keyword (case-insensitive) then the value. Listed most specific first.
_LABELLED: list[tuple[str, str]] = [
    ("VEHICLE", r"VIN|vehicle identification|licen[cs]e plate|plate|registration plate|vehicle"),
    ("SSN", r"SSN|social security|soc\.? sec\.?|SIN|PHN|NHI|NRIC|IHI|CHI|NHS|PPSN|PPS|BSN|Aadhaar|PhilHealth|NIN|TFN|"
            r"DNI|CUIL|CUIT|CPF|CURP|c[ée]dula|"
            r"OHIP|HCN|health card|national id(?:entity)?(?: card)?|national insurance|personal health number|"
            r"NI|NINO|NIR"),
    ("MRN", r"MRN|MR|medical record|med(?:ical)? rec|hospital|record|chart|patient|pt|unit|EMR|EHR|admission|"
            r"historii choroby|ficha(?: cl[íi]nica)?|księgi(?: noworodków| głównej| przyjęć)?"),
    ("HEALTH_PLAN", r"member(?:ship)?|policy|subscriber|health plan|plan|insurance|insurer|beneficiary|"
                    r"Medicaid|Medicare|group|HICN|MBI|payer|"
                    r"carteira(?: d[oa])?(?: conv[êe]nio| plano| sus)?|carteirinha"),
    ("ACCOUNT", r"account|acct|billing|invoice|bank|routing|credit card|card|folio"),
    ("LICENSE", r"licen[cs]e|DEA|NPI|certificate|cert|certification|passport|registration|permit|"
                r"driver'?s licen[cs]e|DL|NAATI(?: CPN)?|MMC|KMC|TNMC|DMC"),
    ("DEVICE", r"serial|batch|device|pacemaker|defibrillator|ICD|implant|UDI|model|lot|IMEI|MAC|pump|"
               r"monitor|catheter|prosthesis|hearing aid|stimulator"),
    ("BIOMETRIC", r"fingerprint|finger print|retina(?:l)? scan|iris(?: scan)?|voice ?print|biometric|"
                  r"palm ?print|DNA profile|face template|facial geometry"),
    ("ID", r"specimen|accession|case|sample|study|subject|participant|participante|sujeto|enrollment|employee|"
           r"student|badge|"
           r"encounter|visit|requisition|order|claim|ticket|reference|ref|tracking|identifier|report|ID|"
           r"tag|wristband|referral|booking|confirmation|kit|locum|UCI|UMI|PNR|parte|atestado|denuncia|"
           r"cluster|clustercode|expediente|matrícula|matricula|protocolo|recibo|receipt|UPI|UPN|"
           r"bib|empleado|trabajador|funcionário|personalnummer|processo|demande"),
]
# an initial and a word that are a rhythm or an organism, not a name: "A. Fib", "H. Pylori", "E. Coli"
_ROLE_IN_BRACKETS = (r"(?:dietitian|dietician|social worker|co-?ordinator|nurse|physio(?:therapist)?|pharmacist|"
                     r"psychologist|psychiatrist|surgeon|an(?:a)?esthetist|hepatologist|nephrologist|cardiologist|"
                     r"oncologist|physician|consultant|registrar|fellow|chair|secretary|scribe|minutes|therapist|"
                     r"counsell?or|chaplain|interpreter|radiologist|pathologist|scientist|midwife|sonographer|"
                     r"radiographer|administrator|advocate)")
_NOT_ORGANISM = (r"(?!(?:Fib|Flutter|Pylori|Coli|Aureus|Difficile|Diff|Influenzae|Albicans|Pneumoniae|Epidermidis|"
                 r"Typhi|Enterica|Faecalis|Faecium|Pyogenes|Agalactiae|Cholerae|Aeruginosa|Baumannii|Marcescens|"
                 r"Tuberculosis|Falciparum|Vivax|Jirovecii|Pallidum|Burgdorferi|Trachomatis|Gonorrhoeae|Pestis)\b)")
# capitals that are a clinical abbreviation or an answer, not someone's initials: "(checked 09:30, PRN)", "witness: OK"
_NOT_INITIALS = r"(?!(?:OK|NA|ND|NR|NAD|ID|NO|YES|PRN|ICU|HDU|ED|OT|GP|RN|NBM|CT|MRI|ECG|BP|HR)\b)"
_SIMPLE: list[tuple[str, re.Pattern]] = [
    ("EMAIL", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("URL", re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]")),
    ("URL", re.compile(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\."
                       r"(?:com|org|net|edu|gov|io|health|info|us|co|uk|au|nz|ca|ie|in|za|de|nl|fr|eu|int|app|care)"
                       r"(?:/[^\s<>\"')\]]*[^\s<>\"')\].,;:!?])?\b", re.IGNORECASE)),
    ("VEHICLE", re.compile(r"\b[A-Z]{2} ?\d{1,2} ?[A-Z]{1,3} ?\d{4}\b")),  # "MH 01 EM 4471"
    ("PHONE", re.compile(r"(?<![\w+-])0[1-9](?:[ .]\d\d){4}(?![\w-])")),  # "06 29 77 14 05", "01.45.22.10.33"
    # an IBAN ("NL27 RABO 0318 4472 91") and a card or account by its last digits ("Visa ending 4417")
    ("ACCOUNT", re.compile(r"\b(?=[A-Z]{2}\d\d(?:[ ]?[A-Z0-9]){10})(?=(?:[A-Z ]*\d){10})"
                           r"[A-Z]{2}\d\d(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")),
    ("ACCOUNT", re.compile(r"\b(?i:visa|mastercard|amex|card|account|acct|debit|credit|clabe|tarjeta|cuenta)\b"
                           r"[^\n\d]{0,20}?\b(?i:ending(?: in| with)?|ends in|last (?:4|four)(?: digits)?|"
                           r"terminaci[óo]n|terminada en)[ \t:#]*(?P<v>\d{4})\b")),
    # an Indian UPI payment address: "rohitk.pune@okaxis"
    ("ACCOUNT", re.compile(r"\b[\w.-]{2,}@(?:okaxis|okhdfcbank|okicici|oksbi|ybl|paytm|upi|apl|ibl|axl)\b")),
    # a MAC address: "C8:3F:12:A7:5E:90"
    ("DEVICE", re.compile(r"(?<![\w:-])(?=[\w:-]{0,16}[A-Fa-f])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}"
                          r"(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])")),
    # a latitude or longitude as a JSON or form field: '"lat": 59.35612', 'lon=18.03481'
    ("LOCATION", re.compile(r"\b(?i:lat|lon|lng|latitude|longitude)[\"']?[ \t]*[:=][ \t]*[\"']?"
                            r"(?P<v>-?\d{1,3}\.\d{4,})(?!\d)")),
    # image and document files named after a patient number: "TSC004417_20230214_L01_D.jpg"
    ("ID", re.compile(r"\b(?=[\w-]*\d{6})[\w-]{6,}\.(?i:jpe?g|png|dcm|tiff?|bmp|heic|gif|pdf|mp4|mov|wav|docx?)\b")),
    # GPS coordinates after a cue or with hemispheres: "GPS 36.3921, -109.6134", "6.5244 N, 3.3792 E"
    ("LOCATION", re.compile(r"(?<![A-Za-z])(?i:gps|lat(?:itude)?(?:/long(?:itude)?)?|lat_?lng|lat_?lon|"
                            r"coord(?:inate)?s|location|pin)\b"
                            r"[^\n\d-]{0,12}"
                            r"(?P<v>-?\d{1,2}\.\d{3,}°?[ \t]*[NS]?,?[ \t]*-?\d{1,3}\.\d{3,}°?[ \t]*[EW]?)(?!\d)|"
                            r"\b\d{1,2}\.\d{3,}°?[ \t]*[NS],?[ \t]*\d{1,3}\.\d{3,}°?[ \t]*[EW]\b")),
    # an address in capitals: "2207 BLUEBONNET TRL APT 1108"
    ("LOCATION", re.compile(r"\b\d{1,6}(?: [NSEW])?(?: [A-Z][A-Z'-]+){1,3} (?:ST|STREET|AVE|AVENUE|RD|ROAD|LN|LANE|DR|"
                            r"DRIVE|BLVD|CT|COURT|WAY|PL|PLACE|TRL|TRAIL|PKWY|CIR|HWY|TER|TERRACE|SQ|CRES|CLOSE)\b"
                            r"(?:,? (?:APT|UNIT|STE|SUITE|#) ?[\w-]+)?")),
    # a d/m (or US m/d) date that opens a chart line, before a time: "6/3 0940 | ...", "07/23 0540  Dr ..."
    ("DATE", re.compile(rf"^[ \t]*(?P<v>{_DAY_NUM}/{_MONTH_NUM}|{_MONTH_NUM}/{_DAY_NUM})"
                        r"(?=[ \t]+(?:[01]?\d|2[0-3]):?[0-5]\d\b)", re.MULTILINE)),
    # a day and month before "and" and a full date: "19/01 e 26/01/2024"; a Swedish day and month before a
    # year after a space: "undersökning 12/3 2019"
    ("DATE", re.compile(rf"(?<![\d/.,]){_NOT_FRACTION}(?P<v>{_DAY_NUM}/{_MONTH_NUM})"
                        rf"(?=[ \t]+(?:e|and|und|et|y|i|och|og|en|&)[ \t]+{_DAY_NUM}/{_MONTH_NUM}/(?:{_YEAR}|\d\d)\b)|"
                        rf"(?<![\d/.,]){_NOT_FRACTION}{_DAY_NUM}/{_MONTH_NUM} {_YEAR}(?![\d/.,]\d)")),
    # a Japanese postcode after its mark: "〒560-0002"
    ("LOCATION", re.compile(r"(?<=〒)[ \t]?(?P<v>\d{3}-\d{4})\b")),
    # a Brazilian court case number (CNJ): "processo nº 5004817-71.2023.4.04.7112"
    ("ID", re.compile(r"\b\d{7}-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4}\b")),
    # honorifics of other languages: "mw. de Graaf", "dhr. A. Bakkali", "Bapak Slamet", "Frau Weber", "Sr. Grace"
    ("NAME", re.compile(r"\b(?:mw|mevr|dhr|Mw|Mevr|Dhr|Mevrouw|Meneer|Herr|Frau|Mme|Mlle|Madam|Mdm|Sr|Sra|Srta|"
                        r"Señor|Señora|Hr|Eng|"
                        r"Senhor|Senhora|Bapak|Pak|Ibu|Puan|Encik|Cik|Tuan|Haji|Hajah|Hajjah|Datuk|Dato'?|Sheikh|Shri|En|Pn|Mzee|"
                        r"Smt|Kumari|Alhaji|Alhaja|Ustaz|Ustazah|Khun|Ato|W/ro|Woizero|Mst|"
                        r"WO[12]|LTCOL|LT COL|MAJ|CAPT|2LT|SGT|SSGT|CPL|LCPL|PTE|BRIG|FLTLT|SQNLDR|WGCDR|"
                        r"[123]SG|CFC|LCP)\.?[ \t]+"
                        rf"(?P<v>(?:[A-Z]\.[ ]?){{0,3}}(?:\([A-Z][a-z]+\)[ ])?"  # "mw. J.M. (Joyce) van der Linden"
                        rf"(?:(?:van der|van den|van de|van|de|der|den|ten|ter|te|vd) )?"
                        rf"{_NAME_TOKEN}(?: {_PARTICLE}?{_NAME_TOKEN}){{0,3}})")),
    # exports: an HL7 person name "|HARGROVE^DOLORES^ANNE^^^^L|", "1447382956^OKAFOR^CHIDI^E^^DR"; a quoted
    # "Surname, Given" field of a CSV row; a name in capitals before "(DR)" in a worklist
    ("NAME", re.compile(r"(?:(?<=\|)|(?<=\d\^))"
                        r"(?!\w+\^(?:LN|SCT|SNM|UCUM|HL7\w*|I9C?|I10|ICD\w*|CPT\w*|NDC|RXNORM|L)\b)"
                        r"(?![A-Z]{2,3}\^[A-Z]{2,3}[|^])"
                        r"(?P<v>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?\^[A-Z][A-Z'-]+(?:\^[A-Z][A-Z'-]*)?|"
                        r"[A-Z][a-z'-]+\^[A-Z][a-z'-]+(?:\^[A-Z][a-z'-]*)?)(?=[|^])")),
    ("NAME", re.compile(rf"(?<=[,|]\")(?P<v>{_NAME_TOKEN}, {_NAME_TOKEN}(?: {_NAME_TOKEN})?)(?=\"(?:[,|]|$))",
                        re.MULTILINE)),
    ("NAME", re.compile(r"\b(?P<v>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]*){0,3}) \((?:DR|Dr|MD|RN|NP)\)")),
    # East Asian names romanised family name first: "JANG Hyun-woo", "CHANG Chien-ming"
    ("NAME", re.compile(r"\b[A-Z]{2,9} (?!(?:Follow|Check|Non|Post|Pre|Re|Co|Self|Long|Short|Well|Day|Half|Full|Part|"
                        r"Left|Right|Low|High|Mid|Semi|Anti|Sub|Multi|Top|Step|Ex|Sign|Drop|Walk|Stand)-)"
                        r"[A-Z][a-z]{1,6}-[a-z]{2,6}\b")),
    # other calendars: Japanese eras "R6.3.4", "Shōwa 21-nen 8-gatsu 3-ka", "3-gatsu 25-nichi"; Korean "2024-nyeon
    # 5-wol 12-il"; Minguo "ROC 113/04/16"; Solar Hijri "1402/12/08"; Hijri "17/10/1445H"; Thai "15 มี.ค. 67";
    # Buddhist era "14/03/2567"; Ethiopian "Meskerem 23, 2016 E.C."
    ("DATE", re.compile(r"\b[RHS]\d{1,2}\.(?:1[0-2]|0?[1-9])\.(?:[12]\d|3[01]|0?[1-9])\b(?!\.\d)|"
                        r"\b(?:(?:Reiwa|Heisei|Sh[oō]wa|Taish[oō]) \d{1,2}-nen |\d{4}-nen )?"
                        r"\d{1,2}-gatsu(?: \d{1,2}-(?:nichi|ka))?\b|"
                        r"\b(?:\d{4}-nyeon )?\d{1,2}-wol \d{1,2}-il\b|"
                        r"\bROC \d{2,3}[./]\d{1,2}[./]\d{1,2}\b|"
                        r"\b1[34]\d\d/(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])\b|"
                        r"\b\d{1,2}/\d{1,2}/(?:14\d\d ?H?|25[4-7]\d)\b|"
                        r"\b\d{1,2} ?(?:ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|"
                        r"พ\.ย\.|ธ\.ค\.)"
                        r"(?: ?(?:25)?\d\d)?|"
                        r"\b(?:Meskerem|Tikimt|Tiqimt|Hidar|Hedar|Tahsas|Tahisas|Ter|Tir|Yekatit|Megabit|Miyazya|Ginbot|Sene|"
                        r"Hamle|Nehase|Pagume)(?: \d{1,2},?)? 20[0-2]\d ?E\.?C\b\.?|"
                        # Bengali, Afghan solar and Persian months with a day and a year of their era
                        rf"\b{_DAY_NUM} (?:Boishakh|Baishakh|Jyoishtho|Asharh|Shrabon|Bhadro|Ashwin|Kartik|"
                        r"Ogrohayon|Poush|Magh|Falgun|Choitro|Hamal|Sawr|Saur|Jawza|Saratan|Asad|Sunbula|Mizan|Aqrab|"
                        r"Qaws|Jadi|Dalw|Hut|Farvardin|Ordibehesht|Khordad|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|"
                        r"Bahman|Esfand) 1[34]\d\d\b|"
                        # Somali months with a day ("08 Luulyo 2024"); Burmese months by the moon ("Tabaung full moon")
                        rf"\b{_DAY_NUM} (?:Janaayo|Febraayo|Maarso|Abriil|Maajo|Juun|Luulyo|Agoosto|Ogosto|Sebtembar|"
                        r"Oktoobar|Nofembar|Diseembar)(?: (?:19|20)\d\d)?\b|"
                        r"\b(?:Tagu|Kason|Nayon|Waso|Wagaung|Tawthalin|Thadingyut|Tazaungmon|Nadaw|Pyatho|Tabodwe|"
                        r"Tabaung) (?:full moon|new moon|waxing \d{1,2}|waning \d{1,2})\b|"
                        r"\b(?:\d{1,2} )?(?:Dhu[ ']?(?:al|l)[- ](?:Hijjah|Qa'?dah|Qi'?dah)|"
                        r"Rabi[' ]?(?:al|ul)[- ](?:Awwal|Thani|Akhir)|"
                        r"Jumad[ai][ ']?(?:al|ul)[- ](?:Ula|Awwal|Thani|Akhirah?))(?: 14\d\d)?\b")),
    ("DATE", re.compile(rf"\b{_MONTH_NUM}/{_DAY_NUM}[–-]{_MONTH_NUM}/{_DAY_NUM}\b(?![/\d])")),  # "held 2/19–2/22"
    # administrative units of other countries: "Maetan 3-dong", "Tobata-ku", "Kitakyūshū-shi", "Tambon Tha Phra",
    # "Kel. Caturtunggal", "Kec. Depok", "vereda Tanando", "corregimiento de Tutunendo", "Yangis LLG"
    ("LOCATION", re.compile(r"\b[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)?(?:-| \d{1,2}-)(?:dong|gu|ku|shi|si|gun|eup|myeon|ri|"
                            r"ch[oō]me|machi|cho)\b|\b[A-Z][a-z]+ LLG\b|"
                            r"\b(?:Tambon|Amphoe|Kel\.|Kec\.|Kab\.|Kelurahan|Kecamatan|Kabupaten|Desa|Dusun|"
                            r"[Vv]ereda|[Cc]orregimiento(?: de)?|Barrio|Colonia|Col\.|Kebele|Woreda|Upazila|Mah\.|"
                            r"Mahallesi|Sok\.|Sokak|Cad\.|Caddesi|Phường|Xã|Huyện|Quận|Ấp)"
                            r"[ \t]+[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2}")),
    # forum and chat handles: "Posted by ayesha_khi", "@ayesha_khi"
    ("NAME", re.compile(r"\b(?i:posted|replied|commented|submitted|quoted|shared|reply from)(?:[ \t]+by)?[ \t]*:?[ \t]+"
                        r"(?P<v>(?=[\w.]*[_.\d])[A-Za-z][\w.]{1,28}[A-Za-z0-9_])")),
    ("NAME", re.compile(r"(?<![\w.@])@(?P<v>[A-Za-z][\w.]{1,28}[A-Za-z0-9_])(?![\w@]|\.[A-Za-z]{2})")),
    ("PHONE", re.compile(r"(?<![\w+-])[6-9]\d{4} \d{5}(?![\w-])")),  # "98201 55736"
    ("NAME", re.compile(r"\b(?P<v>[a-z]\.\s?[a-z][a-z'’-]{2,})[ \t]+(?:rn|md|np|pa|do|rm|hca)\b")),  # "t. halvorsen rn"
    ("VEHICLE", re.compile(r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b")),
    ("DATE", re.compile(rf"\b(?:{_MONTH_NUM}[/-]{_DAY_NUM}|{_DAY_NUM}[/-]{_MONTH_NUM})[/-](?:{_YEAR}|\d{{2}})\b")),
    ("DATE", re.compile(rf"\b{_YEAR}[-/.]{_MONTH_NUM}[-/.]{_DAY_NUM}(?![\d/-]|\.\d)"
                        r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?")),  # also 2019-03-09T16:42+05:30
    ("DATE", re.compile(rf"\b{_YEAR}-(?i:{_MONTH_ABBR})-{_DAY_NUM}\b")),  # 1985-Sep-02
    ("DATE", re.compile(rf"\b{_DAY_NUM}\. {_MONTH_NUM}\. {_YEAR}\b")),  # Czech: "14. 9. 1958"
    ("DATE", re.compile(rf"(?<=_){_YEAR}-{_MONTH_NUM}-{_DAY_NUM}(?=[._])")),  # in a file name: "RMC_2023-12-07.pdf"
    ("DATE", re.compile(r"(?<=\()\d{1,2}\.\d{1,2}\.(?=\))")),  # "Koronarangiographie (12.03.)"
    ("DATE", re.compile(rf"\b(?i:january|february|march|april|june|july|august|september|october|november|december)"
                        rf"[ \t]+{_YEAR}\b")),  # in lower case: "eind december 2023"
    ("DATE", re.compile(rf"\b(?i:de|desde|entre|von|du)[ \t]+(?P<v>{_MONTH_OTHER_LONG})"
                        rf"(?=[ \t]+(?:a|hasta|y|bis|au)[ \t]+{_MONTH_OTHER_LONG})")),  # "de agosto a octubre de 2023"
    # Hebrew calendar: "24 Kislev 5784", "14 Adar 5785"
    ("DATE", re.compile(r"\b(?:0?[1-9]|[12]\d|30)[ \t]+(?:(?i:tishrei|cheshvan|heshvan|kislev|tevet|shevat|nisan|iyar|"
                        r"sivan|tammuz|elul)(?:[ \t]+57\d\d)?|(?i:adar(?: i{1,2})?|av)[ \t]+57\d\d)\b")),
    ("DATE", re.compile(rf"\b(?:0[1-9]|[12]\d|3[01])(?:{_MONTH_ABBR.upper()})(?:{_YEAR}|\d\d)\b")),  # 07JAN25
    ("DATE", re.compile(rf"\b{_YEAR}\.[ ]?{_MONTH_NUM}\.[ ]?{_DAY_NUM}\.?(?![\d])")),  # Korean: 1982. 11. 05.
    ("DATE", re.compile(r"\bngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}(?:[ \t]+năm[ \t]+\d{4})?")),  # Vietnamese
    ("DATE", re.compile(rf"\b{_DAY_NUM}\.{_MONTH_NUM}\.(?=[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d\b)")),  # "12.03. 15:44"
    # m/d or d/m with a day above 12 in parentheses: "CABG (3/13)"; a month alone after a comma: "(GP, January)"
    ("DATE", re.compile(r"(?<=\()(?:(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])|"
                        r"(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))(?=\))")),
    ("DATE", re.compile(rf"(?<=, ){MONTH_FULL}(?=[).;])")),
    ("DATE", re.compile(r"(?<=[( ])(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\))")),  # "HbA1c 7.1% (Oct)"
    ("DATE", re.compile(rf"\b(?:i|in|en|im|em|au|na|w|ve)[ \t]+(?P<v>{_MONTH_OTHER_LONG})\b")),  # "TIA i januari"
    # the first day of "22 and 24 August", "du 4 au 8 février", "9.-14.3.2024"
    ("DATE", re.compile(rf"\b{_DAY}(?=[ \t]+(?:and|or|&|to|au|bis|al|till|until)[ \t]+{_DAY}[ \t]+"
                        rf"(?i:{_MONTH}|{_MONTH_OTHER}))")),
    ("DATE", re.compile(rf"\b{_DAY_NUM}\.?[-–]{_DAY_NUM}\.{_MONTH_NUM}\.{_YEAR}\b")),
    # 2024年6月3日, in a Japanese era: 令和6年1月15日
    ("DATE", re.compile(r"(?:(?:\d{4}|(?:令和|平成|昭和)\d{1,2})年)?\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月")),
    # a DNA (STR) profile: "D3S1358 15,16; vWA 17,18; FGA 21,24"
    ("BIOMETRIC", re.compile(r"\b(?:D\d{1,2}S\d{2,4}|vWA|FGA|TH01|TPOX|CSF1PO)\s+\d{1,2}(?:\.\d)?,\s?\d{1,2}(?:\.\d)?"
                             r"(?:;\s*(?:D\d{1,2}S\d{2,4}|vWA|FGA|TH01|TPOX|CSF1PO|AMEL)\s+[\dXY]{1,2}(?:\.\d)?,"
                             r"\s?[\dXY]{1,2}(?:\.\d)?)*")),
    ("DATE", re.compile(rf"(?<![\d./])(?:0[1-9]|1[0-2])/{_YEAR}(?![\d/])")),  # 06/2023, not a prevalence 1/2000
    ("DATE", re.compile(r"\b(?i:in|of|on|by|since|until|till|after|during|before|early|mid|late|last|next|this|from|"
                        rf"through|around)[ -](?P<v>{MONTH_FULL})\b(?! (?:be|have|not)\b)")),  # "since April"
    ("DATE", re.compile(rf"\b(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:{_YEAR}|\d{{2}})\b(?!\.\d)")),
    ("DATE", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?")),
    ("DATE", re.compile(rf"\b{_DAY}\s?[-–]\s?{_DAY}\s+(?i:{_MONTH})(?:,?\s+{_YEAR})?")),  # "20-21 April 2024"
    ("DATE", re.compile(rf"\bthe\s+{_DAY}\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?")),  # "the 3rd of April"
    # in words: "the fourth of January", "March the twenty-first"
    ("DATE", re.compile(rf"\b(?=[tfsenTFSEN])(?:the\s+)?{ORDINAL_WORD}\s+(?:day\s+)?of\s+{MONTH_FULL}"
                        rf"(?:,?\s+{_YEAR})?|"
                        rf"\b{MONTH_FULL}\s+the\s+{ORDINAL_WORD}\b(?:,?\s+{_YEAR})?")),
    ("DATE", re.compile(rf"\b{_DAY}\s+day\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?")),  # "this 3rd day of June, 2024"
    ("DATE", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?")),
    ("DATE", re.compile(rf"\b{_DAY}\.?\s+(?i:{_MONTH})\s+{_YEAR}\b")),  # in lower case with a year: "1 april 2024"
    ("DATE", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b")),
    ("DATE", re.compile(rf"\b{_DAY}[-/ ](?i:{_MONTH_ABBR})[-/ ]{_YEAR}\b")),
    ("DATE", re.compile(rf"\b\d{{1,2}} ([/.]) \d{{1,2}} \1 {_YEAR}\b")),  # "15 / 1 / 2025", "19 . 11 . 2023"
    ("DATE", re.compile(rf"\b{_MONTH}\.?[ \t]['’]\d\d\b")),  # "Oct '23"
    ("DATE", re.compile(rf"\b{_HOLIDAY}(?: of)?,? {_YEAR}\b")),  # "Christmas of 2023"
    ("DATE", re.compile(rf"\b(?:since|on|at|over|before|after|until|till|til|by|from|around|for|this|last|next|"
                        rf"during|past|of) (?P<v>{_HOLIDAY})\b"
                        r"(?! (?:disease|factor|tree))")),  # "since Easter", not "Christmas disease"
    # month names of other languages: "3 de marzo de 2024", "12. März", "Oktubre 25, 2024", "marzo de 2024"
    ("DATE", re.compile(rf"\b{_DAY}\.?\s+(?:de\s+)?{_MONTH_OTHER}\b(?:,?\s+(?:de\s+)?(?:{_YEAR}|14\d\d)\b)?")),
    ("DATE", re.compile(r"\b(?:0?[1-9]|[12]\d|3[01])\s(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?")),
    ("DATE", re.compile(rf"\b(?=\w{{5,}}\s+\d){_MONTH_OTHER_LONG}\s+{_DAY}\b(?![.,]\d)(?:,?\s+{_YEAR}\b)?")),
    ("DATE", re.compile(rf"\b(?=\w+\.?\s+(?:de\s+)?(?:19|20|13|14)\d\d){_MONTH_OTHER}\.?\s+(?:de\s+)?"
                        rf"(?:{_YEAR}|1[34]\d\d)\b")),
    ("AGE", re.compile(r"\b(?:9\d|1[0-2]\d)(?=\s*-?\s*(?:years?|yrs?|y[/.]?\s?o\b\.?|yo\b|-year|year-old|"
                       r"y(?=[,;.)]|\s\s)|jr\b|(?i:anos|años|jahre|jaar|ans|tahun|taon|ani|lat|saal|år|årig)\b))")),
    # "my mother, who is 93 and", "she's 91,"; not oxygen saturations ("she is 94 on air")
    ("AGE", re.compile(r"\b(?:who is|who's|she is|he is|she's|he's|is now|now aged)[ \t]+(?P<v>9\d|1[01]\d)"
                       r"(?=[,.;)]|[ \t]+(?:and|but|now|this|years?|yrs?|still|yet|so|with|lives|has|is)\b)")),
    # "Sept–Oct 2021"; a German day and month ending in a full stop: "am 20.03. durch", "vom 3.4. bis"
    ("DATE", re.compile(rf"\b{_MONTH}\s?[–-]\s?{_MONTH},?\s+{_YEAR}\b")),
    ("DATE", re.compile(r"\b(?:am|vom|bis|seit|ab|zum|dem|den|ok\.|około|dnia|od|do|w dniu|morgen,?|heute,?|"
                        r"(?i:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
                        r"poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela),?)[ \t]+"
                        r"(?P<v>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.)(?![\d.])")),
    ("AGE", re.compile(r"\b(?i:(?:still )?alive(?: and well)? at|alive aged) (?P<v>9\d|1[01]\d)\b")),  # "alive at 94"
    ("AGE", re.compile(r"\b(?i:turned|turns|turning|turn|celebrated|celebrates)[ \t]+(?P<v>9\d|1[01]\d)\b"
                       r"(?![ \t]*(?:%|percent|mg|kg|cm|mmHg|bpm|degrees|°))")),  # "turned 91 on 2 July"
    # a relative in a pedigree by generation and number: "Eoin (III-6), 38"
    ("NAME", re.compile(rf"\b(?P<v>{_NAME_TOKEN})[ \t]\((?:I|II|III|IV|V|VI)[-:.]\d{{1,2}}\)")),
    # an Argentine licence ("M.N. 4417", "M.P. 22180")
    ("LICENSE", re.compile(r"\bM\.[ ]?[NP]\.[ \t]*(?:N[º°o]\.?[ \t]*)?(?P<v>\d{1,3}\.\d{3}|\d{3,6})\b")),
    # Brazilian professional councils: "CRP 07/24819", "CRM-SP 123456", "COREN-RS 445.120", "CRBio 78412/01-D"
    # (CRP and CRF also name a protein and a form: only with a state or in the council's own number form)
    ("LICENSE", re.compile(r"\b(?:CRM|CRO|CRN|COREN|CREFITO|CRFa|CRBio|CRBM|CRMV|CREF)(?:[-/ ][A-Z]{2})?[ \t]*:?"
                           r"[ \t]*(?:n[º°o]\.?[ \t]*)?(?P<v>\d{2}/\d{3,6}|\d{3,6}/\d{2}-[A-Z]|\d{1,3}(?:\.\d{3})+|"
                           r"\d{4,7})\b")),
    ("LICENSE", re.compile(r"\b(?:CRP|CRF)(?:-[A-Z]{2})?[ \t]+(?P<v>\d{2}/(?!(?:19|20)\d\d\b)\d{4,6})\b")),
    # South Asian localities: "KPHB Colony", "DHA Phase 5", "Anna Nagar"
    ("LOCATION", re.compile(r"\b(?:[A-Z]{2,5}|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Colony|Nagar|Layout|Enclave|"
                            r"Phase[ \t]\d{1,2}[A-Z]?)\b")),
    # an address line that opens with a house number, its street named by a word other than "Road":
    # "14 Cabra Park, Phibsborough"
    ("LOCATION", re.compile(r"^[ \t]*\d{1,4}[A-Z]?[ \t]+(?:[A-Z][a-z'’-]+[ \t]+){1,2}(?:Park|Gardens|Mews|Heights|"
                            r"Rise|View|Green|Walk|Lawns?|Vale|Wynd|Hill|Grange|Manor|Meadows?)(?=,)", re.MULTILINE)),
    # addresses of other countries: "22, Sterling Road" (India), "12/F, 23 Wai Yip Street" (Hong Kong),
    # "Lot 112, Passage Fort Drive" (Jamaica), "Av. de Aragón, 30, 5ª planta" (Spain), "3-4-7 Nakanoshima,
    # Kita-ku" (Japan)
    # a Canadian unit before the house number: "2305-35 Thorncliffe Park Dr"
    ("LOCATION", re.compile(rf"\b(?:\d{{1,2}}/F,?[ \t]+|Lot[ \t]+|\d{{1,5}}-)?\d{{1,5}}[A-Z]?,?[ \t]+"
                            rf"(?:{STREET_WORD}[ \t]{{1,2}}){{1,3}}{STREET}\b\.?")),  # not across columns
    ("LOCATION", re.compile(r"\b(?:Av\.|Avda\.|Avenida|Blvd\.|Bulevar|Carretera|Calle|C/|Paseo|Carrer|Rua|Travessa|"
                            r"Alameda|Viale|Via|Corso|"
                            r"Piazza|Largo|Praça|Plaza|Pl\.)[ \t]+"
                            r"(?:(?:de|del|da|do|dos|das|di|della|dei)[ \t]+(?:la[ \t]+|los[ \t]+)?)?"
                            r"(?:(?:Dr|Dra|Prof|Profa|Eng|Des|Cel|Gen|Pe|Sen|Mal|Alm|Pres)\.[ \t]+)?"  # "Rua Dr. Sales"
                            r"[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\wÀ-ÿ'’-]+(?:[ \t]+(?:(?:de|da|do|dos|das)[ \t]+)?"
                            r"(?:[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\wÀ-ÿ'’-]+|[A-Z]\.)){0,4}"  # "Av. Albino J. B. de Oliveira"
                            # a number, or a kilometre mark: "Blvd. Kukulcán km 14.5"
                            r",?[ \t]*(?:n[º°o]\.?[ \t]*|km[ \t]*)?\d{1,5}(?:[A-Za-z]|\.\d)?\b"
                            r"(?:,[ \t]*\d{1,2}[ºª°]?[ \t]*(?i:planta|piso|andar|izq\.?|dcha\.?|esq\.?))?"
                            r"(?:,[ \t]*(?i:pta|puerta|esc)\.?[ \t]*\d{1,3}[A-Z]?\b)?")),  # "C/ de Sueca, 47, pta. 9"
    ("LOCATION", re.compile(r"\b\d{1,2}-\d{1,2}(?:-\d{1,3})?[ \t]+[A-Z][a-z]+"
                            r"(?=,[ \t]*[A-Z][\w'’]+-(?:ku|shi|cho|machi|gun)\b)")),
    # a suburb between a street address and its town: "7 Station Road, Observatory, Cape Town"
    # or the last thing in its field: "12 Wolfe Street, Wynberg", "14 Barry St., Kgn. |"
    ("LOCATION", re.compile(r"\b(?:Street|Road|Avenue|Lane|Drive|Boulevard|Court|Way|Place|Terrace|Crescent|Close|"
                            r"Parade|Grove|Rd|Ave|Tce|St)\.?,[ \t]+(?P<v>[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?)"
                            r"(?=,[ \t]+(?:[A-Z]|\d{4})|[ \t]*(?:$|\||;|[ \t]{2}|\())", re.MULTILINE)),
    # "1 Main St", "7/42 Latrobe Tce", "Flat 2, 14 Park Road", "Blk 12 Lot 7 Sampaguita St."
    ("LOCATION", re.compile(rf"\b(?:(?:Flat|Apt|Apartment|Unit|Suite|Ste)\.?\s+"
                            rf"(?:\d{{1,5}}[A-Z]?(?:[ \t]*[-–][ \t]*|,[ \t]*))?)?"
                            r"(?:(?:Blk|Block|Phase|Ph)\.?[ \t]?\d{1,4}[A-Z]?[ \t]+)?(?:Lot[ \t]?)?"
                            rf"\d{{1,6}}[A-Za-z]?(?:/\d{{1,4}}[A-Z]?)?[ \t]+"
                            rf"(?:[NSEW]\.?[ \t]+)?"
                            rf"(?:{STREET_WORD}[ \t]{{1,2}}){{1,3}}{STREET}\b\.?"
                            r"(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*[\w-]+)?")),
    # with a Kenyan or Ghanaian postal code after a dash: "P.O. Box 48123 – 00100"
    ("LOCATION", re.compile(r"\b(?:P\.?\s?O\.?\s+Box|Private Bag|Locked Bag|PMB)\s+X?\d+(?:[ \t]*[-–][ \t]*\d{5}\b)?",
                            re.IGNORECASE)),
    # Bengaluru's numbered roads: "2nd Cross, 9th Main"; a postcode and town alone on a line: "40000 Shah Alam"
    ("LOCATION", re.compile(r"\b\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Cross|Main)(?:[ \t]+Road)?"
                            r"(?:,[ \t]*\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Cross|Main)(?:[ \t]+Road)?)?")),
    ("LOCATION", re.compile(r"^[ \t]*(?!(?:19|20)\d\d\b)\d{4,6}[ \t]+[A-ZÅØÆ][a-zà-ÿ'’-]+(?:[ \t][A-Z][a-zà-ÿ'’-]+)?"
                            r"[ \t]*$", re.MULTILINE)),
    # round 29: places in a building or an estate: "Office 1204, Marina Crest Tower", "2F Ermita Tower",
    # "Plot A-17" ("Plot E-27, MIDC Phase II" since round 35); a town before its taxi rank or health centre
    # ("Mariannhill taxi rank", "Ski legesenter"), and (rounds 31 and 32) its police station, government hospital,
    # early-years centre or family practice
    ("LOCATION", re.compile(r"\b(?:(?:Office|Suite|Unit|Shop|Flat|Level)[ \t]+\d{1,4}[A-Z]?,[ \t]+|\d{1,2}F[ \t]+)"
                            r"(?:[A-Z][a-z]+[ \t]+){1,3}(?:Tower|Building|Bldg\.?|Plaza|Centre|Center|House|Mansions?|"
                            r"Residences?|Complex|Arcade)\b|"
                            r"\bPlot[ \t]+(?:No\.?[ \t]*)?[A-Z]?-?\d{1,4}[A-Z]?\b"
                            r"(?:,[ \t]*[A-Z]{3,6}[ \t]+Phase[ \t]+(?:[IVX]{1,4}|\d{1,2})\b)?")),
    ("LOCATION", re.compile(r"\b(?!(?:The|Central|Main|City|Regional|District|General|Municipal|Provincial|County|"
                            r"State|National|Teaching|Referral|Mission|Military|Railway|Traffic|Community|Family|"
                            r"Primary|Public)\b)"
                            r"(?P<v>[A-ZÆØÅ][a-zæøåäö]{2,})[ \t]+(?:taxi rank|bus rank|bus terminus|legesenter|"
                            r"legekontor|helsesenter|vårdcentral(?:en)?|sygehus|terveyskeskus|Police Station|"
                            r"Police Post|Government Hospital|Early Years Centre|Family Health|Primary School|"
                            r"Law Courts|Magistrates['’]? Courts?)\b")),
    # round 30: a staff chat's sender by first name and grade ("Rutuja JR1: Sir plt 38k"); a numbered admission
    # with age and sex ("1) Sunita Jadhav 45F"); a day and month with the month in Roman numerals and no dots
    # ("12 IX 2024"); Turkish mobiles and street addresses; Kenyan plates; a Korean date ("2024년 5월 28일")
    ("NAME", re.compile(r"^(?P<v>[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]+(?:JR|SR|PG)\d?:", re.MULTILINE)),
    ("NAME", re.compile(r"(?:^|[ \t])\d{1,2}\)[ \t]+(?P<v>[A-Z][a-z]+\.?(?: [A-Z][a-z'’-]+){1,3})[ \t]+\d{1,3}[MF]\b")),
    ("DATE", re.compile(r"\b(?:0?[1-9]|[12]\d|3[01]) (?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII) (?:19|20)\d\d\b")),
    ("PHONE", re.compile(r"(?<![\w+])0 \(5\d\d\) \d{3} \d{2} \d{2}\b")),
    ("LOCATION", re.compile(r"\b\d{1,5}(?:/\d{1,3})? Sk\.(?: No:[ ]?\d{1,4}[A-Z]?)?(?: D:[ ]?\d{1,3})?")),
    ("VEHICLE", re.compile(r"\bK[A-Z]{2,3} \d{3}[A-Z]\b")),  # and a motorbike's: "KMFC 317Q"
    ("DATE", re.compile(r"\b(?:19|20)\d\d년 \d{1,2}월 \d{1,2}일")),
    # round 31: a nickname in brackets inside a full name ("Mr Johannes Petrus (Hannes) van der Merwe"); a name in
    # capitals after a title in capitals ("(DR. LEE MEI LING)"); a Kenyan court case and its court
    # ("MILIMANI CMCC No. E1432 of 2024")
    ("NAME", re.compile(rf"\b{_TITLE}(?P<v>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){{0,2}} \([A-Z][a-z]+\)"
                        rf"(?: {_PARTICLE}{{0,2}}[A-Z][a-z'’-]+){{1,2}})")),
    ("NAME", re.compile(r"\b(?:DR|PROF|MRS|DATO'?|DATUK)\.?[ \t]+(?P<t>[A-Z][A-Z'’-]+(?: (?:BIN |BINTI |A/[LP] |@ )?"
                        r"[A-Z][A-Z'’-]+){1,4})(?=[ \t]*[),\n]|[ \t]{2,}|[ \t]*$)")),
    # round 32: a PhilHealth number ("19-000427311-8"); a pair of signed decimal degrees with no label
    # ("-8.04612, -34.95281")
    ("HEALTH_PLAN", re.compile(r"(?<![\w-])\d{2}-\d{9}-\d(?![\w-])")),
    ("LOCATION", re.compile(r"(?<![\w.])-?(?:[1-8]?\d)\.\d{4,},[ \t]*-?(?:1[0-7]\d|[1-9]?\d)\.\d{4,}(?![\w.])")),
    ("ID", re.compile(r"(?<!Act )(?<!Act No\. )(?<!Act No )\b(?i:no\.?|number)[ \t]*"
                      r"(?P<v>[A-Z]{0,2}\d{1,6} of (?:19|20)\d\d)\b")),  # not "Act No. 29 of 1996"
    ("LOCATION", re.compile(r"\b(?P<v>[A-Z]{4,}) (?:CMCC|HCCC|HCCA|CMCR|ELRC|MCCC)\b")),
    # round 33: a suburb before its school ("Weinland Park Elementary") or, when it ends like an English place, its
    # pharmacy ("Meersbrook Pharmacy", not "Kroger Pharmacy" or "Riverside Pharmacy"); an aircraft's registration
    # ("charter aircraft ZK-MXB", not "N95"); a German report's dictation mark after its date ("18.3.25 kal /
    # elektronisch freigegeben"); a name in capitals before its identity number in a cell ("TAN BEE LIAN /
    # S4821367G", since round 35 "CHUA MEI HUA  |  S7624315H"; not "AOK BW / T482109374" nor an HL7 field)
    ("LOCATION", re.compile(r"\b(?!(?:The|Central|Main|Public|Private|Primary|Secondary|Junior|Senior|Community|"
                            r"Catholic|Christian|Charter|Magnet|Grammar|Village|City|County|State|National)\b)"
                            r"(?P<v>[A-Z][a-z]{2,}(?: (?:Park|Heights|Hill|Valley|Grove))?)[ \t]+"
                            r"(?:Elementary|Middle School|High School)\b")),
    ("LOCATION", re.compile(r"\b(?P<v>[A-Z][a-z]+(?:brook|dale|ton|ford|field|ham|wood|ley|bury|worth|mouth|stead|"
                            r"hurst|bridge|minster|chester|caster|wich|burgh|borough|combe|thorpe|holme|mere|moor))"
                            r"[ \t]+(?:Pharmacy|Chemists?)\b")),
    ("VEHICLE", re.compile(r"\b(?i:aircraft|helicopter|airframe|plane|air ambulance)"
                           r"(?:[ \t]+(?i:reg(?:istration)?\.?|rego))?[ \t]*:?[ \t]+"
                           r"(?P<v>(?:[A-Z]{1,2}|\d[A-Z]|[A-Z]\d)-[A-Z]{3,4}|N[1-9]\d{2,4}[A-Z]{0,2})\b")),
    ("NAME", re.compile(r"^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d\d){1,2}[ \t]+(?P<t>[a-z]{2,4})"
                        r"[ \t]*/[ \t]", re.MULTILINE)),
    ("NAME", re.compile(r"\b(?P<t>[A-Z][A-Z'’-]+(?: (?:[A-Z][A-Z'’-]+|S/O|D/O|A/L|A/P|@)){1,5})"
                        r"(?=(?:[ \t]*/|[ \t]+\|)[ \t]*(?:[A-Z]{1,2}\d{6,8}[A-Z]|\d{6,13})\b)")),
    # a town before an Eircode: "Seán Ó Conaire, Moycullen, H91 E4K7"
    ("LOCATION", re.compile(r"\b(?P<v>[A-Z][a-z]{3,}), (?:[AC-FHKNPRTV-Y]\d{2}|D6W) [AC-FHKNPRTV-Y0-9]{4}\b")),
    # a card number masked but for its last four digits: "XXXX XXXX XXXX 4417", "**** **** **** 1234"
    ("ACCOUNT", re.compile(r"(?<![\w*])(?:[X*•]{4}[ -]?){3}\d{4}\b")),
    # round 34: a national number masked but for its last four digits ("XXXX XXXX 0664"), a masked IBAN ("DE61 ****
    # **** **** **33 06"), a Brazilian company number (CNPJ "08.133.762/0001-78"), a South African police case
    # ("CAS 214/08/2024")
    ("ID", re.compile(r"(?<![\w*])(?:[X*•]{4}[ -]?){2}\d{4}\b(?![ -]?\d)")),
    ("ACCOUNT", re.compile(r"\b[A-Z]{2}\d{2}(?=(?: [\d*]{1,4}){3,8})(?=[ \d]*\*)(?: [\d*]{1,4}){3,8}\b")),
    ("ID", re.compile(r"\b\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}\b")),
    ("ID", re.compile(r"\bCAS[ \t]+(?:No\.?[ \t]*)?\d{1,4}/\d{1,2}/(?:19|20)\d\d\b")),
    # a house number and an estate name alone on an address line ("12 Clonminch Park"); a town before its elective
    # or healthcare centre or its specialty hospital ("Seacroft Elective Centre", "Al Jimi Healthcare Centre"; not
    # a private hospital, often named after no place: "Eastgate Private Hospital")
    ("LOCATION", re.compile(r"^[ \t]*\d{1,4}[A-Za-z]?[ ](?:[A-Z][a-z'’-]+[ ]){1,2}(?:Park|Lawns?|Heights|Meadows|Rise|"
                            r"View|Green|Downs|Gardens|Manor|Wood)(?=[ \t]*,?[ \t]*$)", re.MULTILINE)),
    ("LOCATION", re.compile(r"\b(?P<v>(?:Al |El )?(?!(?:The|Central|Main|Regional|District|General|Community|Mission|"
                            r"National|School|University|Public|Private|Family|City|"
                            r"Netcare|Mediclinic|Life|Apollo|Fortis|Aster|Ramsay|Spire|Nuffield|Circle|HCA)\b)"
                            r"[A-Z][a-z]{2,})[ \t]+(?:Elective Centre|Healthcare Centre|Specialty Hospital|Eye Centre|"
                            r"Eye Clinic|Hearing Centre|Dental Centre|Dental Practice|Dental Surgery)\b")),
    # round 35: a Brazilian neighbourhood between a house number and its town ("1481 – Centro – Campinas/SP"), an
    # Indian PAN ("AQRPD4817K": its fourth letter P marks a person) and a Brazilian NIS/PIS ("128.47362.01-2"), a
    # German file number ("Az. 33-71904-K/25"), a middle initial beside a first name ("First Name: DEREK  MI: J"),
    # a medical examiner's certificate ("Certificate No./Issuing State: 34.087215 / OH"), a floor and a building
    # before their street ("2nd Floor, Zion Mall, Uganda Road", "2/F Seamen's Centre Bldg., 1523 M.H. del Pilar
    # St."), a town after a hospital's name at a heading's end ("Lagos University Teaching Hospital, Idi-Araba")
    ("LOCATION", re.compile(r"(?<=\d)[ \t][–-][ \t](?P<v>[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\wÀ-ÿ'’]+(?: (?:de |da |do |dos )?"
                            r"[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\wÀ-ÿ'’]+){0,2})"
                            r"(?=[ \t][–-][ \t][A-ZÁÉÍÓÚÂÊÔÃÕÇ][\wÀ-ÿ' ]{2,30}/[A-Z]{2}\b)")),
    ("SSN", re.compile(r"\b[A-Z]{3}P[A-Z]\d{4}[A-Z]\b|(?<=PAN )[A-Z]{5}\d{4}[A-Z]\b|\b\d{3}\.\d{5}\.\d{2}-\d\b")),
    ("ID", re.compile(r"\b(?:Az|AZ|Gz|Aktenzeichen|Geschäftszeichen)\.?[ \t]*:?[ \t]*"
                      r"(?P<v>\d{1,3} [IVXL]{1,6} \d{1,6}/\d\d\b|"  # a court's register: "61 XVII 1187/22"
                      r"(?=[\w./-]*\d)[A-Z0-9][\w./-]{2,28}[A-Za-z0-9])")),
    ("NAME", re.compile(r"(?i:first name)[^\n]*?\b(?:MI|M\.I\.|(?i:middle initial))[ \t]*:[ \t]*(?P<t>[A-Z])\b\.?"
                        r"(?=[ \t]*$|[ \t]{2,})", re.MULTILINE)),
    ("LICENSE", re.compile(r"\b(?i:certificate|licen[cs]e) No\.?/Issuing State[ \t]*:[ \t]*"
                           r"(?P<v>[A-Z0-9][\w.-]{3,20})")),
    ("LOCATION", re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th) Floor|Ground Floor|[GUL\d]{1,2}/F),?[ \t]+"
                            r"(?:[A-Z][\w'’-]+[ \t]){1,3}(?:Mall|Plaza|Tower|House|Building|Bldg\.?|Centre|Center|"
                            r"Complex|Arcade|Chambers)"
                            rf"(?:,[ \t]+(?:\d{{1,5}}[A-Z]?[ \t]+)?(?:(?:[A-Z][\w'’.-]*|del|de|la)[ \t]+){{1,4}}"
                            rf"{STREET}\b\.?)?")),
    ("LOCATION", re.compile(r"(?:Hospital|Infirmary|Hospice),[ \t]+(?![^\n]*(?:ology|iatrics|ics|ery|icine)\b)"
                            r"(?![^\n]*\b(?:Department|Dept|Unit|Ward|Wing|Block|Campus|Site|Outpatients?|Inpatients?|"
                            r"Emergency|Theatres?|Pharmacy|Laborator(?:y|ies)|Annexe?|Clinic|Centre|Center|"
                            r"Services?|Psychiatry)\b)"
                            r"(?P<v>[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2})[ \t]*$", re.MULTILINE)),
    # round 36: a name in capitals, surname first, before the birth date of a page footer ("WHITFIELD-ORTIZ, JAYLEN
    # DOB 11/23/2012"); a signature after "/es/" or "/s/" ("/es/ COLLEEN M BAPTISTE, AUD"); a naval rating by rate
    # and branch ("ET(M) SINGH H.", "CPO(MT) O'REILLY D."); a position in degrees and minutes ("18°41′S 178°02′E");
    # a Mexican number after a phone label ("Cel.: 33 1847 6023"); a street in Irish ("7 Ardán Mhuire")
    ("NAME", re.compile(r"^(?P<t>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?, [A-Z][A-Z'’-]+(?: [A-Z]\.?)?)"
                        r"(?=[ \t]{2,}(?:DOB|D\.O\.B\.|MRN|Born)\b)", re.MULTILINE)),
    ("NAME", re.compile(r"(?<![\w/])/e?s/[ \t]+(?P<t>[A-Z][A-Z'’-]+(?: [A-Z]\.?)?(?: [A-Z][A-Z'’-]+){1,2})"
                        r"(?=,|[ \t]{2,}|[ \t]*$)", re.MULTILINE)),
    ("NAME", re.compile(r"\b(?:ET|CPO|PO|LS|AB|OS|WO|CWO|LMA|MA|LH|CH|ST|HSM|HM)\([A-Z]{1,4}\)[ \t]+"
                        r"(?P<t>[A-Z][A-Z'’-]+(?: [A-Z]\.){1,2})")),
    ("LOCATION", re.compile(r"\b\d{1,2}°[ ]?\d{1,2}(?:\.\d+)?['′][ ]?[NS],?[ \t]*"
                            r"\d{1,3}°[ ]?\d{1,2}(?:\.\d+)?['′][ ]?[EW]\b")),
    ("PHONE", re.compile(r"\b(?i:tel|teléfono|telefone|cel|celular|móvil|movil|whatsapp)\.?(?:[ \t]+[a-zé]+)?[ \t]*:?"
                         r"[ \t]*(?P<v>\(?\d{2,3}\)?[ ]\d{4}[ -]\d{4})\b")),
    ("LOCATION", re.compile(r"\b\d{1,4}[A-Z]?[ ](?:Ardán|Bóthar|Sráid|Lána|Páirc|Cearnóg|Ascaill|Bóithrín|Céide)[ ]"
                            r"(?:(?:na|an)[ ])?[A-ZÁÉÍÓÚ][\wáéíóú'’-]+(?: [A-ZÁÉÍÓÚ][\wáéíóú'’-]+)?")),
    # round 37: a reader's initials after the time of a reading ("(read 15:20, SW)"); a Spanish or Italian medical
    # register number ("nº col. 46/12873", "Ordine dei Medici di Rimini n. 2871"); a Dutch postcode before its town
    # ("3572 AM  UTRECHT", not "1130 AM Review"); a town opening a hospital's name in capitals ("KILIMANI WOMEN'S
    # HOSPITAL", "KISUMU COUNTY REFERRAL HOSPITAL"; not a general hospital, whose names are often no town's); travel
    # documents' names and places are in phi_travel
    ("NAME", re.compile(r"\((?:read|checked|reviewed|seen|verified|reported|done)[ \t]+(?:at[ \t]+)?"
                        rf"(?:[01]?\d|2[0-3])[:.h]?[0-5]\d,[ \t]*{_NOT_INITIALS}(?P<t>[A-Z]{{2,3}})\)")),
    ("LICENSE", re.compile(r"(?:\bn[º°o]\.?[ \t]*col\.|\b[Cc]olegiad[oa](?:[ \t]+n[º°o]\.?)?)[ \t]*:?[ \t]*"
                           r"(?P<v>\d{2}/(?:\d{2}/)?\d{3,6}|\d{5,9})\b")),
    ("LICENSE", re.compile(r"\bOrdine dei Medici(?:[ \t]+Chirurghi(?:[ \t]+e degli Odontoiatri)?)?"
                           r"(?:[ \t]+(?:della Provincia[ \t]+)?di[ \t]+[A-Z][\w'’]+(?:[ \t][A-Z][\w'’]+)?)?"
                           r"[ \t,]*(?:n\.|n[º°]|nr\.?|iscr(?:\.|izione))[ \t]*(?P<v>\d{3,6})\b")),
    ("LOCATION", re.compile(r"\b(?!(?:[01]\d|2[0-3])[0-5]\d[ ]?[AP]M\b)(?P<v>[1-9]\d{3}[ ]?"
                            r"(?!SA|SD|SS|ML|MG|KG|KJ|IU|UI|CM|MM|GM|HR|NS|ME|IV|IM|SC|PO|PR|OD|BD|TD|QD|ID|BP|HB|CT|GP|OK)"
                            r"[A-Z]{2})"
                            r"(?=[ \t]{1,2}[A-Z][A-Za-z'’-]+(?:[ -][A-Z][A-Za-z'’-]+)?[ \t]*(?:$|,))", re.MULTILINE)),
    ("LOCATION", re.compile(r"^[ \t]*(?P<p>(?!(?:NATIONAL|ROYAL|PRIVATE|MISSION|MEMORIAL|UNIVERSITY|CENTRAL|CITY|"
                            r"STATE|ARMY|NAVAL|MILITARY|POLICE|PRISON|MERCY|ADVENTIST|BAPTIST|METHODIST|CATHOLIC|"
                            r"LUTHERAN|CHRISTIAN|ISLAMIC|TEACHING|SPECIALIST|GOVERNMENT|PUBLIC|FAMILY|EAST|WEST|NORTH|"
                            r"SOUTH|NORTHERN|SOUTHERN|EASTERN|WESTERN|UPPER|LOWER|GREATER|SAINT|QUEEN|KING|PRINCE|"
                            r"PRINCESS|JUBILEE|COTTAGE|VETERANS|SHRINERS|UNITED|GENERAL|COMMUNITY)\b)[A-Z]{4,})"
                            r"(?:[ \t]+(?:WOMEN['’]?S|CHILDREN['’]?S|DISTRICT|REGIONAL|COUNTY|SUB-COUNTY|BASE|"
                            r"MATERNITY|COMMUNITY|REFERRAL|NATIONAL|TEACHING)){1,2}[ \t]+HOSPITAL\b", re.MULTILINE)),
    # round 38: a town after a hospital's name in capitals ("NEUROPSYCHIATRIC HOSPITAL, YABA – UNIT") or opening a
    # referral hospital's name ("Butabika National Referral Mental Hospital"; not "Kenyatta National Hospital",
    # named after a person); an initial and a surname signing off before a date at a line's end ("– H. Siddiqui
    # 24.10.24"); a surname in capitals after a title when the census knows it ("Madam WONG", "Dr NG"; not "Dr ICU")
    ("LOCATION", re.compile(r"\b(?:HOSPITAL|CLINIC|CENTRE|CENTER|INFIRMARY),[ \t]+(?P<p>[A-Z]{3,}(?:[ \t][A-Z]{3,})?)"
                            r"(?=[ \t]*(?:[–—-]|$))", re.MULTILINE)),
    ("LOCATION", re.compile(r"\b(?P<p>[A-Z][a-z]{3,})[ \t]+(?:(?:National|Regional|County)[ \t]+)?Referral"
                            r"(?:[ \t]+(?:Mental|Psychiatric|Teaching|General))?[ \t]+Hospital\b")),
    ("NAME", re.compile(rf"(?:^|[ \t])[–—-][ \t]+(?P<v>[A-Z]\.[ ]?{_NOT_ORGANISM}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
                        r"(?=[ \t]+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[ \t]*$|[ \t]*$)", re.MULTILINE)),
    ("NAME", re.compile(rf"\b(?:Dr|Mr|Mrs|Ms|Miss|Madam|Mdm|Prof)\.?[ \t]+{_NOT_INITIALS}(?!ON\b)"
                        r"(?P<s>[A-Z]{2,12}(?: [A-Z]{2,12}){0,3})(?![\w'’-])")),
    # round 39: initials with an Irish surname's apostrophe ("MFO'D", "SO'C"); a day and month before a time of
    # day ("reserved until 10/10 2359"); the house and street of an Irish address before its town and county ("4 Ard
    # na Gréine, Ballincollig, Co. Cork"); a notification number after "nº" ("NOTIVISA nº 2024.10.118347"; not "Lei
    # nº 8.080"); a Spanish social-security affiliation ("Nº afiliación SS: 46/10473825/96"); a name in capitals
    # before a relative in brackets ("LIM JUN HAO (son)")
    ("NAME", re.compile(r"(?<![\w'’])(?P<t>[A-Z]{1,3}O['’](?!S(?![A-Z]))[A-Z]{1,2})(?![\w'’])")),
    ("DATE", re.compile(r"\b(?i:until|till|by|from|before|after|on|at)[ \t]+"
                        r"(?P<v>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))"
                        r"(?=[ \t]+(?:[01]\d|2[0-3])[0-5]\d(?:h|hrs)?\b)")),
    ("LOCATION", re.compile(r"(?<![\w,])(?P<v>\d{1,4}[A-Z]? [A-ZÀ-Þ][\w'’]+(?: (?:na|an|[A-ZÀ-Þ][\w'’]+)){1,3})"
                            r"(?=, [A-Z][\w'’]+(?: [A-Z][\w'’]+)?, Co\.? [A-Z])")),
    ("ID", re.compile(r"\b[nN][º°]\.?[ \t]*(?P<v>(?=(?:\d\.?){8})\d[\d.]{6,18}\d(?:-\d)?)(?![\w/.-]\w)")),
    ("HEALTH_PLAN", re.compile(r"\b(?i:afiliaci[oó]n(?: SS| a la seguridad social)?|NUSS|NASS)[ \t]*:?[ \t]*"
                               r"(?P<v>\d{2}[ /]?\d{8}[ /]?\d{2})\b")),
    ("NAME", re.compile(rf"(?<![\w'’])(?P<t>(?:[{_UPPER}][{_UPPER}'’-]+ ){{1,3}}[{_UPPER}][{_UPPER}'’-]+)[ \t]+"
                        rf"\((?:{_RELATIVES})\)")),
    # a coroner's area ("HM Coroner West Yorkshire (Eastern)"); a fieldworker's code in brackets ("(code FW-07)")
    ("LOCATION", re.compile(r"\bHM[ ]Coroner(?:[ ]for)?(?:[ ]the)?[ \t]+(?!(?:Officer|Service|Court|Office)\b)"
                            r"(?P<t>[A-Z][a-z]+(?:[ ](?:and[ ])?[A-Z][a-z]+){0,3})")),
    ("ID", re.compile(r"\((?:staff[ ]|worker[ ]|interviewer[ ]|fieldworker[ ])?code:?[ ]"
                      r"(?!(?:ICD|CPT|ATC|OPS|DRG)-)(?P<v>[A-Z]{2,4}(?:-(?=[A-Z\d]*\d)[A-Z\d]{1,4}){1,3})\)")),
    # a meeting's attendee, an initial and a surname before a role in brackets: "D Hartono (dietitian)"; a town
    # ending a hospital's name in capitals: "HOSPITAL CLÍNIC DE BARCELONA —"
    ("NAME", re.compile(rf"\b(?P<v>[A-Z]\.?[ ]{_NOT_ORGANISM}[{_UPPER}][a-z'’]+(?:-[{_UPPER}][a-z'’]+)?)[ \t]+"
                        rf"\((?:[\w/-]+,?[ ]){{0,3}}{_ROLE_IN_BRACKETS}\)")),
    ("LOCATION", re.compile(r"\bHOSPITAL(?:[ ][A-ZÀ-Þ]{3,}){0,3}[ ]DE[ ]"
                            r"(?!(?:AGUDOS|CRÓNICOS|CRONICOS|NIÑOS|NINOS|CLÍNICAS|CLINICAS|ESPECIALIDADES|"
                            r"MATERNIDAD|REHABILITACIÓN|REHABILITACION|URGENCIAS|SALUD|DÍA|DIA)\b)"
                            r"(?P<p>[A-ZÀ-Þ]{3,}(?:[ -][A-ZÀ-Þ]{3,})?)"
                            r"(?=[ \t]*(?:[—–,-]|$))", re.MULTILINE)),
    # round 40: a DICOM person name ("PN: 'Hofstetter^Lukas^^Dr. med.'", "BECKER^ANNELIESE^MARIA"); an initial and a
    # surname after a label's colon, closing the line or before a date ("Register verified: P. R. Menon 21/8/24",
    # "Afwezig m.k.: J. de Wit"); a name before a Swedish personal number ("Gunnel Åkesson 470812-3189"); a
    # licence after an approval ("RSO approval AERB/RSO/MH-2217"); a form's number after "#" ("MOH 100 #0881", not a
    # store's "Pharmacy #0417"); a plate in brackets after a vehicle ("Ambulance from Karlskoga lasarett (MLB 47K)");
    # a street that needs no number before its town ("Main Street, Ballincollig"); metropolitan counties ("West
    # Yorkshire"); the place ending a health centre's name ("CENTRO DE SALUD SANTA CECILIA"); a day and month after a
    # Dutch weekday ("gepland di 27-8"); a Portuguese nurse's title ("enf. obstetra Marcos Vinícius Araújo")
    ("NAME", re.compile(rf"(?:(?<=['\"\[=])|(?<=:[ ]))(?!\w+\^(?:LN|SCT|SNM|UCUM|L|ICD\w*|CPT\w*)\b)"
                        rf"(?P<v>[{_UPPER}][{_LETTER[:-2]}-]+(?:\^[{_UPPER}][{_LETTER[:-2]}-]+)+)(?=\^|['\"\]]|\s|$)")),
    ("NAME", re.compile(rf"(?<=:)[ \t]+(?P<v>(?:[A-Z]\.[ ]?){{1,3}}(?:(?:de|van|der|den|ter|ten|da|di|du|le|la|von) )"
                        rf"{{0,2}}{_NOT_ORGANISM}(?!(?:Med|Clin|Urol|Engl|Biol|Chem|Phys)\b)[{_UPPER}][a-z'’]+"
                        rf"(?:-[{_UPPER}][a-z'’]+)?)(?=[ \t]*$|[ \t]+\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b)",
                        re.MULTILINE)),
    ("NAME", re.compile(rf"(?<![\w.])(?P<v>[{_UPPER}][a-zà-ÿ'’-]+(?: [{_UPPER}][a-zà-ÿ'’-]+){{1,2}})[ \t]+"
                        r"(?:19|20)?\d{6}[-+]\d{4}\b")),
    ("LICENSE", re.compile(r"(?<!ethics )(?<!ethical )\b(?i:approval|licen[cs]e|registration)"
                           r"(?:[ ](?i:no\.?|number))?[ \t]*:?[ \t]*"
                           r"(?P<v>[A-Z]{2,6}(?:/[A-Z]{2,6}){1,3}[/-]\d{3,6})\b")),
    ("ID", re.compile(r"(?:\b[A-Z]{2,5}[ ]\d{1,4}[ ]|\b(?i:ref(?:erral)?|form|case|file|register)\.?[ ]?)#[ ]?"
                      r"(?P<v>\d{4,8})\b")),
    ("VEHICLE", re.compile(r"\b(?i:ambulance|car|taxi|vehicle|van|bus|truck)\b[^\n()]{0,40}"
                           r"\((?!NHS|SOS|ICU|USA|PCR|CPR|GCS)"
                           r"(?P<v>[A-Z]{3}[ ]\d{2}[A-Z\d])\)")),
    ("LOCATION", re.compile(r"\b(?:Main|High|Church|Market|Bridge|Mill|Chapel)[ ](?:Street|St\.?|Road|Rd\.?)"
                            r"(?=,[ \t]*[A-Z][a-z])")),
    ("LOCATION", re.compile(r"\b(?:(?:West|South|North|East)[ ]Yorkshire|Greater[ ]Manchester|Merseyside|"
                            r"West[ ]Midlands|Tyne[ ]and[ ]Wear|Greater[ ]London)\b")),
    ("LOCATION", re.compile(r"\b(?:CENTRO DE SALUD|Centro de Salud)[ ]"
                            r"(?!(?:MENTAL|FAMILIAR|URBANO|RURAL|COMUNITARIO|MUNICIPAL|Mental|Familiar|Urbano|Rural|"
                            r"Comunitario|Municipal)\b)"
                            r"(?P<p>[A-ZÀ-Þ]{3,}(?:[ ][A-ZÀ-Þ]{3,}){0,2}|[A-ZÀ-Þ][a-zà-ÿ]+(?:[ ][A-ZÀ-Þ][a-zà-ÿ]+)?)"
                            r"(?=[ \t]*(?:[—–,.-]|$))", re.MULTILINE)),
    ("DATE", re.compile(r"\b(?:ma|di|wo|do|vr|za)\.?[ ](?P<v>(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2]))"
                        r"(?=[.,;)][ \t]|[.,;)]?[ \t]*$|[ \t]+(?:om[ \t]+)?\d{1,2}[:.]\d\d\b)", re.MULTILINE)),
    ("NAME", re.compile(rf"\b(?:[Ee]nf|[Ee]nfª)\.?[ \t]+(?:obstetra|obstétric[ao]|obstetriz|chefe|resp\.)?[ \t]*"
                        rf"(?P<v>{_NAME_TOKEN}(?: {_PARTICLE}?{_NAME_TOKEN}){{1,3}})")),
    # round 41: a licence after "lic." with its register's letters ("OH lic. RN.412877") and a New Zealand common
    # person number ("HPI-CPN 22KQXR"); a day and month after a treatment or event that stopped or started on it
    # ("Dexamethasone stopped 5/6", "near-fall 7/2 getting out of the bath", "Graduating 5/30"; not "stopped 3/7
    # ago" nor "1/2 dose"); a named bridge or flyover ("on the Third Mainland Bridge"); a full name before a German
    # carer's role in brackets ("durch Agnieszka Nowak (Pflegefachkraft)"); a second signer's initials after the
    # first ("Cannulated by JO, checked RT."); a name after a role's abbreviation ("SW Nomvula Dlamini:", "MTA
    # Katrin Vogt"); a typist's initials after the author's in a German letter ("Diktat: AY/kv"); a Spanish
    # avenue with its floor ("Avenida de las Habaneras 58, 3º B"); a Kenyan estate and house ("Acacia Gardens
    # Estate, House C14"); Polish: a day and month after a session ("sesja 10.03:") and a month in the locative
    # with its year ("w grudniu 2024", not "w kwietniu" alone); Spanish: a month's abbreviation and a year
    # ("dic-2024")
    ("LICENSE", re.compile(r"\blic\.[ \t]*(?!(?:19|20)\d\d\b)(?P<v>(?:[A-Z]{2,4}[.-])?\d{4,8})\b")),
    ("LICENSE", re.compile(r"\b(?:HPI[- ]?)?CPN[ \t]*:?[ \t]*(?P<v>\d{2}[A-Z]{4})\b")),
    ("DATE", re.compile(r"\b(?i:stopped|started|commenced|ceased|discontinued|restarted|withheld|suspended|stop|"
                        r"seponeret|seponeres|"
                        r"graduat(?:ing|ed|es)|near-fall|fell|fall)[ \t]+"
                        rf"(?P<v>{_DAY_NUM}/{_MONTH_NUM}|{_MONTH_NUM}/{_DAY_NUM})(?![/\d])"
                        r"(?=[ \t]*(?:[,;.)|]|$)|[ \t]+(?!(?i:ago|doses?|tabs?|tablets?|strength|days?|weeks?|"
                        r"months?|mg|mls?|units?|hrs?|hours?|times?|of|x|course|cycles?|regimen|nights?|way)\b)"
                        r"[a-z])", re.MULTILINE)),
    ("LOCATION", re.compile(r"(?<=\bthe )(?P<t>(?:[A-Z][a-z]+[ ]){1,3}(?:Bridge|Flyover|Overpass|Expressway))\b")),
    ("NAME", re.compile(rf"\b(?!(?:Frau|Herr|Dr|Schwester|Pfleger)\b)"
                        rf"(?P<v>{_NAME_TOKEN}(?: {_PARTICLE}?{_NAME_TOKEN}){{1,2}})[ \t]+"
                        r"\((?:Pflegefachkraft|Pflegefachfrau|Pflegefachmann|Pflegehelfer(?:in)?|Altenpfleger(?:in)?|"
                        r"Wundexpert(?:e|in)|Pflegedienstleitung|PDL|Stationsleitung|Praxisanleiter(?:in)?|"
                        r"Physiotherapeut(?:in)?|Ergotherapeut(?:in)?|Logopäd(?:e|in)|MFA|MTA|MTRA)\)")),
    ("NAME", re.compile(r"\bby[ \t]+[A-Z]{2,3},[ \t]+(?i:checked|witnessed|countersigned|co-?signed)(?:[ \t]+by)?"
                        rf"[ \t]+{_NOT_INITIALS}(?!(?:BM|BG|FBC|INR|LFT|UE|CRP|RR|SAT|GCS)\b)(?P<t>[A-Z]{{2,3}})"
                        r"(?=[.,;)]|[ \t]*$)", re.MULTILINE)),
    ("NAME", re.compile(rf"\b(?:SW|MTA|MTRA|MFA|PHN|SLT|SALT|HCA|ANP|CNS)[ \t]+(?P<v>[{_UPPER}][{_LETTER}]+ "
                        rf"{_PARTICLE}?(?!(?:Protocol|Assessment|Review|Referral|Service|Team|Clinic|Plan|Report|"
                        rf"Notes?|Visit|Session|Group|Pathway)\b)[{_UPPER}][{_LETTER}]+(?:-[{_UPPER}][{_LETTER}]+)?)"
                        r"(?=[ \t]*[:,;(]|[ \t]*$)", re.MULTILINE)),
    ("NAME", re.compile(r"\b(?i:diktat(?:zeichen)?|dikt\.|diktiert|unser zeichen|our ref)[ \t]*:?[ \t]*"
                        r"[A-Z][A-Za-z]{1,2}/(?P<t>[a-z]{2,3})(?![\w/])")),
    ("NAME", re.compile(r"\b(?i:diktat(?:zeichen)?|dikt\.|diktiert|unser zeichen)[ \t]*:?[ \t]*"
                        r"(?P<t>[A-Z][A-Za-z]{1,2})/[a-z]{2,3}(?![\w/])")),  # the author's: "Diktatzeichen Au/yp"
    ("LOCATION", re.compile(r"\b(?:Avenida|Avda\.|Calle|Paseo|Carrer|Plaza)[ ](?:de[ ](?:las?|los|el)[ ]|del[ ]|de[ ])?"
                            r"(?:[A-Z][a-zà-ÿ]+[ ]){1,3}\d{1,4}(?:,[ ]\d{1,2}[ºª°][ ]?[A-Z]?\b)?")),
    ("LOCATION", re.compile(r"\b(?!Real\b)(?:[A-Z][a-z]+[ ]){1,2}Estate,[ ]House[ ][A-Z]?\d{1,4}[A-Z]?\b")),
    ("DATE", re.compile(rf"\b(?i:sesja|sesji|sesję|dnia|dn\.)[ \t]+(?P<v>{_DAY_NUM}\.(?:0[1-9]|1[0-2]))(?!\.?\d)")),
    ("DATE", re.compile(r"\b(?i:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)-(?:19|20)\d\d\b")),
    ("DATE", re.compile(r"\b(?i:styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|październiku|"
                        r"listopadzie|grudniu)[ \t]+(?:19|20)\d\d\b")),
    # round 42: a staff number in brackets after a name in capitals ("RHODES, KARA (#4412)") and a dispatcher's
    # name ("Disp: VILLANUEVA, M"); a relative's name in a report written in capitals ("HUSBAND GARY ENRT"); a
    # surname after a rank ("E11 (LT OSEI)", "Const. K. Sebego") or a nurse attendant's "N.A." ("N.A. R. Aquino");
    # a son's "jr." ("zoon W. Koster jr."); a named block of flats ("Sai Krupa Apartment"); a town after a
    # hospital's name within a line ("Chhatrapati Shivaji Maharaj Hospital, Kalwa, 102 amb"); a rescue base
    # ("Base Wilderswil"); Swiss grid coordinates ("LV95 2'641'820 / 1'155'410"); a German street without its
    # number ("Kalker Hauptstraße / Ecke Rolshover Straße"); a Swedish municipality ("Göteborgs Stad"); the
    # district in brackets after a town travelled to ("Kisumu (Nyalenda)"); a slide's number ("lâmina
    # 23/0419-H"), a Spanish accident report's ("2024/46/091337"); a Danish phone after "tlf."; days and months
    # that cannot be a fraction or a duration (a day above 12 or a month written with its zero, not "/7" or
    # "/12", the days and months of British shorthand) in a range ("14/07 & 15/07", "5/10 - 13/10"), before a
    # time ("IM 14/10 15:30") or a colon or semicolon ("BD 28/2: Salmonella", "MMR #2 14/10;")
    ("ID", re.compile(r"\b[A-Z][A-Z'’-]+,[ ][A-Z][A-Z'’-]*[ ]\(#(?P<v>\d{3,6})\)")),
    ("NAME", re.compile(r"\b(?:Disp|Dispatcher|Call[ ]?taker)[ \t]*:[ \t]*(?P<t>[A-Z][A-Z'’-]+,[ ]?[A-Z][A-Z'’-]*)\b")),
    ("NAME", re.compile(r"\b(?:HUSBAND|WIFE|SON|DAUGHTER|MOTHER|FATHER|BROTHER|SISTER|PARTNER|BOYFRIEND|GIRLFRIEND|"
                        r"NEIGHBOU?R|FRIEND|GRANDSON|GRANDDAUGHTER)[ \t]+(?!(?:IS|WAS|WILL|HAS|HAD|AND|OR|AT|ON|IN|TO|"
                        r"FROM|WITH|WHO|THAT|ALSO|NOT|CAN|STILL|CALLED|CALLING|STATES|SAYS|REPORTS|PRESENT|ONSCENE|"
                        r"ENRT|DRIVING|HOME|AWARE|INFORMED|NOTIFIED|ADVISED|FOUND|ARRIVED|OF|THE|A|AN|CALL|CALLS|BACK|"
                        r"THEN|WANTS|REQUESTS|REFUSES|DECLINES|LEFT|GONE|NOW|HERE|THERE)\b)"
                        r"(?P<s>[A-Z]{3,})\b(?![a-z'’])")),
    ("NAME", re.compile(r"\((?:LT|LIEUT|CAPT|CPT|SGT|CPL|FF|BC|DC|ENG|CHIEF)[ ](?P<s>[A-Z][A-Z'’-]{2,})\)")),
    ("NAME", re.compile(r"\b(?:Const|Cst|Insp|Sgt|Lt|Capt|Cpl|Det|Supt|N\.A)\.[ \t]+"
                        rf"(?P<v>(?:[A-Z]\.[ ]?){{1,2}}{_NAME_TOKEN})")),
    ("NAME", re.compile(r"\b(?P<t>(?:[A-Z]\.[ ]?){1,2}[A-Z][a-z'’-]+[ ](?:jr|sr|Jr|Sr)\.)")),
    ("LOCATION", re.compile(r"\b(?!(?:The|A|An|My|His|Her|Their|Our|Your|This|That|Serviced|Studio|Rented|Council|"
                            r"Private|Shared|Holiday|Basement|Garden|Ground|Top|First|Second|Luxury|New|Old|Own|Family|"
                            r"Service|Sheltered|Staff)\b)(?P<t>(?:[A-Z][a-z]+[ ]){1,3}(?:Apartments?|Apts|"
                            r"Niwas|Nivas|Sadan|Bhavan|Bhawan|Chawl|Co-op(?:erative)? Housing Society))\b")),
    ("LOCATION", re.compile(r"\b(?:Hospital|Infirmary|Hospice),?[ \t]+(?P<p>[A-Z][a-z]{3,})"
                            r"(?=,[ \t]|[ \t]*[|;]|[ \t]+(?:pvt|amb|by|via)\b)")),
    ("LOCATION", re.compile(r"\b(?:Base|Basis|Stützpunkt)[ \t]+(?P<p>[A-ZÄÖÜ][a-zäöüéè]{3,})(?=[ \t]*$|[ \t]*[,;|)])",
                            re.MULTILINE)),
    ("LOCATION", re.compile(r"\b(?:LV95|LV03|CH1903\+?)[ \t]*:?[ \t]*"
                            r"(?P<v>[12]?'?\d{3}'?\d{3}(?:\.\d+)?[ \t]*[/,][ \t]*[12]?'?\d{3}'?\d{3}(?:\.\d+)?)")),
    ("LOCATION", re.compile(r"\b(?!(?:Unser|Euer|Ihrer|Seiner|Einer|Keiner|Jeder|Dieser|Jener|Aber|Oder|Über|Unter|"
                            r"Hinter|Der|Wer|Immer|Weiter|Außer)\b)[A-ZÄÖÜ][a-zäöüß]+er[ ](?:Hauptstraße|Landstraße|"
                            r"Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Damm|Chaussee|Ufer|Gasse)(?![\w-])|"
                            r"(?<=\bEcke )[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|gasse|weg|allee|platz)\b")),
    ("LOCATION", re.compile(r"\b(?P<p>[A-ZÅÄÖ][a-zåäö]+s)[ ](?:Stad|stad|kommun|Kommun)\b")),
    ("LOCATION", re.compile(r"\b(?i:travell?ed to|visited|trip to|returned from|stayed in|went to)[ \t]+[A-Z][a-z]+"
                            r"[ \t]+\((?P<p>[A-Z][a-z]{3,})\)")),
    ("ID", re.compile(r"\b(?i:lâmina|lamina|slide)[ \t]*(?:n[º°o]\.?[ \t]*)?:?[ \t]*"
                      r"(?P<v>\d{2}/\d{3,6}(?:-[A-Z0-9]{1,3})?)(?![\w/])")),
    ("ID", re.compile(r"(?<![\w/])(?:19|20)\d\d/\d{1,3}/\d{5,8}(?![\w/])")),
    ("PHONE", re.compile(r"\b(?i:tlf|telefon|mobil)\.?[ \t]*:?[ \t]*(?P<v>(?:\+45[ ]?)?\d\d(?:[ ]\d\d){3})(?![ ]?\d)")),
    ("DATE", re.compile(rf"(?<![\w/.])(?:{_DM_SURE}[ \t]*{_RANGE_JOIN}[ \t]*{_DAY_NUM}/{_MONTH_NUM}|"
                        rf"{_DAY_NUM}/{_MONTH_NUM}[ \t]*{_RANGE_JOIN}[ \t]*{_DM_SURE})(?![\w/]|[.,]\d)")),
    ("DATE", re.compile(rf"(?<![\w/.])(?P<v>{_DM_SURE})(?:[ \t]+(?:(?:[01]\d|2[0-3])[:.][0-5]\d\b)|(?=[:;][ \t]))")),
    # round 43: a day and month that cannot be a fraction ending a sentence ("hemiarthroplasty (Exeter stem) 25/5.
    # Previous: ..."); a US month and day after an event ("delivery 5/15", "appt 3/21"; not "2/14 nodes"); the
    # suburb before an Australian state and postcode ("Newcomb VIC 3219"); a city in capitals ending a hospital's
    # heading after a dash ("HOSPITAL UNIVERSITÁRIO VILA MARIANA – SÃO PAULO")
    ("DATE", re.compile(rf"(?<![\w/.])(?P<v>{_DM_SURE})(?=\.[ \t]+[A-Z])")),
    ("DATE", re.compile(r"\b(?i:delivery|delivered|due|scheduled|booked|appointment|appt|surgery|admitted|admission|"
                        r"discharged|discharge|visit|started|stopped|until|dated|expires|expiry)[ \t]+"
                        r"(?P<v>(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01]))(?![\d/]|[.,]\d)")),
    ("LOCATION", re.compile(r"(?:(?<=, )|^)(?P<v>(?:[A-Z][a-z'’]+ ){0,2}[A-Z][a-z'’]{2,})"
                            r"(?= (?:NSW|VIC|QLD|WA|SA|TAS|NT|ACT) \d{4}\b)", re.MULTILINE)),
    ("LOCATION", re.compile(r"\b(?:HOSPITAL|CLINIC|CLÍNICA|CLINICA|CENTRE|CENTER|INFIRMARY|INSTITUTE|INSTITUTO)\b"
                            r"[^\n]*?[ \t][–—-][ \t](?P<c>[A-ZÀ-Þ]{3,}(?:[ ][A-ZÀ-Þ]{2,})?)[ \t]*$", re.MULTILINE)),
    # a known city after a hospital's name in a heading: "SIR GANGA RAM HOSPITAL, NEW DELHI", "HOSPICES CIVILS DE
    # LYON", "SZPITAL POWIATOWY W MYŚLENICACH" (the town in Polish case forms is no known place; its heading is)
    ("LOCATION", re.compile(r"\b(?:HOSPITAL|INFIRMARY|INSTITUTE),[ \t](?P<c>[A-ZÀ-Þ]{3,}(?:[ ][A-ZÀ-Þ]{2,})?)"
                            r"(?=[ \t]*(?:$|[–—-]|\||,))", re.MULTILINE)),
    ("LOCATION", re.compile(r"\b(?:HOSPICES CIVILS|CENTRE HOSPITALIER(?: UNIVERSITAIRE| RÉGIONAL)?|CHU|CHR|HÔPITAL|"
                            r"HOPITAL)[ \t]+(?:DE|DU)[ \t]+(?P<c>[A-ZÀ-Þ]{3,}(?:-[A-ZÀ-Þ]{2,})*)\b")),
    ("LOCATION", re.compile(r"\b(?:SZPITAL|Szpital)\b[^\n]{0,60}?[ \t][Ww][ \t]+"
                            r"(?P<v>[A-ZĄĆĘŁŃÓŚŹŻ]{4,}|[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{3,})\b")),
    # EASA licences and examiner numbers: "NO.FCL.22817", "IE.AME.0147"
    ("LICENSE", re.compile(r"\b[A-Z]{2}\.(?:FCL|AME|ATCO|MED|ATPL|CPL|PPL)\.\d{2,6}\b")),
    # a day and month with a zero-padded month and a closing dot, German style: "OP-Plan 14.05. v2"
    ("DATE", re.compile(r"\b(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(?![\d.])")),
    # a day and month after a time: "às 07:12 de 05/04", "at 14:30 on 3/6"
    ("DATE", re.compile(r"\b(?:[01]?\d|2[0-3])[:h][0-5]\d[ \t]+(?:de|on|del|le|am|du)[ \t]+"
                        r"(?P<v>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))(?![/\d])")),
    # an age in German: "92 J.", "94 Jahre", "91-jährige"
    ("AGE", re.compile(r"\b(?P<v>9\d|1[01]\d)(?:[ \t]?J\.|[ \t]Jahre\b|-?jährige?[nrs]?\b)")),
    # Philippine addresses: "Purok 5, Sampaguita", "Blk 12 Lot 8", "Sitio Veterans"
    ("LOCATION", re.compile(r"\bPurok[ \t]+\d{1,3}(?:,[ \t]*[A-Z][\w'’-]+(?: (?:Ext\.|[A-Z][\w'’-]+))?)?|"
                            r"\b(?:Blk|Block)\.?[ \t]?\d{1,4}[A-Z]?[ \t]+Lot[ \t]?\d{1,4}[A-Z]?\b|"
                            r"\bSitio[ \t]+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")),
    # an extension, pager or bleep number: "ext. 4412", "pager 7731", "x4-6621", "pg 8812"
    ("PHONE", re.compile(r"\b(?i:ext|extn|extension|pager|bleep|paged|bleeped)\.?[ \t]*(?:no\.?[ \t]*)?:?[ \t]*"
                         r"(?P<v>\d{3,6}|\d-\d{4})\b|(?<=[ (]x)\d-\d{4}\b|(?<=\bpg )\d{4,5}\b")),
    # a claim form's dates, month day year apart: "BIRTH DATE: 04 17 1958", a line item's "  03 04 24  "
    ("DATE", re.compile(rf"\b(?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01]) {_YEAR}\b|"
                        r"(?<=[ \t]{2})(?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01]) \d\d(?=[ \t]{2})")),
    # dictated dates: "june seventeenth nineteen fifty two", "through the twenty third"
    ("DATE", re.compile(rf"\b(?i:{MONTH_FULL})[ \t]+(?:the[ \t]+)?{ORDINAL_WORD}\b(?:,?[ \t]+{SPOKEN_YEAR})?")),
    ("DATE", re.compile(rf"\b(?i:through|until|till|on|by|from)[ \t]+the[ \t]+(?P<v>{ORDINAL_WORD_ABOVE_NINE})\b"
                        rf"(?![ \t]*(?:-|{ORDINAL_NOUNS}|of\b))")),
    # Malay street and estate names: "No 18, Jalan Genting Kelang 3", "Jln. Ampang", "Taman Melawati"
    ("LOCATION", re.compile(r"\b(?:No\.?[ \t]?\d{1,5}[A-Z]?,[ \t]*)?(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|"
                            r"Lebuh|Taman|Tmn\.?|Kampung)[ \t]+[A-Z][A-Za-z'-]+"
                            r"(?:[ \t]+(?:[A-Z][A-Za-z'-]+|\d{1,3}[A-Z]?\b(?![ \t]*(?:mg|ml|mL|%|am|pm)\b))){0,3}")),
    ("LOCATION", re.compile(r"\b(?i:(?:home |usual |postal |mailing |current )?address|addr|residence|lives at)"
                            r"(?: [a-z ]{0,20})?\s*:[ \t]*(?P<v>[A-Za-z0-9][^\n\t|;]*?[\w.)])"
                            r"(?=[ \t]{2,}|\t|[ \t]*(?:$|[|;]))",
                            re.MULTILINE)),
    # "Flat 9, Kingsdown House, 41 Amhurst Road", "Suite 12, Vineyard Medical Chambers"
    ("LOCATION", re.compile(rf"\b(?:Flat|Apt|Apartment|Unit|Suite|Room)\.?\s+\w+,\s+(?:[A-Z][a-z]+\s+){{0,3}}"
                            rf"(?:House|Court|Building|Chambers|Tower|Lodge|Mansions|Block|Centre|Center|Plaza)\b"
                            rf"(?:,\s+\d{{1,6}}[ \t]+(?:[A-Z][a-zA-Z'’]+[ \t]+){{1,3}}{STREET}\b)?")),
    # street first, number after: "Venloer Straße 318", "Keizersgracht 221"; a postcode before a town: "50825 Köln"
    ("LOCATION", re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ring|laan|"
                            r"gracht|straat|plein|baan|kade|dijk|singel|steeg|dreef|markt|vej|gatan|gata|veien|vägen|"
                            r"gränd|stigen|torget)\s+\d{1,4}(?:[a-zA-Z]|[ ][A-Z](?!\w)|[ ](?:bis|ter|hs|huis|bg)\b)?\b"
                            r"(?:,\s+\d{1,2}\.?\s?(?:tv|th|mf|sal|tr)\b\.?|,[ \t]*lgh\.?[ \t]*\d{4})?|"
                            r"\b[A-ZÄÖÜ][a-zäöüß]+ (?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Damm|Ring)"
                            r"\s+\d{1,4}[a-z]?\b")),
    # a German street named with a preposition ("Am Deich 48", "An der Alster 3"; not "Am Surg 2019;85"), a Dutch
    # street without a suffix before its postcode ("Oudenoord 340, 3513 EX Utrecht")
    ("LOCATION", re.compile(r"\b(?:Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Unter den|Hinter der|Vor dem)"
                            r" (?!(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
                            r"November|Dezember|Jahr|Alter|Rahmen|Verlauf|Bereich)\b)"
                            r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]+)? (?!(?:19|20)\d\d)\d{1,3}[a-z]?"
                            r"(?![\d;:/.,]\d|\w)|"
                            r"\b(?:[A-Z][a-z'’-]+ ){0,2}(?!(?:Room|Ward|Unit|Suite|Level|Floor|Postbus|Page|Kamer|"
                            rf"Box|Bed|{MONTH_FULL}|Sept)\b)[A-Z][a-z'’-]{{3,}} \d{{1,4}}[a-z]?"
                            r"(?=,?[ \t]+[1-9]\d{3} ?[A-Z]{2}\b)")),
    ("LOCATION", re.compile(r"(?<=, )(?!(?:19|20)\d\d\b)\d{4,5}(?= [A-ZÄÖÜ][a-zäöüß]+\b)")),
    # a postcode and its town after a separator: "· 50996 Köln", "· 2502 Biel/Bienne", "1021, 379 01 Třeboň",
    # "12, 1 tr, 131 38 Nacka", an Argentine CPA "S2000DSN Rosario"
    ("LOCATION", re.compile(rf"(?:(?<=, )|(?<=· )|(?<=\| ))(?!(?:19|20)\d\d\b)"
                            rf"(?:\d{{4,5}}|\d{{3}} \d{{2}}|[A-Z]\d{{4}}[A-Z]{{3}})[ \t]+"
                            r"(?!(?:Units?|IU|Tablets?|Capsules?|Doses?|Cells?|Copies|Patients?|Cases?|Days?)\b)"
                            rf"[{_UPPER}][{_LETTER}]+(?:[-/ ][{_UPPER}][{_LETTER}]+)?")),
    # Polish, Czech, Colombian and Turkish street forms: "ul. Lubicz 23/5", "os. Złotego Wieku 14/62", "Husova
    # 1187/12, 370 01", "Calle 10 # 35-22, apto 1104", "Barbaros Mah. Begonya Sok. No: 3"
    ("LOCATION", re.compile(rf"\b(?:ul|al|os|pl)\.[ \t]+[{_UPPER}][{_LETTER}]+(?:[ \t][{_UPPER}][{_LETTER}]+){{0,2}}"
                            r"[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,4})?\b")),
    ("LOCATION", re.compile(rf"\b[{_UPPER}][{_LETTER}]+(?: [{_UPPER}][{_LETTER}]+)? \d{{1,4}}(?:/\d{{1,4}}[a-z]?)?"
                            r"(?=,[ \t]*\d{3} \d{2}\b)")),
    ("LOCATION", re.compile(r"\b(?:Calle|Carrera|Cra\.?|Cl\.?|Avenida|Diagonal|Transversal|Tv\.?|Dg\.?)[ \t]+"
                            r"\d{1,3}[A-Z]?(?:[ \t]?Bis)?[ \t]*(?:#|No\.?|N[°º])[ \t]*\d{1,3}[A-Z]?-\d{1,3}"
                            r"(?:,?[ \t]*(?i:apto|apartamento|int|interior|casa)\.?[ \t]*\d{1,5})?")),
    ("LOCATION", re.compile(r"\b[A-ZÇĞİÖŞÜ][\wçğıöşü]+ Mah(?:\.|allesi)(?:[ \t]+[A-ZÇĞİÖŞÜ][\wçğıöşü]+ "
                            r"(?:Sok(?:\.|ak)|Cad(?:\.|desi)|Bulvarı))?(?:,?[ \t]*No:?[ \t]*\d{1,4}(?:/\d{1,3})?)?")),
    ("LOCATION", re.compile(r"\b(?i:barrio|bairro)[ \t]+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")),  # "barrio Echesortu"
    # person numbers: Czech and Slovak birth numbers "580914/0217", Nordic "19321104-2286", "120358-1437",
    # Argentine "D.N.I. N° 34.118.902"
    ("SSN", re.compile(r"\b\d{6}/\d{3,4}\b|\b(?:19|20)?\d{6}[-+]\d{4}\b(?![-/]\d)")),
    ("SSN", re.compile(r"\b(?:D\.?N\.?I\.?|C\.?C\.?|[Nn]úmero|[Dd]ocumento)[ \t]*:?[ \t]*(?:N[°º]\.?[ \t]*)?"
                       r"(?P<v>\d{1,2}\.?\d{3}\.?\d{3})\b")),  # "D.N.I. N° 34.118.902", "Número: 71.782.540"
    # a Venezuelan cédula "V-26.781.306"; a Myanmar NRC "11/PaTaTa(N)048217"
    ("SSN", re.compile(r"\b[VE]-\d{1,2}\.\d{3}\.\d{3}\b|\b\d{1,2}/[A-Z][A-Za-z]{2,9}\((?:N|E|P|Naing)\)\d{6}\b")),
    # a village's district, a camp by its name: "Mawza district", "Nget Chaung 2 camp", "Zaatari camp"
    ("LOCATION", re.compile(rf"\b(?!(?:{_DETERMINER}|Postcode|Postal|Health|School|Police|Electoral|Central|Local|"
                            r"Rural|Urban|Home|Lake|Peak|Lower|Upper|North|South|East|West|Boot|Training)\b)"
                            r"(?P<v>(?:al-|el-)?[A-Z][a-z'’-]{2,}(?: [A-Z][a-z'’-]{2,})?(?: \d{1,2}| II| III)?)"
                            r" (?:district|sub-county|subcounty|woreda|upazila|tehsil|taluka|"
                            r"(?:IDP |refugee )?camp)\b")),
    # Dublin postal districts "Dublin 22", "Dublin 6W"; places joined by "-on-" or "-upon-": "Westbury-on-Trym";
    # a town before its region or province: "Colchane, Tarapacá Region"
    ("LOCATION", re.compile(r"\bDublin \d{1,2}W?\b(?![\d.,:/-])|"
                            r"\b[A-Z][a-z]+-(?:on|upon|under|in|by|le|la|sur|en)-(?:the-)?[A-Z][a-z]+\b|"
                            r"\b(?!(?:Health|Ministry|Directorate|Office|Services|Hospital|Council|Authority|Board|"
                            r"Division|Unit|Programme|Program|Affairs|Welfare|Development)\b)"
                            r"(?P<v>[A-Z][a-z'’-]{2,}),[ \t]+[A-Z][\w'’-]+[ \t]+"
                            r"(?:Region|Province|Prefecture|Governorate|Oblast|Departamento)\b")),
    # an Indian house number with the localities after it: "H.No. 221/B, Fatorda", "Flat No. 4, Kothrud"
    ("LOCATION", re.compile(r"\b(?:H\.[ ]?No|House No|Flat No|Door No|Plot No)\.?[ \t]*:?[ \t]*[\w/-]*\d[\w/-]*"
                            r"(?:,[ \t]+(?![A-Z][a-z]+[ \t]+\d{6}\b)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?){0,3}")),
    # a Peruvian CUI (eight digits; a UMLS CUI starts with "C"): "birth cert. CUI 81937426"
    ("SSN", re.compile(r"\bCUI[ \t]*:?[ \t]*(?P<v>\d{8})\b")),
    # an author before an ORCID: "H. Nishimura 0000-0002-7714-3095"
    ("NAME", re.compile(rf"\b(?P<v>(?:[A-Z]\.[ ]?){{1,3}}{_NAME_TOKEN}(?: {_NAME_TOKEN})?)[ \t]*\(?"
                        r"(?:ORCID:?[ \t]*)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b")),
    # old records: Roman-numeral months "2.ix.1907", "12.IV.68"; "the 12th inst.", "14th ult.", "3rd prox."
    ("DATE", re.compile(r"\b(?:0?[1-9]|[12]\d|3[01])[./-](?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|"
                        r"I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)[./-](?:\d{4}|\d{2})\b(?![./-]\d)|"
                        r"\b(?:[12]?\d|3[01])(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]+(?:inst|ult|prox|INST|ULT|PROX)\b\.?")),
    # the next day and month of a list: "em 19/01, 21/01 e 23/01", "on 03/04 and 05/04"
    ("DATE", re.compile(r"(?:(?<=\d\d/\d\d, )|(?<=\d\d/\d\d e )|(?<=\d\d/\d\d y )|(?<=\d\d/\d\d et )|"
                        r"(?<=\d\d/\d\d and )|(?<=\d\d/\d\d und ))(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])(?![/\d])")),
    # a day with its part of the day: "shift to 17th morning"
    ("DATE", re.compile(r"\b(?P<v>(?:[12]?\d|3[01])(?:st|nd|rd|th))[ \t]+(?:morning|afternoon|evening|night)\b")),
    # a telephone exchange by name: "JEfferson 5-2271", "tel. Whitehall 4321"
    ("PHONE", re.compile(r"\b[A-Z]{2}[a-z]{3,} \d-\d{4}\b|"
                         r"\b(?i:tel|phone|telephone)\.?:?[ \t]+(?P<v>[A-Z][a-z]{3,}[ \t]\d{3,4})\b")),
    # a typist's initials after the author's, and the author's: "JTM:rs", "WKM/jd" alone in their field
    *(("NAME", re.compile(rf"(?:^|(?<=[ \t]{{2}})){author}[:/](?!(?:ml|dl|mg|kg|hr|hrs|min|wk|wks|mo|yr|ul|mcg|mm|cm|"
                          rf"hpf|lpf|ng|pg|cc|day|dy|mol|sec)\b){typist}(?=[ \t]{{2,}}|[ \t]*$)", re.MULTILINE))
      for author, typist in (("[A-Z]{2,4}", "(?P<t>[a-z]{2,3})"), ("(?P<t>[A-Z]{2,4})", "[a-z]{2,3}"))),
    # a log-in name in capitals with digits: "by user JWHITEHORSE2"
    ("NAME", re.compile(r"\b(?i:user|username|login)[ \t]*[:=]?[ \t]*(?P<t>[A-Z]{4,}\d{1,3})\b")),
    # Malay villages and estates: "Kg. Sungai Sembilang", "Ladang Sungai Tinggi"
    ("LOCATION", re.compile(r"\b(?:Kg\.|Kpg\.|Kampung|Ladang|Felda)[ \t]+[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")),
    # a calendar invitation's common name: "CN=Muhammad Faizal bin Rahman:mailto:"
    ("NAME", re.compile(r"\bCN=(?P<v>[A-Z][^:;=\n]{1,60}?)(?=[:;])")),
    # a masked Singapore NRIC: "S****672D"
    ("SSN", re.compile(r"(?<![\w*])[STFGM]\*{3,5}\d{3,4}[A-Z](?![\w*])")),
    # Portuguese house and block numbers: "quarteirão 14, casa nº 27"
    ("LOCATION", re.compile(r"\b(?:quarteirão|quadra|bloco|casa)(?: n[º°o]\.?)? ?\d{1,4}[A-Z]?\b")),
    # initials signing a transcript's note or an entry: "— RJ]", "— AOS 09/12"
    ("NAME", re.compile(r"(?<=— )(?P<t>[A-Z]{2,3})(?=\]|[ \t]+\d{1,2}/\d{1,2}\b)")),
    # a camp's block or shelter after the camp or village and a comma: "Barwaaqo 2, block D", "abri B-221"
    ("LOCATION", re.compile(r"(?<=, )(?i:block|bloc|blk|abri|shelter)[ \t]+(?P<t>[A-Z](?:-?\d{1,4})?)\b(?![-/.]\w)")),
    # registrations and case numbers after "Matrícula" or "N°": "Matrícula Provincial N° 14.873", "N° 1147/24"
    ("LICENSE", re.compile(r"\b(?i:matr[ií]cula)(?:[ \t]+(?i:provincial|nacional|profesional))?[ \t]*(?:N[°º]\.?)?"
                           r"[ \t]*(?P<v>\d{1,3}(?:\.\d{3})+|\d{3,7})\b")),
    ("ID", re.compile(r"\bN[°º]\.?[ \t]*(?P<v>\d{2,6}/\d{2,4})\b")),
    # an ISBT 128 blood donation number: "=W1402 24 081347", "E0711 24 102881 H"
    ("ID", re.compile(r"(?<![\w=])=?[A-Z]\d{4} \d{2} \d{6}(?:[ ][A-Z](?![\w-]))?(?!\w)")),  # its check letter too
    # round 28 (emergencies and disasters, public and legal texts)
    # a person not yet identified, by the label a mass-casualty log gives: "Unknown Male 1", "UNKNOWN ALPHA",
    # "Mr. X-03", "Inconnu 3", "不明女性-3"
    ("ID", re.compile(rf"\b(?:Unknown|UNKNOWN|Unidentified|UNIDENTIFIED)[ ](?:(?:Male|Female|Child|Adult|Person|"
                      rf"Patient|MALE|FEMALE|CHILD|ADULT|PERSON|PATIENT)[ ])?(?:\d{{1,4}}\b|{_PHONETIC}\b)|"
                      r"\bMr\.?[ ]X-?\d{1,3}\b|\b(?:Inconnue?|Desconocid[oa]|Sconosciut[oa])[ ]\d{1,3}\b|"
                      r"不明(?:男性|女性|者)-?\d{1,3}")),
    # an age over 89 beside its sex in a table cell or written with 歳: "| 91/F |", "92歳"
    ("AGE", re.compile(r"(?<=\| )(?:9\d|1[01]\d)(?=[ ]?/?[ ]?[MF][ \t]*\|)|(?<!\d)(?:9\d|1[01]\d)(?=歳)")),
    # a Nepali citizenship number "23-01-72-04518"; Bikram Sambat dates "2081/03/22 BS", "since Asar 18"
    ("SSN", re.compile(r"\b\d{2}-\d{2}-\d{2}-\d{5}\b")),
    ("DATE", re.compile(r"\b20[6-9]\d/(?:0[1-9]|1[0-2])/(?:[012]\d|3[0-2]) BS\b|"
                        r"\b(?:Baisakh|Jestha|Asar|Ashadh|Shrawan|Bhadra|Asoj|Kartik|Mangsir|Poush|Magh|Falgun|Chaitra)"
                        r" (?:[12]?\d|3[0-2])\b")),
    # places on a route or a road: "Field Hut", "I-75 northbound at mile marker 179", "Camino a Chinquihue km 8"
    ("LOCATION", re.compile(r"\b[A-Z][a-z]+ (?:Hut|Bivvy|Bivouac)\b|"
                            r"\bI-\d{1,3} (?:north|south|east|west)bound"
                            r"(?: (?:at|near) (?:mile marker|exit|MM) \d{1,4})?|"
                            r"\bCamino (?:a |al |de )?[A-Z][a-z]+ km \d{1,3}\b")),
    # Japanese: a town within a city "輪島市河井町2部", a name after a role or before its reading
    # ("看護師 高橋 美咲", "山本 和子 (Kazuko Yamamoto)", "木村 恵子様"), a medical registration "第489213号"
    ("LOCATION", re.compile(r"[\u4e00-\u9fff]{2,3}市[\u4e00-\u9fff]{1,4}町(?:\d{1,3}(?:部|丁目|番地?|号))?")),
    ("NAME", re.compile(r"(?:看護師|医師|保健師|薬剤師|記載者|確認|隊長|救急救命士)[ :：]*(?!看護師|医師|保健師|薬剤師)"
                        r"(?P<t>[\u4e00-\u9fff\u3005]{1,4}(?: [\u4e00-\u9fff\u3005]{1,3})?)(?![\u4e00-\u9fff\u3005])")),
    ("NAME", re.compile(r"(?<![\u4e00-\u9fff\u3005])[\u4e00-\u9fff\u3005]{1,4} [\u4e00-\u9fff\u3005]{1,3}"
                        r"(?= \([A-Z][a-z]+ [A-Z][a-z]+\)|様)")),
    ("LICENSE", re.compile(r"(?<=登録番号 )第\d{4,8}号")),
    # counsel and judges after their title: "Adv. Farida Contractor", "the Honorable Theresa M. Galloway"
    ("NAME", re.compile(rf"\b(?:Adv|Advocate|Hon|Honou?rable|Justice|Judge|Magistrate)\.?[ \t]+"
                        rf"(?!(?:Act|Department|Ministry|System|Committee|Court)\b)(?P<v>{NAME})")),
    # a nickname in quotes: '(or "Bear" as his cousins call him)', 'known to everyone as "Curly"'
    ("NAME", re.compile(r"(?:\((?:or|aka) |\bknown (?:to [a-z ]{1,20} )?as[ \t]+)[\"“](?P<t>[A-Z][a-z]{1,14})[\"”]")),
    # Indian address lines: "Tilak Road, Dadar (West)", "Mumbai - 400 028"; a US federal docket "1:23-cv-01188-TMG"
    ("LOCATION", re.compile(r"\b[A-Z][a-z]+ (?:Road|Marg|Lane|Street), [A-Z][a-z]+ \((?:East|West|E|W)\)|"
                            r"\b(?:[A-Z][a-z]+|[A-Z]{3,}) - \d{3} ?\d{3}\b")),  # "KOTHRUD, PUNE - 411038"
    ("ID", re.compile(r"\b\d:\d{2}-(?:cv|cr|mc|md)-\d{4,6}(?:-[A-Z]{2,4})?\b")),
    # an age over 89 in a fixed-width casualty list before the sex, or in brackets after a name: "Thambirajah (96),"
    ("AGE", re.compile(r"(?<=[a-z\"”)])[ \t]{2,}(?P<v>9\d|1[01]\d)[ \t]?[MF](?=[ \t]{2,}|[ \t]*$)", re.MULTILINE)),
    ("AGE", re.compile(r"(?<=[a-z]{2} \()(?:9\d|1[01]\d)(?=\),)")),
    # a Nepali municipality's ward and village in a table cell: "| Melamchi-3, Talamarang |"
    ("LOCATION", re.compile(r"(?<=\| )[A-Z][a-z]+-\d{1,2}, [A-Z][a-z]+(?= \|)")),
    # Balinese birth-order names: "I Made Suarta", "Ni Ketut Sari"
    ("NAME", re.compile(r"\b(?P<t>(?:I|Ni) (?:Made|Wayan|Nyoman|Ketut|Gede|Putu|Kadek|Komang|Luh|Gusti(?: Ngurah)?)"
                        r"(?: [A-Z][a-z]+){1,2})")),
    # a fundraiser's child by first name: "Team Liam: Help Liam Fight Neuroblastoma"
    ("NAME", re.compile(r"\b(?:Team|Help|Support|Pray for|Prayers for) (?P<v>[A-Z][a-z]{2,14})"
                        r"(?=[:!]| (?:Fight|Beat|Battle|Get|Walk|Win|Recover|Heal)\b)")),
    # round 27 (software artefacts, code-mixed English)
    # the doctor's code before an HL7 name: "|HAJ01^HARTLEY^JONATHAN^^^DR"
    ("ID", re.compile(r"(?<=\|)(?P<v>(?=[A-Z]*\d)[A-Z][A-Z0-9]{2,9})(?=\^[A-Z][A-Z'-]+\^[A-Z])")),
    # an X12 person and place: "NM1*IL*1*NAVARRO*LUCIA*M", "N4*CHICAGO*IL*606142107"
    ("NAME", re.compile(r"\bNM1\*[0-9A-Z]{2}\*1\*(?P<v>[A-Z][A-Z'-]+(?:\*[A-Z][A-Z'-]*){0,2})")),
    ("LOCATION", re.compile(r"\bN4\*(?P<v>[A-Z][A-Z .'-]+)(?=\*[A-Z]{2}\*)")),
    ("LOCATION", re.compile(r"(?<=\bN4\*)[A-Z][A-Z .'-]+\*[A-Z]{2}\*(?P<v>\d{5}(?:\d{4})?)\b")),
    # a name in a query string, URL-encoded: "?name=Whitaker%2C%20Donald&dob="
    ("NAME", re.compile(r"[?&](?i:name|family|given|lastname|firstname|patient_?name)=(?P<t>[A-Z][A-Za-z'-]*"
                        r"(?:(?:%2C|%20|\+|,)+[A-Z][A-Za-z'-]*){0,3})(?=[&#\s]|$)")),
    # a name field whose value has \u escapes: "familyName": "O\u2019Brien", zh: "\u9648\u7f8e\u73b2"
    ("NAME", re.compile(r"\b(?i:family_?name|given_?name|last_?name|first_?name|surname|nom|prenoms?|zh|name_zh)"
                        r"[\"']?[ \t]*:[ \t]*[\"'](?P<t>(?=[^\"'\n]*\\u[0-9a-fA-F]{4})"
                        r"(?:[\w'’ -]|\\u[0-9a-fA-F]{4}){2,60})[\"']")),
    # a city after "City=" in a key=value log: "323-CN City=OPELOUSAS  324-CO State=LA"
    ("LOCATION", re.compile(r"\b(?i:city|town)=(?P<v>[A-Z][A-Za-z .'-]*[A-Za-z])(?=[ \t]{2,}|[&;,|]|[ \t]*$)",
                            re.MULTILINE)),
    # key=value names: "prescriber=THIBODEAUX, REMY", "patient=FONTENOT, EULALIA"
    ("NAME", re.compile(r"\b(?i:patient|prescriber|provider|pt_?name|name|doctor|physician)=(?P<v>[A-Z][A-Za-z'-]+,"
                        r" ?[A-Z][A-Za-z'-]+(?: [A-Z]\b)?)")),
    # a Python date literal in code or a test: "date(1943, 7, 12)"
    ("DATE", re.compile(r"\bdate(?:time)?\((?P<v>(?:19|20)\d\d, ?\d{1,2}, ?\d{1,2})\b")),
    # a month in a file name: "RA_Reconcile_2024-06.xlsx"
    ("DATE", re.compile(r"(?<=_)(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?=\.[a-z]{3,4}\b)")),
    # a developer's handle in a code comment: "# TODO(jlim):"
    ("NAME", re.compile(r"\b(?:TODO|FIXME|XXX|HACK|NOTE)\((?P<t>[a-z][a-z0-9._-]{1,20})\)")),
    # a chat's display name on its own line before the time: "Rangi Parata  9:14 AM"
    ("NAME", re.compile(rf"^(?P<v>{_NAME_TOKEN}(?: {_NAME_TOKEN}){{0,2}})[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d"
                        r"(?:[ \t]?[AaPp][Mm])?[ \t]*$", re.MULTILINE)),
    # a Swedish HSA id "SE2321000032-ab4k"; an inverted name between semicolons "...;Johansson, Erik;SE..."
    ("ID", re.compile(r"\bSE\d{10}-[A-Za-z0-9]{3,6}\b")),
    ("NAME", re.compile(rf"(?<=;)(?P<v>[{_UPPER}][{_LETTER}-]+, [{_UPPER}][{_LETTER}-]+)(?=;)")),
    # an ABHA health number "91-4417-2209-6638"; a Hong Kong hospital number "HN24011837(2)"
    ("HEALTH_PLAN", re.compile(r"\b\d{2}-\d{4}-\d{4}-\d{4}\b")),
    ("MRN", re.compile(r"\bHN(?P<v>\d{8}\(\d\))")),
    # a French street: "27, rue des Tanneurs", "4521, rue Saint-Denis"; its postcode before a town in capitals
    ("LOCATION", re.compile(r"\b\d{1,5}(?: ?(?:bis|ter))?,? (?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|"
                            r"impasse|quai|cours|route) (?:de la |de l'|des |du |de |d')?"
                            r"[A-ZÉ][\w'’-]+(?: [A-ZÉ][\w'’-]+){0,2}")),
    ("LOCATION", re.compile(r"(?<=[a-z] )\d{5}(?= [A-ZÉÈ][A-ZÉÈ-]{2,}\b)")),
    # a record's quoted fields: the town and postcode after a street, "'14 Cardigan Road', 'Headingley', 'Leeds',
    # 'LS6 3AG'", "'No. 12, 3rd Cross, Malleswaram','Bengaluru','560003'", "\"Berea\",\"Durban\",\"4001\""
    ("LOCATION", re.compile(r"['\"],[ ]?['\"](?P<v>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)(?=['\"],[ ]?['\"]"
                            r"(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|\d{4,6})['\"])")),
    ("LOCATION", re.compile(r"['\"],[ ]?['\"](?:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)['\"],[ ]?['\"]"
                            r"(?P<v>[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|\d{4,6})(?=['\"])")),
    ("LOCATION", re.compile(r"(?<=['\"])(?P<v>(?:No\.|Flat|Plot|Apt|Unit) ?[\w/-]*\d[\w/-]*,? [^'\"\n]{3,60}?)"
                            r"(?=['\"],[ ]?['\"][A-Z][a-z]+['\"],[ ]?['\"]\d{4,6}['\"])")),
    ("LOCATION", re.compile(r"\b(?:Road|Street|Avenue|Lane|Drive|Way|Close|Crescent|Terrace|Place)['\"],[ ]?['\"]"
                            r"(?P<v>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)(?=['\"],)")),
    # JSON and YAML address fields: "street": "Ang Mo Kio Avenue 10", block: "412", unit: "#08-1142"
    ("LOCATION", re.compile(r"\b(?i:street|address_?line_?\d?|addr\d?|city|town|suburb|locality)[\"']?[ \t]*:[ \t]*"
                            r"[\"'](?P<v>(?=[^\"'\n]*[A-Z0-9])[^\"'\n]{2,60})[\"']")),
    ("LOCATION", re.compile(r"\b(?i:block|blk|unit|flat|apt|house_?no|postal)[\"']?[ \t]*:[ \t]*[\"']"
                            r"(?P<v>#?\d[\w/-]{0,10})[\"']")),
    # Tagalog person markers and a Hindi honorific: "si Jenny", "ni Marco", "Sharma ji"
    ("NAME", re.compile(r"\b(?:si|ni|kay|sina|nina)[ \t]+(?P<v>[A-Z][a-z]{2,14})\b")),
    ("NAME", re.compile(r"\b(?P<v>[A-Z][a-z]{2,14})[ \t]+ji\b")),
    ("LOCATION", re.compile(r"\bBrgy\.?[ \t]+\d{1,4}\b")),
    # round 26 (staff logs, rosters, teaching files)
    # an extension in brackets after a ward or desk: "Ward 5 (4413)", "Pharmacy (x2290)"
    ("PHONE", re.compile(r"\b(?:Ward|Unit|Theatres?|ICU|HDU|CCU|NICU|Pharmacy|Lab|Switchboard|Desk|Office|Clinic)"
                         r"(?: [A-Z0-9]{1,3})? \((?:ext\.? ?|x)?(?P<v>(?!(?:19|20)\d\d\))\d{4,5})\)")),
    # a number paged or called: "paged the house officer on 7733"; an extension written "x5512"
    ("PHONE", re.compile(r"\b(?i:paged|bleeped|rang|called|phoned)\b[^.\n]{0,30}?\bon[ \t]+(?P<v>\d{4,5})\b(?![.:/]\d)|"
                         r"(?<=[a-z] x)\d{4}\b(?![.,]\d)")),
    # an Ontario health number with its version letters: "6120 449 873 HB"
    ("HEALTH_PLAN", re.compile(r"\b\d{4}[ -]\d{3}[ -]\d{3}[ -][A-Z]{2}\b")),
    # an eight-digit Singapore number after a name: "MSW Priya 6555 3312"
    ("PHONE", re.compile(r"(?<=[a-z] )[689]\d{3} \d{4}\b(?![.,]\d| ?(?:mg|ml|mL|units?|cells|copies|IU|g|kg)\b)")),
    # the authors of a reference: "1. Okonkwo AC, Haldane RJ. Antiganglioside ..." (two or more, then a full stop
    # or "et al"), each "Surname INITIALS"
    ("NAME", re.compile(rf"(?<![\w,] )\b(?!{_NOT_AUTHOR})(?P<v>{_AUTHOR})(?=(?:, {_AUTHOR})+(?:\.|, et al))")),
    ("NAME", re.compile(rf"(?<=[A-Z], )(?!{_NOT_AUTHOR})(?P<v>{_AUTHOR})(?=(?:, {_AUTHOR})*(?:\.|, et al))")),
    # a DICOM header's person names and device serial: "ReferringPhysicianName: SHIMADA^TAKESHI"
    ("NAME", re.compile(r"\b(?:PatientName|PatientsName|ReferringPhysicianName|PerformingPhysicianName|"
                        r"OperatorsName|RequestingPhysician|NameOfPhysiciansReadingStudy)\]?[ \t]*[:=][ \t]*"
                        r"(?P<t>[^\s^]+(?:\^[^\s^]*)+|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})")),
    ("DEVICE", re.compile(r"\bDeviceSerialNumber\]?[ \t]*[:=][ \t]*(?P<v>[\w-]{3,})")),
    # an inverted name before age and sex in a list: "412-2 GOLDSTEIN, Irv 92M", "425 Delgado, Rosa 71F"
    ("NAME", re.compile(rf"\b(?P<v>[{_UPPER}][{_LETTER}-]+, [{_UPPER}][a-z'’-]+)(?= \d{{1,3}} ?/?[MF]\b)")),
    ("AGE", re.compile(rf"\b[{_UPPER}][{_LETTER}-]+, [{_UPPER}][a-z'’-]+ (?P<v>9\d|1[01]\d)(?= ?/?[MF]\b)")),
    # a name in quotes after "full name": 'showing the patient's full name ("JOSÉ CARLOS DE LIMA")'
    ("NAME", re.compile(rf"\b(?i:full name|patient's name)[ \t]*\(?[ \t]*[\"“](?P<t>[{_UPPER}][{_UPPER}{_LETTER}-]+"
                        rf"(?: [{_UPPER}][{_UPPER}{_LETTER}-]+){{1,4}})[\"”]")),
    # a handover from one doctor to the next: "from Kat → Darnell"
    ("NAME", re.compile(r"\bfrom[ \t]+(?P<v>[A-Z][a-z]{1,14})[ \t]*(?:→|->)")),
    # a doctor by a training grade in brackets: "Migs (R1)", "Bea (clerk)"
    ("NAME", re.compile(r"\b(?P<v>[A-Z][a-z]{2,14})[ \t]+\((?:R[1-5]|PGY-?[1-8]|FY[12]|CT[1-3]|ST[1-8]|JAP|SAP|"
                        r"intern|clerk|resident|HO|SHO)\)")),
    # a first name before the department the person works in: "Nomvula in Case Management is chasing it"
    ("NAME", re.compile(r"\b(?P<v>[A-Z][a-z]{2,14})(?= (?:in|from) (?:Case Management|Bed Management|Social Work|"
                        r"Patient Flow|Admissions|Billing|Payroll|Medical Records|Switchboard)\b)")),
    # a listener or reader by first name and town: "listener mail from Jordan in Fayetteville"
    ("NAME", re.compile(r"\b(?i:mail|message|e-?mail|letter|question|voicemail|comment)s?[ \t]+from[ \t]+"
                        r"(?P<v>[A-Z][a-z]{2,14})(?= in [A-Z])")),
    # "County Galway"; the street and town of an address before a UK postcode: "Old Perth Road, Inverness IV2 3UJ"
    ("LOCATION", re.compile(r"\bCounty (?!(?:Council|Hospital|Court|Health|Board|Clerk|Coroner|Line|Hall|Jail|Sheriff|"
                            r"Attorney|Commission|Medical|General|Disease|Surveillance|Officer|Office|Department|Government|"
                            r"Public|Referral|Director|Emergency|Assembly|Executive|Level)\b)[A-Z][a-z]{2,}\b")),
    ("LOCATION", re.compile(r"\b(?P<v>(?:[A-Z][a-z'’-]+ ){1,3}(?:Road|Street|Avenue|Lane|Drive|Way|Place|Terrace|"
                            r"Crescent|Close|Gardens|Square)(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?)"
                            r"(?=,? [A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b)")),
    # the town before a UK postcode, in capitals too (however short): "Bramley, LEEDS  LS13 2QH"
    ("LOCATION", re.compile(r"(?<=, )[A-Z][a-z]+(?: [A-Z][a-z]+)?"
                            r"(?=[ \t]{1,3}[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b)")),
    ("LOCATION", re.compile(r"(?<=, )(?P<t>[A-Z]{3,}(?: [A-Z]{3,})?)"
                            r"(?=[ \t]{1,3}[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b)")),
    # dictation reference initials: "Unser Zeichen: Ob/sch", "Our Ref: RK/sm", "Dict. EC/ab"
    ("NAME", re.compile(r"\b(?i:unser zeichen|our ref|your ref|ref|dict|dictated|dikt|diktiert)\.?:?[ \t]*"
                        r"(?P<v>[A-Z][A-Za-z]{0,3}/[a-z]{1,4})(?!\w)")),
    # a name in Devanagari or Arabic script on a name's or signature's line, after its romanisation too, or after
    # Arabic "د." (Dr): "Name: Mr. Suresh Kumar Deshpande / सुरेश कुमार देशपांडे", "الاسم / Name: محمد عبد الحميد"
    ("NAME", re.compile(r"\b(?i:name|signature)[ \t]*[:：][^\n]{0,60}?(?<![^\s/|(-])"
                        rf"(?P<t>[\u0900-\u0963]{{2,}}(?:[ ][\u0900-\u0963]{{2,}}){{1,3}}|"
                        rf"(?<=\()[{_INDIC}]{{2,}}(?=\))|"
                        r"[\u0621-\u064a]{2,}(?:[ ][\u0621-\u064a]{2,}){1,4})")),
    ("NAME", re.compile(r"(?<![\u0621-\u064a])د\.[ \t]*(?P<t>[\u0621-\u064a]{2,}(?:[ ][\u0621-\u064a]{2,}){0,3})")),
    # staff initials after a nurses' or checker's label, one or two: "Nurses:      LH / DC", "prepared by AT 07:40";
    # not a role ("Nurses: RN / HCA")
    ("NAME", re.compile(rf"{_STAFF_LABEL}{_NOT_A_ROLE}(?P<t>[A-Z]{{2,3}})(?=[ \t]*/|[ \t]*$|[ \t]{{2}})",
                        re.MULTILINE)),
    ("NAME", re.compile(rf"{_STAFF_LABEL}[A-Z]{{2,3}}[ \t]*/[ \t]*{_NOT_A_ROLE}(?P<t>[A-Z]{{2,3}})\b")),
    ("NAME", re.compile(rf"\b(?:prepared|checked|drawn up|witnessed) by[ \t]+{_NOT_A_ROLE}(?P<t>[A-Z]{{2,3}})"
                        r"(?=[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d\b)")),
    # a typist's initials in lower case: "Dictated but not read / jm", "geschrieben: ak am 08.05.24"
    ("NAME", re.compile(r"\b(?i:dictated but not read|geschrieben|getippt|schreibkraft)[ \t]*[:/]?[ \t]*"
                        r"(?P<t>[a-z]{2,3})(?=[ \t]*(?:$|am\b|[,;/]))", re.MULTILINE)),
    # round 45: a name before a junior's or student's role in brackets ("Yanis Belkacem (interne)"); a Swedish
    # name before its role after a comma ("Lejla Mehmedović, specialistläkare ÖNH"); dotted initials after a
    # Turkish e-signature ("e-İmza: M.A.Ç."); a name in Devanagari before its romanisation in brackets (not a
    # bilingual heading), or after a Hindi consent's "मैं," ("I,"); a biopsy's or cytology's number ("Biopsy
    # HP-5519/24"); a Paris, Lyon or Marseille arrondissement ("Paris 14e"); a month and year with a dot ("1)
    # 03.2021 –"); a month in Roman numerals and a year opening a list's item ("2) XI 2021 –"); a day and month
    # after a weekday's abbreviation ("mån 18/3")
    ("NAME", re.compile(rf"\b(?P<v>[{_UPPER}][{_LOWER}]+ [{_UPPER}][{_LOWER}]+)[ \t]+"
                        r"\((?:interne|externe|CCA|IDE|IBODE|IADE|FFI|docteur junior|étudiante?|student|"
                        r"résidente?|resident|medical student|MS[1-4])\)")),
    ("NAME", re.compile(rf"^[ \t]*(?P<v>[{_UPPER}][{_LOWER}]+ [{_UPPER}][{_LOWER}]+),[ \t]+"
                        r"(?:specialistläkare|överläkare|biträdande överläkare|ST-läkare|AT-läkare|leg\. läkare|"
                        r"(?:leg\. )?sjuksköterska|distriktssköterska|audionom|barnmorska|fysioterapeut|"
                        r"undersköterska|logoped|kurator|psykolog|arbetsterapeut)\b", re.MULTILINE)),
    ("NAME", re.compile(rf"\be-?[İI](?i:mza)[ \t]*:[ \t]*(?P<t>(?:[{_UPPER}]\.){{2,4}})")),
    ("NAME", re.compile(r"(?:(?<=\| )|^)(?P<t>[\u0900-\u0963]{2,}(?:[ ][\u0900-\u0963]{2,}){1,3})[ \t]*"
                        r"\((?!(?:Discharge|Summary|Patient|Consent|Form|Report|Hospital|Department|Address|Date|"
                        r"Name|Ward|Clinic|Medical|Certificate|Referral)\b)(?=[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\))",
                        re.MULTILINE)),
    ("NAME", re.compile(r"मैं,[ \t]*(?P<t>[\u0900-\u0963]{2,}(?:[ ][\u0900-\u0963]{2,}){1,3}),")),
    ("ID", re.compile(r"\b(?i:biopsy|histology|histopathology|HPE|cytology|FNAC)(?:[ \t]+(?i:no\.?|number|#))?"
                      r"[ \t]*[:#]?[ \t]*(?P<v>[A-Z]{1,4}-?\d{3,}(?:/\d{2,4})?)(?![\w/-])")),
    ("LOCATION", re.compile(r"\b(?:Paris|Lyon|Marseille)[ \t](?:[1-9]|1\d|20)(?:e|er|ème|eme)\b")),
    ("DATE", re.compile(r"(?<![\w.,/-])(?:0[1-9]|1[0-2])\.(?:19|20)\d\d(?![\w.,/-])")),
    ("DATE", re.compile(r"(?:(?<=\d\) )|(?<=^)|(?<=– )|(?<=\bod )|(?<=\bdo )|(?<=\bw ))"
                        r"(?P<v>(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I) (?:19|20)\d\d)\b(?![.,]\d)", re.MULTILINE)),
    ("DATE", re.compile(r"\b(?:mån|tis|ons|tors|fre|lör|sön|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?[ \t]+"
                        rf"{_NOT_FRACTION}(?P<v>(?:[12]?\d|3[01])/(?:0?[1-9]|1[0-2]))(?![\d/])")),
    # round 46: a name after an Italian doctor's title ("Dott. Raffaele Iovine", "Dott.ssa Chiara De Luca") or a
    # Polish academic one ("dr n. med. K. Bachleda-Curuś"); a Swedish countersigner ("kontrasignerad Anders
    # Nyqvist") and a log-in after a Swedish "noted by" ("Antecknat av ebli01 i"); a signature between underlines
    # ("___MFL___", "____P-O Lindqvist Ö.____"); initials after "Signed" with a Scottish or Irish prefix ("KMcA");
    # an initial after a surname in capitals before a dash ("ESPOSITO G. - 23.08.47"); a town before its Royal or
    # General Infirmary ("Kirkleigh Royal Infirmary"), a Brazilian town before its state ("Rio de Janeiro/RJ");
    # a German D-doctor's number ("D-Arzt-Nr. D 17/0442") and number plate ("Lkw (H-KS 4172)"); a French NIR in
    # its groups ("2 58 02 69 123 045 28"); an Italian discharge record (SDO) and clinical record number, a Polish
    # cast book number ("Nr KG: 15993/2024"); a day and month that cannot be a fraction opening a table's row
    # ("  24/07      94      141")
    ("NAME", re.compile(rf"\bDott(?:\.ssa|ssa|\.)[ \t]+(?P<v>[{_UPPER}][{_LOWER}]+(?: {_PARTICLE}{{0,2}}"
                        rf"[{_UPPER}][{_LOWER}]+){{1,2}})")),
    ("NAME", re.compile(rf"\b(?:dr|lek\.|prof\.)(?:[ \t]+(?:hab\.|n\.[ \t]?(?:med|farm|o zdr)\.|med\.|dent\.))+[ \t]+"
                        rf"(?P<v>(?:[{_UPPER}]\.[ \t]?|[{_UPPER}][a-zß-ÿ\u0100-\u017f]+[ \t])"
                        rf"[{_UPPER}][a-zß-ÿ\u0100-\u017f]+(?:-[{_UPPER}][a-zß-ÿ\u0100-\u017f]+)?)")),
    ("NAME", re.compile(rf"\b(?i:kontrasignerad|kontrasignerat|vidimerad)(?:[ \t]+av)?[ \t]+"
                        rf"(?P<v>[{_UPPER}][{_LOWER}]+ [{_UPPER}][{_LOWER}]+)")),
    ("NAME", re.compile(r"\b(?i:antecknat|antecknad|dikterat|dikterad|signerat|signerad|utfört|utförd)[ \t]+av[ \t]+"
                        r"(?P<t>(?!(?:covid|sars|mrsa)\d)[a-z]{3,8}\d{1,3})\b")),
    ("NAME", re.compile(r"(?<=_{3})(?P<t>(?!(?:YES|NO|NIL|NONE|DATE|SIGN)_)[A-Z]{2,4})(?=_{3})")),
    ("NAME", re.compile(rf"(?<=_{{3}})(?P<v>[{_UPPER}](?:[.{_LOWER}]|-[{_UPPER}])*(?: [{_UPPER}][.{_LOWER}]*){{1,3}})"
                        r"(?=_{3})")),
    ("NAME", re.compile(r"\b(?i:signed|initials)[ \t]*:?[ \t]+(?P<t>[A-Z]{1,2}Ma?c[A-Z][a-z]?)\b")),
    ("NAME", re.compile(rf"\b[{_UPPER}][{_UPPER}'’-]{{3,}} (?P<t>[A-Z]\.)(?=[ \t]+[-–][ \t])")),
    ("LOCATION", re.compile(r"\b(?P<v>(?!(?:The|Royal|Princess|Queen|King|Victoria|Alexandra|Memorial|County|City|"
                            r"General|District|Ulster|Munster|Leinster|Connacht)\b)"
                            r"[A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?) (?:Royal|General) Infirmary\b")),
    ("LOCATION", re.compile(r"(?:(?<=[–-] )|(?<=, )|(?<=: ))(?P<p>[A-ZÁÉÍÓÚÂÊÔÃÕÇ][a-zà-ÿ'’]+"
                            r"(?: (?:de |da |do |dos |das )?[A-ZÁÉÍÓÚÂÊÔÃÕÇ][a-zà-ÿ'’]+){0,3})"
                            r"[ \t]?/[ \t]?(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|"
                            r"SC|SP|SE|TO)\b")),
    ("LICENSE", re.compile(r"\bD-Arzt-Nr\.?[ \t]*:?[ \t]*(?P<v>[A-Z]?[ \t]?\d{1,3}/\d{2,5})\b")),
    ("VEHICLE", re.compile(r"\b(?:Lkw|LKW|Pkw|PKW|Kfz|KFZ|Kennzeichen|amtl\. Kennz\.?)[ \t]*[(:]?[ \t]*"
                           r"(?P<v>[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?)\b")),
    ("SSN", re.compile(r"\b[12] \d\d (?:0[1-9]|1[0-2]|[2-9]\d) (?:\d\d|2[AB]) \d{3} \d{3} \d\d\b")),
    ("ID", re.compile(r"\b(?:N\.|n\.|Nr\.?|numero)[ \t]?SDO[ \t]*[:.]?[ \t]*(?P<v>\d{4}/\d{4,8}|\d{6,12})\b")),
    ("MRN", re.compile(r"\b(?i:cartella clinica)(?:[ \t]+(?:n\.?|nr\.?|num\.?|n°))?[ \t]*:?[ \t]*"
                       r"(?P<v>\d[\d./-]{4,}\d)\b")),
    ("MRN", re.compile(r"\bNr KG[ \t]*:?[ \t]*(?P<v>\d{3,}/(?:19|20)\d\d)\b")),
    ("DATE", re.compile(rf"^[ \t]*(?P<v>{_DM_SURE})(?=[ \t]{{2,}}\S|[ \t]*\|)", re.MULTILINE)),
    # round 47: a next visit's day and month in a cell of a row that opens with its full date ("08.01.2024   2,1
    # 35 mg   ...   15.01      dużo szpinaku"), days and months in a series of readings ("Home weights (kg): 04/03
    # 84.2 | 06/03 84.9"), before "by" or Swedish "av" ("kontaktad per telefon 20/2 av ssk"), a month before a
    # range's month and year ("(ago–oct 2023)"), a Roman month and year after a Polish participle ("wszczepiona III
    # 2016"); a Mexican "Cd." town, a South African address's postcode on its own line, an Indian PIN after its
    # district ("Ramanagara Dt – 562117"), the town of a Brazilian municipal health office ("SECRETARIA MUNICIPAL DE
    # SAÚDE DE SÃO LUÍS"); Afrikaans and Dutch titles ("Geagte mnr. Van der Merwe"); a first name before a
    # relative's word and age in brackets ("Wellington (filho, 19 a)"), an age over 89 there or after a name
    # ("Noreen (90, main carer)", "(mãe, 93 a)"); a surname in capitals after its label ("Apellido paterno: MUÑOZ"); a
    # Swedish plate after "Bil" ("Bil KPL 47R"); a Chilean
    # Superintendencia de Salud registration
    ("DATE", re.compile(r"^[ \t]*\d\d([./])\d\d\1(?:19|20)\d\d[ \t]{2,}[^\n]*?(?<=[ \t]{2})"
                        r"(?P<v>(?:0[1-9]|[12]\d|3[01])\1(?:0[1-9]|1[0-2]))(?=[ \t]{2,}|[ \t]*$)", re.MULTILINE)),
    ("DATE", re.compile(rf"(?<![\w/.])(?P<v>{_DM_SURE})(?=[ \t]+\d+(?:[.,]\d+)?[ \t]*[|;,][ \t]*{_DM_SURE})|"
                        rf"(?<=[|;] ){_DM_SURE}(?=[ \t]+\d+(?:[.,]\d+)?[ \t]*(?:[|;]|$))", re.MULTILINE)),
    ("DATE", re.compile(rf"(?<![\w/.])(?P<v>{_DM_SURE})(?=[ \t]+(?:by|av|door|von|par|por|przez)[ \t]+\w)")),
    ("DATE", re.compile(rf"\((?P<v>(?:{_MONTH}|{_MONTH_OTHER}|{_MONTH_SHORT})[ \t]?[–-][ \t]?"
                        rf"(?:{_MONTH}|{_MONTH_OTHER}|{_MONTH_SHORT})\.?[ \t]+(?:19|20)\d\d)\)")),
    ("DATE", re.compile(r"\b[a-ząćęłńóśźż]{2,}(?:ona|ony|ono|ano|ana|any|iona|iony)[ \t]+"
                        r"(?P<v>(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I) (?:19|20)\d\d)\b(?![.,]\d)")),
    ("LOCATION", re.compile(r"\bCd\.[ ][A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?: (?:del? )?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?")),
    ("LOCATION", re.compile(r"^\d{1,5}[A-Za-z]? [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Crescent|Street|Road|Avenue|Drive|"
                            r"Close|Way|Lane|Place|Rylaan|Straat|Weg|Laan)[ \t]*\n(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?"
                            r"[ \t]*\n){1,2}(?P<v>\d{4})[ \t]*$", re.MULTILINE)),
    ("LOCATION", re.compile(r"\b(?:Dt|Dist|District)\.?[ \t]*[–-][ \t]*(?P<v>[1-9]\d{2} ?\d{3})\b")),
    ("LOCATION", re.compile(r"\b(?i:(?:secretaria|prefeitura)[ \t]+municipal(?:[ \t]+de[ \t]+sa[úu]de)?)[ \t]+"
                            r"(?i:de|do|da)[ \t]+(?P<v>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’]+(?: (?:DE |DO |DA |DOS |de |do |da |dos )?"
                            r"[A-ZÀ-Ý][A-Za-zÀ-ÿ'’]+){0,3})")),
    ("NAME", re.compile(rf"\b(?:[Mm]nr|[Mm]ev|[Mm]evr|[Dd]hr|[Mm]ej)\.?[ \t]+(?P<v>{_PARTICLE}{{0,2}}{NAME})")),
    ("NAME", re.compile(r"^[ \t]*(?P<t>[A-ZÀ-Ý][a-zà-ÿ]{2,})[ \t]+\((?:filh[oa]|m[ãa]e|pai|espos[oa]|marido|irm[ãa]o?|"
                        r"net[oa]|hij[oa]|madre|padre|herman[oa]|son|daughter|wife|husband|mother|father|brother|"
                        r"sister),[ \t]*\d{1,3}[ \t]?(?:a|anos|años|y|yrs?)\)", re.MULTILINE)),
    ("AGE", re.compile(r"\((?:[a-zà-ÿ]+),[ \t]*(?P<v>9\d|1[01]\d)[ \t]?(?:a|anos|años|ans|y|yo|yrs?)\)")),
    ("AGE", re.compile(rf"\b{_NAME_TOKEN}[ \t]+\((?P<v>9\d|1[01]\d),[ \t]+[a-z]")),
    ("NAME", re.compile(r"\b(?i:apellido(?: paterno| materno)?|(?:primer|segundo) apellido|surname|family name|"
                        r"last name|nachname|cognome|sobrenome)[ \t]*:[ \t]*"
                        r"(?P<s>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+)?)(?![\w.])")),
    ("VEHICLE", re.compile(r"\b(?:[Bb]il|[Bb]ilen|[Rr]eg\.?nr\.?|[Rr]egistreringsnummer)[ \t]*:?[ \t]+"
                           r"(?P<v>[A-HJ-PR-UW-Z]{3} ?\d{2}[A-HJ-PR-UW-Z\d])\b")),
    ("LICENSE", re.compile(r"\b(?i:superintendencia de salud|registro nacional de prestadores)[ \t]*(?:n[º°o]\.?)?"
                           r"[ \t]*:?[ \t]*(?P<v>\d{4,8})\b")),
    # a nickname in quotes and brackets after a name: 'Kwabena Asante-Mensah ("KB")', 'R. ("Jojo")'
    ("NAME", re.compile(rf"\b(?:{_NAME_TOKEN})[ \t]+\([\"“](?P<t>[A-Z][A-Za-z'’-]{{0,14}})[\"”]\)")),
    # Florence "Flo" Haskins, Nicholas (Nick) Papadopoulos
    ("NAME", re.compile(rf"\b{_NAME_TOKEN} (?:[\"“'‘][A-Z][a-z]+[\"”'’]|"
                        r"\((?!(?:Scotland|England|Wales|Ireland|Amendment)\))[A-Z][a-z]+\))"
                        rf" (?!Act\b){_NAME_TOKEN}(?<=[a-z]{{2}})")),
    # postcodes: UK "LS8 4HT", Irish Eircode "H71 XK24", Canadian "K1A 0B1"
    ("LOCATION", re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}|"
                            r"[AC-FHKNPRTV-Y]\d{2} [AC-FHKNPRTV-Y\d]{4}|[ABCEGHJ-NPRSTVXY]\d[A-Z] \d[A-Z]\d)\b")),
    # an inverted name with the surname in capitals: "ADEYEMI, Oluwaseun T.", "MOLEFE, Nomvula Grace"
    ("NAME", re.compile(rf"\b(?![IVX]+,){_CAPS_PARTICLE}{{0,2}}(?:d['’]|Ma?c)?[{_UPPER}][{_UPPER}'’-]{{2,}}"
                        rf"(?: [{_UPPER}][{_UPPER}'’-]+)?, ?"
                        rf"[{_UPPER}][a-zà-öø-ÿ'’-]+(?:-?[{_UPPER}][a-zà-öø-ÿ'’]+)?(?: [{_UPPER}][a-zà-öø-ÿ'’-]+)?"
                        r"(?: [A-Z]\.?)?(?![\w])"
                        r"(?![ \t]*\d)")),
    ("LOCATION", re.compile(rf"\b(?!(?:{_DETERMINER}|Home|Local|Health)\b)"
                            r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{3,}(?: [A-Z]{3,})?)\s+"
                            r"(?:County|COUNTY|Parish|PARISH|Borough|Township|Shire)\b")),
    ("LOCATION", re.compile(r"\b(?:Hwy|Highway|Route|Rte)\.? ?\d{1,4}[A-Z]?\b")),  # "Hwy 27", "Route 9W"
    ("LOCATION", re.compile(r"\b(?:Co\.|Brgy\.|Barangay) (?!(?:Ltd|Limited|Inc|LLC|Pharmacy)\b)[A-Z][a-z]+"
                            r"(?: [A-Z][a-z]+){0,2}")),  # "Co. Wicklow", "Brgy. Bagong Silangan"
    ("LOCATION", re.compile(rf"\b(?!(?:{_DETERMINER}|Main|High|Old|New)\b)"
                            r"(?:[A-Z][a-z'’-]+ ){1,2}(?:Road|Street|Avenue|Lane|Drive|Boulevard|Crescent|Terrace)\b")),
    ("NAME", re.compile(rf"\b(?:[Dd]r|Dra|Mr|Mrs|Ms|Mx|Miss|Prof|Doctor|Nurse|Sister|Father|Rev)\.?\s+"
                        rf"(?:(?:med|méd|med\. dent|rer\. nat|phil|vet)\.\s+)?"  # "Dr. med. Beat Leuenberger"
                        rf"(?P<v>{_PARTICLE}{{0,2}}{NAME})")),  # "Sister van Wyk", "Dr van der Merwe"
    # one initial or mixed-case initials after a title: "getting Dr O to call", "Frau S. fährt", "Dr PvdM wants"
    ("NAME", re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sister|Frau|Herr)\.?[ \t]+"
                        r"(?P<t>[A-Z]\.?|(?!PhD|MSc|BSc|McC)[A-Z][a-z]{1,2}[A-Z])(?![\w'’-]|\.\w)")),  # "Dr PvdM"
    # Polish: "p. Zieliński", "pani Jadwiga Sowa", "piel. A. Nowicka"
    ("NAME", re.compile(rf"\b(?:p\.|[Pp]ani?|[Pp]anu|[Pp]anią|piel\.|lek\.(?:[ \t]+(?:med|dent|stom)\.)?)[ \t]+"
                        rf"(?P<v>(?:[A-Z]\.[ ]?)?{_NAME_TOKEN}(?: {_NAME_TOKEN})?)(?=[\s:,;.)])")),
    ("NAME", re.compile(r"\b(?:dr|mr|mrs|ms)\.? (?P<v>[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?)\b"
                        r"(?! (?:to|will|has|is|was)\b)")),  # "per dr asante-boateng", not "dr to review"
    # salutation at a line start, and a name on the line after a sign-off
    ("NAME", re.compile(rf"^[ \t]*(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening)),?[ \t]+(?:{_TITLE})?"
                        rf"(?P<v>{NAME})(?=[ \t]*(?:[,:!\n]|$))", re.MULTILINE)),
    ("NAME", re.compile(r"^[ \t]*(?i:(?:many )?thanks(?: again)?|thank you|cheers|best(?: wishes)?|"
                        r"(?:kind |warm |warmest |best |with )?regards|(?:yours )?(?:sincerely|truly|faithfully)|"
                        rf"warmly|respectfully|take care)[ \t]*[,.!]?[ \t]*\n\s*(?:{_TITLE})?(?P<v>{NAME})",
                        re.MULTILINE)),
    ("NAME", re.compile(rf"\b(?P<v>{_NAME_TOKEN}(?: {_PARTICLE}?{_NAME_TOKEN}){{1,3}}),?\s+"
                        r"(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|PA|PhD|DDS|PharmD|"
                        r"MBBS|FACC|FACP|FACS|LCSW|CNM|CRNA|APRN|MSW|DPM|OD|LPN|FNP|DNP|MSN|BSN|PsyD|MPH|"
                        r"FRCP|MRCP|RD|SLP|CCC-SLP|OTR|DPT|LMFT|LPC|CNS|RGN|RMN|ANP|ACP)\b")),
    # a signature block in capitals: "JOSE MIGUEL R. SANTOS, MD, DPPS" (not "INTERNAL MEDICINE, MD")
    ("NAME", re.compile(r"^[ \t]*(?!DR\b)(?P<s>[A-Z]{2,}(?: [A-Z]{2,}| [A-Z]\.){1,3}),[ \t]+(?:MD|MBBS|DO|DDS|DMD)\b",
                        re.MULTILINE)),
    # "Jonah Whitlock, 91 y/o", "Ann Lee is a 54-year-old", "Ann Lee, 34F"; not a score ("Braden 14, turned")
    ("NAME", re.compile(rf"(?:^|(?<=[.!?:;—–]\s))(?P<v>{NAME})(?:,\s*|\s+(?:(?:is|was)\s+)?(?:an?\s+)?)\d{{1,3}}"
                        r"(?:[- ]?(?:years?|yrs?|y[/.]?o|yo|months?|weeks?|days?)\b|[MF]\b|(?<=,\s\d\d),|(?<=,\d\d),)",
                        re.MULTILINE)),
    ("AGE", re.compile(r"(?<=, )(?:9\d|1[0-2]\d)(?=,)")),
    ("AGE", re.compile(r"\b[MF](?:[ \t]*/[ \t]*|[ \t]+)(?P<v>0?(?:9\d|1[01]\d))(?:Y\b|\b)(?![./]\d)")),  # "M/092Y"
    ("AGE", re.compile(r"(?<=, )(?P<v>9\d|1[01]\d)[MF]\b")),  # "Eleni Papadopoulos, 92F"
    # in words: "a ninety-one year old", "since I turned ninety-five."
    ("AGE", re.compile(rf"\b{AGE_WORDS}(?=[- ](?i:years?|year-old|yo)\b|\.?[\"”])")),
    ("AGE", re.compile(rf"(?i:\baged|\bturned|\bturning|\bliving at|\balive at|\bis|\bshe's|\bhe's) "
                       rf"(?P<v>{AGE_WORDS})")),
    ("AGE", re.compile(r"\b(?i:lived to(?: be)?|died at|died aged|passed away at|reached)(?: the age of)? "
                       r"(?P<v>9\d|1[01]\d)\b(?!\s*(?:%|percent|mg|kg|cm|mmHg|bpm))")),  # "lived to 96"
    # a log-in name after "printed by", "exported 28/05/2024 by", "record locked 07/02/24 by": "mpatel3", "ACONNOLLY"
    ("NAME", re.compile(r"\b(?i:printed|exported|entered|logged|updated|modified|created|amended|authori[sz]ed|"
                        r"transcribed|typed|locked|unlocked)"
                        r"(?:[ \t]+[\w/:.,-]+){0,3}?[ \t]+(?i:by)[ \t]*:?[ \t]*"
                        r"(?!(?i:the|an?|system|admin|user|staff|nurse|pharmacist|doctor|dr|me|us|him|her|them|"
                        r"patient|pt|clinician|gp)\b)(?P<v>[a-z][a-z._-]{2,}\d{0,4}|[A-Z]{5,}\d{0,4})\b")),
    ("NAME", re.compile(rf"(?<![\w.])(?!{_CREDENTIAL_INITIALS})(?:[A-Z]\.[ ]?){{1,2}}[A-Z]\.(?![\w.])")),  # "K.M.O."
    # "Tom Reilly (brother)", "Lily Henderson (age 8)", "Ann Lee (34F)"
    ("NAME", re.compile(rf"\b(?P<v>{_NAME_2PLUS}),?[ \t]+\((?:(?:his|her|the patient's|pt's) )?(?:{_RELATIVES}|"
                        r"(?:age |aged )?\d{1,3}[ \t]?(?:y|yo|y/o|years?(?: old)?|M|F|mo|months?)?(?=[),;]))")),
    ("LOCATION", re.compile(rf"\b(?P<v>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),\s+(?:{STATES})\b")),
    ("LOCATION", re.compile(rf"\b(?:{STATES})\s+(?P<v>\d{{5}}(?:-\d{{4}})?)\b")),
    # an Australian postcode after its state; the ACT's are 02xx, 26xx or 29xx ("MENTAL HEALTH ACT 2001" is a law)
    ("LOCATION", re.compile(r"\b(?:NSW|VIC|QLD|WA|SA|TAS|NT|ACT(?=\s+(?:02|26|29)\d\d))\s+(?P<v>\d{4})\b")),
]

# Rules that scan every capitalised word, run only in text holding their marker (a cheap search first)
_PATRONYMIC = r"(?:s/o|d/o|a/l|a/p|bt\.?|bte\.?|binti|binte|bint|ibn)"
_HONORIFIC_SUFFIX = r"(?:san|sama|sensei|kun|chan|ssi|nim|ji)\b"
_GATED: list[tuple[re.Pattern, str, re.Pattern]] = [
    # patronymic links: "Rajkumar s/o Subramaniam", "Nurul Ain bt. Zakaria"
    (re.compile(rf" {_PATRONYMIC} "), "NAME",
     re.compile(rf"\b{_NAME_TOKEN}(?: {_NAME_TOKEN}){{0,2}} {_PATRONYMIC} {_NAME_TOKEN}(?: {_NAME_TOKEN})?")),
    (re.compile(rf"-{_HONORIFIC_SUFFIX}"), "NAME",
     re.compile(rf"\b(?P<v>{_NAME_TOKEN}(?: {_NAME_TOKEN})?)-{_HONORIFIC_SUFFIX}")),  # "Sato-san"
]

# Keyword rules: a lower-case keyword found in the lower-cased text, then `glue` and the value (group v)
# matched case-sensitively right after it. Two steps keep the scan fast on long documents.
_NAME_LABELS = (
    r"e-?signature|signature|signed electronically|electronically signed|call handler|registrar|"
    r"unterschrift|firma|assinatura|podpis|handtekening|underskrift|infermiere di triage|enfermer[oa] de triage|"
    r"infermiere|infermiera|enfermer[oa]|enfermeir[oa]|ärztin|arzt|"
    r"counsell?or|advocate|key ?worker|support worker|care coordinator|"
    r"on shift|on duty|translation certified|certified by|supervisor|"
    r"patient/in|patient\*in|patient(?: name)?|pt(?: name)?|pat|name|namn|attending(?: physician)?|resident|fellow|"
    r"intern|surgeon|"
    r"anesthesiologist|pcp|primary care(?: physician| provider)?|referring(?: physician| provider)?|provider|"
    r"physician|signed|electronically signed by|signed by|dictated by|transcribed by|cc|seen by|"
    r"emergency contact|contact|guardian|next of kin|nok|spouse|interpreter|witness|author|reviewed by|"
    r"case manager|social worker|nurse|rn|therapist|pharmacist|parent|informant|caller|consultant|from|to|"
    r"proband|client|klient(?:in)?|bewohner(?:in)?|patientin|subject|member|visitor|prescriber|"
    r"(?:ordering|treating|admitting) (?:physician|provider|clinician|md)|"
    r"prescribing (?:physician|provider)|radiologist|pathologist|coordinator|case worker|caseworker|midwife|"
    r"assistant|anesthesia|anaesthetist|dietitian|chaplain|technologist|sender|recipient|deceased|decedent|"
    r"vaccinator|witnessed by|applicant|claimant|employee|donor|nickname|(?<!also )known as|preferred name|surname|"
    r"family name|last name|first names?|given names?|forenames?|other names?|reporter|vorname|nachname|nama|"
    r"prénom|nom|nombre|apellidos?(?: paterno| materno)?|paciente|cognome|"
    r"nome(?: social| civil| de registro)?|sobrenome|"
    r"segurad[oa]|asegurad[oa]|requerente|"
    r"periciand[oa]|versicherter?|assicurat[oa]|middle names?|audited|auditor|acknowledg(?:e)?ment|"
    r"circulante?|instrumentiste|ibode|iade|aide op[ée]ratoire|chirurgien|anesth[ée]siste|infirmi[eè]re?|"
    rf"producer|presenter|attn|interviewer|investigator|inspector|{_RELATIVES}"
)
_KEYWORD_RULES: list[tuple[str, str, str]] = [
    ("NAME", _NAME_LABELS, rf"\.?\s*:\s*(?:{_TITLE})?(?P<v>{_LABELLED_NAME})"),  # "Pat.: Schönemann, Klaus-Dieter"
    ("NAME", r"(?:signed|dictated|transcribed|reviewed|seen|examined|referred|accompanied|evaluated|read|"
             r"interpreted|verified|approved|performed|prepared|written|completed|reported|co-?signed|attested|"
             r"ordered|requested|authored|typed) by|discussed with",
     rf":?\s+(?:(?:Clinical|Medical|Nursing|Public Health) Officer[ \t]+)?(?P<v>{_LABELLED_NAME})"),
    ("NAME", r"(?:taken|answered|handled|triaged|assessed|enrolled|registered|booked|logged|approved|screened) by",
     rf"[ \t]*:[ \t]*(?P<v>{_LABELLED_NAME})"),  # a form's field: "Taken by: Zanele Mokoena"
    ("NAME", rf"(?:his|her|their|the patient's|patient's|pt's|whose)\s+(?:{_RELATIVES})", rf",?[ \t]+(?P<v>{NAME})"),
    ("NAME", r"named|called|nicknamed|goes by|née|nee|dear|thanks,|regards,|sincerely,|seeing|"
             rf"{_RELATIVES}", rf",?[ \t]+[\"“]?(?P<v>{NAME})"),  # 'partner "Jez"', "goes by Junior"
    # a nickname in quotes: 'prefers "Peg"', 'likes to be called "Shiv"', 'known as "KB"'
    ("NAME", r"prefers|preferred|likes|known as|aka|a\.k\.a\.|dit|dite|alias",
     r"(?:[ \t]+(?:to be )?(?:called|known as|name))?[ \t]*:?[ \t]*[\"“‘'](?P<v>[A-Za-z][\w'’-]{0,20}"
     r"(?: [A-Z][\w'’-]{1,20})?)[\"”’']"),  # two words too: 'known as "Umm Khaled"', 'dite "Ti Rose"'

    ("NAME", r"patient|pt|resident|proband|client|member|subject|interpreter|caller|visitor|employee|student",
     rf"(?:,|\s+(?:is|was|named))?\s+(?P<v>{_NAME_2PLUS})"),
    # a first name alone after a role: "day RN Priya", "triage nurse Coralie", "scribe Tomasz"
    ("NAME", r"nurse specialist|specialist nurse|nurse practitioner|"
             r"rn|lpn|cna|chw|hsa|vht|asha|nurse|scribe|aide|pharmacist|midwife|chaplain|interpreter|therapist|"
             r"tech|porter|driver|sho|ho|fy1|fy2|jho|rmo|jmo|hmo|spr|registrar|houseman|cnm|cns|anp|hca|physio|msw|sn|"
             r"manager|"
             r"physiotherapist|orthotist|phlebotomist|radiographer|sonographer|"
             r"carer|volunteer|cleaner|orderly|receptionist|clerk|paramedic|escort|attendant|housekeeper|matron|"
             r"jururawat|enfermera|enfermeira|infirmière|infermiera|schwester|ssk|usk|sjuksköterska|undersköterska|"
             r"läkare|överläkare|verpleegkundige|mfa|safety officer|welfare officer|liaison officer|"
             r"handläggare|socialsekreterare|kurator|"
             r"domestic helper|live-in helper",
     rf"[ \t]+(?!(?:Fax|Tel|Phone|Mobile|Bleep|Pager|Entered|Signed|Review)\b)(?P<v>{NAME})(?![\w(])"),
    ("NAME", r"child|baby|infant", r"[ \t]+(?P<v>[A-Z][a-z]{2,})\b"),  # "child Tanvir", not "BABY BAND"
    # a Swedish relative's full name after a label or a comma: "Närstående: make Per Lindgren" (the husband; "Per"
    # is a given name here)
    ("NAME", r"(?<=[:,;(] )(?:make|maka|sambo|hustru|dotter|dottern|sonen|bror|syster|svärson|svärdotter|barnbarn)",
     rf"[ \t]+(?P<t>{_NAME_2PLUS})(?![\w(])"),
    # a Swedish relative by the definite form, then a given name: "önskar att sonen Johan också kontaktas"
    ("NAME", r"sonen|dottern|maken|makan|sambon|brodern|systern|barnbarnet", rf"[ \t]+(?P<v>{_NAME_TOKEN})(?![\w(])"),
    # "Handed over by: Nurul 0715", "handed over to day F1 Luca:", "to night dispatcher Akinyi"
    ("NAME", r"handed over (?:to|by)|taken over by|handover (?:to|from)",
     r":?[ \t]+(?:(?:day|night|late|early)[ \t]+)?(?:(?:dispatcher|nurse|sister|F1|F2|FY1|FY2|SHO|HO|MO|RN|EN|SN)"
     r"[ \t]+)?(?P<v>[A-Z][a-z]{2,}(?: [A-Z][a-z]+)?)\b"),
    ("NAME", r"re|regarding", rf"\s*:?\s*(?P<v>{_NAME_2PLUS})(?=,|\s*\()"),
    ("DATE", r"on|since|from|until|till|through|dated|dos|admitted|discharged|seen|visit|starting|started|fell|"
             r"effective|by|before|after|last|next|due|scheduled for|date|called|phoned|rang|texted|emailed|booked|"
             r"cancelled|canceled|expired|died|extubated|intubated|readmitted|resection|returned to (?:the )?or|kal|"
             r"bukas|esok|kesok",
     r":?\s+(?P<v>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))(?![/\d])"
     r"(?<!/10)"),
    ("DATE", _WEEKDAY, rf",?\s+(?P<v>{_MONTH_NUM}/{_DAY_NUM}|(?:1[3-9]|2\d|3[01])/{_MONTH_NUM})(?![/\d])"),
    ("DATE", _WEEKDAY, rf",?[ \t]+(?P<v>(?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?![-\w])(?!\s*{ORDINAL_NOUNS})"),
    # a sign-out or handover heading's date after a dash: "NF SIGNOUT – Gen Med Team 3 – 11/8   from Kat"
    ("DATE", r"signout|sign-out|handover|huddle",
     r"[^\n]{0,40}?[ \t][–-][ \t]+(?P<v>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))(?![/\d])"),
    # a note or shift header: "Nursing note 12/14 1900-0700", "Progress note: 3/2 08:15"
    ("DATE", r"note|shift|entry|update|addendum|log", r":?\s+(?P<v>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))"
     r"(?![/\d])(?=,?\s+(?:[01]\d|2[0-3]):?[0-5]\d\b)"),
    ("AGE", r"age|aged", r"(?:[ \t]*/[ \t]*(?i:sex|gender))?\s*:?\s*(?P<v>(?:9\d|1[0-2]\d))\b"),  # "Age / Sex : 92 / M"
    ("NAME", r"initials", r"\s*:?\s*(?P<t>[A-Z](?:[.-]?[A-Z]){1,3}\.?|[A-Z](?: [A-Z]){1,3})(?![\w])"),  # "E M B"
    # a German letter's dictation and typing marks: "Dikt.: LS / Schr.: AB"
    ("NAME", r"dikt|diktiert|diktat|schr|schreibkraft|gez", r"\.?[ \t]*:[ \t]*(?P<t>[A-Z]{2,3})(?![\w])"),
    # a checker's or signer's initials in capitals: "QC: RK", "Pre-tests: JT", "Medic sign: MHR" (not "QC: OK")
    ("NAME", r"qc|pre-?tests?|sign", r"[ \t]*:[ \t]*(?P<t>(?!OK|NA|ND|NR|NAD|NEG|POS|YES)[A-Z]{2,3})(?![\w/])"),
    # a witness's initials closing a clause: "witness JPL.", "witness: DS" (not "Witness PAN BQRPK5521L")
    ("NAME", r"witness|witnessed by|witnessing",
     rf"[ \t]*:?[ \t]*{_NOT_INITIALS}(?P<t>[A-Z]{{2,3}})(?=[ \t]*(?:[.,;)|]|$))"),
    ("NAME", r"kürzel|handzeichen|initialen|sigla|iniciales|paraf|paraaf|ingevuld|ingevuld door",
     r"\s*:?\s*(?P<t>[A-Za-z]{2,4})(?![\w])"),
    # the author of a printout or export by log-in: "erstellt: HUBERMA", "USUARIO=mramos.umf48"
    ("NAME", r"erstellt|erfasst|usuario|usuário|benutzer|utilisateur|operador|użytkownik|utente|gebruiker",
     r"[ \t]*[:=]?[ \t]*(?P<t>[A-Z]{5,8}(?=[;,|\s])|[a-z][a-z0-9_.]{3,29}(?![\w@]))"),
    # mixed-case initials after a checker's label: "Packed by: FdR   Checked by: MvB"
    ("NAME", r"(?:packed|checked|counted|dispensed|witnessed|verified|prepared|given|administered|entered|recorded|"
             r"done|returned|received|issued|collected|labell?ed|signed|reviewed|completed|marked|initialled|"
             r"documented|charted|taken|drawn) by|signed",
     r"[ \t]*:?[ \t]*(?!PhD|MSc|BSc|MoH|DoH|McC)(?P<t>[A-Z][a-z]{1,2}[A-Z])(?!\w)"),
    # who took a meeting's minutes: "Minutes: H Fa'amausili" (not "Minutes: Approved as accurate")
    ("NAME", r"minutes|minute-?taker|minuted by", rf"[ \t]*:[ \t]*(?P<v>[A-Z]\.?[ ][A-Z][\w'’-]+|{_NAME_2PLUS})"),
    # an initial and a surname after "by" before a time or at a clause's end: "received at RBTC by S. Nyambura 17:55"
    ("NAME", r"by", rf"[ \t]+(?P<v>[A-Z]\.[ ]?{_NOT_ORGANISM}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
                    r"(?=[ \t]+(?:at[ \t]+)?(?:[01]?\d|2[0-3])[:.h]?[0-5]\d\b|[ \t]*[.,;)]|[ \t]*$)"),
    # an initial and a surname after "Signed" with no colon: "Signed Z. Mokoena"
    ("NAME", r"signed|sgd", rf"\.?[ \t]+(?P<v>[A-Z]\.[ ]?{_NOT_ORGANISM}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?![\w'’-])"),
    # a name spelled out letter by letter in a dictation: "spelled p r u d h o m m e"
    ("NAME", r"spelled|spelt|spelling|that's|that is",
     r",?[ \t]+(?P<t>[a-zA-Z](?:[ \t]+(?:[a-zA-Z]|dash|hyphen)){3,})\b"),
    ("NAME", r"lastname|last_name|firstname|first_name|family_name|given_name|givenname|familyname|nom|prenoms?|"
             r"nom_naissance|apellidos?|nombres?",
     r"[\"']?[ \t]*[:=][ \t]*[\"'](?P<v>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})[\"']"),  # '"lastname": "Bergqvist"'
    ("NAME", r"surname|family name|last name|nachname|apellidos?|nom de famille|nazwisko|first name|given names?|"
             r"middle names?|forenames?",
     r"[ \t]*:[ \t]*(?P<t>[A-Z][A-Z'’-]+)(?=[ \t]{2,}|[ \t]*$|[ \t]*[,(]|\n)"),
    ("NAME", r"call(?:s|ed|ing)? (?:him|her|me|them)", rf"[ \t]+(?P<v>{NAME})"),  # "Dad kept calling him Col"
    # the name a person goes by, after its Dutch, German, Spanish or Portuguese label, an English word too:
    # "(roepnaam Joke)", "Rufname: Mia"
    ("NAME", r"roepnaam|rufname|apodo|apelido", r"[ \t]*:?[ \t]*(?P<t>[A-Z][a-zà-ÿ'’-]{1,20})\b"),
    # a name in capitals under a label that introduces only a person ("Patient: TAN MEI LING RACHEL", "into the
    # death of WALLACE ROY PETHERICK"): group `t`, trusted, skips the heading test of plausible_name
    ("NAME", r"patient name|patient|pt name|name|nama|nom|nombre|deceased|decedent|surname|family name|nok|"
             r"next of kin|"
             r"last name|full name|death of|paciente|segurad[oa]|asegurad[oa]|requerente|periciand[oa]|plaintiff|"
             r"defendant|claimant|appellant|autora?|r[ée]u",
     r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*:|(?<=of))[ \t]*"  # "Name (Last, First, MI): WHITFIELD, JAYLEN R"
     r"(?P<t>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:,? (?:BIN |BINTI |BTE |VAN |DE |DA |AL |EL |@ )?"
     r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){1,5}(?:,? [A-Z]\b\.?)?)"
     r"(?=[ \t]{2,}|\t|[ \t]*$|[ \t]*[,(]|\n)"),
    # "on the 24th", "since the 3rd", not "the 1st BC pill" or "on the 3rd cranial nerve"
    ("DATE", rf"on|since|from|until|till|by|before|after|of|for|{_WEEKDAY}",
     rf"\s+(?P<v>the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?!\s*(?:\([^)\n]*\)\s*)?(?:-|and\b|or\b|to\b|{ORDINAL_NOUNS}))"),
    # "since 16th", "due 9th", "SINCE 16TH", not "on 5th day", "after 2nd sip" or "from 1st to 3rd"
    ("DATE", r"since|on|from|until|till|due|before|after",
     rf"[ \t]+(?P<v>(?:[12]?\d|3[01])(?:st|nd|rd|th|ST|ND|RD|TH))\b(?![-/\w])(?![ \t]+[a-z])"
     rf"(?!\s*(?:\([^)\n]*\)\s*)?(?:-|and\b|or\b|to\b|{ORDINAL_NOUNS}|(?i:{ORDINAL_NOUNS})))"),
    ("LOCATION", r"zip code|zipcode|zip|postal code|postalcode|postal_code|postcode|post code|kod pocztowy|cep",
     r"(?: district| area| sector)?[\"']?\s*:?\s*[\"']?"
     r"(?P<v>\d{2}\.?\d{3}-\d{3}|\d{4,6}(?:-\d{4})?|\d{2}-\d{3}|[A-Z]{1,2}\d[A-Z\d]?(?: \d[A-Z]{2})?|"
     r"[A-Z]\d[A-Z] ?\d[A-Z]\d)\b"),  # and a Brazilian CEP: "90.440-001"
    # a log-in or forum name: "User: ayesha_khi", "username: mpatel3"
    ("NAME", r"user|username|user name|user id|handle|login|log-in|screen name|user_?name|signed electronically|"
             r"electronically signed|e-signed",
     r"[\"']?[ \t]*(?:[:=][ \t]*[\"']?|[\"'])(?P<v>[a-z][a-z0-9_.-]{2,29}(?![\w@])|"
     r"(?=[\w.]*[_.\d])[A-Za-z][\w.]{1,28}[A-Za-z0-9_](?![\w@]))"),
    ("LOCATION", r"lives in|live in|living in|discharged (?:home )?to|resides in|residing in|resident of|"
                 r"mora em|mora en|vive em|vive en|reside em|reside en|wohnt in|woont in|"
                 r"moved (?:here )?(?:from|to)|born in|nr|grew up in|raised in|brought up in|"
                 r"native of|relocated (?:from|to)|hometown(?: of| is)?|town of|city of|village of|"
                 r"camp de réfugiés(?: de| d')?|site de déplacés|habite à|réside à|originaire de|originaire d'|"
                 r"arrivée de|arrivée d'|venant de|venant d'|en provenance de|district de|district d'|"
                 r"neighbou?rhood of|cart[óo]rio de|cart[óo]rio em|munic[íi]pio de|"
                 r"(?:address|city|town|suburb|locality|village|area|district|neighbou?rhood|"
                 r"barangay|kebele|upazila|commune|bairro|barrio|colonia)(?=\s*:)",
     r"\s*:?\s*(?P<v>(?:al-|el-)?[A-Z][\w'’]+(?:(?:[ -]|-[a-z]{1,3}-| (?:do|da|de|dos|das|del|on|upon) )"
     r"[A-Z][\w'’]+){0,2}(?: \d{1,2}\b| II\b| III\b)?|[A-Z]{3,}(?: [A-Z]{3,}){0,2}(?=[ \t]{2,}|[ \t]*$|,))"),
    ("VEHICLE", r"plate|rego|registration|licen[cs]e plate|car|truck|van|motorcycle|vehicle|sedan|ute|suv|dominio|"
                r"bakkie|matatu|jeepney|tuk-tuk|"
                r"patente|placa|kennzeichen|"
                r"hatchback|wagon|taxi|motorbike|scooter|tractor|lorry|bus|trailer|motorhome|reg",
     r"\.?[ \t]*(?:no\.?|number)?[ \t]*[:#]?[ \t]*(?P<v>(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4})?"
     r"(?:[ -][A-Z0-9]{1,4}){1,2}|"
     r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5,8})(?![\w-])"),
    *[(kind, words.lower(), rf"{_ID_GLUE}(?P<v>{_ID_GROUPED}|{_ID_VALUE})(?![A-Za-z0-9])(?!\s*{_UNIT})")
      for kind, words in [*_LABELLED, ("ID", r"no|nr|num|number|initials|rx")]],
]
_KEYWORDS = [(kind, re.compile(rf"\b(?:{kw})\b"), re.compile(value)) for kind, kw, value in _KEYWORD_RULES]
_LABEL_WORD = re.compile(r"(?i:" + "|".join(words for _, words in _LABELLED) + r")[ \t]+")

_IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![\w:])|"
                   r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}:?){0,6}(?<!:)(?![\w:])")
_SSN = re.compile(r"\b(\d{3})-(\d{2})-(\d{4})\b")
# Phone numbers never run across a line end: a phone ends one row of a table and a number starts the next.
_PHONE = re.compile(r"(?<![\w+-])(?:\+?1[ \t.-]?)?(?:\(\d{3}\)[ \t]?|\d{3}[ \t.-])\d{3}[ \t.-]\d{4}"
                    r"(?:[ \t]*(?:x|ext\.?)[ \t]*\d{1,5})?(?![\d-])|\+(?:[2-9]\d{0,2})(?:[ \t.-]?\d{2,4}){3,5}(?!\d)")
# National formats with a trunk 0 or a country code: "07700 900461", "(02) 9876 5432", "+91 98450 12345"
_PHONE_NATIONAL = re.compile(r"(?<![\w+-])(?:\+\d{1,3}[ \t.-]?(?:\(0\)[ \t]?)?|\(0\d{1,4}\)[ \t]?|0)\d{1,4}"
                             r"(?:(?:[ \t.-]|[ ]?/[ ]?(?!0))\d{2,8}){1,3}(?:[ \t]*(?:x|ext\.?)[ \t]*\d{1,5})?(?![\w-])")
# a number read out digit by digit in a dictation: "nine three seven five five five zero one four two",
# "five oh five, five five five", "oh-eight-oh-three triple five"
_SPOKEN_DIGIT = rf"(?:(?:double|triple)[ -])?{DIGIT_WORD}(?:[ -]hundred)?"  # "double oh", "nine hundred"
# six digits or more said one by one, perhaps after an area code and before a check group ("nineteen, nine nine
# eight one four, zero three seven two"; "three eight four, six one two, nine seven five, dash fifty-five"); five
# after "number" ("IMC number four one seven two eight")
_SPOKEN_DIGITS = re.compile(rf"\b(?:(?:{TENS_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                            rf"eighteen|nineteen),[ \t])?{_SPOKEN_DIGIT}(?:,?[ -]{_SPOKEN_DIGIT}){{5,}}"
                            rf"(?:,?[ \t]dash[ \t]{TENS_WORD}(?:-{DIGIT_WORD})?)?\b|"
                            rf"(?<=number ){_SPOKEN_DIGIT}(?:[ -]{_SPOKEN_DIGIT}){{4}}\b", re.IGNORECASE)
_COUNTING = re.compile(r"(?i:one,? two,? three,? four,? five,? six(?:,? seven(?:,? eight(?:,? nine)?)?)?)")
_RECORD_CONTEXT = re.compile(r"(?i:record|mrn|chart)")
_DAY_MONTH_YEAR = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([.-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d\b")  # "04.02.2025"
_EXTENSION = re.compile(r"\s*(?:x|ext\.?)\s*\d+$")
_NDC_SHAPE = re.compile(r"\d{4}-\d{4}-\d{2}|\d{5}-\d{3,4}-\d{1,2}")  # the three NDC layouts
_FAX_CONTEXT = re.compile(r"(?i:fax|facsimile)")
_PHONE_CONTEXT = re.compile(r"(?i:phone|tel|cell|mobile|call|pager|contact|ph\b)")


def medical_code_at(text: str, start: int) -> bool:
    """True when the value at `start` is a medical code: after or beginning with a label such as CPT, NDC,
    LOINC or ATCC ("NDC 0074-2306-30")."""
    return bool(_MEDICAL_CODE.search(text, max(0, start - 16), start) or _MEDICAL_CODE_LABEL.match(text, start))


def find_rule_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Every rule match as (start, end, kind); overlaps are resolved by the caller."""
    for kind, pattern in [*_SIMPLE, *((kind, rule) for marker, kind, rule in _GATED if marker.search(text))]:
        for m in pattern.finditer(text):
            if "t" in pattern.groupindex:  # trusted: a value no filter should judge, such as one initial
                yield *m.span("t"), kind
                continue
            if "p" in pattern.groupindex:  # a place after a weak cue: it must look like one
                if place_like(m["p"]):
                    yield *m.span("p"), kind
                continue
            if "c" in pattern.groupindex:  # a town after a strong cue's end: a known one ("NEW DELHI" by its DELHI)
                if (known_place(m["c"]) or known_place(m["c"].split()[-1])) and \
                        (m["c"].isupper() or plausible(kind, m["c"])):
                    yield *m.span("c"), kind
                continue
            if "s" in pattern.groupindex:  # a name in capitals after a title or before a degree
                if surname_like(m["s"]):
                    yield *m.span("s"), kind
                continue
            start, end = m.span("v") if "v" in pattern.groupindex and m.start("v") >= 0 else m.span()
            if kind == "NAME":
                end = before_organisation(text, start, end)
            if plausible(kind, text[start:end]):
                yield start, end, kind
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for kind, keyword, value in _KEYWORDS:
        for k in keyword.finditer(lowered):
            m = value.match(text, k.end())
            if m is None:
                continue
            if "t" in value.groupindex:
                yield *m.span("t"), kind
                continue
            start, end = m.span("v")
            if kind == "NAME":
                end = before_organisation(text, start, end)
            elif kind not in ("DATE", "AGE", "LOCATION") and (_NOT_AN_ID.fullmatch(text, start, end)
                                                              or _MEDICAL_CODE_LABEL.match(text, start)):
                continue  # "PT 5902-2" (a LOINC code), "reference 10.5-13.5", "group (ICD-10 C61"
            if plausible(kind, text[start:end]):
                yield start, end, kind
    for m in _IPV4.finditer(text):
        if all(int(octet) < 256 for octet in m.group().split(".")):
            yield m.start(), m.end(), "IP"
    if "::" in text or text.count(":") >= 7:
        for m in _IPV6.finditer(text):
            yield m.start(), m.end(), "IP"
    for m in _SSN.finditer(text):
        area, group, serial = m.groups()
        if area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000":
            yield m.start(), m.end(), "SSN"
    for m in (*_PHONE.finditer(text), *(m for m in _PHONE_NATIONAL.finditer(text)
                                        if 9 <= sum(c.isdigit() for c in _EXTENSION.sub("", m.group())) <= 14)):
        before = text[max(0, m.start() - 30):m.start()]
        fax = list(_FAX_CONTEXT.finditer(before))
        phone = list(_PHONE_CONTEXT.finditer(before))
        is_fax = fax and (not phone or fax[-1].start() > phone[-1].start())
        if _MEDICAL_CODE.search(text, max(0, m.start() - 16), m.start()) or _NDC_SHAPE.fullmatch(m.group()) or \
                _DAY_MONTH_YEAR.match(m.group()) or _DAY_MONTH_YEAR.search(text, max(0, m.start() - 3), m.start() + 8):
            continue  # "NDC 0074-2306-30", a date and a time ("03.08.2025 17:40", "17.04.2025 2215"), an NDC
        yield m.start(), m.end(), "FAX" if is_fax else "PHONE"
    for m in _SPOKEN_DIGITS.finditer(text):
        if _COUNTING.fullmatch(m.group()):
            continue  # CPR counted aloud: "one, two, three, four, five, six"
        before = text[max(0, m.start() - 40):m.start()]
        yield m.start(), m.end(), ("PHONE" if _PHONE_CONTEXT.search(before) else
                                   "MRN" if _RECORD_CONTEXT.search(before) else "ID")
    yield from find_signature_spans(text)
    yield from find_checked_numbers(text)
    yield from find_log_ins(text)
    yield from find_listed_subjects(text)
    yield from find_script_spans(text)
    yield from find_web_spans(text)
    yield from find_lower_case_names(text)
    yield from find_cjk_spans(text)
    yield from find_travel_spans(text)
    for pattern in UNLABELLED_IDS:  # last, so that a labelled kind wins a tie ("MRN: 0045821")
        for m in pattern.finditer(text):
            start, end = m.span("v") if "v" in pattern.groupindex and m.start("v") >= 0 else m.span()
            if (label := _LABEL_WORD.match(text, start, end)) and label.end() < end:
                start = label.end()  # a label read as the first group: "VIN 1FTFW1E50PFA12345"
            if not (medical_code_at(text, start) or _NOT_AN_ID.fullmatch(text, start, end)):
                yield start, end, "ID"
