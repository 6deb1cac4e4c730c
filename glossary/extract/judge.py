"""Telling a coined term from a quoted phrase: the rules a reader of work reports applies.

Each rule names one way reports quote something that is not a term. They look at the form of
the span and jieba's dictionary, never at a particular report.
"""

from __future__ import annotations

import functools
import itertools
import re

from ..language import NUMERALS, idioms, is_numbered, jieba, lexicon_names, national_terms, word_frequency
from .heads import GENERIC_NOUNS, PROGRAMME_HEADS

SEPARATORS = "、，,；;·—"
_PROGRAMME_ENDINGS = tuple(PROGRAMME_HEADS)  # str.endswith takes a tuple; made once, not on every call
_PARTS = re.compile(f"[{SEPARATORS}]")


def _parts(term: str) -> list[str]:
    """The parts of a quotation between its SEPARATORS, empty ones left out."""
    return [p for p in _PARTS.split(term) if p]


_NUMERAL = re.compile(f"[{NUMERALS}]")
# a run of one result (“六连冠”, “二十二连丰” harvests, “九连A” ratings, “三连击” storms): a
# record or a streak, not a policy
_RECORD = re.compile(f"^[{NUMERALS}]+连(冠|胜|增|涨|升|降|优|好|丰|击|[A-Z])$")
_QUOTE_MARKS = re.compile("[“”‘’「」『』\"']")
# jieba frequency from which a word is everyday vocabulary: 红线 150, 底线 205, 高地 460, 名片 1713;
# coinages are rare or absent (网红 0)
_ORDINARY = 100
# jieba frequency of the everyday words the genre quotes before a programme noun for emphasis
# (“龙头”企业 1430, “绿色”工程 2851); the coined names are rarer (“飞地”园区 29, “制胜”专项行动 195)
_EMPHASIS = 1000
_LONGEST_PLAIN = 17  # a longer span without separators is a sentence
_SENTENCE_MIN = 8  # characters: a shorter span opening with two verbs is still a name, a clause runs longer


@functools.lru_cache(maxsize=1 << 16)
def has_numeral(term: str) -> bool:
    """Counting is the mark of a coinage: “双停”, “清四乱”, “5G+智慧农业”. The numerals of an
    everyday word count nothing: an idiom's (万众一心, 约法三章, 一条龙) and the 一 of “one,
    whole, single” in a set phrase or a word of quality (一体化, 一站式, 一揽子, 一次性).

    >>> [t for t in ["双停", "一岗双责", "一体化", "产销一体化", "万众一心", "多规合一"] if has_numeral(t)]
    ['双停', '一岗双责', '多规合一']
    """
    if not _NUMERAL.search(term):
        return False
    return any(_NUMERAL.search(w) and not _lexical_numeral(w) for w in jieba().lcut(term, HMM=False))


# jieba's tags of the words whose numerals are figurative: idioms, set phrases, words of
# distinction and adverbs (一刀切 i, 一体化 l, 一站式 b, 一次性 d); a numeral word (一批 m), an
# abbreviation (三公 j) or a noun (一盘棋 n, 两会) may count
_LEXICAL_TAGS = ("i", "l", "b", "d")


def _lexical_numeral(word: str) -> bool:
    """A dictionary word whose numeral is part of the word: an idiom, or a set phrase or a
    word of quality whose only numeral is 一 (a set phrase that counts twice is a formula:
    一岗双责, 新三样)."""
    tag = _tag(word)
    return (len(word) > 1 and tag in _LEXICAL_TAGS and not is_national(word)
            and (tag == "i" or set(_NUMERAL.findall(word)) == {"一"}))


# The verdicts on a term depend on the term alone (jieba's dictionary and the national list do
# not change while reports are extracted), and reports quote the same terms again and again.
_REMEMBERED = 1 << 16


@functools.lru_cache(maxsize=_REMEMBERED)
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


def spreads(term: str) -> bool:
    """Whether a term of one report is looked for unquoted in the others: not a word jieba's
    dictionary holds whole. Such a word is the genre's everyday language wherever another
    report writes it, even with a numeral in it (清零, 两院, 四季) or explained by one report's
    名词解释 (综合体, 孵化器); national shorthand is a term whatever its form (三甲, 三产).

    >>> [t for t in ["警地融合", "清零", "综合体", "三甲"] if spreads(t)]
    ['警地融合', '三甲']
    """
    return is_national(term) or not word_frequency(term)


@functools.lru_cache(maxsize=_REMEMBERED)
def is_term(term: str) -> bool:
    """Whether a quoted span names a policy, programme or coinage rather than a phrase.

    >>> [t for t in ["绿", "前、中、后", "四横三纵", "转型", "新高地", "放管服", "六连冠", "管护难"] if is_term(t)]
    ['四横三纵', '放管服']
    """
    if is_national(term):
        return True
    for rule in _NOT_A_TERM:  # a loop, not any() over a generator: this runs for every quoted span
        if rule(term):
            return False
    return True


def is_national(term: str) -> bool:
    """National shorthand, found unquoted (national.txt) or explained by the lexicon: a term
    whatever its form."""
    return term in national_terms() or term in lexicon_names()


def quoted_for_emphasis(term: str, count: int, before_noun: bool, defined: bool) -> bool:
    """Whether a report quotes an everyday word for emphasis rather than naming something:
    a word jieba's dictionary holds (鱼米之乡, 黑恶势力, 有没有, 支援灾区) or the first or second of
    one (“第二故乡”, see `_ordinal_figure`), quoted once, not before a noun and without a
    definition. A report repeats, explains or sets before a noun (“白名单”机制, “无差别”综合窗口) the names it uses; numbered words and national shorthand
    are names however used; the 一 of an everyday word counts nothing (“一站式”).

    >>> quoted_for_emphasis("鱼米之乡", 1, False, False), quoted_for_emphasis("鱼米之乡", 2, False, False)
    (True, False)
    >>> quoted_for_emphasis("两会", 1, False, False), quoted_for_emphasis("以旧换新", 1, False, False)
    (False, False)
    >>> quoted_for_emphasis("一站式", 1, False, False), quoted_for_emphasis("一站式", 1, True, False)
    (True, False)
    >>> quoted_for_emphasis("第二故乡", 1, False, False), quoted_for_emphasis("第一站", 1, True, False)
    (True, False)
    """
    if count != 1 or before_noun or defined or is_national(term):
        return False
    return (word_frequency(term) > 0 and not has_numeral(term)) or _ordinal_figure(term) or _instruction(term)


# verbs of improvement a section sets itself as a task in one character: strengthen, optimise,
# seek, add, turn out, increase, raise, promote, benefit, expand, make up, steady, secure
_IMPROVING = frozenset("强优谋添出增提促惠扩补稳保")


def _instruction(term: str) -> bool:
    """“强基础”, “优服务”, “谋创新”, “出精品”: a verb of improvement in one character and an
    everyday word, what a heading or a clause sets itself to do (狠抓改革“谋创新”, 在“出精品”上下功夫),
    quoted for emphasis as the two-character “提质” and “补链” are; set before a noun it names a
    programme (“增学位”工程, “强龙头”战略), and the national ones (稳增长, 降成本) are shorthand.

    >>> [t for t in ["强基础", "谋创新", "出精品", "强城", "大交通", "强省会"] if _instruction(t)]
    ['强基础', '谋创新', '出精品']
    """
    return len(term) == 3 and term[0] in _IMPROVING and word_frequency(term[1:]) >= _EMPHASIS and not is_national(term)


# the first or the second of something everyday: the first shot fired (打响“第一枪”), the first
# button done up (扣好“第一粒扣子”), a second home (“第二故乡”), a second front (开辟“第二战场”),
# the first rank (进入“第一方阵”): figures of order; a higher ordinal numbers a real item (“第六立面”,
# a city's roofs), and a name of the first or second that the report sets before a noun
# (“第一站”服务机制) or explains is no emphasis
_ORDINAL_FIGURE = re.compile("第[一二]([个粒声座颗道条])?(.+)")


def _ordinal_figure(term: str) -> bool:
    """“第一枪”, “第一粒扣子”, “第二故乡”: first or second (and a measure word) before a word the
    dictionary holds.

    >>> [_ordinal_figure(t) for t in ["第一枪", "第一粒扣子", "第二故乡", "第六立面", "第二届广东国际旅游文化节"]]
    [True, True, True, False, False]
    """
    match = _ORDINAL_FIGURE.fullmatch(term)
    return match is not None and (word_frequency(match.group(2)) > 0 or word_frequency(term[2:]) > 0)


def names_programme(term: str, head: str) -> bool:
    """A two-character word quoted before a programme noun is that programme's name, not a word
    quoted for emphasis: “扫楼”行动, “飞地”园区, “房票”安置 (but “龙头”企业 is everyday).

    >>> names_programme("扫楼", "行动"), names_programme("网红", "打卡地"), names_programme("龙头", "企业")
    (True, False, False)
    """
    return may_name_programme(term) and head.endswith(_PROGRAMME_ENDINGS)


def may_name_programme(term: str) -> bool:
    """The part of `names_programme` that needs no head noun: a rare two-character Han word."""
    return len(term) == 2 and not has_numeral(term) and not _NOT_A_WORD.search(term) and word_frequency(term) < _EMPHASIS


def coined_pair_word(term: str) -> bool:
    """Two Han characters the dictionary does not know (扩中, 秒批, 村超): a coinage when the
    report lists it with other quoted names, as a single quoted word may be a loose one (网红).

    >>> coined_pair_word("扩中"), coined_pair_word("龙头"), coined_pair_word("5G")
    (True, False, False)
    """
    return len(term) == 2 and not _NOT_A_WORD.search(term) and not has_numeral(term) and word_frequency(term) == 0


_NOT_A_WORD = re.compile(r"[^\u4e00-\u9fff]")


def _too_short(term: str) -> bool:
    """One character, or two without a numeral: quoted for emphasis (“绿”, “网红”)."""
    return len(term) < 2 or (len(term) == 2 and not has_numeral(term))


def _list_label(term: str) -> bool:
    """Labels of a list (“前、中、后”, “一、二、三产业”): parts of one character."""
    parts = _PARTS.split(term)
    return len(parts) > 1 and all(len(p) <= 1 for p in parts[:-1])


def _record(term: str) -> bool:
    """A record (“六连冠”, “九连A”, “历史新高”) or a bare place in a ranking (跻身排行榜“十强”): what
    was achieved."""
    return _RECORD.match(term) is not None or _RANKING.fullmatch(term) is not None or term.endswith("新高")


def _quoted_sentence(term: str) -> bool:
    """A quotation of a whole sentence: it quotes terms of its own, runs on without a break or
    with a part longer than a slogan's, or opens with a verb or an adverb before a verb
    (“大力推动金融改革创新”)."""
    if _QUOTE_MARKS.search(term) or _SENTENCE_END.search(term):
        return True
    if _CLAUSE_BREAK.search(term):
        return _clauses(term)
    if _PARTS.search(term):
        return _listed_clauses(term)
    if len(term) > _LONGEST_PLAIN:
        return True
    if len(term) < _SENTENCE_MIN or term.endswith(_PROGRAMME_ENDINGS):  # 相对集中行政许可权试点 names a pilot
        return False
    words = list(itertools.islice(jieba().posseg.cut(term), 2))
    return len(words) == 2 and words[0].flag in ("v", "d", "ad") and words[1].flag == "v"


_SENTENCE_END = re.compile("[。！？!?]")
_CLAUSE_BREAK = re.compile("[，,]")
# characters of a slogan's longest part: 绿水青山就是金山银山 of the national slogans; a longer
# part is a sentence of the text
_LONGEST_PART = 10
# words that mark a quoted line as a saying or a speech, not a coinage: the particles of the
# classical language (九尺之台，起于累土; 权为民所用) and of a finished event (做到了极致), and
# personal pronouns (功成不必在我; 我负责阳光雨露，你负责茁壮成长)
_VERSE_LINE = 7  # lines of seven characters are verse (一河九水合两明，百里青山入繁城), quoted for colour
_SAYING_WORDS = frozenset("之 于 所 乎 矣 兮 了 我 你 他 她 我们 你们 他们 咱们".split())


def _clauses(term: str) -> bool:
    """A comma joins clauses. The line is a saying or a sentence quoted whole when a part is a
    set phrase (“百尺竿头，更进一步”), runs longer than a slogan's part, or holds a classical
    particle or a pronoun (“一万年太久，只争朝夕”, “民之所望，施政所向”), and lines of seven
    characters are verse (“敢教日月换新天，不破楼兰终不还”); slogans with a comma are made of
    short coined parts (“生态宜居,健康养生”, “小事不出村，大事不出镇”).

    >>> [_clauses(t) for t in ["一万年太久，只争朝夕", "民之所望，施政所向", "生态宜居,健康养生"]]
    [True, True, False]
    """
    parts = _parts(term)
    if any(len(p) > _LONGEST_PART or p in idioms() for p in parts) or all(len(p) == _VERSE_LINE for p in parts):
        return True
    return any(w in _SAYING_WORDS for w in jieba().cut(term, HMM=False))


def _listed_clauses(term: str) -> bool:
    """Clauses listed with 、: a part longer than a slogan's in a list of three or more
    (“股权投资做引导、债权融资做增信、多层次资本市场公开募资做培育”), or one that joins words
    of its own with a conjunction or a particle (“激发创新活力、促进创新协同和维护公平竞争”).
    Two parallel instructions stay a slogan (“在推进中国式现代化中走在前、做示范”).

    >>> _listed_clauses("激发创新活力、促进创新协同和维护公平竞争"), _listed_clauses("在推进中国式现代化中走在前、做示范")
    (True, False)
    """
    parts = _parts(term)
    long = [p for p in parts if len(p) > _LONGEST_PART]
    if not long:
        return False
    return len(parts) > 2 or any(w.flag.startswith(("c", "u")) for p in long for w in jieba().posseg.cut(p, HMM=False))


def _new_plus_word(term: str) -> bool:
    """“新高地”, “新名片”, “新作为”: 新 before an everyday noun, verb or quality is a figure of
    speech, not a coinage; before an abbreviation it names a programme (“新城建”, “新基建”)."""
    return (len(term) == 3 and term[0] == "新" and word_frequency(term[1:]) >= _ORDINARY
            and _tag(term[1:]) in ("n", "v", "vn", "a"))


def _nickname(term: str) -> bool:
    """A problem or checkpoint nickname (“接送愁”, “管护难”, “识别关”): a verb and 难/愁/关, or
    难/愁 after a phrase of everyday speech the dictionary does not hold as one word (“带娃难”);
    a worry (“揪心事”, “烦心事”); and the complaint that one of a thing is hard to get (“一票难求”).
    A coinage that counts stays (“两难”).

    >>> [_nickname(t) for t in ["管护难", "带娃难", "揪心事", "一票难求", "三难", "心头事"]]
    [True, True, True, True, False, False]
    """
    if len(term) == 3 and not has_numeral(term):
        if term[2] in "难愁关" and _tag(term[:2]) in ("v", "vn"):
            return True
        if (term[2] in "难愁" and not word_frequency(term[:2])) or term.endswith(_WORRY):
            return True
    return _HARD_TO_GET.match(term) is not None


_WORRY = "心事"  # the worries a report promises to relieve: 揪心事, 烦心事, 闹心事, 操心事


_HARD_TO_GET = re.compile("^一.难[求找寻觅]$")


def _mirrored_parts(term: str) -> bool:
    """Two parts of one quotation with the same characters in another order are a play on
    words (“有质量的速度、有速度的质量”), not a slogan's parts."""
    if not _PARTS.search(term):  # one part: nothing to mirror, and most spans have one
        return False
    parts = _parts(term)
    return any(a != b and sorted(a) == sorted(b) for a, b in itertools.combinations(parts, 2))


def _manner_adverbial(term: str) -> bool:
    """“拉网式”排查, “保姆式”服务, “造血式”帮扶: 式 after an everyday word says how the verb
    after it is done; it names nothing. A place before 式 names a model (“枫桥式”), and the
    national coinage “内卷式” is the lexicon's."""
    word = term[:-1]
    return len(term) == 3 and term.endswith("式") and word_frequency(word) > 0 and _tag(word) != "ns" and not has_numeral(term)


def names_model(term: str) -> bool:
    """An X式 that only the manner rule rejects names a model when a report quotes it again and
    again (“介入式”监督 … “介入式”全口径预算监督) and the dictionary does not hold it: a manner
    quoted for colour is said once, or is an everyday word (“一站式”).

    >>> names_model("介入式"), names_model("一站式"), names_model("两山四岸")
    (True, False, False)
    """
    return _manner_adverbial(term) and word_frequency(term) == 0 and not any(rule(term) for rule in _NOT_A_TERM if rule is not _manner_adverbial)


# a structural particle or a complement of direction ends a predicate or a modifier: “活起来”,
# “跑起来”, “不一样出彩的”; a name ends on a noun or a coined verb
# a verb, 得 and one character of result: what can or should be achieved (放得活, 管得好,
# 留得住), a goal in the potential-complement form, never a name
_POTENTIAL = re.compile("^[\u4e00-\u9fff]得[\u4e00-\u9fff]$")


def _potential_complement(term: str) -> bool:
    """“放得活”, “接得住、管得好”, “引得进、留得住、用得好”: every part says what a policy should
    achieve, in the form verb, 得, result. A slogan names its means or coins a part
    (“留得住、发展好” keeps a part of another form).

    >>> _potential_complement("接得住、管得好"), _potential_complement("留得住、发展好"), _potential_complement("得补率")
    (True, False, False)
    """
    return "得" in term and all(_POTENTIAL.match(p) for p in _PARTS.split(term))  # 得 first: most spans lack it


# a reduplicated word of manner (扎扎实实, 踏踏实实, 实实在在): how something is done
_REDUPLICATED = re.compile("^([\u4e00-\u9fff])\\1([\u4e00-\u9fff])\\2$")


def _reduplicated(term: str) -> bool:
    """“扎扎实实、踏踏实实、求真务实”: a part doubled character by character (AABB) says how work
    is done; the genre coins its names by counting or abbreviating, never by doubling.

    >>> _reduplicated("扎扎实实、踏踏实实、求真务实"), _reduplicated("实打实"), _reduplicated("1188")
    (True, False, False)
    """
    return len(term) >= 4 and any(_REDUPLICATED.match(p) and p[0] != p[2] for p in _PARTS.split(term))


_PREDICATE_END = re.compile("(?:的|了|着|起来|下去|出来|过来)$")


def _predicate(term: str) -> bool:
    """“活起来”, “不一样出彩的”: a predicate or a modifier, unless it counts (“十个全覆盖了”)."""
    return _PREDICATE_END.search(term) is not None and not is_numbered(term)


# the levels of a ranking climbed one after another (“省级—国家级—世界级”, “市级、省级”)
_LEVEL = re.compile("[\u4e00-\u9fff]{1,3}级")


def _levels(term: str) -> bool:
    """A ladder of levels (“省级—国家级—世界级”): how far a thing is to rise, not its name.

    >>> _levels("省级—国家级—世界级"), _levels("国家级"), _levels("一级、二级")
    (True, False, True)
    """
    if "级" not in term:  # every part ends on 级: most spans have none
        return False
    parts = _parts(term)
    return len(parts) > 1 and all(_LEVEL.fullmatch(p) for p in parts)


# a figure kept, held or brought within a range: a target stated (“经济增长保持在合理区间”,
# 控制在3%以内), not a name
_TARGET = re.compile("(?:保持|控制|稳定|维持)在")


def _target(term: str) -> bool:
    """“经济增长保持在合理区间”: a clause that keeps a figure in a range states a target.

    >>> _target("经济增长保持在合理区间"), _target("保持定力")
    (True, False)
    """
    return _TARGET.search(term) is not None


def _degree(term: str) -> bool:
    """“更宜居”, “最严格”, “最优解”: a short phrase opened by 更 or 最 grades a quality, it
    names nothing; nor does 大 before a generic noun (“大格局”, “大问题”), which only says
    how big. Counted phrases stay (“最多跑一次”)."""
    graded = (term[0] in "更最" and len(term) <= 4) or (len(term) == 3 and term[0] == "大" and term[1:] in GENERIC_NOUNS)
    return graded and not has_numeral(term)  # the form first: has_numeral may segment the span


def _quality(term: str) -> bool:
    """“全覆盖”, “有温度”, “含绿量”, “烟火气”: a quality or a reach, not a name. 全 before an
    everyday word says how far an action reaches (“全链条”), 有 before an everyday noun what
    a thing has (“有品质”), 含…量 how much of something it holds (“含新量”), an air or a
    flavour after a noun how it feels (“国际范”, “未来风”), and 高 or 低 before a common noun
    of measure its grade (“高品质”, “高水平”; the rarer noun of an abbreviation stays: “高交会”).

    >>> [_quality(t) for t in ["全覆盖", "有温度", "含绿量", "烟火气", "高品质", "全运会", "河长制", "高交会"]]
    [True, True, True, True, True, False, False, False]
    """
    if len(term) != 3:
        return False
    first, last = term[1:], term[:2]
    return ((term[0] == "全" and word_frequency(first) >= _ORDINARY)
            or (term[0] == "有" and word_frequency(first) >= _ORDINARY and (_tag(first) or "")[:1] in "na")
            or (term[0] == "含" and term[2] == "量")
            or (term[2] in "气味范风" and word_frequency(last) >= _ORDINARY and (_tag(last) or "")[:1] in "nt")
            or (term[0] in "高低" and word_frequency(first) >= _EMPHASIS and _tag(first) == "n"))


# a round magnitude (千亿, 百亿级, 万亿元级), the class of a unit (平方公里级), or an area in
# figures (“1平方公里”用地清理): land is measured, never named by its size; reports name their
# circles by a distance or a time (“三公里”就业圈, “15分钟”生活圈)
_MAGNITUDE = re.compile("^[十百千]?[万亿]+(?:元|美元)?级?$|^[十百千万]+元?级$|^(?:平方)?(?:公里|千米|米|吨|千瓦|兆瓦|亩)级$"
                        "|^[0-9.]+万?(?:平方公里|平方千米|平方米|亩|公顷)$")


# a number of years, or a year (“五年”, “十年”, “2035年”): a time the report looks back on or ahead to
_YEARS = re.compile("[一二三四五六七八九十百千万两〇零0-9]+年")


def _years(term: str) -> bool:
    """“以昂扬奋进的“头年”推动实现稳中向好的“五年””: a span of years is a time, not a name;
    a count of campaign years keeps its measure word (“三个年”活动).

    >>> _years("五年"), _years("2035年"), _years("三个年"), _years("双年")
    (True, True, False, False)
    """
    return _YEARS.fullmatch(term) is not None


def _magnitude(term: str) -> bool:
    """“千亿级”产业集群, 迈上“千亿元”台阶, “平方公里级”片区, “1平方公里”用地清理: a size the
    report reaches or plans, quoted for its roundness; it counts no parts of a programme
    (“十百千万” does).

    >>> [t for t in ["千亿级", "平方公里级", "1平方公里", "三公里", "15分钟", "十百千万"] if _magnitude(t)]
    ['千亿级', '平方公里级', '1平方公里']
    """
    return _MAGNITUDE.match(term) is not None


# what a report tallies when it claims a zero: casualties, cases and incidents, growth
_TALLIED = frozenset("伤亡 死亡 病亡 亡人 感染 扩散 发生 新增 输入 差错 事故 发案 增长 增量".split())


def _zero_tally(term: str) -> bool:
    """“零伤亡”, “零扩散”, “零新增”: a zero in a tally of harm or change is a result the report
    claims, not a programme (“零跑腿”, “零就业”家庭 and “零基预算” name things)."""
    return term[0] == "零" and term[1:] in _TALLIED


def _description(term: str) -> bool:
    """“小而美”, “专而精”, “严和实”, “深和细”: two qualities joined by 而, 和 or 与 describe,
    they do not name (郑和号 is a ship: 郑和 is one word); nor do two everyday words joined by
    与 or 和 (“科技与法治”), which say what is combined, as a coinage would abbreviate them.

    >>> [_description(t) for t in ["小而美", "严和实", "科技与法治", "郑和号", "产业集群+创新集群"]]
    [True, True, True, False, False]
    """
    if len(term) == 3:
        return term[1] == "而" or term[1] in "和与" and not word_frequency(term[:2])
    pair = _EVERYDAY_PAIR.fullmatch(term)
    return pair is not None and all(word_frequency(word) >= _ORDINARY for word in pair.groups())


_EVERYDAY_PAIR = re.compile("([\u4e00-\u9fff]{2,4})[与和]([\u4e00-\u9fff]{2,4})")


def _process(term: str) -> bool:
    """“定制化”, “标准化”: an everyday word and 化 says how a thing is done or made, quoted
    for emphasis; the genre's coinages in 化 are not words before it (“非粮化”, “非农化”).

    >>> _process("定制化"), _process("标准化"), _process("非粮化")
    (True, True, False)
    """
    return len(term) == 3 and term[2] == "化" and word_frequency(term[:2]) >= _ORDINARY


def _with_particle(term: str) -> bool:
    """A phrase built with the particle 的 describes or says something (“会创造的人”,
    “稳稳的幸福”, “法治是最好的营商环境”); a name does without it. Parallel parts and
    phrases that open by counting are slogans (“群众的事优先办、紧急的事马上办”, “三个新的
    更大进展”); a number inside the phrase is part of what it describes (“退役军人最期盼的10件事”).

    >>> _with_particle("退役军人最期盼的10件事"), _with_particle("三个新的更大进展")
    (True, False)
    """
    if is_numbered(term) or _PARTS.search(term) or "的" not in term:
        return False
    return any(w.flag == "uj" for w in jieba().posseg.cut(term, HMM=False))


# everyday words quoted four or more together are a motto or the items of a formula
# (“忠诚、为民、务实、清廉”, “创新、协调、绿色、开放、共享”), fewer are words quoted loosely
MOTTO_PARTS = 4


def _ordinary_words(term: str) -> bool:
    """A short list of everyday words (“底线、红线”): a slogan coins at least one of its parts,
    counts them (“一村、两片、三路”), or lists four or more as a motto.

    >>> _ordinary_words("底线、红线"), _ordinary_words("忠诚、为民、务实、清廉")
    (True, False)
    """
    parts = _PARTS.split(term)
    return (not is_numbered(term) and 1 < len(parts) < MOTTO_PARTS
            and all(len(p) == 2 and word_frequency(p) >= _ORDINARY for p in parts))


# the heads of the genre's figures of speech: a calling card, an answer sheet, a blueprint or
# timetable, an article to write, a golden key, an engine, hard or soft power, a cake to share,
# the last mile, a move in chess, a gift pack, acceleration
_METAPHOR_HEADS = (
    "名片", "答卷", "蓝图", "时间表", "路线图", "文章", "钥匙", "引擎", "实力", "蛋糕", "一公里", "棋",
    "礼包", "加速度",
    # a rich mine, a report card, a city's living room, a sample or model to copy, a spring,
    # fertile or hot soil, a feast, ballast, a barometer, a weathervane
    "富矿", "成绩单", "客厅", "样本", "样板", "春天", "沃土", "热土", "盛宴", "压舱石", "晴雨表", "风向标",
    # a landmark, a front or beachhead to hold, the picture of a plan come true
    "地标", "阵地", "实景图", "愿景图",
    # a highland to build, the speed or height a place shows, a picture scroll, a secret code
    "高地", "速度", "高度", "精度", "画卷", "密码",
    # a plan drawn as a construction drawing or a battle map, a signboard to polish (“金字招牌”),
    # the warmth a place shows, a benefit people feel (“绿色福利”), a melting pot
    "施工图", "作战图", "招牌", "温度", "福利", "熔炉",
    # an effect a place exerts (“虹吸效应”, “杠杆效应”), a new situation or chapter opened
    # (“开创发展新局面”), a great exam passed (“历史大考”), poetry and distant places for tourism
    # (“诗和远方”)
    "效应", "局面", "篇章", "大考", "远方",
    # a question of the times to answer (“时代之问”, “创新之问”), an energy injected into a
    # place (注入强劲“蓝色动能”)
    "之问", "动能",
)
# one character of quality after a noun states a goal (“百姓富”, “环境美”, “经济强”), it names nothing
_QUALITIES = "富美强畅高好优绿兴安净亮"


def _figure_of_speech(term: str) -> bool:
    """“新名片”, “硬核答卷”, “先手棋”, “最后一公里”: a metaphor the genre uses for emphasis.
    Counted ones are names (“五篇大文章”)."""
    if is_numbered(term):
        return False
    return (term.endswith(_METAPHOR_HEADS)
            # a spot where visitors “check in” (“打卡地”, “打卡点”) or a thing “famous online”
            # (“网红公厕”): figures of popularity
            or term.startswith(("打卡", "网红"))
            # a place's or a quality's “solution” offered as an example (“中国方案”, “智慧方案”);
            # a plan's own title is longer (“深圳市文化体制改革总体方案”)
            or len(term) == len("中国方案") and term.endswith("方案")
            # a card to play (打好“生态牌”“改革牌”): an everyday word before 牌
            or len(term) == 3 and term[2] == "牌" and word_frequency(term[:2]) > 0
            # “soft” or “hard” before an everyday noun (“软平台”, “硬设施”)
            or len(term) == 3 and term[0] in "软硬" and word_frequency(term[1:]) >= _ORDINARY
            # a word of place (jieba's tag s: “家门口”, “身边”) for nearness
            or _tag(term) == "s"
            # a noun and 上 or 里 for a place a thing reaches (“舌尖上”, “指尖上”)
            or len(term) == 3 and term[2] in "上里" and _tag(term[:2]) == "n" and word_frequency(term[:2]) >= _ORDINARY
            # a feeling measured as an index (“幸福指数”)
            or term.endswith("指数") and _tag(term[:-2]) == "a")


def _tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word, None for a word it does not know."""
    return jieba().posseg.dt.word_tag_tab.get(word)


def _goal(term: str) -> bool:
    """“百姓富”, “环境美”, “社会文明程度高”, “蜀道畅”: everyday nouns or a place and a quality,
    a goal, not a name."""
    if len(term) < 3 or term[-1] not in _QUALITIES or is_numbered(term):
        return False
    words = jieba().posseg.lcut(term[:-1], HMM=False)
    return all(len(w.word) >= 2 and (w.flag == "ns" or w.flag.startswith("n") and word_frequency(w.word) >= _ORDINARY)
               for w in words)


def _manner(term: str) -> bool:
    """Manners and speech, not names: A对A (“一对一”), a complaint (“不好办”), a question
    (“怎么办”, or asked as A不A: “精不精”, “应不应该办”), a state that is neither one thing nor
    another (“不黑不臭”), words put in someone's mouth (“你过来”, “我过去”), and the faults of
    conduct a report promises to punish (“不作为、慢作为”, “乱作为”, “不为、乱为”, “过度诊疗”), and a step ahead
    (“先人一步”).

    >>> [_manner(t) for t in ["精不精", "应不应该办", "不黑不臭", "不作为、慢作为", "不见面审批", "两不愁三保障"]]
    [True, True, True, True, False, False]
    """
    return (_A_TO_A.fullmatch(term) is not None or (len(term) == 3 and term[0] in "不你我他")
            or _STEP_AHEAD.fullmatch(term) is not None or _made_better(term)
            or "怎么" in term or "什么" in term
            or _A_NOT_A.search(term) is not None or _NEITHER.fullmatch(term) is not None
            or all(_MISCONDUCT.fullmatch(p) for p in _parts(term)))


def _made_better(term: str) -> bool:
    """“做大做强”, “做优做强”: 做 twice, each time with a quality, says how an industry or a firm
    is to grow; the genre's coined pairs repeat a verb with objects (“秒报秒批”, “即申即享”).

    >>> _made_better("做大做强"), _made_better("做优做强"), _made_better("秒报秒批")
    (True, True, False)
    """
    return len(term) == 4 and term[0] == term[2] == "做" and term[1] in _GROWTH and term[3] in _GROWTH


_GROWTH = "大强优精深实细新活特专美"  # the qualities an industry is made to gain: 做大, 做强, 做优, 做精


# a step ahead of others or up from before (“先人一步”, “快人一步”, “提升一步”): how fast or far,
# unless it counts (一期一步)
_STEP_AHEAD = re.compile(f"[^{NUMERALS}]{{2}}一步")
_A_TO_A = re.compile(r"(.)对\1")  # 一对一, 点对点
_A_NOT_A = re.compile(r"(.)不\1")  # 好不好, 精不精, 可不可以
_NEITHER = re.compile("不.不.")  # 不黑不臭
# 不作为, 乱作为, and their short forms 不为, 乱为; and the excess of a service a report curbs
# (严防“过度诊疗”、“过度检查”、“过度用药”)
_MISCONDUCT = re.compile("[不乱慢懒庸假虚]作?为|过度[\u4e00-\u9fff]{2}")


# the numerals of a ranking, which count the places of a list, not the parts of a programme:
# 全国十大考古新发现, 中国百年百大考古发现, 全国工业百强区, 全球创新机构百强
_RANKING_PATTERN = "[十百千][大强佳]|[0-9]+强"
_RANKING = re.compile(_RANKING_PATTERN)
# the closed class of words that make a title an award, an honour or a contest: a prize (奖,
# 奖项), a title conferred (称号, 荣誉, 殊荣), a ranking (排行榜), a competition (大赛,
# 公开赛, 比赛, …杯), a city's title (…城市, …之都), and the ranks of honour (先进, 模范,
# 标兵, 楷模, 优秀, stars: 全国残疾人工作先进单位, 全国双拥模范城（县）, 广东省四星级宜居社区),
# and the designations a place or a body is given (…示范区, …示范单位, …试验区): won when the
# clause says so (获评“全国全民阅读示范基地”), a programme when it is pursued (创建“…示范区”)
_HONOUR_TITLE = re.compile("(?:奖|奖项|奖章|称号|荣誉|殊荣|排行榜|赛|杯|城市|之都|示范[区县市点校]|示范单位|示范基地|示范社区|试验区)$"
                           "|先进|模范|标兵|楷模|优秀|星级|" + _RANKING_PATTERN)
# verbs of winning, receiving, being ranked or named (获 also stands in 荣获, 获评, 获得, 摘获),
# and of climbing a ranking (跻身“中国创新百强区”, 位居“赛迪幸福百强区”榜首)
_WON = re.compile("获|评为|荣膺|摘得|夺得|蝉联|入围|入选|名列|授予|命名|跻身|位居|位列|跃居")
# the verbs that confer a title on what the clause is about: whatever its words, what they
# confer is a title (获评“全国县域足球典型”, 被评为全省“教育强区”). 入选 and 获批 are left out:
# a place also enters or is granted a programme (入选国家“双高计划”)
_CONFERRED = re.compile("获评|评为|荣获|荣膺|授予|命名")
# what follows a title conferred: the end of the clause or the next title of a list (、“…”,
# 和, 等); a noun after the quote is the title, and the quote a programme it names
# (获评“三全育人”建设试验区)
_TITLE_ENDS = re.compile("[，。；！？、,;!?]|和|等|及|与|“|$")
# nouns right after the closing quote that make it a title conferred: “全国文明校园”称号
_HONOUR_HEADS = ("奖", "大奖", "金奖", "银奖", "铜奖", "一等奖", "二等奖", "三等奖", "特等奖", "奖项",
                 "称号", "荣誉", "殊荣", "典型案例",
                 # a place or a medal won in a contest (比武“警戒巡逻行动”第一名, 首届“县BA”冠军):
                 # the quotation names the event or the discipline, no policy
                 "第一名", "第二名", "第三名", "冠军", "亚军", "季军", "金牌", "银牌", "铜牌")
# the honours conferred on products and brands, won whatever the clause says (新增“中国驰名商标”4件)
_PRODUCT_HONOUR = re.compile("(?:名牌|名牌产品|驰名商标|著名商标)$")
# words of praise that make a title of a ranking or a list of honours: the best, the most
# welcome, the top ten (中国最受农民工欢迎的十大城市, 中国十佳绿色城市)
_PRAISE = re.compile("最佳|最具|最受|最懂|十佳|百佳")


# what a year dates without making it one edition: a programme (“2025绿色行动”) or a plan's
# horizon (“2035远景目标”)
_DATED_PLANS = (*PROGRAMME_HEADS, "规划", "纲要", "目标", "愿景")
_YEAR = re.compile("^(?:19|20)[0-9]{2}(?:[—–-](?:19|20)[0-9]{2})?(?:年度|年)?(?=[^0-9])")  # the year of an award's title counts nothing


def names_honour(term: str, before: str = "", after: str = "") -> bool:
    """Whether a quoted title reports an award, an honour or a contest won rather than names a
    policy: a title of that kind (大鹏生态文学奖, 创客大赛) in a clause that says it was won
    (`before`: 荣获, 被评为), a title followed by the noun of a title conferred (`after`:
    “全国一级经侦大队”称号), or a title of praise (中国最佳旅游城市). The awards and contests a
    government runs are its programmes (设立“福田杰出人才奖”, 举办“深创赛”), and names with a
    number stay names (“五个一工程”奖, “2023冰雪旅游城市十二佳”称号), but not for a year
    (“2022地方政府创新”奖), and a title that opens with its year is that year's edition of an
    event, a list or an award (“2023深圳龙岗半程马拉松”, “2021福田文化菜单”, “2022低碳榜样”),
    unless it names a programme or a plan (…行动, …目标) or is national shorthand.

    >>> names_honour("吴文俊人工智能科学技术奖", "辖区企业摘获全国智能科学技术最高奖"), names_honour("福田杰出人才奖", "设立")
    (True, False)
    >>> names_honour("全国文明校园", after="称号。"), names_honour("五个一工程", "获", "奖"), names_honour("最懂年轻人")
    (True, False, True)
    >>> names_honour("警戒巡逻行动", "获全省民兵比武", "第一名"), names_honour("县BA", "荣获全国首届", "冠军、")
    (True, True)
    >>> names_honour("2022地方政府创新", "获评", "奖"), names_honour("2023冰雪旅游城市十二佳", "荣获", "称号")
    (True, False)
    """
    undated = _YEAR.sub("", term)
    if is_numbered(term) and (undated == term or has_numeral(_RANKING.sub("", undated))):
        return False
    won = len(term) > 2 and _HONOUR_TITLE.search(term) is not None and _WON.search(before) is not None
    edition = undated != term and not term.endswith(_DATED_PLANS) and not is_national(term)
    return (won or edition or _conferred(term, before, after) or _PRODUCT_HONOUR.search(term) is not None
            or after.startswith(_HONOUR_HEADS) or _PRAISE.search(term) is not None)


def _conferred(term: str, before: str, after: str) -> bool:
    """A title a verb of conferring puts at the end of its clause (获评首批“全国县域足球典型”。), unless
    it names a programme (…计划, …工程) or is national shorthand, a term whatever the clause.

    >>> _conferred("全国县域足球典型", "获评首批", "。"), _conferred("三全育人", "获评全省首批", "建设试验区")
    (True, False)
    """
    return (_CONFERRED.search(before) is not None and _TITLE_ENDS.match(after) is not None
            and not term.endswith(_PROGRAMME_ENDINGS) and not is_national(term))


# a date or a number quoted right before the noun of an incident: a disaster, an accident, a
# criminal case, named by its date or its file number (“12·20”特别重大滑坡事故, “705”特大贩毒案,
# “9.11”事件), with a word of severity and a few words of its kind between. 案 of a plan, a
# record or a case study (方案, 备案, 案例) is no case, and a count between sums up dates listed
# (“7・13”“7・19”两次特大洪涝灾害), it names none of them
_DATE_OR_NUMBER = re.compile(r"[0-9]+(?:[·・.\-—－][0-9]+)*")
_INCIDENT = re.compile(f"(?:特别重大|极端特大|重大|特大|较大|区域性|流域性)?(?:(?![{NUMERALS}])[\u4e00-\u9fff]){{0,6}}?"
                       "(?:(?<![方预提档议草图备答])案(?!例)|事故|事件|火灾|灾害|暴雨|洪水|疫情|地震|台风|滑坡|垮塌|坍塌|爆炸)")


def names_incident(term: str, after: str) -> bool:
    """Whether a quoted date or number names one incident by the words after it: a disaster,
    an accident or a case is something that happened once, no policy.

    >>> names_incident("12·20", "特别重大滑坡事故"), names_incident("705", "特大贩毒案"), names_incident("12345", "热线服务案例")
    (True, True, False)
    """
    return _DATE_OR_NUMBER.fullmatch(term) is not None and _INCIDENT.match(after) is not None


# jieba's tags of the everyday words a period is said of: nouns, verbs, verb-nouns and words of
# place (窗口); a quality before 期 may name a legal period (冷静期)
_SAID_OF = ("n", "v", "vn", "s")


def _period(term: str) -> bool:
    """“黄金期”, “挑战期”, “信心增强期”, “窗口机遇期”: everyday words and 期 say what kind of
    time the report finds the place in, as a span of years is a time (“五年”); a programme's
    period counts (“三年攻坚期”) or is a phrase of its own (“功成不必在我任期”).

    >>> [_period(t) for t in ["黄金期", "信心增强期", "窗口机遇期", "功成不必在我任期", "冷静期", "三年攻坚期"]]
    [True, True, True, False, False, False]
    """
    if not term.endswith("期") or has_numeral(term) or len(term) < 3:
        return False
    return all(len(w.word) >= 2 and w.flag.startswith(_SAID_OF) and word_frequency(w.word) >= _ORDINARY
               for w in jieba().posseg.lcut(term[:-1], HMM=False))


def _power(term: str) -> bool:
    """“生活安居力”, “梦想吸引力”, “制度保证执行力”, “绿电引力”: dictionary words and a noun of
    force (力, 吸引力, 执行力) say how strongly a place draws or a body acts, a quality, not a
    name; a relay (“青蓝接力”, 接力 a verb) names a programme, counted forces stay (“两大动力”)
    and so does national shorthand (新质生产力, 软实力), which `is_term` asks first.

    >>> [_power(t) for t in ["生活安居力", "兴趣向往力", "梦想吸引力", "绿电引力", "青蓝接力", "两大动力", "活力"]]
    [True, True, True, True, False, False, False]
    """
    if not term.endswith("力") or has_numeral(term) or _PARTS.search(term):
        return False
    *before, last = jieba().posseg.lcut(term, HMM=False)
    return ((last.word == "力" or last.flag.startswith("n")) and len(term) - len(last.word) >= 2
            and all(word_frequency(w.word) > 0 for w in before))


# what a place or a quality is said to show or contribute: its contribution (作出“福田贡献”), its
# sense of duty (彰显“光明担当”), its conduct (“光明作风”), the benchmark it sets (“深圳标杆”), its
# force (“硬核力量”), the strength or depth a country's machines show (“中国强度”, “中国深度”)
_SHOWN = ("贡献", "担当", "作风", "标杆", "力量", "强度", "深度")


def _shown(term: str) -> bool:
    """A two-character word and a noun of what it shows (“福田贡献”, “光明担当”, “硬核力量”): a
    figure of the genre's praise, as “深圳速度” is; a longer name that sets a benchmark is a
    designation (“民生幸福标杆”), and a place's way of working that others copy is a model
    (“枫桥经验”, “福田经验”).

    >>> [_shown(t) for t in ["福田贡献", "光明担当", "中国深度", "民生幸福标杆", "福田经验"]]
    [True, True, True, False, False]
    """
    return len(term) == 4 and term.endswith(_SHOWN) and word_frequency(term[:2]) > 0


# the weather and the rains a report prepares the place for: a natural phenomenon, no programme
_WEATHER = frozenset("天气 雨带 降雨 强降雨 暴雨 梅雨 寒潮 台风 冰冻 干旱 洪水 强对流".split())
_WEATHER_WORD = re.compile("|".join(sorted(_WEATHER)))  # one scan for any of them


def _weather(term: str) -> bool:
    """“强对流天气”, “雨带北抬”: weather the report watches for (监测防控, 灾害防御) is a natural
    phenomenon, not a name; a programme against it ends on its own noun (“台风”专项行动 is
    judged on 台风 alone, a word of two characters).

    >>> _weather("强对流天气"), _weather("雨带北抬"), _weather("雪亮工程")
    (True, True, False)
    """
    if not _WEATHER_WORD.search(term):  # most terms: no segmenting needed to tell
        return False
    return not term.endswith(_PROGRAMME_ENDINGS) and any(w in _WEATHER for w in jieba().lcut(term, HMM=False))


_NOT_A_TERM = (
    _too_short, _list_label, _record, _quoted_sentence, _new_plus_word, _nickname, _description, _ordinary_words,
    _figure_of_speech, _goal, _manner, _mirrored_parts, _manner_adverbial, _predicate, _with_particle,
    _degree, _zero_tally, _quality, _magnitude, _potential_complement,
    _reduplicated, _levels, _target, _process, _years, _period, _power, _shown, _weather,
)
