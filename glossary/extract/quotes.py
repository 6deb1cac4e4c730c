"""Quoted slogans: spans a report puts in quotation marks that name a policy, not a phrase.

Reports quote three kinds of things: coined names (“四横三纵”, “放管服”), whole sentences
(“扎实做好‘六稳’工作，全面落实‘六保’任务”) and plain words used loosely (“绿”, “网红”).
Only the first are terms; the terms quoted inside a quoted sentence are terms too.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from ..language import NUMERALS, is_numbered
from ..model import Occurrence
from .counts import numeral_total, split_items
from .heads import PROGRAMME_HEADS, head_noun
from .judge import (
    MOTTO_PARTS,
    SEPARATORS,
    coined_pair_word,
    is_national,
    is_term,
    may_name_programme,
    names_honour,
    names_incident,
    names_model,
    names_programme,
)

PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", "＂": "＂", '"': '"'}
_HONOUR_WINDOW = 4  # characters after a quote that can say it is a title won: 称号, 一等奖, 典型案例
_INCIDENT_WINDOW = 10  # characters after a quote that can say it dates an incident: 特别重大滑坡事故
_MAX_SPAN = 40  # longer than any slogan: an unclosed quote swallowing a sentence
_SPACES = re.compile(r"\s+")
_MARKS = re.compile("[\n" + re.escape("".join(sorted(set(PAIRS) | set(PAIRS.values())))) + "]")


def quoted_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield (open, close, depth) offsets of balanced quotations, nested ones included.

    An opening mark without its closing mark before the sentence ends is left alone.

    >>> [(text[a + 1:b], d) for text in ["“扎实做好‘六稳’工作”"] for a, b, d in quoted_spans(text)]
    [('扎实做好‘六稳’工作', 0), ('六稳', 1)]
    """
    stack: list[tuple[str, int]] = []
    found: list[tuple[int, int, int]] = []
    previous = -1
    for match in _MARKS.finditer(text):  # the characters between marks only count towards _MAX_SPAN
        i, ch = match.start(), match.group()
        if stack and max(previous + 1, stack[0][1] + _MAX_SPAN + 1) < i:
            stack.clear()  # an ordinary character too far from the first open mark came before this one
        previous = i
        if stack and ch == PAIRS[stack[-1][0]]:
            _mark, start = stack.pop()
            found.append((start, i, len(stack)))
        elif ch in PAIRS:
            stack.append((ch, i))
        elif ch == "\n" or (stack and i - stack[0][1] > _MAX_SPAN):
            stack.clear()
    yield from sorted(found)


def quoted_terms(text: str) -> Iterator[Occurrence]:
    """Yield the quoted spans of a body that are terms, with the head noun that follows them."""
    spans = list(quoted_spans(text))
    mirrored = _mirrored(text, spans) | _changed_states(text, spans) | _conduct(text, spans) | _contrast(text, spans)
    listed = _listed(text, spans)
    repeated = _repeated(text, spans)
    incidents = _incidents(text, spans)
    topics: dict[int, str] = {}  # the topic of a count of articles, by the offset after its closing quote
    for start, end, _depth in spans:
        if start in mirrored or text[start + 1:end] in incidents:
            continue
        inner = text[start + 1:end]
        escaped = inner.endswith("\\")  # a web page's escaped quotation mark: \"绿色政府\"
        term = _SPACES.sub("", inner[:-1] if escaped else inner)
        head = _head_of_term(text, term, start, end + 1, start in listed, term in repeated)
        if head is None:
            continue
        topic, shared = "", False
        if _ARTICLES.match(term):
            shared = bool(text[start - 1:start]) and text[start - 1] in "”、"  # “21条”“18条”: one topic
            topic = (topics.get(start) or topics.get(start - 1) or "") if shared else _topic(text, start)
            topics[end + 1] = topic
        elif is_numbered(term) and not _PART_MARKS.search(term):  # a list of slogans is no one count
            topic = _owner(text, start, term)
        surface = topic + (text[start:end - 1] + text[end] if escaped else text[start:end + 1]) + head
        opening = start if shared else start - len(topic)
        yield Occurrence(term=term, start=opening, end=end + 1 + len(head), surface=surface, quoted=True)


# a count of articles (“21条”) is a policy named by its topic, written right before it:
# 出台稳增长“21条”“18条”, 出台实施商贸“18条”、旅游住宿业“16条”
_ARTICLES = re.compile(f"^[0-9{NUMERALS}]+条$")
_LONGEST_TOPIC = 12
# what opens the topic: the verbs that issue a policy, a conjunction, a mark
_ISSUED = re.compile("出台|制定|实施|推出|落实|梳理|发布|印发|和|及|与|[^\u4e00-\u9fff]")


def _topic(text: str, start: int) -> str:
    """The words before a quoted count of articles that say what they are about, or ''.

    >>> text = "出台稳增长“21条”，梳理惠企措施“100条”，落实市稳经济5个“30条”，制定出台“40条”。"
    >>> [_topic(text, text.index(c) - 1) for c in ["21条", "100条", "30条", "40条"]]
    ['稳增长', '惠企措施', '', '']
    """
    before = text[max(0, start - _LONGEST_TOPIC):start]
    ends = list(_ISSUED.finditer(before))
    topic = before[ends[-1].end():] if ends else ""
    return topic if len(topic) >= 2 else ""


# 社区“三资”, 集体“三资”, 城市“六乱”: a count of assets or ills is named with whose they are, a
# collective or a level of place written right before it; the 名词解释 items name them so
_OWNERS = ("社区", "农村", "集体", "城市", "乡村", "村级")


def _owner(text: str, start: int, term: str) -> str:
    """The collective or level of place written right before a quoted count, or ''. Not where
    the count sums up the list it ends, as many items as it counts (…中心城市、创新型城市、
    示范市和国际化城市“一区四市”): the place word there is the list's last item.

    >>> text = "优化社区“三资”监管，整治城市“六乱”，推动“两新”，建设中心城市、创新型城市、示范市和国际化城市“一区三市”。"
    >>> [_owner(text, text.index(c) - 1, c) for c in ["三资", "六乱", "两新", "一区三市"]]
    ['社区', '城市', '', '']
    """
    before = text[max(0, start - 2):start]
    if before not in _OWNERS:
        return ""
    items = split_items(_clause_before(text, start))
    return "" if len(items) > 1 and len(items) == numeral_total(term) else before


_LONGEST_LINK = 4  # characters between two quotations of one figure: 和, 转化为
_HAN = re.compile("[\u4e00-\u9fff]+")


class _Pair(NamedTuple):
    """A quotation and the next one at the same depth: their openings, their texts, the words
    between them, and where the words after the second begin."""

    start: int
    start2: int
    first: str
    second: str
    link: str
    after: int


def _side_by_side(text: str, spans: list[tuple[int, int, int]]) -> Iterator[_Pair]:
    """Each quotation and the next one at the same depth: the genre's figures of two quotations
    (a mirror, a change of state, a contrast, a list) stand so."""
    for (start, end, depth), (start2, end2, depth2) in itertools.pairwise(spans):
        if depth == depth2:
            yield _Pair(start, start2, text[start + 1:end], text[start2 + 1:end2], text[end + 1:start2], end2 + 1)


def _openings(pairs: Iterator[_Pair]) -> set[int]:
    """The openings of both quotations of each pair."""
    return {at for pair in pairs for at in (pair.start, pair.start2)}


def _a_name_however_used(*quoted: str) -> bool:
    """Whether any of the quoted texts is a formula or national shorthand: a name wherever it
    stands, which no figure of speech around it unmakes."""
    return any(is_numbered(q) or is_national(q) for q in quoted)


def _mirrored(text: str, spans: list[tuple[int, int, int]]) -> set[int]:
    """Openings of quotations that mirror the next or the previous one: the same characters in
    another order, a play on words (“头回客”和“回头客”, 将“要我干”转化为“我要干”), not two names.

    >>> text = "吸引“头回客”和“回头客”，推行“一网通办”“一网统管”。"
    >>> sorted(text[a + 1:text.index("”", a)] for a in _mirrored(text, list(quoted_spans(text))))
    ['回头客', '头回客']
    """
    return _openings(p for p in _side_by_side(text, spans)
                     if len(p.link) <= _LONGEST_LINK and (not p.link or _HAN.fullmatch(p.link))
                     and p.first != p.second and sorted(p.first) == sorted(p.second) and _HAN.fullmatch(p.first))


# a change told by its two states, quoted: 由“政府配菜”向“居民点菜做菜”转变, 从“串联模式”向“并联模式”转变
_CHANGE_FROM = "由从"
_CHANGE_TO = re.compile("^[\u4e00-\u9fff]{0,2}[向到为]$")
_CHANGE = re.compile("[\u4e00-\u9fff]{0,3}?(?:转变|转型|转化|迈进|跨越|升级)")  # matched where the second state ends


def _changed_states(text: str, spans: list[tuple[int, int, int]]) -> set[int]:
    """Openings of the two quotations of a change (由“X”向“Y”转变): they describe the state before
    and after, they do not name it. A counted state is a formula and stays (由“5+1”向“3+1”转变).

    >>> text = "实现由“政府配菜”向“居民点菜做菜”转变，推动由“5+1”向“3+1”转变，推行“秒批”。"
    >>> sorted(text[a + 1:text.index("”", a)] for a in _changed_states(text, list(quoted_spans(text))))
    ['居民点菜做菜', '政府配菜']
    """
    return _openings(p for p in _side_by_side(text, spans)
                     if p.start > 0 and text[p.start - 1] in _CHANGE_FROM and _CHANGE_TO.match(p.link)
                     and _CHANGE.match(text, p.after) and not _a_name_however_used(p.first, p.second))


# the few words that set a small thing against a big one: 推动, 解决, 撬动, 与群众生活
_CONTRAST_LINK = re.compile("^[\u4e00-\u9fff]{1,5}$")
_SIZES = {"小", "大"}


def _contrast(text: str, spans: list[tuple[int, int, int]]) -> set[int]:
    """Openings of two quotations of three characters that set a small thing against a big one
    (以“小切口”推动“大变化”, 通过“小切口”解决“大问题”, “大图景”与群众生活“小确幸”): a figure of
    scale, neither names a policy; counted or national ones stay.

    >>> text = "以“小切口”推动“大变化”，推进“小快灵”“小切口”立法，建设“大数据”与“小巨人”。"
    >>> sorted(text[a + 1:text.index("”", a)] for a in _contrast(text, list(quoted_spans(text))))
    ['大变化', '小切口']
    """
    return _openings(p for p in _side_by_side(text, spans)
                     if len(p.first) == len(p.second) == 3 and {p.first[0], p.second[0]} == _SIZES
                     and _CONTRAST_LINK.match(p.link) and not _a_name_however_used(p.first, p.second))


# the nouns of conduct a motto describes: spirit, resolve, drive, style of work, feelings
_CONDUCT_NOUNS = re.compile("^的[\u4e00-\u9fff]{0,4}?(?:精神|决心|劲头|干劲|气魄|勇气|作风|品格|气概|斗志|韧劲|闯劲|拼劲|"
                            "精气神|志气|情怀)")
_PART_MARKS = re.compile(f"[{SEPARATORS}]")


def _conduct(text: str, spans: list[tuple[int, int, int]]) -> set[int]:
    """Openings of quoted mottos of conduct: parts quoted together before 的 and a noun of spirit,
    resolve or style (“自由探索、开放包容”的科学精神, 以“勇当一流、必成一流”的决心). They say how
    people work, they name no policy; national mottos stay (“功成不必在我、功成必定有我”的担当), and
    so do four or more parts, a city's or a profession's motto (“坚韧、忠勇、开放、争先”的城市精神).

    >>> text = "以“勇当一流、必成一流”的决心，弘扬“敢闯敢试”的精神，“坚韧、忠勇、开放、争先”的城市精神。"
    >>> sorted(text[a + 1:text.index("”", a)] for a in _conduct(text, list(quoted_spans(text))))
    ['勇当一流、必成一流']
    """
    return {start for start, end, _depth in spans
            if 1 < len(_PART_MARKS.split(text[start + 1:end])) < MOTTO_PARTS and _CONDUCT_NOUNS.match(text[end + 1:])
            and not _a_name_however_used(text[start + 1:end])}


def _incidents(text: str, spans: list[tuple[int, int, int]]) -> set[str]:
    """The dates and numbers a report quotes as the name of an incident somewhere: it means that
    incident wherever it quotes them (“12·20”特别重大滑坡事故 … “12·20”善后处置).

    >>> text = "汲取“12·20”特别重大滑坡事故教训，做好“12·20”善后处置，开通“12345”热线。"
    >>> sorted(_incidents(text, list(quoted_spans(text))))
    ['12·20']
    """
    return {text[start + 1:end] for start, end, _depth in spans
            if names_incident(text[start + 1:end], text[end + 1:end + 1 + _INCIDENT_WINDOW])}


_LIST_LINKS = ("", "、")  # what stands between the quotations of a list: “秒批”“秒付”, “扩中”、“提低”


def _listed(text: str, spans: list[tuple[int, int, int]]) -> set[int]:
    """Openings of quotations that stand in a list of quotations, next to another one.

    >>> text = "以“扩中”、“提低”为重点，推行“秒批”，打造“网红”打卡地。"
    >>> sorted(text[a + 1:text.index("”", a)] for a in _listed(text, list(quoted_spans(text))))
    ['扩中', '提低']
    """
    return _openings(p for p in _side_by_side(text, spans) if p.link in _LIST_LINKS)


_CLAUSE_END = re.compile("[，。；！？：,;!?:\n]")
_CLAUSE_WINDOW = 40


def _clause_before(text: str, start: int) -> str:
    """The words of the clause before an opening quote (what it says of the quoted title)."""
    before = text[max(0, start - _CLAUSE_WINDOW):start]
    ends = list(_CLAUSE_END.finditer(before))
    return before[ends[-1].end():] if ends else before


def _repeated(text: str, spans: list[tuple[int, int, int]]) -> set[str]:
    """The quotations a report makes twice or more.

    >>> text = "接受“介入式”监督，完善“介入式”预算监督，“拉网式”排查。"
    >>> sorted(_repeated(text, list(quoted_spans(text))))
    ['介入式']
    """
    quoted = Counter(_SPACES.sub("", text[start + 1:end]) for start, end, _depth in spans)
    return {term for term, count in quoted.items() if count > 1}


def _head_of_term(text: str, term: str, start: int, pos: int, listed: bool = False,
                  repeated: bool = False) -> str | None:
    """The head noun after a quoted term (maybe ''), or None when the span is no term.

    A word quoted in a list of quotations is one of several names coined together (“扩中”、
    “提低”; “秒批”“秒付”) when the dictionary does not know it; an X式 quoted again and again
    names the report's model (“介入式”监督), see `names_model`."""
    if is_term(term) or (listed and coined_pair_word(term)) or (repeated and names_model(term)):
        if names_honour(term, _clause_before(text, start), text[pos:pos + _HONOUR_WINDOW]):
            return None
        # a name that ends in a kind of programme is whole: “农体工程”器材, “两通工程”项目
        return "" if term.endswith(tuple(PROGRAMME_HEADS)) else head_noun(text, pos)
    if may_name_programme(term):  # a word quoted for emphasis, unless it names the programme after it
        head = head_noun(text, pos)
        return head if names_programme(term, head) else None
    return None
