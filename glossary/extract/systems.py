"""Systems named by 制 without quotation marks: 代建制, 校长职级制, 信访调解司法确认制, 大部门制.

The genre names an institutional arrangement by what it rests on and 制 (system): 河长制 puts a
chief over each river, 代建制 has an agent build for the government, 票决制 lets deputies vote
on a project. Once established such a system is written without quotes, after the verb that
introduces or reforms it (推行校长职级制, 深化政府投资项目代建制改革, 不断健全完善代建制).
The verb marks the name's start, as it marks a programme's topic before a count (numbered).

制 ends many everyday words that name no system (机制, 体制, 控制, 编制) and some systems the
dictionary holds as common words (责任制, 股份合作制, 一贯制, 双轨制): those stay out. Where 制
is followed by the thing made (风光制绿氢, 甲醇制烯烃) it is a verb: the name must end the
phrase, or come before the reform, pilot or management it undergoes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..language import jieba, word_frequency
from ..model import Occurrence

# 制 after a Han character, then the end of the phrase or what a system undergoes
_SYSTEM = re.compile("(?<=[\u4e00-\u9fff])制(?=[^\u4e00-\u9fff]|$|和|与|及|等|改革|试点|管理|模式|审批)")
# the verbs that introduce, reform or spread a system
_INTRODUCE = re.compile("推行|实行|实施|试行|推广|推进|深化|落实|完善|健全|建立|探索|首推|修订")
_LONGEST_NAME = 10  # characters before 制: 政府投资项目代建, 信访调解司法确认, 民生实事人大代表票决
_LONGEST_PLACE = 6  # characters of a place and its level before a name: 横岗街道
# the genre's generic nouns of arrangement: a mechanism or a structure, whatever precedes them
# (扫黑除恶常态化机制, 行政体制, though jieba holds 化机制 as a word), not a system named by the suffix 制
_GENERIC = ("机制", "体制")
# a list or a clause between the verb and 制: no single name (落实耕地保护和粮食安全责任制)
_NOT_NAME = re.compile("[^\u4e00-\u9fff]|[的和与及等]")
# jieba frequency from which a word ending in 制 is the dictionary's everyday system or word
# (责任制 and 一贯制 are common, 机制 and 控制 far more); coined systems are rare (代建制 3, 学区制 3)
_EVERYDAY_SYSTEM = 10
# levels of place after a place name, or alone: the locality or the kind of area that runs a
# system is not part of its name (横岗街道信访调解司法确认制 is 信访调解司法确认制 run by one
# sub-district, 片区总师制 the 总师制 of each development zone)
_PLACE_LEVELS = ("街道", "社区", "片区", "区", "市", "县", "镇", "乡", "村")
_AREAS = ("街道", "社区", "片区")  # the levels that open a name alone


def system_terms(text: str) -> Iterator[Occurrence]:
    """Yield the systems named by 制 after a verb that introduces them.

    >>> [o.term for o in system_terms("推行校长职级制和首席教师制度，深化政府投资项目代建制改革，不断健全完善代建制。")]
    ['校长职级制', '政府投资项目代建制', '代建制']
    >>> [o.term for o in system_terms("完善工作机制，落实粮食安全责任制，推动风光制绿氢，建立双轨制考核。")]
    []
    """
    for match in _SYSTEM.finditer(text):
        if text.startswith(_GENERIC, match.start() - 1):  # most 制 of a report, skipped before jieba
            continue
        end = match.end()
        before = text[max(0, match.start() - _LONGEST_NAME - _LONGEST_PLACE - 2):match.start()]
        verbs = list(_INTRODUCE.finditer(before))
        if not verbs:
            continue
        name = _without_place(before[verbs[-1].end():]) + "制"
        if 3 <= len(name) <= _LONGEST_NAME + 1 and not _NOT_NAME.search(name) and _ends_on_system(name):
            yield Occurrence(name, end - len(name), end, name, quoted=False)


def _ends_on_system(name: str) -> bool:
    """Whether 制 closes the name as the suffix of a system, as jieba reads the name: 制 alone
    after a word of two characters or more (职级制, 确认制, 大部门制), or a three-character word
    of the dictionary that ends in 制 and is rare (代建制, 学区制, 承诺制); not an everyday word
    (控制, 责任制, 一贯制) nor a longer one made with it (管理体制). The systems of chiefs
    after one character (河长制, 林长制) are national shorthand, found as such.

    >>> [_ends_on_system(n) for n in ["校长职级制", "代建制", "工作机制", "管理体制", "粮食安全责任制", "林草长制"]]
    [True, True, False, False, False, False]
    """
    *before, last = jieba().lcut(name, HMM=False)
    if last == "制":
        return bool(before) and len(before[-1]) >= 2
    return len(last) == 3 and last.endswith("制") and word_frequency(last) < _EVERYDAY_SYSTEM


def _without_place(words: str) -> str:
    """The words without the place name and its level, or the kind of area, they open with.

    >>> _without_place("横岗街道信访调解司法确认"), _without_place("片区总师"), _without_place("校长职级")
    ('信访调解司法确认', '总师', '校长职级')
    """
    tagged = list(jieba().posseg.cut(words))
    if len(tagged) > 1 and tagged[0].flag == "ns":
        words = words[len(tagged[0].word):]
        return words[len(next((lv for lv in _PLACE_LEVELS if words.startswith(lv)), "")):]
    area = next((lv for lv in _AREAS if words.startswith(lv)), "")
    return words[len(area):] if len(words) > len(area) else words
