"""Counting what a numbered term promises and what a list gives: 四乱 promises four items,
“乱占、乱采、乱堆、乱建” gives four. The body-definition extractor takes a list only when the
two agree, and `glossary check` warns when a definition in terms.yml does not.
"""

from __future__ import annotations

import re

from ..language import NUMERALS

_DIGITS = {"一": 1, "二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ITEM_BREAK = re.compile(r"[、；;]")
_SPREAD = "……"  # items gathered from several sentences are joined with it
# 三位一体, 两场一体, 四算合一, 三规统一: the parts made one are counted, the one they make is not
_MADE_ONE = re.compile(r"(?<=.)(?:[合统]一|一体化?)$")
# 四个一批, 两个一百年: a count of things each called 一批, 一百年; the 一 and what follows count no item
_EACH_ONE = re.compile(r"(?<=个)一.*$")
_LAST_JOIN = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:以及|和|及)(?=[\u4e00-\u9fff]{2})")
LONGEST_LISTED_ITEM = 20  # characters; longer pieces mean prose, whose commas count nothing
LONG_LIST = 4  # items from which a 和 in the last one joins words of that item, not two items


def numeral_total(term: str) -> int | None:
    """How many items a numbered term announces: 四乱 → 4, 四横三纵 → 7; None when it is no count.
    The 一 of 一体, 合一 or 统一 counts the whole the items make, not one more item, and the
    一 after a count of 个 names what each item is (四个一批: four, each 一批).

    >>> numeral_total("四横三纵"), numeral_total("九解一协调"), numeral_total("1314")
    (7, 10, None)
    >>> numeral_total("两场一体"), numeral_total("四算合一"), numeral_total("三位一体"), numeral_total("三规统一")
    (2, 4, 3, 3)
    >>> numeral_total("四个一批"), numeral_total("两个一百年"), numeral_total("一个中心")
    (4, 2, 1)
    """
    term = _EACH_ONE.sub("", _MADE_ONE.sub("", term))
    numerals = [ch for ch in term if ch in NUMERALS]
    if not numerals or not all(ch in _DIGITS for ch in numerals) or term[0] not in _DIGITS:
        return None
    return sum(_DIGITS[ch] for ch in numerals)


def split_items(text: str) -> list[str]:
    """The pieces of a list: split on 、 and ；, the last piece also on 和/及 (A、B和C).

    Pieces gathered from several sentences (joined with ……) are split on …… alone, since
    each may hold a list of its own.

    >>> split_items("乱搭乱建、乱牵乱挂和乱停乱放"), split_items("打好甲、乙攻坚战……打好丙攻坚战")
    (['乱搭乱建', '乱牵乱挂', '乱停乱放'], ['打好甲、乙攻坚战', '打好丙攻坚战'])
    """
    text = text.strip().rstrip("。.")
    if _SPREAD in text:
        return [i for i in text.split(_SPREAD) if i.strip()]
    items = [i for i in _ITEM_BREAK.split(text) if i.strip()]
    if items and _LAST_JOIN.search(items[-1]):
        items[-1:] = _LAST_JOIN.split(items[-1], maxsplit=1)  # 乱牵乱挂和乱停乱放: two items
    return items


def listed_items(definition: object, expected: int | None = None) -> int | None:
    """The number of items of a definition that is a list, else None, counted as the numeral
    `expected` reads them (see counted_items).

    >>> listed_items("乱占、乱采、乱堆、乱建。"), listed_items("乱搭乱建、乱牵乱挂和乱停乱放"), listed_items("一句话。")
    (4, 3, None)
    >>> many = "新材料、人工智能、机器人、低空经济和商业航天"
    >>> listed_items(many), listed_items(many, 4), listed_items("乱搭乱建、乱牵乱挂和乱停乱放", 2)
    (5, 4, 3)
    """
    if not isinstance(definition, str):
        return None
    items = split_items(definition)
    if len(items) < 2 or (_SPREAD not in definition and any(len(i) > LONGEST_LISTED_ITEM for i in items)):
        return None
    return len(items if _SPREAD in definition else counted_items(definition, expected))


def counted_items(text: str, total: int | None) -> list[str]:
    """The items of a list as the count that sums them up reads them (split_items): of a list
    as long as LONG_LIST or longer, a 和 in the last piece joins the words of that item where
    splitting there would make one item more than the count (…、低空经济和商业航天、生物医药和
    高端医疗器械 for 十大新兴产业).

    >>> [len(counted_items("新材料、人工智能、机器人、低空经济和商业航天", n)) for n in (None, 4, 5)]
    [5, 4, 5]
    """
    items = split_items(text)
    if total is not None and total >= LONG_LIST and len(items) == total + 1:
        joined = [i for i in _ITEM_BREAK.split(text.strip().rstrip("。.")) if i.strip()]
        if len(joined) == total:
            return joined
    return items
