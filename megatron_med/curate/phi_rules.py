"""Regular-expression and context rules for the HIPAA Safe Harbor identifier kinds.

Each rule yields (start, end, kind) for the identifier itself, never its label: in "MRN: 0045821"
only "0045821" is PHI. Names come from context (titles, form labels, credentials, family relations,
"X is a 54-year-old"); `phi.py` then propagates every found name token through the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NAME_TOKEN = r"(?:[A-Z][a-zA-Z'’]*(?:-[A-Z][a-zA-Z'’]*)?|[A-Z]\.)"
_PARTICLE = r"(?:(?:van|von|de|da|del|der|di|du|le|la|bin|al|ibn|mac|st\.)\s+)"
NAME = rf"{_NAME_TOKEN}(?:\s+{_PARTICLE}?{_NAME_TOKEN}){{0,2}}"
_NAME_2PLUS = rf"{_NAME_TOKEN}(?:\s+{_PARTICLE}?{_NAME_TOKEN}){{1,2}}"

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
    "ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|Alabama|Alaska|Arizona|Arkansas|California|"
    "Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|"
    "Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|"
    "Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|"
    "Washington|West Virginia|Wisconsin|Wyoming"
)
_STREET = (r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|"
           r"Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Close|Row)")
_ID_VALUE = r"(?=[A-Za-z0-9-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])){2,30}"
_ID_GLUE = r"(?:\s*(?:number|num|no\.?|nbr|#|ID|identifier|code|value)\b\.?)?\s*(?:is|was|of)?\s*[:#=]?\s*"

# Labelled identifiers: keyword (case-insensitive) then the value. Listed most specific first.
_LABELLED: list[tuple[str, str]] = [
    ("VEHICLE", r"VIN|vehicle identification|licen[cs]e plate|plate|registration plate|vehicle"),
    ("SSN", r"SSN|social security|soc\.? sec\.?"),
    ("MRN", r"MRN|MR|medical record|med(?:ical)? rec|hospital|record|chart|patient|pt|unit|EMR|EHR|admission"),
    ("HEALTH_PLAN", r"member(?:ship)?|policy|subscriber|health plan|plan|insurance|insurer|beneficiary|"
                    r"Medicaid|Medicare|group|HICN|MBI|payer"),
    ("ACCOUNT", r"account|acct|billing|invoice|bank|routing|credit card|card"),
    ("LICENSE", r"licen[cs]e|DEA|NPI|certificate|cert|certification|passport|registration|permit|"
                r"driver'?s licen[cs]e|DL"),
    ("DEVICE", r"serial|device|pacemaker|defibrillator|ICD|implant|UDI|model|lot|IMEI|MAC|pump|"
               r"monitor|catheter|prosthesis|hearing aid|stimulator"),
    ("BIOMETRIC", r"fingerprint|finger print|retina(?:l)? scan|iris(?: scan)?|voice ?print|biometric|"
                  r"palm ?print|DNA profile|face template|facial geometry"),
    ("ID", r"specimen|accession|case|sample|study|subject|participant|enrollment|employee|student|badge|"
           r"encounter|visit|requisition|order|claim|ticket|reference|ref|tracking|identifier|ID"),
]
_LABELLED_RE = [
    (kind, re.compile(rf"(?i:\b(?:{words}))\b{_ID_GLUE}(?P<v>{_ID_VALUE})(?![A-Za-z0-9])"))
    for kind, words in _LABELLED
]

_SIMPLE: list[tuple[str, re.Pattern]] = [
    ("EMAIL", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("URL", re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]")),
    ("URL", re.compile(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|health|info|us|co)"
                       r"(?:/[^\s<>\"')\]]*[^\s<>\"')\].,;:!?])?\b", re.IGNORECASE)),
    ("IP", re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}"
                      r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]\d)")),
    ("IP", re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![\w:])|"
                      r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}:?){0,6}(?<!:)(?![\w:])")),
    ("SSN", re.compile(r"(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])")),
    ("VEHICLE", re.compile(r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b")),
    ("DATE", re.compile(rf"\b(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01])[/-](?:{_YEAR}|\d{{2}})\b")),
    ("DATE", re.compile(rf"\b{_YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b")),
    ("DATE", re.compile(rf"\b(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.{_YEAR}\b")),
    ("DATE", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?")),
    ("DATE", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?")),
    ("DATE", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b")),
    ("DATE", re.compile(rf"\b{_DAY}[-/ ](?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[-/ ]{_YEAR}\b")),
    ("AGE", re.compile(r"\b(?:9\d|1[0-2]\d)(?=\s*-?\s*(?:years?|yrs?|y/?o\b|yo\b|-year|year-old))")),
    ("LOCATION", re.compile(rf"\b\d{{1,6}}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-zA-Z'’]+\s+){{1,3}}{_STREET}\b\.?"
                            r"(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*[\w-]+)?")),
    ("LOCATION", re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+", re.IGNORECASE)),
    ("LOCATION", re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+County\b")),
]

_CONTEXT: list[tuple[str, re.Pattern]] = [
    ("NAME", re.compile(rf"\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Doctor|Nurse|Sister|Father|Rev)\.?\s+(?P<v>{NAME})")),
    ("NAME", re.compile(
        r"(?i:\b(?:patient(?: name)?|pt(?: name)?|name|attending(?: physician)?|resident|fellow|intern|"
        r"surgeon|anesthesiologist|pcp|primary care(?: physician| provider)?|referring(?: physician| provider)?|"
        r"provider|physician|signed|electronically signed by|signed by|dictated by|transcribed by|cc|"
        r"seen by|emergency contact|contact|guardian|next of kin|nok|spouse|interpreter|witness|author|"
        r"reviewed by|case manager|social worker|nurse|rn|therapist|pharmacist|sister|brother|mother|father|"
        r"son|daughter|wife|husband|parent|informant|caller|consultant|from|to|attn)\b)"
        rf"\s*:\s*(?P<v>{NAME})")),
    ("NAME", re.compile(rf"(?i:\b(?:signed|dictated|transcribed|reviewed|seen|examined|referred|discussed with"
                        rf"|accompanied|evaluated) by)\s+(?P<v>{NAME})")),
    ("NAME", re.compile(rf"\b(?P<v>{_NAME_2PLUS}),?\s+(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|PA|PhD|DDS|PharmD|"
                        r"MBBS|FACC|FACP|FACS|LCSW|CNM|CRNA|APRN|MSW|DPM|OD)\b")),
    ("NAME", re.compile(
        r"(?i:\b(?:his|her|their|the patient's|patient's|pt's|whose)\s+(?:wife|husband|son|daughter|mother|"
        r"father|sister|brother|partner|friend|neighbou?r|caregiver|aunt|uncle|niece|nephew|grandson|"
        r"granddaughter|grandmother|grandfather|fianc[ée]e?|girlfriend|boyfriend|cousin|roommate|employer|"
        r"landlord|stepfather|stepmother|guardian))"
        rf",?\s+(?P<v>{NAME})")),
    ("NAME", re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<v>{NAME}),?\s+(?:is|was)?\s*an?\s+\d+[- ]"
                        r"(?:year|yr|month|week|day)s?[- ]old", re.MULTILINE)),
    ("NAME", re.compile(rf"(?i:\b(?:named|called|nicknamed|goes by|née|nee|dear|thanks,|regards,|sincerely,))"
                        rf"\s+(?P<v>{NAME})")),
    ("DATE", re.compile(
        r"(?i:\b(?:on|since|from|until|till|through|dated|dos|admitted|discharged|seen|visit|starting|started|"
        r"effective|by|before|after|last|next|due|scheduled for|date)\b):?\s+"
        r"(?P<v>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))(?![/\d])")),
    ("AGE", re.compile(r"(?i:\b(?:age|aged|age:|aged:))\s*:?\s*(?P<v>(?:9\d|1[0-2]\d))\b")),
    ("LOCATION", re.compile(rf"\b(?P<v>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),\s+(?:{_STATES})\b")),
    ("LOCATION", re.compile(rf"\b(?:{_STATES})\s+(?P<v>\d{{5}}(?:-\d{{4}})?)\b")),
    ("LOCATION", re.compile(r"(?i:\b(?:zip|zip code|postal code|postcode)\b)\s*:?\s*(?P<v>\d{5}(?:-\d{4})?)\b")),
    ("LOCATION", re.compile(
        r"(?i:\b(?:lives in|living in|resides in|residing in|resident of|moved (?:here )?(?:from|to)|born in|"
        r"native of|relocated (?:from|to)|hometown(?: of| is)?|town of|city of|village of|neighbou?rhood of|"
        r"address:|city:|town:)\b)\s*"
        r"(?P<v>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})")),
]

_PHONE = re.compile(r"(?<![\w+-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"
                    r"(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?![\d-])|\+(?:[2-9]\d{0,2})(?:[\s.-]?\d{2,4}){3,5}(?!\d)")
_FAX_CONTEXT = re.compile(r"(?i:fax|facsimile)")
_PHONE_CONTEXT = re.compile(r"(?i:phone|tel|cell|mobile|call|pager|contact|ph\b)")


def find_rule_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Every rule match as (start, end, kind); overlaps are resolved by the caller."""
    for kind, pattern in _SIMPLE:
        for m in pattern.finditer(text):
            yield m.start(), m.end(), kind
    for kind, pattern in _CONTEXT + _LABELLED_RE:
        for m in pattern.finditer(text):
            yield m.start("v"), m.end("v"), kind
    for m in _PHONE.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        fax = list(_FAX_CONTEXT.finditer(before))
        phone = list(_PHONE_CONTEXT.finditer(before))
        is_fax = fax and (not phone or fax[-1].start() > phone[-1].start())
        yield m.start(), m.end(), "FAX" if is_fax else "PHONE"
