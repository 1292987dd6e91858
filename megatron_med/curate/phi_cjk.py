"""Names written in Chinese characters, Hangul or Japanese kana. No such script marks a name by capitals or
spaces, so a run of characters counts as a name only when it starts with a common family name and either stands
alone in text of another script (張詠欣 in an English note, 박지우 in a Korean resident's record), or follows a
person label or precedes a title (姓名：张丽云, 王医生, 성명: 김민준). In text of another script any short run in
brackets after a romanised name counts too, as Japanese names are glossed: "MATSUMOTO Kazuo (松本 和夫)". Chinese or
Korean medical prose itself is left alone: 检验报告, 血清 or 고혈압 are words, not names. Half-width katakana,
which Japanese hospital systems still print for the reading of a name, counts as a name when it is two words
("ｻﾄｳ ﾊﾅｺ"): the script is otherwise used for little but names. So does a name's reading in full-width katakana, two
words in brackets after its romanisation ("LEFEBVRE Camille (ルフェーヴル カミーユ)") or the honorific 様, and, in
text of another script, two short runs of Chinese characters with a space between them, as Japanese forms write a
family and a given name ("Attending physician: 中川 真司"; not a page count, "第1页 共2页", nor roles, "隊長 医師"),
and after an English role's label in any text ("Operator: 石川 達也"). A
romanisation in brackets after a name in Hangul or Chinese characters that starts with a family name is the same
name ("김민지 (KIM MIN JI)"; not "血常规 (Complete Blood Count)"). In Japanese text, a family and a given name (or a
common family name alone) after a person's label or a relative's word is a name ("術者: 山口", "長女 佐々木 恵理"),
and so is one before an honorific ("髙橋 健一 様"), with its katakana reading in brackets after it, one after
"Dr." ("Dr. 小林 隆之") and one in a table's column headed by a person's label ("| 氏名 | ... | 実施 | 確認(W) |",
then "| 高橋 由美子 | ... | 佐藤 | 中村 |"); so are initials after a record's label ("記録 MS"). An address's city,
ward or town after its prefecture is a place ("大阪府豊中市"), and a health insurance card's symbol and number
("記号・番号 14027718・36") a health plan's. Names and places found once are found again
inside longer runs, a town without its suffix too (豊中 of 豊中市立病院), but not a family name alone, which
eponyms share (木村・竹本分類)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_HAN = "\u3005\u4e00-\u9fff"  # with the repeat mark of 佐々木
_HANGUL = "\uac00-\ud7a3"
# the commonest Chinese family names, simplified and traditional forms
_HAN_SURNAMES = ("王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭"
                 "梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程"
                 "苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范範金石廖贾賈夏韦韋付傅"
                 "方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬"
                 "钱錢严嚴覃武戴莫孔向汤湯欧歐柳温溫关關易施牛殷洪翁区區麦麥伍")
# the commonest Korean family names
_HANGUL_SURNAMES = ("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하"
                    "곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명"
                    "기반왕금옥육인맹제모탁국어은편용")
# the last character of a Japanese role or place word, which no name ends with: 医師, 隊長, 看護師, 内科, 病院
_ROLE_END = "師長士員者科部院室課係医所局"
_ALONE = re.compile(rf"(?<![{_HAN}])[{_HAN_SURNAMES}][{_HAN}]{{1,2}}(?![{_HAN}])|"
                    rf"(?<![{_HANGUL}])[{_HANGUL_SURNAMES}][{_HANGUL}]{{2}}(?![{_HANGUL}])|"
                    rf"(?<=[A-Za-z] \()[{_HAN}]{{1,4}}(?:[ \u3000][{_HAN}]{{1,3}})?(?=\))|"
                    rf"(?<![{_HAN}\d])[{_HAN}]{{1,3}}(?<![{_ROLE_END}])[ \u3000][{_HAN}]{{1,3}}(?<![{_ROLE_END}])"
                    rf"(?![{_HAN}\d])")
_PERSON_LABEL = ("姓名|签名|簽名|签字|患者姓名|病人姓名|家属|聯絡人|联系人|送检医生|申请医生|"
                 "报告医生|审核医生|检验者|审核者|主治医师|主治医生|经治医师|醫師|医师|护士|"
                 "護士|성명|이름|환자명|보호자|담당의")
_LABELLED = re.compile(rf"(?:{_PERSON_LABEL})(?:[ \t]+[A-Za-z][A-Za-z ./-]{{0,25}})?[ \t]*[：:]?[ \t]*"  # "姓名 Name: "
                       rf"(?P<v>[{_HAN_SURNAMES}][{_HAN}]{{1,3}}(?![{_HAN}])|"
                       rf"[{_HANGUL_SURNAMES}][{_HANGUL}]{{1,3}}(?![{_HANGUL}]))")
# a family and a given name after an English role's label, in a note mostly in Japanese too ("Operator: 石川 達也")
_ROLE_LABELLED = re.compile(rf"\b(?i:operator|surgeon|assistants?|an(?:a)?esthetist|attending|physician|doctor|nurse|"
                            rf"scrub|circulator|resident|patient|name|radiologist|pathologist|consultant|signed|"
                            rf"author|reported by|checked by|(?:lab |team )?lead)[ \t]*[:：][ \t]*(?:Dr\.?[ \t]+)?"
                            rf"(?P<v>[{_HAN}]{{1,3}}(?<![{_ROLE_END}])[ \u3000][{_HAN}]{{1,3}}(?<![{_ROLE_END}]))"
                            rf"(?![{_HAN}\d])")
_TITLE_AFTER = "先生|女士|小姐|医生|醫生|医师|醫師|护士|護士|大夫|教授|主任"
_BEFORE_TITLE = re.compile(rf"(?P<v>[{_HAN_SURNAMES}][{_HAN}]{{0,2}})(?:{_TITLE_AFTER})|"  # "王医生", "李建国医生"
                           rf"(?<![{_HANGUL}])(?P<k>[{_HANGUL_SURNAMES}][{_HANGUL}]{{1,2}})"
                           rf"[ \t]?(?:님|씨|선생님|교수님?|간호사|의사)")
_CJK = re.compile(rf"[{_HAN}{_HANGUL}]")
# a name's romanisation in brackets after the name in Hangul or Chinese characters: "김민지 (KIM MIN JI)"
_ROMANISED_GLOSS = re.compile(rf"(?:(?<![{_HAN}])[{_HAN_SURNAMES}][{_HAN}]{{1,2}}|"
                              rf"(?<![{_HANGUL}])[{_HANGUL_SURNAMES}][{_HANGUL}]{{1,2}}) "
                              rf"\((?P<v>[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+){{1,3}})\)")
# Japanese: the commonest family names, a name after a person's label (患者氏名, 主治医, 術者, 記載者, 承認 ...) or a
# relative's word (長男, 長女, 妻 ...), and a family and given name before an honorific (様, さん, 殿)
_JA_SURNAMES = ("佐藤|鈴木|高橋|髙橋|田中|伊藤|渡辺|渡邊|渡部|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|"
                "斎藤|斉藤|清水|山崎|森|池田|橋本|阿部|石川|山下|中島|石井|小川|前田|岡田|長谷川|藤田|後藤|近藤|"
                "村上|遠藤|青木|坂本|福田|太田|西村|藤井|金子|岡本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|"
                "中山|和田|石田|森田|上田|原|柴田|酒井|工藤|横山|宮崎|宮本|内田|高木|安藤|島田|谷口|大野|丸山|"
                "今井|高田|藤本|武田|村田|上野|杉山|増田|小山|大塚|平野|菅原|久保|松井|千葉|岩崎|桜井|木下|野口|"
                "松尾|菊地|野村|新井|林|西田|大橋|北村|望月|片山|川口|関|菅野|吉川|小島|水野|山内|樋口|服部")
_JA_PERSON_LABEL = ("氏名|患者氏名|患者名|主治医|担当医|術者|執刀医|介助医|麻酔科?医|看護師|記載者|記録者|確認者|"
                    "承認者?|管理者|報告者|報告医|読影医|依頼医|指示医|申請者|説明者|同席者|キーパーソン|検査者|"
                    "実施者|記入者|作成者|医師名|署名|責任者|処方医|緊急連絡先|判読医|装着者|助手|器械出し|外回り|"
                    "直接介助|間接介助")
_JA_RELATIVE = "長男|長女|次男|次女|三男|三女|夫|妻|息子|娘|実母|実父|母|父|姉|妹|兄|弟|孫|配偶者"
_JA_FULL_NAME = (rf"[{_HAN}]{{1,3}}(?<![{_ROLE_END}])[ \u3000][{_HAN}]{{1,3}}(?<![{_ROLE_END}])(?![{_HAN}\d])")
# after a person's label, also a family name with a given name in katakana ("佐々木 ハル"), a foreign name in
# katakana with its middle dots ("ファン・ミン・ドゥック") and an uncommon family name alone before a gap, a
# bracket or the line's end ("器械出し: 宮城   外回り: 大城"; not "不明", "未定")
_JA_LABELLED_NAME = (rf"{_JA_FULL_NAME}|"
                     rf"[{_HAN}]{{1,3}}[ \u3000][\u30a1-\u30fa][\u30a1-\u30fc]{{1,5}}(?![\u30a1-\u30fc])|"
                     rf"(?:{_JA_SURNAMES})(?![{_HAN}])|"
                     r"[\u30a1-\u30fa][\u30a1-\u30fc]+(?:・[\u30a1-\u30fa][\u30a1-\u30fc]+)+|"
                     rf"(?!不明|未定|同上|なし)[{_HAN}]{{2}}(?<![{_ROLE_END}])"
                     r"(?=[ \t\u3000]{2,}|[ \t]*[(（]|[ \t]*$)")
_JA_NAME = re.compile(rf"(?:(?:{_JA_PERSON_LABEL})(?:[ \t]*[(（](?:{_JA_RELATIVE})[)）])?"
                      rf"[ \t]*[:：]?[ \t\u3000]*(?:(?:Ns|Dr)\.?[ \t]*)?"
                      rf"(?:[{_HAN}]{{0,6}}(?:科|部長|科長|医長)[ \t\u3000]+)?"  # a department, a rank: 内科, 部長
                      rf"(?:(?:{_JA_RELATIVE})[ \t\u3000]+)?|(?<![{_HAN}])(?:{_JA_RELATIVE})[ \t\u3000]+)"
                      rf"(?P<v>{_JA_LABELLED_NAME})|"
                      rf"(?<![{_HAN}])(?P<h>{_JA_FULL_NAME})(?=[ \t\u3000]*(?:様|さん|殿))", re.MULTILINE)
# after "Dr." ("培養室長 Dr. 小林 隆之"); staff initials after a record's or checker's label ("記録 MS"); a health
# insurance card's symbol and number ("記号・番号 14027718・36")
_DR_FULL_NAME = re.compile(rf"\bDr\.?[ \t\u3000]*(?P<v>{_JA_FULL_NAME})")
_JA_INITIALS = re.compile(r"(?:記録者?|記載者|入力者|作成者|確認者|解析担当)[ \t\u3000]*[:：]?[ \t\u3000]*"
                          r"(?P<v>[A-Z]{2,3})"
                          r"(?![A-Za-z])(?=[ \t\u3000]|$)", re.MULTILINE)
_JA_INSURANCE = re.compile(r"(?:記号・?番号|被保険者番号|保険者番号)[ \t\u3000]*[:：]?[ \t\u3000]*"
                           r"(?P<v>[0-9０-９]+(?:[・\-‐ ][0-9０-９]+)*)")
# a table's column headed by a person's label ("氏名", "実施", "確認(W)"; phi_signatures reads the table): its cells
# that are a family and a given name in Chinese characters or katakana, or a common family name alone ("高橋 由美子",
# "佐藤"; not "済", done)
JA_PERSON_HEADER = re.compile(rf"(?:{_JA_PERSON_LABEL}|実施|確認|担当者?|記録|サイン)(?:[(（][^)）]{{0,6}}[)）])?")
ja_cell_name = re.compile(rf"{_JA_FULL_NAME}|(?:{_JA_SURNAMES})(?![{_HAN}])|"
                          r"[\u30a1-\u30fa][\u30a1-\u30fc]+[ \u3000・][\u30a1-\u30fa][\u30a1-\u30fc]+").fullmatch
# a Japanese address's city, ward, town or village after its prefecture or city: 大阪府豊中市, 神奈川県川崎市中原区
_JA_ADDRESS = re.compile(rf"(?:(?<=[都道府県])|(?<=[{_HAN}][市郡]))[{_HAN}]{{1,3}}?[市区町村]")
_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa]")  # Japanese text; Chinese has no kana
_HALF_WIDTH_KANA_NAME = re.compile(r"[\uff66-\uff9d][\uff66-\uff9f]+[ \u3000][\uff66-\uff9d][\uff66-\uff9f]+")
# also after the honorific 様 or a name in Chinese characters, in brackets: "髙橋 由紀子 様（タカハシ ユキコ）",
# "佐々木 美代子 (ササキ ミヨコ)", "佐藤　健一（サトウ　ケンイチ / SATO Kenichi）"
_KATAKANA_GLOSS = re.compile(rf"(?:(?<=[A-Za-z] \()|(?<=様（)|(?<=様 （)|(?<=[{_HAN}] \()|(?<=[{_HAN}]（))"
                             r"[\u30a1-\u30fa][\u30a1-\u30fc]*[ \u3000\u30fb]"
                             r"[\u30a1-\u30fa][\u30a1-\u30fc]*(?=[)）]|[ \t\u3000]*/)")
# a city before 市立, "municipal", opening a line or after a space: "さいたま市立総合医療センター"; a month of
# the Reiwa, Heisei or Showa era ("R6.10"); a disability or benefit card's number ("手帳番号 旭-04471")
_MUNICIPAL = re.compile(rf"(?:^|(?<=[ \t\u3000]))[\u3041-\u3096{_HAN}]{{2,4}}?(?=市立)", re.MULTILINE)
_ERA_MONTH = re.compile(r"(?<![\w.])[RHS][1-9]\.(?:1[0-2]|0?[1-9])(?![\d.])")  # not an ICD code: "H91.2"
_JA_FILE_NAME = re.compile(rf"(?<=\d_)[{_HAN}]{{2,4}}(?=_)")  # a photo's: "20241105_佐々木_graft01.jpg"
_JA_CARD_NUMBER = re.compile(rf"(?:手帳番号|受給者証番号)[ \t\u3000]*[:：]?[ \t\u3000]*"
                             rf"(?P<v>[{_HAN}]{{0,2}}-?\d{{3,}})")
_MINORITY = 0.3  # at most this share of the letters in these scripts: the text is in another language


def find_cjk_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "NAME") for names in Chinese characters, Hangul or half-width katakana, (start, end,
    "LOCATION") for the cities, wards and towns of a Japanese address, (start, end, "DATE") for an era's month,
    and (start, end, "HEALTH_PLAN" or "ID") for a Japanese insurance or disability card's number."""
    if _KANA.search(text):
        for pattern in (_JA_ADDRESS, _MUNICIPAL):
            for m in pattern.finditer(text):
                yield m.start(), m.end(), "LOCATION"
        for m in _ERA_MONTH.finditer(text):
            yield m.start(), m.end(), "DATE"
        for m in _JA_CARD_NUMBER.finditer(text):
            yield *m.span("v"), "ID"
        for m in _JA_FILE_NAME.finditer(text):
            yield *m.span(), "NAME"
    for pattern in (_HALF_WIDTH_KANA_NAME, _KATAKANA_GLOSS):
        for m in pattern.finditer(text):
            yield m.start(), m.end(), "NAME"
    for m in _ROMANISED_GLOSS.finditer(text):
        yield m.start("v"), m.end("v"), "NAME"
    cjk = len(_CJK.findall(text))
    if not cjk:
        return
    letters = sum(c.isalpha() for c in text)
    if cjk <= _MINORITY * letters:
        for m in _ALONE.finditer(text):
            yield m.start(), m.end(), "NAME"
    for m in (*_LABELLED.finditer(text), *_ROLE_LABELLED.finditer(text)):
        yield m.start("v"), m.end("v"), "NAME"
    for m in _JA_NAME.finditer(text):
        group = "v" if m.start("v") >= 0 else "h"
        yield m.start(group), m.end(group), "NAME"
    for pattern in (_DR_FULL_NAME, _JA_INITIALS):
        for m in pattern.finditer(text):
            yield *m.span("v"), "NAME"
    for m in _JA_INSURANCE.finditer(text):
        yield *m.span("v"), "HEALTH_PLAN"
    for m in _BEFORE_TITLE.finditer(text):
        group = "v" if m.start("v") >= 0 else "k"
        yield m.start(group), m.end(group), "NAME"


_CJK_WORD = re.compile(rf"[{_HAN}{_HANGUL}\u3041-\u30ff][{_HAN}{_HANGUL}\u3041-\u30ff \u3000]*")
_ADMINISTRATIVE_SUFFIX = "市区町村郡"  # 豊中市: the city is 豊中 in 豊中市立病院 and 豊中みどり訪問看護ステーション


def cjk_repeats(text: str, found: Iterable[tuple[str, str]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) for every other occurrence of a name or place in these scripts found once ((value, kind)
    pairs): a place of two characters or more, a name with its given name or of three characters (a family name
    alone is an eponym's too: 木村 of 木村・竹本分類). Nothing marks a word's edge in these scripts, so they are
    found inside longer runs, and a town found with its suffix (豊中市) is found without it too."""
    values: dict[str, str] = {}
    for value, kind in found:
        if _CJK_WORD.fullmatch(value) and (kind == "LOCATION" and len(value) >= 2 or kind == "NAME" and
                                           (" " in value or len(value) >= 3)):
            values.setdefault(value, kind)
            if kind == "LOCATION" and len(value) >= 3 and value[-1] in _ADMINISTRATIVE_SUFFIX:
                values.setdefault(value[:-1], kind)
    if values:
        pattern = re.compile("|".join(map(re.escape, sorted(values, key=len, reverse=True))))
        for m in pattern.finditer(text):
            yield m.start(), m.end(), values[m.group()]
