"""Identifiers that carry no label a rule could key on, only their place in the layout: initials and short names
that sign chart entries (a table's "By" / "Sign" column or a medication chart's day columns, a "signed" row, a
line that ends "... 0915 - tn"), the batch numbers in a vaccination table's "Batch no." column, the names in the
rows of a ward list or register, and the values under the headers of a table delimited by pipes, tabs, semicolons
or commas ("Patient", "Name, Vorname", "Suburb", "NHI", "Bleep", "Age", "Audit ID", roster grades)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from megatron_med.curate.phi_cjk import JA_PERSON_HEADER, ja_cell_name
from megatron_med.curate.phi_filters import plausible_name
from megatron_med.curate.phi_logins import LOG_IN, not_a_word
from megatron_med.curate.phi_words import common_words, personal_names

_SIGNER_HEADER = re.compile(r"(?i)(?:(?:signed |done |checked |given |performed |entered |seen )?by|sign(?:ed|ature)?|"
                            r"sig|(?:(?:pt|patient|staff|nurse) )?initials?|staff|paraaf|paraphe|kürzel|nurse|rn|"
                            r"hz\.?|hdz\.?|handzeichen|"
                            r"clinician|operator|carer|driver|chauffeur|"
                            r"volunteer|author|user|init\.?|op|pharm|pharmacist|rph|client|"
                            r"firma|assinatura|unterschrift|podpis|podp\.?|handtekening|underskrift|"
                            r"enf\.?|enfermer[ao]|enfermería|"  # Polish "Podp." (podpis), Spanish "Enf." (nurse)
                            r"badający|badająca|wykonał|wykonała)")  # Polish: the examiner, who did it
# also "reagent_lot" and German "Ch.-B." (Chargenbezeichnung); not "Charge", a bill's amount column
# a Portuguese blister pack's "Lote blíster", a Polish vaccine card's "Seria" (its batch)
_BATCH_HEADER = re.compile(r"(?i)(?:[a-z]+[ _])?(?:batch|lot|lote|partij|ch\.-?b\.|chargen?-?nr\.?|seria|nr serii)"
                           r"(?:[ _](?:no\.?|number|#|blíster|blister))?|"
                           r"(?:serial(?: no\.?| number)?|s/n|n\.? di serie|n[º°o]\.? de serie|seriennummer|"
                           r"numer seryjny)(?: \(sn\))?")
_BATCH_VALUE = re.compile(r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,14}")  # "AF37K", "AROLC921AA"
# columns of a staff log, roster or audit table: "Bleep" 2217, "Age" 90, "Audit ID" S3-011, "Med Reg" Iyer S
_EXTENSION_HEADER = re.compile(r"(?i)(?:bleep|pager|ext|extn|extension)(?:[ ](?:no\.?|number|#))?")
_EXTENSION_VALUE = re.compile(r"(?!(\d)\1+$)\d{3,5}")  # not a crash call: "2222"
_AGE_HEADER = re.compile(r"(?i)(?:age|edad|età|eta|âge|idade|umur|alter|年齢)(?:[ ]\((?:y|yrs?|years)\))?")
_ROW_ID_HEADER = re.compile(r"(?i)(?:audit|study|case|subject|participant|pt|patient|record|screening|req|request|ref|"
                            r"client)[ ]?(?:id|no\.?|code)|subject|participant|proband|"
                            r"(?:nr|no)\.? (?:skr|scr)\.?|"  # Polish "Nr skr." (screening number)
                            r"bib(?: no\.?| number| #)?")  # a race's runner: "| Bib |" 21447
_ROW_ID_VALUE = re.compile(r"(?=[\w/-]*\d)[A-Z0-9][A-Z0-9/-]{2,14}")
_ROSTER_HEADER = re.compile(r"(?i).*\b(?:reg|registrar|rmo|sho|ho|fy[12]|consultant|on[- ]call|resident|intern|"
                            r"anaesthetist|anesthetist|surgeon|nurse in charge|nic)\b.*")
_ROSTER_VALUE = re.compile(r"(?:Ma?c|O')?[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+)? [A-Z]{1,2}")  # "Iyer S", "Tan ML"
# a register's name column: "Patient", "Name, Vorname", "Nazwisko i imię", "Ingoa / Name", "nombre", "Paciente",
# "Apellido materno"
_NAME_HEADER = re.compile(r"(?i)(?:[^/|;,\t]{1,20} ?/ ?)?(?:(?:patient|pt|client|member|insured|donor|subject|"
                          r"resident|deceased|full|family|sur|fore|first|given)[ _-]?)?names?(?:\(s\))?"
                          r"(?:,? (?:first|given|vorname|names?))?|"
                          r"patient(?:in)?|patiënt|paciente|patiente|nombres?(?: completo| y apellidos?)?|"
                          r"apellidos?,? nombres?|apellidos?(?: paterno| materno)?|(?:primer|segundo) apellido|"
                          r"nombre\(s\)|"
                          r"nome(?: completo)?|nazwisko(?: i imię)?|imię i nazwisko|nama(?: pasien)?|naam|"
                          r"nom(?:,? prénom| et prénom)?|(?:nach)?name,? vorname")
_NAME_CELL = re.compile(r"[^\W\d_][\w'’.-]*(?:,? [^\W\d_][\w'’.-]*){0,5}")
_EMPTY_CELL = frozenset("vacant empty declined unknown zzunknown none nil pending closed blocked reserve reserved "
                        "free cleaning tbc tba dna male female masculin féminin masculino femenino nn x".split())
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,5}")
_NHI_HEADER = re.compile(r"(?i)NHI(?: no\.?| number)?")
_NHI_VALUE = re.compile(r"[A-HJ-NP-Z]{3}(?:\d{4}|\d{2}[A-HJ-NP-Z]{2})")
# the place columns of a register: "Suburb", "Dirección", "Comuna", "Wohnort", "Miejscowość"
_PLACE_HEADER = re.compile(r"(?i)(?:home |street )?address|suburb|town|city|village|locality|district|barangay|"
                           r"dirección|direccion|domicilio|comuna|municipio|localidad|endereço|bairro|cidade|adresse|"
                           r"anschrift|wohnort|ort|indirizzo|comune|miejscowość|adres|kijiji|mtaa")
_PLACE_CELL = re.compile(r"(?:\d{1,5}[A-Z]? )?[A-ZÀ-Þ][\w'’.-]*(?: (?:[A-ZÀ-Þ][\w'’.-]*|de|del|la|las|los|da|do|dos|"
                         r"das|di|du|le|van|von|am|an|der)){0,4}(?: \d{1,5}[A-Za-z]?)?")  # "Pasaje Los Aromos 44"
# also a Dutch board's doctor column, "Arts", whose cells are initials ("LvH")
_CONSULTANT_HEADER = re.compile(r"(?i)cons|consultant|named nurse|key ?worker|arts|arzt|ärztin|doctor|médico|lekarz")
# a line within a table that is no row: an aside in brackets ("(b/f from previous card)") or a rule ("----+-----")
_BETWEEN_ROWS = re.compile(r"\([^()\n]*\)|[-=+: ]*-{3}[-=+:| ]*")
_ASIDE = re.compile(r" \(|[ \t]*（| / (?=[A-Z]{2,4}$)")  # "Ward 7 (mall)", "金 秀珍（KIM）", "太田 / PT"
_COLUMN_CELL = re.compile(r"\S+(?: \S+)*")  # text between gaps of 2+ spaces
# a row of initials after its label: "0800 round signed      PK  PK  RL  RL  PK  DM  DM"
_SIGNED_ROW = re.compile(r"\b(?i:signed|sign|initials|init)[ \t]*:?(?P<v>(?:[ \t]+(?:[A-Z]{2,3}|[—–-]))+)[ \t]*$",
                         re.MULTILINE)
_LOG_IN_CELL = re.compile(LOG_IN)
# "DK", "jb", "J.B.", "C.ÓS", "sali", "Priya", "T. Vogt"
_SIGNER_VALUE = re.compile(r"(?:[^\W\d_]\.?){2,4}|[A-Z][a-z]{2,14}|[A-Z]\. ?[A-Z][a-zäöüß]{2,14}")
# a medication chart's day columns ("ma 14-04", "Tue 3/9", "12.05."), whose cells are the initials of who gave the dose
_DAY_HEADER = re.compile(r"(?i)(?:(?:mon|tue|wed|thu|fri|sat|sun|ma|di|wo|do|vr|za|zo|lun|mar|mer|jeu|ven|sam|dim)"
                         r"\.?[ ])?(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:\d\d){1,2}|\.)?")
_CHART_INITIALS = re.compile(r"[A-Z][a-z]?[A-Z]{1,2}")  # "IB", "RdV", "TMK"; not a result ("4.5", "Neg")
# Abbreviations that end a chart line or fill a column in place of a signer
_NOT_A_SIGNER = frozenset("""na n/a nil none nad ok yes no tbc tba idem same self home ward gp rn dr pt bd od tds qds
prn nbm mane nocte bid tid qid qd hs po iv im sc sl pr stat rv fu dna obs done seen left sent ed icu hdu ct mri xr us
ecg ekg cxr abg fbc cbc lft bmp cmp opd ipd ae er or ot nicu picu ems slp sw mdt cc mr mrs ms""".split())
_FUNCTION_WORDS = frozenset("in on at it no to of or an as by be we me he us up so do go if is am are the and for not "
                           "all any may can per via".split())
_NOT_A_RESULT = frozenset("neg pos nd nt nr na hi lo tr rpt inr bp hr rr gcs".split())
# "phoned to Dr J HARTLEY at 08:12 by MC;", "Pharmacist vaccinator RT"
_AFTER_BY_OR_ROLE = re.compile(r"(?:\b(?i:phoned|called|checked|given|done|seen|taken|entered|reviewed|signed|"
                               r"witnessed|administered|dispensed|verified|collected|prepared|completed|recorded|informed|"
                               r"confirmed|grossed|cut up|dissected|dictated|typed|transcribed|scanned|drawn|counted|"
                               r"reported|performed|supervised|authori[sz]ed|cannulated|needled)\b[^\n;.]{0,40}?\bby:?|"
                               r"\b(?i:pharmacist|vaccinator|nurse|midwife|rn|hca|technician|scientist|radiographer|"
                               r"sonographer|dispenser|checker|porter|examiner|adjuster|reviewer|coder|clerk|physicist|"
                               r"technologist|perfusionist|therapist|physio(?:therapist)?|dietitian|carer|care worker|"
                               r"support worker|driver|coordinator)[ \t]*:?|"
                               # a task's owner in a meeting's list: "Owner: NH", "Letter: RG"
                               r"\b(?i:owner|letter)[ \t]*:|"
                               # a second signer after a colon: "Entered by: ktakeshi    Checked: YH"
                               r"\b(?i:checked|verified|countersigned|witness(?:ed)?)[ \t]*:|"
                               # a screening film's readers and arbiter: "Film readers: HOP / JBW; arbitration AKD"
                               r"\b(?i:(?:film |first |second )?readers?|arbitration|arbiter|arbitrator)[ \t]*:?|"
                               r"\b(?i:initials|cut-up|cut up|reader[ \t]?\d)[ \t]*:|"
                               # a pharmacy's or theatre's checks: "Labelled AR   Accuracy check TK", "Closed: ZM"
                               r"\b(?i:labell?ed|accuracy check(?:ed)?|clinical check(?:ed)?|final check(?:ed)?|"
                               r"second check(?:ed)?|double[- ]check(?:ed)?|dubbele controle)[ \t]*:?|"
                               r"\b(?i:closed|scrub|circulator|circulating)[ \t]*:)[ \t]+"
                               r"(?P<v>[A-Z]{2,3})(?:[ \t]*/[ \t]*(?P<w>[A-Z]{2,3}))?"  # "Cut-up: MNC / AR."
                               r"(?=[;,.)]|[ \t]*$|[ \t]{2,}|[ \t]+\(|[ \t]+(?:RN|EN|RM|HCA|NP|MD)\b|"
                               r"[ \t]+(?:en|and|&|counted|recounted|checked|confirmed|witnessed|signed)\b)",
                               re.MULTILINE)
# a surname in capitals after a theatre or ward role: "OR nurse KONDO -> PACU nurse", "scrub nurse OKAFOR,"
_ROLE_SURNAME = re.compile(r"\b(?i:nurse|scrub|surgeon|anaesthetist|anesthetist|midwife|pharmacist|perfusionist|"
                           r"technician|odp|assistant)[ \t]+(?P<v>[A-Z]{4,14})"
                           r"(?=[ \t]*(?:->|→|[,;)]|$)|[ \t]+[A-Z][a-z])", re.MULTILINE)
# "... completed 02/03/24 0915 - tn", "... admit paeds ward for obs 12 h. - NAZ"
_LINE_END_SIGNATURE = re.compile(r"(?<=[\w.)])[ \t]+[-–—][ \t]+(?P<v>[a-z]{2,3}|(?<=[.)][ \t]-[ \t])[A-Z]{2,3})[ \t]*$",
                                 re.MULTILINE)

# initials after a dash at a line's end: "Code: 5-2222. —KS", "ABG 7.41/40/88/25. -MJ", a line "– MGV",
# "[x] ABG done – M"
_DASH_INITIALS = re.compile(r"(?:(?<=[.)])[ \t]+[—-]|^[ \t]*[–—-][ \t]*)(?P<v>[A-Z]{2,3})[ \t]*$|"
                            r"\b(?i:done|given|sent|taken|seen|checked|chased)[ \t]+[–—-][ \t]+(?P<t>[A-Z])[ \t]*$",
                            re.MULTILINE)

# a log entry's initials at its line's end after a gap, the line starting with its date and time: "05/03   03:14
# EVENT 1 from sleep ... Obs normal.   MB"; or a flowsheet's row starting with a time: "0800  PRVC  400 ...  -  MJ"
_LOG_LINE_INITIALS = re.compile(r"^(?:(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\.?|\d{4}-\d\d-\d\d)[ \t]+"
                                r"(?:[01]?\d|2[0-3]):?[0-5]\d[ \t]+|(?P<clock>(?:[01]\d|2[0-3])[0-5]\d)[ \t]{2,})"
                                r"\S[^\n]*?(?<=[\w.)%-])[ \t]{3,}"
                                r"(?P<v>[A-Z]{2,3})[ \t]*$",
                                re.MULTILINE)

_COLUMN_GAP = re.compile(r"[ \t]{2,}")

# a log entry signed off after two dashes: "... verstuurd. -- M. de Groot", "... (BIG 19054783201). -- MdG"
_DASH_SIGN_OFF = re.compile(r"(?<=[\w.)])[ \t]+--[ \t]+(?P<v>(?:[A-Z]\.[ ]?){1,2}(?:(?:de|van|der|den|ter|ten) ){0,2}"
                            r"[A-Z][\w'’-]+|[A-Za-z]{2,4})[ \t]*$", re.MULTILINE)


# a row of a ward list or register, the name before an age-and-sex column: "2) Okafor-Reyes, Amaka  34F",
# "01  Akello Grace              24 F", "S0417632H    TAN AH KOW        M/092Y"
_REGISTER_ROW = re.compile(r"(?:^|(?<=[ \t]{2})|(?<=\d[).][ \t]))"
                           r"(?P<v>(?:[a-z]{1,3} ){0,2}[A-Z][\w'’-]*(?:,? (?:[a-z]{1,3} ){0,2}[A-Z][\w'’.-]*){0,3})"
                           r"(?:[ \t]+[\"“(][A-Za-z]+[\"”)])?[ \t]{2,}(?:\d{1,3}[ \t]?[MF]\b|[MF]/\d{2,3}Y\b)",
                           re.MULTILINE)


def _register_name(value: str) -> bool:
    """A name in a register row; one in capitals ("TAN AH KOW") needs a word that is no common English word (not
    "TOTAL ADMISSIONS") or is a short surname alone ("NG", "LI")."""
    if value.isupper():
        return (any(common_words().get(w.lower(), 0.0) < 3.5 for w in re.findall(r"[A-Z'’-]+", value))
                or len(value) <= 3 and value.lower() in personal_names()[1])
    return plausible_name(value)


def _cell_name(value: str) -> bool:
    """A person's name or dotted initials in a register's name column ("E.G.P.L."), not a placeholder ("vacant",
    "EMPTY - HPV clean")."""
    if _DOTTED_INITIALS.fullmatch(value):
        return True
    return (_NAME_CELL.fullmatch(value) is not None
            and not any(word.strip(",").lower() in _EMPTY_CELL for word in value.split())
            and (_register_name(value) if value.isupper() else plausible_name(value)))


def _cell_place(value: str) -> bool:
    """A street or town in a register's place column: not "-", "s/i" or an English word."""
    return _PLACE_CELL.fullmatch(value) is not None and value.lower() not in _EMPTY_CELL and (
        any(c.isdigit() for c in value) or common_words().get(value.lower(), 0.0) < 4.0)


def _signer(value: str) -> bool:
    """Initials or a short name, not an abbreviation or an English word ("DK", "jb", "sali"; not "bd", "same");
    initials in capitals may spell a word ("RT", "MC")."""
    word = value.replace(".", "").lower()
    if not _SIGNER_VALUE.fullmatch(value) or word in _NOT_A_SIGNER:
        return False
    if value.isupper() and len(word) <= 3:
        return word not in _FUNCTION_WORDS
    return common_words().get(word, 0.0) < 4.0


def _chart_initials(value: str) -> bool:
    """A giver's initials in a medication chart's day column, not a result or a code ("ND", "POS")."""
    return _CHART_INITIALS.fullmatch(value) is not None and value.lower() not in _NOT_A_RESULT and _signer(value)


def _signer_or_log_in(value: str) -> bool:
    """A signer's initials or short name, or a log-in ("ochieng.j", "plakhani2") in an operator column."""
    return _signer(value) or (_LOG_IN_CELL.fullmatch(value) is not None and not_a_word(value))


_TABLE_COLUMNS: list[tuple[re.Pattern, str, Callable[[str], bool]]] = [
    (_SIGNER_HEADER, "NAME", _signer_or_log_in),
    (_DAY_HEADER, "NAME", _chart_initials),
    (_BATCH_HEADER, "DEVICE", _BATCH_VALUE.fullmatch),
    (_EXTENSION_HEADER, "PHONE", _EXTENSION_VALUE.fullmatch),
    (_AGE_HEADER, "AGE", re.compile(r"9\d|1[01]\d").fullmatch),
    (_ROW_ID_HEADER, "ID", _ROW_ID_VALUE.fullmatch),
    (_ROSTER_HEADER, "NAME", _ROSTER_VALUE.fullmatch),
    (_NAME_HEADER, "NAME", _cell_name),
    (_CONSULTANT_HEADER, "NAME", lambda value: _signer(value) or _cell_name(value)),
    (_NHI_HEADER, "HEALTH_PLAN", _NHI_VALUE.fullmatch),
    (_PLACE_HEADER, "LOCATION", _cell_place),
    (JA_PERSON_HEADER, "NAME", ja_cell_name),  # "| 氏名 | 実施 | 確認(W) |": 高橋 由美子, 佐藤
]


# a cell of a delimited row: quoted (with the delimiter inside) or not
_CELL = {sep: re.compile(rf'[ \t]*"[^"\n]*"[ \t]*(?=\{sep}|$)|[^\{sep}\n]*') for sep in "|;,"}
_CELL["\t"] = re.compile(r'[^\t\n]*')
# the fewest cells a row needs for its delimiter to be read as a table: prose has commas, not four in step
_MIN_CELLS = {"|": 3, "\t": 3, ";": 4, ",": 4}


def _cells(line: str, sep: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a delimited line; a quoted cell keeps the delimiters inside it."""
    cells, pos = [], 0
    while True:
        m = _CELL[sep].match(line, pos)
        cells.append((m.start(), m.group()))
        pos = m.end()
        if pos >= len(line) or line[pos] != sep:
            return cells
        pos += 1


def _table_cells(text: str, sep: str) -> Iterator[tuple[int, int, str, str, Callable[[str], bool]]]:
    """(start, end, value, kind, accept) for the cells under a header cell of `_TABLE_COLUMNS` in a table
    delimited by `sep` (pipes, tabs, semicolons or commas), in the rows with as many cells (a pipe row: as many or
    more) that follow the header up to a blank line or a line without columns (a line in brackets, "(b/f from
    previous card)", or a rule, "----+----", does not end it); the value is the cell without its padding, quotes
    and a bracketed aside or a role after a slash. Each header is followed on
    its own: a row whose cell reads like another header ("Med SHO - Dr Patel" under "For") is still a row of the
    columns found so far, and so is a row with digits whose cell reads like its own header (a pharmacist's
    initials "RPH" under "Firma", beside a date)."""
    columns: list[tuple[list[int], int]] = [([], 0)] * len(_TABLE_COLUMNS)  # per header: its cells, row width
    offset = 0
    for line in text.splitlines(keepends=True):
        cells = _cells(line.rstrip("\r\n"), sep) if sep in line else []
        if len(cells) >= _MIN_CELLS[sep]:
            names = [cell.strip(' \t"') for _, cell in cells]
            data_row = any(c.isdigit() for name in names for c in name)
            for rule, (header, kind, accept) in enumerate(_TABLE_COLUMNS):
                found = [i for i, name in enumerate(names)  # not a role's value in a data row: "RN" under "role"
                         if header.fullmatch(name) and not (data_row and name.lower() in _NOT_A_SIGNER)]
                if found and not (data_row and columns[rule][0]):
                    columns[rule] = found, len(cells)
                    continue
                under, width = columns[rule]
                # a pipe row may add cells at its end ("| 3 | wrinkle test +ve" past the last header)
                for column in under if len(cells) == width or sep == "|" and len(cells) > width else ():
                    start, cell = cells[column]
                    value = _ASIDE.split(names[column])[0]  # not an aside: "Los Carrera 750 (mall)", "金 秀珍（KIM）"
                    if value:
                        start += offset + cell.index(value)
                        yield start, start + len(value), value, kind, accept
        elif not line.strip() or len(cells) < 2 and not _BETWEEN_ROWS.fullmatch(line.strip()):
            columns = [([], 0)] * len(_TABLE_COLUMNS)  # a table ends at a blank line or a line without columns
        offset += len(line)


_HEADER_CELL = re.compile(r"(?:[^\s:]+(?: [^\s:]+){0,5})?")  # a column name: a few words, no "key: value"


def table_header_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that heads a delimited table: cells of a few words without digits or a colon
    ("ApptTime,MRN,PatientName,DOB,Sex"), and the next line, past any line in brackets or rule, has as many cells;
    also of a fixed-width table whose columns include a signer's or batch column ("Data   INR   Dawka tyg.   Kontrola
    Podp.") over a row with digits. Its words are column names, never names or places."""
    headers, offset = [], 0
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        following = next((row for row in lines[i + 1:] if not _BETWEEN_ROWS.fullmatch(row.strip())), "")
        if _fixed_width_header(line, following):
            headers.append((offset, offset + len(line)))
        elif not any(c.isdigit() for c in line):
            for sep in _MIN_CELLS:
                if sep in line and len(cells := _cells(line.rstrip("\r\n"), sep)) >= _MIN_CELLS[sep] and \
                        all(_HEADER_CELL.fullmatch(cell.strip(' \t"')) for _, cell in cells) and \
                        len(_cells(following.rstrip("\r\n"), sep)) == len(cells):
                    headers.append((offset, offset + len(line)))
                    break
        offset += len(line)
    return headers


def _fixed_width_header(line: str, following: str) -> bool:
    """A fixed-width table's header: three or more column names apart by 2+ spaces, one of them a signer's or
    batch column, over a row of as many cells or more with a digit in it."""
    if "   " not in line or any(c.isdigit() for c in line):
        return False
    names = [c.group().strip() for c in _COLUMN_CELL.finditer(line)]
    return len(names) >= 3 and all(_HEADER_CELL.fullmatch(name) for name in names) and \
        any(_SIGNER_HEADER.fullmatch(name) or _BATCH_HEADER.fullmatch(name) for name in names) and \
        len(list(_COLUMN_CELL.finditer(following))) >= len(names) and any(c.isdigit() for c in following)


def _fixed_width_column(text: str, header: re.Pattern) -> Iterator[tuple[int, int, str]]:
    """(start, end, value) of the cells under a header cell of a fixed-width table (columns apart by 2+ spaces),
    in the rows that follow it up to a blank line; a cell belongs to the column when it starts within two
    characters of the header, or, under a header that closes its line, when it closes its row within eight
    ("... lab no. WG25-0041128; Acticoat    7/10   MMcG")."""
    column, last = None, False
    offset = 0
    for line in text.splitlines(keepends=True):
        cells = list(_COLUMN_CELL.finditer(line))
        if not cells:
            column = None
        elif column is None or len(cells) >= 3 and any(header.fullmatch(c.group()) for c in cells):
            found = [c for c in cells if header.fullmatch(c.group())] if len(cells) >= 3 else []
            column, last = (found[-1].start(), found[-1] is cells[-1]) if found else (None, False)
        else:
            for cell in cells:
                if abs(cell.start() - column) <= 2 or last and cell is cells[-1] and len(cells) >= 3 and \
                        abs(cell.start() - column) <= 8:
                    yield offset + cell.start(), offset + cell.end(), cell.group()
        offset += len(line)


def find_signature_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) for signers in a table's signature or day column, at the end of a chart line, as initials
    after "by", a check or a role and as a surname in capitals after a role (NAME), and for the names, places, NHI
    numbers, extensions, ages over 89, row ids and roster names under their headers in a delimited table."""
    for sep in (sep for sep in _MIN_CELLS if sep in text):
        for start, end, value, kind, accept in _table_cells(text, sep):
            if accept(value):
                yield start, end, kind
    if "   " in text:
        for start, _, value in _fixed_width_column(text, _SIGNER_HEADER):
            for part in re.finditer(r"[^/]+", value):  # two signers: "NM/PvdM"
                if _signer(part.group()):
                    yield start + part.start(), start + part.end(), "NAME"
        for start, end, value in _fixed_width_column(text, _BATCH_HEADER):
            if _BATCH_VALUE.fullmatch(value):
                yield start, end, "DEVICE"
    for m in _REGISTER_ROW.finditer(text):
        if _register_name(m.group("v")):
            yield m.start("v"), m.end("v"), "NAME"
    for row in _SIGNED_ROW.finditer(text):
        for m in re.finditer(r"[A-Z]{2,3}", row.group("v")):
            if _signer(m.group()):
                yield row.start("v") + m.start(), row.start("v") + m.end(), "NAME"
    ends = _LINE_END_SIGNATURE.finditer(text) if " - " in text or " – " in text or " — " in text else ()
    for m in (*ends, *_AFTER_BY_OR_ROLE.finditer(text)):
        for group in ("v", "w") if m.re is _AFTER_BY_OR_ROLE and m.group("w") else ("v",):
            if _signer(m.group(group)):
                yield m.start(group), m.end(group), "NAME"
    for m in _ROLE_SURNAME.finditer(text):
        if common_words().get(m.group("v").lower(), 0.0) < 3.5:
            yield m.start("v"), m.end("v"), "NAME"
    for m in _DASH_INITIALS.finditer(text):
        if m.group("t") or _signer(m.group("v")):
            yield *m.span("t" if m.group("t") else "v"), "NAME"
    for m in _LOG_LINE_INITIALS.finditer(text) if "   " in text else ():
        if m["clock"] and len(_COLUMN_GAP.findall(m.group())) < 5:
            continue  # a line that starts with a time alone must be a flowsheet's row: "0800  PRVC  400  398 ... MJ"
        if _signer(value := m.group("v")) and (len(value) == 2 or common_words().get(value.lower(), 0.0) < 3.5):
            # not a status word: "RED"
            yield m.start("v"), m.end("v"), "NAME"
    for m in _DASH_SIGN_OFF.finditer(text) if " -- " in text else ():
        if "." in m.group("v") or _signer(m.group("v")):
            yield m.start("v"), m.end("v"), "NAME"
