"""The head noun that belongs to a quoted name: “双停”企业, “6411”产业体系, “1+16”工作方案."""

from __future__ import annotations

import functools
import re

from ..language import jieba

_NOUN_TAGS = ("n", "nz", "vn", "nt", "ng", "j")
# words that only ever stand before the noun they qualify, so inside a head they carry it on to
# that noun, never end it: a distinguishing adjective (高级认证, 大型安居社区, 综合开发; jieba's b)
# and the place an event or a body is named after (ATP深圳公开赛, 国际冠军杯中国赛; ns)
_MODIFIER_TAGS = ("b", "ns")
_LONGEST_HEAD = 7  # 现代化产业体系; anything longer is the rest of the sentence
_WINDOW = 12
_LONGEST_PHRASE = 10  # 社会救助帮扶体系, 基层就业服务网点: a compound name a report writes whole
# nouns that follow a quoted term in the genre without being part of its name: “六稳”工作.
# 理念 is not one: the genre names its ideas so, as it counts them (五大发展理念, “四+”理念)
GENERIC_NOUNS = frozenset(
    "工作 任务 问题 要求 精神 目标 成果 水平 能力 作用 方面 领域 建设 发展 服务 活动 "
    "政策 措施 力度 质量 效率 效果 成效 意识 责任 使命 重点 基础 关系 格局 思想 理论 局面 "
    "部署 底线 原则 标准 情况 主题 氛围 态势 管理 "
    # what a name achieved or faces: “十四五”发展成就, “效益深圳”内涵, “双碳”机遇
    "成就 成绩 步伐 动态 征程 压力 机遇 内涵 规律性".split()
)
# the kinds of programme a name can head: an action, project, plan, model, mechanism, system,
# park, reform, campaign. jieba tags several as verbs or verb-nouns (行动 vn, 联动 v, 安置 v),
# yet after a quoted name they end it: “扫楼”行动, “房票”安置, “净地”出让, “四区”联动, a way
# of developing land named by its acronym (TOD开发, EOD开发) and a certification scheme (AEO认证, GMP认证)
PROGRAMME_HEADS = frozenset(
    "行动 工程 计划 模式 机制 制度 体系 园区 专项 改革 整治 攻坚 联动 互动 安置 出让 "
    "项目 品牌 平台 企业 战略 方案 试点 认证 开发".split()
)
# what else a head noun can say a name is, besides a programme: a document (“1+3”文件), a body
# (“尖兵”专班, “雅江1号”智算中心), an application for phones (“智慧福田”APP, “i福田”小程序), a place or facility (“3+9”示范点, “X”产业园), an event (“X”集市,
# “X”大会), a layout (“一主一带”发展布局), a campaign (“五大”保卫战). After a name the report writes once, any other noun is
# the sentence going on (“福田杰出人才奖”影响, “三州”全域旅游潜力, “两污”处理率, “湘易办”用户)
KIND_HEADS = PROGRAMME_HEADS | frozenset(
    "文件 意见 办法 条例 规划 清单 名录 "
    "专班 中心 联盟 队伍 团队 基金 基金会 实验室 医院 学校 学院 "
    "产业园 科技园 公园 基地 示范区 示范点 样板 航线 线路 专线 场馆 大厦 "
    "大会 博览会 交易会 展会 峰会 运动会 文化节 旅游节 艺术节 大赛 联赛 公开赛 集市 论坛 "
    "布局 网络 路网 网点 产品 品牌 体系 系统 保卫战 攻坚战 战役 热线 APP App 小程序 公众号".split()
)
_KIND_ENDINGS = tuple(KIND_HEADS)  # str.endswith takes a tuple; made once, not on every call
# words that join a name to a programme noun: “谋治”系列专项行动; without one they are no head
# (“法援惠民生”系列活动, “滑粉雪、赏雾凇、泡温泉”系列冰雪旅游主打产品)
_LINKS = frozenset(["系列"])
# words of scope, totality, comparison and measure: jieba tags several as nouns (全部, 数量,
# 浓度; 同比 as an abbreviation), but after a name they say something of it (“双停”企业全部盘活,
# “三公”经费支出同比下降, “四上”企业数量, PM2.5浓度), they never name a kind of thing
_SCOPE = frozenset(
    "全部 全面 全体 同比 环比 累计 分别 部分 总计 合计 共计 均 "
    "数量 总数 个数 总量 总额 规模 比重 占比 比例 增速 增幅 影响力 竞争力 知名度 美誉度 "
    "浓度 均值 年均值 平均 年平均 年均 平均值 保有量 覆盖面 覆盖率 销售额 交易额 "
    # the period a name opens (“十四五”时期) and the whole area it covers (“双碳”全省), and
    # 基本, an adverb jieba tags as a noun (“1小时交通圈”基本形成)
    "时期 期间 全省 全市 全国 全区 全县 基本 "
    # what a name covers or does, said of it: the area it covers (“多田套合”面积180万亩), its
    # scope (扩大“农地入市”范围), its function or efficiency (“桥头堡”功能, “一圈一带两区”发展效能,
    # 优化“渝快办”服务质效) and the site chosen for it (GMP厂房选址): said of the noun before
    # them, which is then the object of the verb before the name, not a head of the name
    "面积 范围 功能 效能 质效 选址".split()
)
# nouns jieba tags as nouns that say what happens to a name, the start of the predicate
# after it: “政策包”落地, “6411”上线, “十五五”开局, “城市大脑”助力, “滴灌式”精准供给, the opening a
# period is to get (为“十五五”开好局、起好步: jieba holds the verb and its object as one noun), and the
# inspection a title passes (通过“义务教育发展基本均衡区”督导评估; 验收 and 复审 jieba tags as verbs)
_PREDICATES = frozenset("落地 落户 上线 开局 开好局 起好步 收官 深化 助力 精准 有所 督导".split())
# “overall” qualifies a head noun (“三公”经费总体下降) but may also begin one (“464”总体思路)
_OVERALL = frozenset(["总体", "整体"])
# and 不断 opens a predicate jieba may hold as one noun (“福田杰出人才奖”影响不断扩大)
_SCOPE_PREFIXES = ("全面", "全部", "同比", "环比", "不断")
# a count of what is applied for, granted or registered under a name measures it, like 数量: the
# head ends before it (PCT国际专利申请量 → 国际专利); jieba holds the act with the noun before it
# (专利申请), so the run is cut at the count before it is segmented
_CONJUNCTION_CHARS = frozenset("和与及或并暨")
# a numeral alone after a quotation opens the count that sums up the names before it
# (推行“放心消费”、“线下无理由退货”双承诺): it is no head of the last one
_LONE_NUMERALS = frozenset("一二三四五六七八九十两双")
_COUNT_OF_ACTS = re.compile("(?:申请|授权|注册|登记)量")


def head_noun(text: str, pos: int) -> str:
    """The nouns right after `pos` that name what the quoted term is, or ''.

    >>> head_noun("“双停”企业盘活", 4)
    '企业'
    >>> head_noun("“六稳”工作，", 4)
    ''
    >>> head_noun("“双停”企业全部盘活", 4), head_noun("“扫楼”行动，", 4)
    ('企业', '行动')
    >>> head_noun("PCT国际专利申请量达到739件", 3)
    '国际专利'
    >>> head_noun("“1+6+2”社会救助帮扶体系，", 7), head_noun("“1+11+N”基层就业服务网点。", 8)
    ('社会救助帮扶体系', '基层就业服务网点')
    """
    run = _run_after(text, pos)
    whole = pos + len(run) < len(text) and len(run) < _WINDOW  # the run ends at a mark, not the window
    return _head(_COUNT_OF_ACTS.split(_before_conjunction(run), 1)[0], whole)


@functools.lru_cache(maxsize=1 << 14)
def _head(run: str, whole: bool = False) -> str:
    """head_noun of the run after a quotation, remembered: reports put the same words after
    many quotations (“…”工作, “…”行动). `whole` says the run ends where the phrase does (at a
    punctuation mark), so a head cut inside it can be told from the whole noun phrase."""
    words = _head_words(run)
    head = "".join(w for w, _ in words)
    if _all_generic(head) or head in _LONE_NUMERALS:
        return ""
    return _whole_phrase(run, head) if whole else head


def _head_words(run: str) -> list[tuple[str, str]]:
    """The tagged words of a head noun at the start of `run`. jieba tags the words lazily, and
    most heads end after a word or two, before the words that cost jieba most (unknown ones it
    guesses by its HMM)."""
    words: list[tuple[str, str]] = []
    capped = False
    for word, flag in jieba().posseg.cut(run):
        if (_qualifier(word) or word in _PREDICATES or (words and word in _OVERALL)
                or sum(len(w) for w, _ in words) + len(word) > _LONGEST_HEAD):
            capped = not (_qualifier(word) or word in _PREDICATES or word in _OVERALL)
            break
        if not words and _names_part(word):
            break
        # a noun of a kind is a noun whatever jieba tags it (公开赛 nr)
        if flag not in _NOUN_TAGS + _MODIFIER_TAGS and word not in KIND_HEADS | _LINKS:
            break
        if words and words[-1][0] in PROGRAMME_HEADS and word not in PROGRAMME_HEADS and len(word) > 1:
            break  # a programme noun ends the name (“X”联动发展新格局), but for a suffix (“X”项目库)
        words.append((word, flag))
    # a head ends on a noun: “双停”企业, not “双停”企业盘活; a verb-noun that names a programme
    # ends it too (“扫楼”行动); a generic noun after the head is what it achieved (“三个意识”教育成果)
    while words and (words[-1][1] == "vn" and words[-1][0] not in PROGRAMME_HEADS or len(words) > 1 and words[-1][0] in GENERIC_NOUNS
                     or words[-1][1] in _MODIFIER_TAGS):
        words.pop()
    if words and words[-1][0] in _OVERALL:  # overall qualifies the noun after it (“132”总体工作部署)
        words.pop()
    link = next((i for i, (w, _) in enumerate(words) if w in _LINKS), None)
    if link is not None and not (words[-1][0] in PROGRAMME_HEADS and len(words) > link + 1):
        del words[link:]
    return _modified_kind(words, capped)


def _names_part(word: str) -> bool:
    """Whether a word right after a name says a part of what the name names: sub-projects
    (启动“智慧光明”子项目25个) make the programme up, they are not it, so they are no head of it."""
    return word.startswith("子") and (word == "子" or word[1:] in KIND_HEADS)


def _modified_kind(words: list[tuple[str, str]], capped: bool) -> list[tuple[str, str]]:
    """The head words, cut before a modifier (see _MODIFIER_TAGS) unless the head it carries on
    to is whole and names a kind: AEO高级认证, ATP深圳公开赛; not “四清两亲”新型政商 (关系 left
    off), “四位一体”新型企业 (cut short of 服务体系), 国考深圳河 (a place the sentence goes on to)."""
    first = next((i for i, (_, flag) in enumerate(words) if flag in _MODIFIER_TAGS), None)
    if first is None or (not capped and names_kind("".join(w for w, _ in words))):
        return words
    return words[:first]


def _whole_phrase(run: str, head: str) -> str:
    """The head, or the whole noun phrase it begins where the head is cut out of one.

    The genre names a programme by a long compound of nouns and verb-nouns closed by a noun of
    its kind (“1+6+2”社会救助帮扶体系, “1+11+N”基层就业服务网点); jieba tags the verbs inside it
    (帮扶, 就业) as verbs, so the scan for nouns stops at the first word (社会, 基层), the
    modifier and not the name; so does an adjective or adverb of manner inside it (“12345”政府公开
    电话系统: 公开 ad). A head that names no kind, in a run of nouns, verbs and adjectives alone (no
    numeral, particle, word of scope or predicate) that ends on a kind noun and is short enough
    to be a name, is such a modifier: the name is the whole run. The words of such a name are of
    two characters or more; a one-character verb is a clause's predicate (“四大产业集群”关键靠
    项目). The kind noun may stand before a generic noun that says what is done to the name
    (“四带六廊”生态安全网络体系建设): the name is the phrase up to it. A head that names no
    kind, cut from such a run before an adjective-noun (“两屏一带六江两溪”生态安全屏障: 安全 an),
    qualifies the phrase that runs on and is no head of the name. A head that names a kind
    (“放管服”改革激发活力) ends the name whatever follows.
    """
    if head == run or names_kind(head) or len(run) > _LONGEST_PHRASE:
        return head
    rest = list(jieba().posseg.cut(run[len(head):]))
    if all(flag[0] in "nvja" and len(w) > 1 and not _qualifier(w) and w not in _PREDICATES for w, flag in rest):
        while len(rest) > 1 and rest[-1].word in GENERIC_NOUNS:
            rest.pop()
        phrase = head + "".join(w for w, _ in rest)
        if names_kind(phrase):
            return phrase
        if rest[0].flag == "an":
            return ""
    return head


def follows_a_name(words: str) -> bool:
    """Whether `words` are all what the genre writes after a name: a head noun that says its
    kind or a generic noun (“城市管家”服务, “放管服”改革, “工业上楼”项目), not a name's own
    characters (河长 in 河长制) nor other words (护理 in “互联网+护理”).

    >>> [w for w in ["服务", "改革", "特色产业园", "制", "覆盖", "护理"] if follows_a_name(w)]
    ['服务', '改革', '特色产业园']
    """
    return len(words) >= 2 and (_all_generic(words) or names_kind(words) and head_noun(words, 0) == words)


def joins_items(text: str) -> bool:
    """Whether `text` joins two items of a list by 、 or a conjunction (和, 与, 及 as words).

    >>> joins_items("科技英才领航工程和计划"), joins_items("人大全口径、全过程监督"), joins_items("和谐社会")
    (True, True, False)
    """
    return "、" in text or _before_conjunction(text) != text


def _before_conjunction(run: str) -> str:
    """The run up to a conjunction that joins the next item of a list: the quoted name ends the
    item, and what follows 和/与/及/或 is another thing (“凤凰城”和三大基地), never its head noun.
    jieba's HMM glues the conjunction to the next word (和三大 nz), so the run is cut on the
    words of its dictionary alone."""
    if not _CONJUNCTION_CHARS.intersection(run):
        return run
    at = 0
    for word, flag in jieba().posseg.cut(run, HMM=False):
        if flag == "c" and word[0] in _CONJUNCTION_CHARS:
            return run[:at]
        at += len(word)
    return run


def noun_follows(text: str, pos: int) -> bool:
    """Whether the word right after `pos` is a noun, of any kind: a quoted word set before a
    noun labels it (“无差别”综合窗口), even where the noun is no head that belongs to the name.

    >>> noun_follows("“无差别”综合窗口", 5), noun_follows("“鱼米之乡”，努力", 6)
    (True, False)
    """
    return _noun_first(_run_after(text, pos))


@functools.lru_cache(maxsize=1 << 14)
def _noun_first(run: str) -> bool:
    """noun_follows of the run after a quotation, remembered; only its first word is tagged."""
    word = next(iter(jieba().posseg.cut(run)), None)
    return word is not None and word.flag in _NOUN_TAGS


def _run_after(text: str, pos: int) -> str:
    """The run of Han characters, letters and digits at `pos`, at most _WINDOW characters.

    jieba segments each such run on its own, and whatever ends the run (a punctuation mark, a
    space) is no noun, so a name's head noun and the noun after it are found in the run alone.
    """
    run = jieba().re_han_default.match(text, pos, pos + _WINDOW)
    return run.group() if run else ""


def _qualifier(word: str) -> bool:
    return word in _SCOPE or word.startswith(_SCOPE_PREFIXES)


def _all_generic(head: str) -> bool:
    if not head:
        return True
    return all(w in GENERIC_NOUNS for w in jieba().cut(head, HMM=False))


def names_kind(head: str) -> bool:
    """Whether a head noun says what kind of thing the name before it is (see KIND_HEADS).

    >>> names_kind("产业体系"), names_kind("文件"), names_kind("处理率"), names_kind("影响不断扩大")
    (True, True, False, False)
    """
    return head.endswith(_KIND_ENDINGS)
