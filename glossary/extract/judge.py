"""Telling a coined term from a quoted phrase: the rules a reader of work reports applies.

Each rule names one way reports quote something that is not a term. They look at the form of
the span and jieba's dictionary, never at a particular report.
"""

from __future__ import annotations

import itertools
import re

from ..language import NUMERALS, is_numbered, jieba, national_terms, word_frequency
from .heads import PROGRAMME_HEADS

SEPARATORS = "、，,；;·—"
_PARTS = re.compile(f"[{SEPARATORS}]")
_NUMERAL = re.compile(f"[{NUMERALS}]")
_RECORD = re.compile(f"^[{NUMERALS}]+连(冠|胜|增|涨|升|降|优)$")  # “六连冠”: a record, not a policy
_QUOTE_MARKS = re.compile("[“”‘’「」『』\"']")
# jieba frequency from which a word is everyday vocabulary: 红线 150, 底线 205, 高地 460, 名片 1713;
# coinages are rare or absent (网红 0)
_ORDINARY = 100
# jieba frequency of the everyday words the genre quotes before a programme noun for emphasis
# (“龙头”企业 1430, “绿色”工程 2851); the coined names are rarer (“飞地”园区 29, “制胜”专项行动 195)
_EMPHASIS = 1000
_LONGEST_PLAIN = 17  # a longer span without separators is a sentence
_SENTENCE_MIN = 8  # characters: a shorter span opening with two verbs is still a name, a clause runs longer


def has_numeral(term: str) -> bool:
    """Counting is the mark of a coinage: “双停”, “清四乱”, “5G+智慧农业”."""
    return bool(_NUMERAL.search(term))


def is_coined(term: str) -> bool:
    """A coinage recognisable without quotation marks: numbered, national shorthand, or not
    made of dictionary words (警地融合 is coined; 城市更新 and 示范村 are everyday words).

    >>> [t for t in ["警地融合", "城市更新", "示范村", "两山四岸", "河长制"] if is_coined(t)]
    ['警地融合', '两山四岸', '河长制']
    """
    if has_numeral(term) or term in national_terms():
        return True
    if word_frequency(term):
        return False
    return any(len(w) == 1 for w in jieba().cut(term, HMM=False))


def is_term(term: str) -> bool:
    """Whether a quoted span names a policy, programme or coinage rather than a phrase.

    >>> [t for t in ["绿", "前、中、后", "四横三纵", "转型", "新高地", "放管服", "六连冠", "管护难"] if is_term(t)]
    ['四横三纵', '放管服']
    """
    if term in national_terms():
        return True
    return not any(rule(term) for rule in _NOT_A_TERM)


def names_programme(term: str, head: str) -> bool:
    """A two-character word quoted before a programme noun is that programme's name, not a word
    quoted for emphasis: “扫楼”行动, “飞地”园区, “房票”安置 (but “龙头”企业 is everyday).

    >>> names_programme("扫楼", "行动"), names_programme("网红", "打卡地"), names_programme("龙头", "企业")
    (True, False, False)
    """
    return may_name_programme(term) and head.endswith(tuple(PROGRAMME_HEADS))


def may_name_programme(term: str) -> bool:
    """The part of `names_programme` that needs no head noun: a rare two-character Han word."""
    return len(term) == 2 and not has_numeral(term) and not _NOT_A_WORD.search(term) and word_frequency(term) < _EMPHASIS


_NOT_A_WORD = re.compile(r"[^\u4e00-\u9fff]")


def _too_short(term: str) -> bool:
    """One character, or two without a numeral: quoted for emphasis (“绿”, “网红”)."""
    return len(term) < 2 or (len(term) == 2 and not has_numeral(term))


def _list_label(term: str) -> bool:
    """Labels of a list (“前、中、后”, “一、二、三产业”): parts of one character."""
    parts = _PARTS.split(term)
    return len(parts) > 1 and all(len(p) <= 1 for p in parts[:-1])


def _record(term: str) -> bool:
    return _RECORD.match(term) is not None


def _quoted_sentence(term: str) -> bool:
    """A quotation of a whole sentence: it quotes terms of its own, or runs on without a break."""
    if _QUOTE_MARKS.search(term):
        return True
    if _PARTS.search(term):
        return False
    if len(term) > _LONGEST_PLAIN:
        return True
    words = list(itertools.islice(jieba().posseg.cut(term), 2)) if len(term) >= _SENTENCE_MIN else []
    return len(words) == 2 and all(w.flag == "v" for w in words)


def _new_plus_word(term: str) -> bool:
    """“新高地”, “新名片”: 新 before an everyday noun is a figure of speech, not a coinage."""
    return len(term) == 3 and term[0] == "新" and word_frequency(term[1:]) >= _ORDINARY


def _nickname(term: str) -> bool:
    """A problem or checkpoint nickname (“接送愁”, “管护难”, “识别关”): a verb and 难/愁/关."""
    return len(term) == 3 and term[2] in "难愁关" and word_frequency(term[:2]) > 0


def _description(term: str) -> bool:
    """“小而美”, “专而精”: two qualities joined by 而 describe, they do not name."""
    return len(term) == 3 and term[1] == "而"


def _ordinary_words(term: str) -> bool:
    """A list of everyday words (“底线、红线”): a slogan coins at least one of its parts."""
    parts = _PARTS.split(term)
    return len(parts) > 1 and all(len(p) == 2 and word_frequency(p) >= _ORDINARY for p in parts)


# the heads of the genre's figures of speech: a calling card, an answer sheet, a blueprint or
# timetable, an article to write, a golden key, an engine, hard or soft power, a cake to share,
# the last mile, a move in chess, a gift pack, acceleration
_METAPHOR_HEADS = (
    "名片", "答卷", "蓝图", "时间表", "路线图", "文章", "钥匙", "引擎", "实力", "蛋糕", "一公里", "棋",
    "礼包", "加速度",
)
# one character of quality after a noun states a goal (“百姓富”, “环境美”, “经济强”), it names nothing
_QUALITIES = "富美强畅高好优绿兴安净亮"


def _figure_of_speech(term: str) -> bool:
    """“新名片”, “硬核答卷”, “先手棋”, “最后一公里”: a metaphor the genre uses for emphasis, and
    “soft” or “hard” before an everyday noun (“软平台”, “硬设施”). Counted ones are names
    (“五篇大文章”)."""
    if is_numbered(term):
        return False
    return term.endswith(_METAPHOR_HEADS) or (
        len(term) == 3 and term[0] in "软硬" and word_frequency(term[1:]) >= _ORDINARY)


def _goal(term: str) -> bool:
    """“百姓富”, “环境美”, “社会文明程度高”: everyday words and a quality, a goal, not a name."""
    if len(term) < 3 or term[-1] not in _QUALITIES or is_numbered(term):
        return False
    words = jieba().posseg.lcut(term[:-1], HMM=False)
    return all(len(w.word) >= 2 and w.flag.startswith("n") and word_frequency(w.word) >= _ORDINARY for w in words)


def _manner(term: str) -> bool:
    """Manners and speech, not names: A对A (“一对一”), a complaint (“不好办”), a question
    (“怎么办”), words put in someone's mouth (“你过来”, “我过去”)."""
    return (re.fullmatch(r"(.)对\1", term) is not None or (len(term) == 3 and term[0] in "不你我他")
            or "怎么" in term or "什么" in term)


_NOT_A_TERM = (
    _too_short, _list_label, _record, _quoted_sentence, _new_plus_word, _nickname, _description, _ordinary_words,
    _figure_of_speech, _goal, _manner,
)
