"""Numbered formulas written without quotation marks: 两学一做, 一岗双责, 一老一小.

Numerals are everywhere in reports (一年来, 二十大, 十届二中全会, 二甲双胍), so a match must
start and end on jieba word boundaries, must not be part of a longer number, and must not be an
idiom (一心一意) or a time phrase (一年一度).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

from ..language import WordBounds, idioms, jieba, word_bounds, word_frequency
from ..model import Occurrence
from .heads import head_noun
from .scan import matches_ending, matches_from

# counting in coinages uses 两, not 二: 二甲双胍 and 一二三产 are no formulas
_DIGIT = "一三四五六七八九十两"
_PAIRED = "一三四五六七八九十两双多"
# where a formula or a count can begin: its patterns open with a lookbehind (no numeral before
# them), which would have the engine try them at every character (see scan)
_COUNTING_START, _FIGURE_START = re.compile(f"[{_DIGIT}]"), re.compile("[1-9]")
_ANY_NUMERAL = "一二三四五六七八九十两双多百千万第0-9"
# 两学一做, 一岗双责, 一老一小: numeral, character, numeral, character
_FORMULA = re.compile(f"(?<![{_ANY_NUMERAL}])[{_DIGIT}][^{_ANY_NUMERAL}\\W][{_PAIRED}][^{_ANY_NUMERAL}\\W]")
# characters that make 一年一度, 一次一个 phrases of time and quantity, not policies, and the
# measure words of an institution or a building (一家三级医院, 一所三级医院, 一座…): one of a
# grade counted, no formula
_MEASURES = frozenset("年月日天周季次个些批遍回样般直起向切同旦家所座")
# gold, silver and bronze: 一金一铜, 两金三银 tally the medals won, they name no policy
_MEDALS = frozenset("金银铜")


def numbered_terms(text: str, bounds: WordBounds | None = None) -> Iterator[Occurrence]:
    """Yield unquoted numbered abbreviations of a body, in order; `bounds` saves a jieba pass.

    >>> [o.surface for o in numbered_terms("推进四省八县（区）对口帮扶，坚持两学一做（常态化）。")]
    ['四省八县（区）', '两学一做']
    """
    bounds = word_bounds(text) if bounds is None else bounds
    for match in matches_from(_FORMULA, _COUNTING_START, text):
        term = match.group()
        if _is_formula(term) and match.start() in bounds and match.end() in bounds:
            end = match.end() + len(_levels(text, match.end(), term))
            yield Occurrence(term, match.start(), end, text[match.start():end], quoted=False)


# 一个目标、两大战略、三个转型: the genre states a framework as a chain of counts, each part a
# numeral and what it counts, the numerals rising; the chain is one formula, explained as one
_CHAIN_VALUES = {"一": 1, "两": 2, "二": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                 "九": 9, "十": 10, "百": 100, "千": 1000, "万": 10000}
_CHAIN_PART = f"[{''.join(_CHAIN_VALUES)}][\u4e00-\u9fff]{{1,5}}"
_CHAIN = re.compile(f"{_CHAIN_PART}(?:、{_CHAIN_PART}){{2,}}")


def count_chains(text: str, bounds: WordBounds | None = None) -> Iterator[Occurrence]:
    """Yield chains of three or more counts joined by 、 with rising numerals (一站、两委、三平台).

    Counting the same thing again (一产、二产、三产; 一年、两年、三年) lists labels or periods,
    not a framework, so what each part counts must differ; the last part is as long as the
    longest other one at most (the words after it are the sentence going on).

    >>> [o.term for o in count_chains("围绕（一个目标、两大战略、三个转型、四条底线），推动一产、二产、三产融合。")]
    ['一个目标、两大战略、三个转型、四条底线']
    """
    bounds = word_bounds(text) if bounds is None else bounds
    for match in _CHAIN.finditer(text):
        parts = match.group().split("、")
        parts[-1] = parts[-1][:max(len(p) for p in parts[:-1])]
        values = [_CHAIN_VALUES[p[0]] for p in parts]
        counted = [p[1:] for p in parts]
        end = match.start() + len("、".join(parts))
        if (all(a < b for a, b in itertools.pairwise(values)) and len(set(counted)) == len(counted)
                and match.start() in bounds and end in bounds):
            term = text[match.start():end]
            yield Occurrence(term, match.start(), end, term, quoted=False)


# 八县（区）, 各县（市、区）: after a place of one level the genre gives the other levels it
# covers in brackets, part of what the formula counts
_PLACE_LEVELS = "省市县区镇乡村旗"
_LEVELS = re.compile(f"[（(][{_PLACE_LEVELS}、]{{1,5}}[）)]")


def _levels(text: str, end: int, term: str) -> str:
    """The bracketed levels of place after a formula that ends on one (四省八县（区）), or ''."""
    match = _LEVELS.match(text, end) if term[-1] in _PLACE_LEVELS else None
    return match.group() if match else ""


# jieba frequency from which a numeral pattern is a set phrase even when jieba does not tag it an
# idiom: 五湖四海 57, 三令五申 54; the coined formulas are rare (一岗双责 5, 两学一做 0). Lower than
# judge._ORDINARY, which weighs two-character words, far more frequent than four-character phrases.
_SET_PHRASE = 50


def _is_formula(term: str) -> bool:
    """Not an idiom, a phrase of time or quantity, a set phrase, a tally of medals (一金两铜), nor a
    repetition (一项一项, 一步一步: one by one)."""
    return (term not in idioms() and not (_MEASURES & {term[1], term[3]}) and word_frequency(term) < _SET_PHRASE
            and term[:2] != term[2:] and not {term[1], term[3]} <= _MEDALS)


# 五大发展举措, 三项新机制, 八类…: a count of one numeral and 大/项/类, then what is counted. A
# 类 of one (一类社康中心) or the last of listed numerals (二、三类声环境功能区) is a grade, no count
_COUNT = re.compile(f"(?<![{_ANY_NUMERAL}第])(?<![{_ANY_NUMERAL}]、)(?!一类)(?:[{_DIGIT}]大|十[一二三四五六七八九]?[项类]|[{_DIGIT}][项类])")
# 6个重大科技专项: a count in figures is a quantity (新建3个产业园区) unless the report names the
# set by it, saying it again (实施6个重大科技专项 … 持续实施6个重大科技专项)
_FIGURE_COUNT = re.compile(f"(?<![{_ANY_NUMERAL}第.])[1-9][0-9]?[大项类个种]")
# what the genre counts when it coins a numbered programme: the kinds of action, project, system,
# place and strategy (五大发展举措, 四大先进制造业园区, 三项新机制, 十大行动); a count of anything
# else is a quantity (三大领域产品, 两大雪场, 八类暴力警情), and so is a count of tasks (五项试验任务)
COUNTED_HEADS = (
    "行动", "工程", "计划", "攻坚战", "保卫战", "战役", "会战", "举措", "体系", "集群", "基地", "平台",
    "园区", "集聚区", "示范区", "功能区", "专项", "战略", "理念", "机制", "制度", "产业", "产业链",
    "板块", "中心", "走廊", "新城", "经济带", "城市群", "品牌", "改革", "工作法", "集团",
)
# the building of a programme, which jieba holds in one word with it (工程建设): the
# count ends on the programme
_DOING = ("建设",)
_NUMBER = re.compile(f"[{_ANY_NUMERAL}]")
_LONGEST_COUNTED = 7  # characters after the count: 先进制造业园区; longer is the rest of the clause
_COUNT_WINDOW = re.compile(f"[\u4e00-\u9fff]{{1,{_LONGEST_COUNTED}}}")


def count_phrases(text: str, bounds: WordBounds | None = None) -> Iterator[Occurrence]:
    """Yield unquoted counts of programmes (五大发展举措, 四大先进制造业园区, 十二项行动), in order.

    The counted thing is the longest run of whole words after the count that ends on a kind of
    programme (COUNTED_HEADS); the count must start a word (统一大市场 has no 一大).

    >>> [o.term for o in count_phrases("聚焦四大先进制造业园区、三大领域产品出口，实施五项行动。")]
    ['四大先进制造业园区', '五项行动']
    >>> [o.term for o in count_phrases("推进政府统计四大工程建设。")]
    ['四大工程']
    >>> [o.term for o in count_phrases("首家一类社康中心启用，二、三类声环境功能区达标，打造六类工程。")]
    ['六类工程']
    """
    counts = list(_counts(text, word_bounds(text) if bounds is None else bounds))
    said_twice = _said_twice(text, {term for _, term, in_figures in counts if in_figures})
    for occurrence, term, in_figures in counts:
        if not in_figures or term in said_twice:  # a figure said once is a quantity
            yield occurrence


def _counts(text: str, bounds: WordBounds) -> Iterator[tuple[Occurrence, str, bool]]:
    """count_phrases' candidates, in order, each with its term and whether its count is in figures."""
    for match in sorted([*matches_from(_COUNT, _COUNTING_START, text), *matches_from(_FIGURE_COUNT, _FIGURE_START, text)],
                        key=lambda m: m.start()):
        start = match.start()
        window = _COUNT_WINDOW.match(text, match.end())
        if window is None or start not in bounds:
            continue
        counted, length, inside, words = "", 0, False, window.group()
        for word in jieba().cut(words, HMM=False):
            length += len(word)
            if words.endswith(COUNTED_HEADS, 0, length):
                counted, inside = words[:length], False
            elif word.endswith(_DOING) and words.endswith(COUNTED_HEADS, 0, length - 2):
                counted, inside = words[:length - 2], True
        end = match.end() + len(counted)
        if counted and (inside or end in bounds) and not _NUMBER.search(counted):  # 两大百亿级工程: sized, not named
            term, topic = text[start:end], _count_topic(text, start)
            yield Occurrence(term, start - len(topic), end, topic + term, quoted=False), term, match.group()[0].isdigit()


_DIGIT_CHAR = re.compile("[0-9]")
_FIGURE_TOKEN = re.compile("[0-9]{1,2}[大项类个种]")  # 6个, 12项: how a count in figures opens


def _said_twice(text: str, terms: set[str]) -> set[str]:
    """The counts in figures among `terms` that the text writes twice or more (as text.count
    would count them: anywhere, without overlaps), in one pass over the text's figures: asking
    text.count of each would read the whole report once per count, and a longer report has more
    of them."""
    by_opening: dict[str, list[str]] = {}
    for term in terms:
        by_opening.setdefault(_FIGURE_TOKEN.match(term).group(), []).append(term)
    seen: Counter[str] = Counter()
    free_from: dict[str, int] = {}  # where each term's next occurrence may begin
    for digit in _DIGIT_CHAR.finditer(text):
        opening = _FIGURE_TOKEN.match(text, digit.start())
        for term in by_opening.get(opening.group(), ()) if opening else ():
            if digit.start() >= free_from.get(term, 0) and text.startswith(term, digit.start()):
                seen[term] += 1
                free_from[term] = digit.start() + len(term)
    return {term for term, n in seen.items() if n >= 2}


# the verbs that launch a programme: what stands between one and the count is the programme's
# topic (实施优化营商环境改革十二项行动, 开展就业服务六大行动, 打好大气污染防治十大工程)
_LAUNCH = re.compile("实施|开展|推进|推行|启动|落实|打好|打赢|深化|推动|出台|建设|加快|构建|打造|培育|完善|健全|组织")
_LONGEST_TOPIC = 10
# a list before the count gives its items, not a topic; a verb of outcome says what became of
# the count (完成三大产业基地, 成为深圳十大制造业创新中心, 项目入选…十大样板工程)
_NOT_TOPIC = re.compile("[^\u4e00-\u9fff]|[、和及与等]|成为|入选|完成|获评|达到|形成")


def _count_topic(text: str, start: int, verbs: re.Pattern = _LAUNCH) -> str:
    """The topic a verb of launching puts before a count of programmes, or ''.

    >>> text = "实施优化营商环境改革十二项行动，加快文化、旅游两大产业，打好三大攻坚战。"
    >>> [_count_topic(text, text.index(c)) for c in ["十二项", "两大", "三大"]]
    ['优化营商环境改革', '', '']
    """
    before = text[max(0, start - _LONGEST_TOPIC - 2):start]
    launches = list(verbs.finditer(before))
    if not launches:
        return ""
    topic = before[launches[-1].end():]
    return topic if len(topic) >= 2 and not _NOT_TOPIC.search(topic) else ""


# 出台优化营商环境20条, 落实人才新政27条: a policy issued as a count of articles is named by its
# topic, unquoted as in quotation marks (稳增长“21条”, see quotes); a count in the hundreds or
# thousands is of items done (制定防控措施1566条), and 近, 超, 约 before it make it a quantity
_ARTICLES = re.compile(f"(?<![{_ANY_NUMERAL}.近超约])"
                       "(?:[1-9][0-9]?|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)条"
                       "(?=[，。；、和]|措施|政策|举措)")
_ARTICLES_START = re.compile("[1-9十二三四五六七八九]")  # where a count of articles can begin (see scan)
# 条 also counts lines: a topic ending in a road, a route, a river, a chain is what is counted
# (推出国家级旅游精品路线3条, 新建市政道路12条)
_LINES = tuple("路线道河街链渠管廊")
# 推出政府投资项目代建制2.0版: a programme relaunched in a new version is named by its topic
_VERSION = re.compile(r"(?<![0-9.])[1-9]\.0版")
# the verbs that issue a policy or relaunch a programme
_ISSUE = re.compile("出台|制定|推出|印发|发布|修订|实施|落实|深化|打造")


def issued_terms(text: str) -> Iterator[Occurrence]:
    """Yield unquoted policies issued as a count of articles and programmes in a new version, each
    with the topic a verb of issuing puts before it; without one they are a quantity.

    >>> [o.term for o in issued_terms("出台优化营商环境20条，制定防控措施1566条，推出精品路线3条，推出代建制2.0版。")]
    ['优化营商环境20条', '代建制2.0版']
    """
    for match in sorted([*matches_from(_ARTICLES, _ARTICLES_START, text), *matches_from(_VERSION, _FIGURE_START, text)],
                        key=lambda m: m.start()):
        topic = _count_topic(text, match.start(), _ISSUE)
        if topic and "的" not in topic and not (match.group().endswith("条") and topic.endswith(_LINES)):
            term = topic + match.group()
            yield Occurrence(term, match.start() - len(topic), match.end(), term, quoted=False)


# PM2.5, V2G, O2O, M1: Latin letters with a number of one or two digits name a standard, a
# technique or a land-use class; model numbers carry more digits (T800, T1000), and a number
# before letters is a quantity with its unit (220kV) or a generation (5G); a number before a
# unit of amount is the figure of the word before it (人均GDP21.6万元)
_CODE = re.compile(r"(?<![A-Za-z0-9.+\-])[A-Z][A-Za-z]*\d{1,2}(?:\.\d)?[A-Z]*(?![A-Za-z0-9.+\-]|[万亿元%％])")


# F5G+5G+X, EPC+O, 1+6+N+6+1: codes and numbers joined by plus signs, with a letter, are a
# formula of techniques, contracts or plans; numbers alone are a sum
_CODE_FORMULA = re.compile(r"(?<![A-Za-z0-9.+\-])(?=[0-9+]*[A-Za-z])[A-Za-z0-9]+(?:\+[A-Za-z0-9]+)+(?![A-Za-z0-9.+\-])")
_CAPITAL, _LETTER_OR_DIGIT = re.compile("[A-Z]"), re.compile("[A-Za-z0-9]")  # where each can begin (see scan)


def code_terms(text: str) -> Iterator[Occurrence]:
    """Yield Latin codes with a number (PM2.5, V2G), with the head noun after them (O2O体验店),
    and the acronyms a report introduces after their Chinese name (车网互动（V2G）, see `named_codes`).

    >>> [o.surface for o in code_terms("PM2.5浓度下降，支持O2O体验店，引进T800、220kV、5G，人均GDP21.6万元，建成车网互动（V2G）示范站。")]
    ['PM2.5', 'O2O体验店', '车网互动（V2G）']
    >>> [o.surface for o in code_terms("推动F5G+5G+X全光科研专网建设，完善1+6+N+6+1体系，增长3+2个百分点。")]
    ['F5G+5G+X全光科研专网', '1+6+N+6+1体系']
    """
    named = list(named_codes(text))
    inside = {i for o in named for i in range(o.start, o.end)}
    serial_end = -1  # where the last serial label ended: the next code listed after it is one too (T6、T7)
    codes = [*matches_from(_CODE, _CAPITAL, text), *matches_from(_CODE_FORMULA, _LETTER_OR_DIGIT, text)]
    for match in sorted(codes, key=lambda m: m.start()):
        if _serial_label(text, match) or _listed_after(text, serial_end, match):
            serial_end = match.end()
        elif match.start() not in inside:
            head = head_noun(text, match.end())
            yield Occurrence(match.group(), match.start(), match.end() + len(head), match.group() + head, quoted=False)
    yield from named


# T3, T3B, G11, V8: one capital letter and a number written right after the name of a company,
# an airport or a place (华星光电T6项目, 深圳机场T3航站楼, 三星V8闪存芯片, 厦漳泉R1线) is that
# one's model, plant, terminal or line: it numbers one thing of a series and names no policy.
# After a verb, a count or a mark the same shape is a class of a standard (工改M0, 实施G60科创走廊)
_SERIAL = re.compile(r"[A-Z]\d{1,2}[A-Z]?")
_HAN_BEFORE = re.compile("[\u4e00-\u9fff]{1,12}$")
_NAME_TAGS = ("nr", "ns", "nt", "nz")  # jieba's tags of the names of people, places, bodies and brands


# the things numbered in a series by such a label, written right after it: a terminal, a line, a
# generating unit, a model of car, chip or operating system (Z4线, T2旅游专线, F6汽车, 麒麟V11操作系统)
_NUMBERED_THINGS = ("航站楼", "航站区", "线", "专线", "机组", "汽车", "车型", "芯片", "闪存芯片", "操作系统")


def _serial_label(text: str, match: re.Match) -> bool:
    """Whether a code is a serial label: `_SERIAL` after a run of nouns that holds a name, or
    before the noun of a thing numbered in a series.

    >>> [_serial_label(t, m) for t in ["华星光电T6项目", "深圳机场T3航站楼", "Z4线一期", "工改M0", "实施G60科创走廊", "V2G示范站"]
    ...  for m in _CODE.finditer(t)]
    [True, True, True, False, False, False]
    """
    if _SERIAL.fullmatch(match.group()) is None:
        return False
    if text.startswith(_NUMBERED_THINGS, match.end()):
        return True
    run = _HAN_BEFORE.search(text, max(0, match.start() - 12), match.start())
    if run is None:
        return False
    for word in reversed(list(jieba().posseg.cut(run.group()))):
        if word.flag.startswith(_NAME_TAGS):
            return True
        if not word.flag.startswith(("n", "j")):
            return False
    return False


def _listed_after(text: str, serial_end: int, match: re.Match) -> bool:
    """Whether a code of `_SERIAL`'s shape follows a serial label with only a 、 or a space between."""
    return (serial_end >= 0 and _SERIAL.fullmatch(match.group()) is not None
            and text[serial_end:match.start()].strip(" \u3000\u00a0、") == "" and match.start() - serial_end <= 2)


# 车网互动（V2G）, 生态环境导向发展（EOD）, 不动产投资信托基金（REITs）: the genre introduces an
# acronym in brackets after its Chinese name; an English word spelled out (（SCIENCE）) is longer
_BRACKETED_CODE = re.compile(r"[（(]([A-Za-z][A-Za-z0-9]{1,5})[）)]")
_LONGEST_NAME = 20
_NAMED_CODE = re.compile(f"([\u4e00-\u9fff]{{2,{_LONGEST_NAME}}}){_BRACKETED_CODE.pattern}")
_CAPITALS = re.compile("[A-Z]")
# bodies are named, not coined: an association, a league, a company (挪威船级社（DNV）, 中国篮球职业联赛（CBA）)
_BODY = ("社", "会", "联赛", "公司", "集团", "组织", "银行", "大学", "学院", "机构")
# words after which a name starts: verbs, numerals and measures, prepositions, conjunctions, pronouns,
# particles (not adverbs: jieba tags 互动 one)
_BEFORE_NAME = ("v", "m", "q", "p", "c", "r", "u")


def named_codes(text: str) -> Iterator[Occurrence]:
    """Yield acronyms introduced in brackets after their Chinese name, the name with them.

    >>> [(o.term, o.surface) for o in named_codes("推动全国首个智能融合低空系统（SILAS）建设，与挪威船级社(DNV)合作。")]
    [('SILAS', '智能融合低空系统（SILAS）')]
    """
    for match in matches_ending(_NAMED_CODE, _BRACKETED_CODE, text, _LONGEST_NAME):
        name, code = _name_before(match.group(1)), match.group(2)
        if len(name) >= 2 and len(_CAPITALS.findall(code)) >= 2 and not name.endswith(_BODY):
            start = match.end(1) - len(name)
            yield Occurrence(code, start, match.end(), text[start:match.end()], quoted=False)


def _name_before(run: str) -> str:
    """The words that end a run of Han characters after the last verb, numeral or particle."""
    words = list(jieba().posseg.cut(run))
    last = max((i for i, w in enumerate(words) if w.flag in _BEFORE_NAME), default=-1)
    return "".join(w.word for w in words[last + 1:])
