"""What a report says about itself: its title, the place it governs (and that place's level)
and the year it plans for.

Reports open in a few habitual ways, after whatever a web page put before them (下载 打印,
当前位置：首页 > …, 来源：…): a title line (2024年XX市政府工作报告, or just 政府工作报告), the
delivery line (——2024年1月10日在XX区第七届人民代表大会第四次会议上), the speaker (市长 XX), then
各位代表 and the speaker's sentence (我代表XX区人民政府向大会报告工作). Many published texts keep
only the speech: the speaker's sentence may say just 我代表区人民政府, and a text cut from a
longer page may start mid-report. So each fact is taken from the first of these that states it,
then from the section headings (一、2023年工作回顾 / 二、2024年工作安排), and last from the file
name, which people name after the place and the year (福田区政府工作报告2014.txt, or in pinyin,
2014_shenzhen_futian_district.txt).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_READ_CHARS = 300_000  # a long report's headings are well inside; a 100 MB file is not read twice
_HEAD_LINES = 40  # web-page furniture, title, delivery line and speaker sit at the top
_HEADING_CHARS = 40  # section headings are short lines; body sentences are longer
_NAMES_IN = 20_000  # characters searched for the place's name when only the file name says it

_LEVEL_SUFFIXES = {
    "特别行政区": "province", "自治区": "province", "省": "province",
    "自治州": "city", "州": "city", "盟": "city", "市": "city",
    "自治县": "county", "自治旗": "county", "县": "county", "旗": "county",
    "新区": "district", "区": "district",
}
_SUFFIXES = sorted(_LEVEL_SUFFIXES, key=len, reverse=True)  # 自治区 before 区
_SUFFIX = "|".join(_SUFFIXES)
# A named unit: two or more characters of name, then the kind of unit (深圳市, 福田区, 大鹏新区).
_UNIT = re.compile(rf"([\u4e00-\u9fff]{{2,}}?)({_SUFFIX})")
_BARE_LEVEL = re.compile(rf"^(?:{_SUFFIX})")
# Province-level units: their full names, and the four cities that rank as provinces.
_PROVINCES = {
    "北京": "北京市", "天津": "天津市", "上海": "上海市", "重庆": "重庆市",
    "河北": "河北省", "山西": "山西省", "辽宁": "辽宁省", "吉林": "吉林省", "黑龙江": "黑龙江省",
    "江苏": "江苏省", "浙江": "浙江省", "安徽": "安徽省", "福建": "福建省", "江西": "江西省",
    "山东": "山东省", "河南": "河南省", "湖北": "湖北省", "湖南": "湖南省", "广东": "广东省",
    "海南": "海南省", "四川": "四川省", "贵州": "贵州省", "云南": "云南省", "陕西": "陕西省",
    "甘肃": "甘肃省", "青海": "青海省", "台湾": "台湾省", "内蒙古": "内蒙古自治区",
    "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
    "新疆": "新疆维吾尔自治区", "香港": "香港特别行政区", "澳门": "澳门特别行政区",
}
_ROMANISED = {"shaanxi": "shanxi"}  # 陕西's official spelling, which tells it from 山西
_OWN_SUFFIX = {"province": "省", "city": "市", "county": "县", "district": "区"}
_FILE_LEVELS = {"province": "province", "city": "city", "county": "county", "district": "district"}

_TITLE = re.compile(r"^[(（]?[^。，：:]{0,12}?[)）]?(\d{4}年)?[^。，：:]{0,20}?(人民政府|政府)工作报告([(（][^)）]*[)）])?$")
_PARENTHESES = re.compile(r"[(（][^)）]*[)）]")
_CONGRESS = re.compile(r"在([\u4e00-\u9fff]{2,20}?)第[一二三四五六七八九十]+届")
_DELIVERED = re.compile(r"^[—―\-－–\s(（]*(\d{4})年(\d{1,2})月\d{1,2}日\s*在")
_SPEAKER = re.compile(r"(?<!人民)代表(?!大会)([^，。：:；\s]{0,16}?)(?:人民政府|政府|管理委员会|管委会)")
_COUNCIL = re.compile(r"管理委员会|管委会")
_GOVERNMENT = re.compile(r"人民政府|政府|管理委员会|管委会|工作报告")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_REVIEW = re.compile(r"回顾|基本情况|总结|成绩|成就|完成")
_PLAN = re.compile(r"安排|任务|主要工作|重点工作|工作重点|工作思路|建议|目标")
_NOT_PLAN = re.compile(r"远景|以来|期间")
_SENTENCE = re.compile(r"[，。；：,;:]")  # a heading has none: 到2010年，……目标是： is a sentence
_NUMBERS = re.compile(r"[\d０-９]+年?")


@dataclass(frozen=True)
class Metadata:
    title: str | None
    place: str | None
    level: str | None  # province | city | county | district
    year: int | None


def detect(text: str, file_name: str = "") -> Metadata:
    """Read title, place, level and year from where reports put them; the file name fills gaps.

    The year is the one the report plans for. A title is the report's own title line when it
    names the place, else made in the genre's form (2024年XX区政府工作报告) from what was found.

    >>> detect("永吉县人民政府工作报告\\n——在永吉县第十九届人民代表大会第三次会议上\\n一、2023年工作回顾\\n")
    Metadata(title='永吉县人民政府工作报告', place='永吉县', level='county', year=2024)
    >>> detect("各位代表：\\n现在，我代表区人民政府向大会作政府工作报告。\\n", "2014_shenzhen_futian_district")
    Metadata(title=None, place=None, level='district', year=2014)
    """
    lines = [line.strip() for line in text[:_READ_CHARS].splitlines() if line.strip()]
    head = lines[:_HEAD_LINES]
    title = next((line for line in head if _TITLE.match(line)), None)
    speaker = next((m for line in head if (m := _SPEAKER.search(line))), None)
    place = _stated_place(title, head, speaker)
    level = _level(place) or _speaker_level(speaker) or _file_level(file_name)
    if place is None:
        place = _place_in_file_name(file_name, text, level) or _province_named_most(text, level)
        level = _level(place) or level
    year = _year(title, head, lines) or _year_in_file_name(file_name)
    council = bool(speaker and _COUNCIL.search(speaker.group(0)))
    return Metadata(title=_title(title, place, year, council), place=place, level=level, year=year)


def _units(text: str) -> list[str]:
    """The named units in a phrase, outermost first: 深圳市福田区 → [深圳市, 福田区]."""
    text = _NUMBERS.sub(" ", text)  # 2026年四川省 names 四川省, not 年四川省
    return [m.group(0) for m in _UNIT.finditer(text) if m.group(1) not in ("自治", "特别行政")]


def _level(place: str | None) -> str | None:
    if not place:
        return None
    if place in _PROVINCES.values():
        return "province"
    return next((_LEVEL_SUFFIXES[s] for s in _SUFFIXES if place.endswith(s)), None)


def _stated_place(title: str | None, head: list[str], speaker: re.Match | None) -> str | None:
    """The place as the title, the delivery line or the speaker names it: its innermost unit."""
    named = [_PARENTHESES.sub("", title)] if title else []
    named += [m.group(1) for line in head if (m := _CONGRESS.search(line))]
    named += [speaker.group(1)] if speaker else []
    for phrase in named:
        if units := _units(phrase):
            return _canonical(units[-1])
    return None


def _canonical(unit: str) -> str:
    """Province-level units under their full names (广西自治区 → 广西壮族自治区); 吉林市 stays."""
    short = next((s for s in _PROVINCES if unit.startswith(s)), None)
    if short and unit.endswith(("省", "自治区", "特别行政区")):
        return _PROVINCES[short]
    return unit


def _speaker_level(speaker: re.Match | None) -> str | None:
    """我代表区人民政府: the speaker names the level even when not the place."""
    if speaker and (m := _BARE_LEVEL.match(speaker.group(1))):
        return _LEVEL_SUFFIXES[m.group(0)]
    return None


def _file_words(file_name: str) -> list[str]:
    return [w for w in re.split(r"[^a-z]+", file_name.lower()) if w]


def _file_level(file_name: str) -> str | None:
    return next((_FILE_LEVELS[w] for w in _file_words(file_name) if w in _FILE_LEVELS), None)


def _place_in_file_name(file_name: str, text: str, level: str | None) -> str | None:
    """The place a file is named after: in characters (福田区政府工作报告), or in pinyin words
    (shenzhen_futian_district) spelled by a name the text uses. The one at the level the text
    or the file name gives wins, else the innermost (named last)."""
    congress = _CONGRESS.search(file_name)  # 政府工作报告（在深圳市罗湖区第六届人民代表大会…）
    named = congress.group(1) if congress else _GOVERNMENT.split(file_name)[0]
    if units := _units(named):
        return _canonical(units[-1])
    words = [_ROMANISED.get(w, w) for w in _file_words(file_name) if w not in _FILE_LEVELS and len(w) >= 4]
    head = text[:_NAMES_IN]
    places = []
    for order, word in enumerate(words):
        spelled = _names_spelled(head, word)
        if spelled and (unit := _unit_named(spelled.most_common(1)[0][0], head, level)):
            places.append(((_level(unit) == level, order), unit))
    return max(places)[1] if places else None


def _names_spelled(text: str, word: str) -> Counter[str]:
    """Every run of two to four characters whose pinyin is `word` (坪山 for pingshan)."""
    found: Counter[str] = Counter()
    starters = "".join(c for c in set(text) if any(word.startswith(r) for r in _readings(c)))
    for m in re.finditer(f"[{re.escape(starters)}]", text) if starters else ():
        found.update(text[m.start():end] for end in _spelling_ends(text, m.start(), word))
    return found


def _spelling_ends(text: str, start: int, word: str) -> list[int]:
    ends, partial = [], [(start, word)]
    while partial:
        at, rest = partial.pop()
        for reading in _readings(text[at]) if at < len(text) and at - start < 4 else ():
            if rest == reading and at - start >= 1:
                ends.append(at + 1)
            elif rest.startswith(reading):
                partial.append((at + 1, rest[len(reading):]))
    return ends


@lru_cache(maxsize=8192)
def _readings(char: str) -> frozenset[str]:
    """A character's readings without tones (every one of a polyphone); none for non-Han."""
    if not "\u4e00" <= char <= "\u9fff":
        return frozenset()
    # imported here: only a report silent about its place needs pinyin
    from pypinyin import Style, pinyin

    return frozenset(pinyin(char, style=Style.NORMAL, heteronym=True)[0])


def _unit_named(name: str, text: str, level: str | None) -> str | None:
    """The unit a bare name stands for: as the text writes it in full at the level wanted
    (吉林市, not 吉林省, in a city's report), else as it writes it most, else the name with the
    level's own suffix when the text never writes it in full (坪山 → 坪山区)."""
    forms = Counter(name + m.group(1) for m in re.finditer(re.escape(name) + rf"({_SUFFIX})(?![民场容域位])", text))
    at_level = [form for form, _ in forms.most_common() if _level(_canonical(form)) == level]
    if at_level or forms:
        return _canonical((at_level or [forms.most_common(1)[0][0]])[0])
    if name in _PROVINCES and level in (None, "province"):
        return _PROVINCES[name]
    return name + _OWN_SUFFIX[level] if level else None


def _province_named_most(text: str, level: str | None) -> str | None:
    """A provincial report that never writes its own name in full still says it often: 广东."""
    if level != "province":
        return None
    head = text[:_NAMES_IN]
    count, short = max((head.count(short), short) for short in _PROVINCES)
    return _PROVINCES[short] if count >= 3 else None


def _year(title: str | None, head: list[str], lines: list[str]) -> int | None:
    """The plan year: the title's, the delivery date's (a November or December congress plans
    the next year), the plan heading's, or the year after the reviewed one."""
    if title and (m := _YEAR.search(title)):
        return int(m.group(1))
    for line in head:
        if m := _DELIVERED.match(line):
            return int(m.group(1)) + (int(m.group(2)) >= 11)
    headings = [line for line in lines if len(line) <= _HEADING_CHARS and not _SENTENCE.search(line)]
    for line in headings:
        if (m := _YEAR.search(line)) and _PLAN.search(line, m.end()) and not _REVIEW.search(line) \
                and not _NOT_PLAN.search(line):
            return int(m.group(1))
    for line in headings:
        if (m := _YEAR.search(line)) and _REVIEW.search(line, m.end()):
            return int(m.group(1)) + 1
    return None


def _year_in_file_name(file_name: str) -> int | None:
    return int(m.group(1)) if (m := _YEAR_IN_NAME.search(file_name)) else None


def _title(line: str | None, place: str | None, year: int | None, council: bool) -> str | None:
    """The title line when it says whose report it is; else one in the genre's form."""
    if line and _units(_PARENTHESES.sub("", line)):
        return line
    if not place:
        return line
    body = "管理委员会" if council else "政府"
    return f"{year}年{place}{body}工作报告" if year else f"{place}{body}工作报告"
