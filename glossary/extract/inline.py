"""Definitions the body gives (`how: inline`), verbatim: what a report says a term means where
it uses it, for the many reports without a 名词解释 section.

Reports spell their coinages out in a few set ways, each tried at a term's first occurrences:
- an explanation right after the term: “双创”（大众创业、万众创新）, “X”，即…, X是指…, X就是…,
  EDI（远程数据交换系统）, or after the kind of thing a count sums up: “九个坚持”重大原则，即…;
- the items a count promises, listed right before it: 创新、协调、绿色、开放、共享五大发展理念;
- the items enumerated right after it: “八大民生行动”……一是…二是…, or numbered paragraphs
  (1.… 2.…) under a heading that names it; of counts announced together (“五大战略”、“五个新
  突破”), the clause of each point that names the term's head word;
- the items as the leads of the following sentences, each ending in the term's head noun:
  抓好“三条线”。做强主粮加工线。…做大肉乳加工线。… (joined with ……);
- a slogan's characters as the ends of quoted phrases of one sentence nearby: “经济强”…、
  “百姓富”…、“环境美”…、“社会文明程度高”… spell out “强富美高”;
- the items as the parts, between semicolons, of the sentence it heads: 实现“三个提高”。居民
  收入…提高到3.63万元；最低工资标准…提高到1320元；最低生活保障标准…提高到510元。
A numbered term takes a list only when the number of items agrees with its numeral (四乱
needs four): that agreement is what tells a definition from a list that merely stands nearby.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator

from ..keys import unquote
from ..language import jieba, lexicon_meanings
from ..model import Occurrence
from .counts import LONGEST_LISTED_ITEM, counted_items, numeral_total, split_items
from .judge import is_national
from .sentences import last_of

__all__ = ["body_definition"]

# a report defines a term where it introduces it: later occurrences only repeat the name, and
# looking at every one of them would cost a scan per occurrence on a 100 MB report
_FIRST_OCCURRENCES = 8
_CLAUSE_BREAK = "，。；：！？,;:!?\n（）()"
_SENTENCE_BREAK = "。；！？;!?\n"
_EXPLAINS = r"(?:[，,]\s*(?:即|也就是)(?![将时可使便])|[，,]?\s*(?:是指|指的是|就是))[：:，,]?"
_EXPLANATION = re.compile(_EXPLAINS + r"([^。；;！？!?\n]{2,80})(?=[。；;！？!?\n]|$)")
# “四个基本”就是甲、乙、丙、丁，力求…: the first clause of a longer explanation, taken when it
# lists as many items as the numeral says
_EXPLAINED_LIST = re.compile(_EXPLAINS + r"([^，,。；;！？!?\n]{2,80})(?=[，,])")
_BRACKETED = re.compile(r"[（(]([^（）()\n]{2,80})[）)]")
_NOT_EXPLANATIONS = re.compile(r"^(?:以下)?简称|^含|^包括|^不含|^如|^\d|^[A-Za-z]|[：:]")  # 牵头单位：教育厅
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SPREAD = "……"
_CHINESE_NUMBERS = "一二三四五六七八九十"
_QUOTES = "“”‘’「」『』\"＂"


def body_definition(text: str, occurrences: list[Occurrence], section: str = "") -> str | None:
    """What the body says one term means at one of its first occurrences, verbatim; None when
    it says nothing the genre's habits recognise, or when the report gives a numbered name to
    two things: it spells it out twice as two different lists (“十大项目” of roads, then of
    culture), or names it elsewhere, in the body or in its 名词解释 `section`, after a topic
    of its own (稳增提质“十大行动”, then 示范区创新发展“十大行动”). Either list would tell the
    reader of the other's places a wrong meaning, and one report keeps one definition."""
    national = bool(occurrences) and is_national(occurrences[0].term)
    found = defining = None
    for at, occ in enumerate(occurrences[:_FIRST_OCCURRENCES]):
        definition = _defined_at(text, occ, national)
        if definition and found is None:
            if at > 0 and _another_sense(occ.term, definition):
                return None
            found, defining = definition, occ
            if numeral_total(occ.term) is None:
                return found
        elif definition and not _same_list(found, definition):
            return None
    if found and defining and _named_otherwise(text, defining, found, section):
        return None
    return found


def _named_otherwise(text: str, defining: Occurrence, definition: str, section: str) -> bool:
    """Another use of the name, in the body or the 名词解释 section, after a topic that neither the
    definition nor the words before its own use share (碳达峰“十大工程” where the list was of
    产业能级跃升…; 以水资源、…、水文化“五位一体”为理念 where it was of 社区党建标准化…): one
    report's name for a second thing. A topic repeated in other words (职能和作风“两个转变” for
    推进政府职能转变……推进政府作风转变) shares most of its words."""
    known = definition + _topic(text, defining.start)
    others = [(where, start) for where in (text, section) for start in _named_at(where, defining.term)]
    for where, start in others:
        if where is text and defining.start <= start < defining.end:
            continue
        words = [w for w in jieba().lcut(_topic(where, start)) if len(w) >= 2 and not _SCOPE.fullmatch(w)]
        if words and sum(word not in known for word in words) * 2 > len(words):
            return True
    return False


def _named_at(text: str, term: str) -> Iterator[int]:
    """Where `text` says `term` as a name of its own, not the tail of a larger count (十大工程 of
    二十大工程); found by str.find, as a pattern compiled per term costs more than the scan."""
    start = text.find(term)
    while start >= 0:
        counted = start > 0 and (text[start - 1] in _CHINESE_NUMBERS + "两" or text[start - 1].isdecimal())
        if not counted:
            yield start
        start = text.find(term, start + (1 if counted else len(term)))


def _topic(text: str, start: int) -> str:
    """The noun phrase written right before the name at `start` (an opening quotation mark
    skipped): nouns, places and the marks and conjunctions of a list of them, back to the first
    other word; a verb stays after a noun, as jieba cuts compounds (示范区|创新|发展, 碳|排放,
    医养|结合); '' when none. The genre's adverbs of effort, which jieba tags as nouns (全力,
    着力, 高标准), and its verbs of action end it."""
    if start > 0 and text[start - 1] in _OPENING_QUOTES:
        start -= 1
    opening = start
    while opening > 0 and text[opening - 1] not in _CLAUSE_BREAK + _QUOTES and start - opening < 2 * LONGEST_LISTED_ITEM:
        opening -= 1
    words = list(jieba().posseg.cut(text[opening:start]))
    taken = 0
    for i in range(len(words) - 1, -1, -1):
        word, flag = words[i].word, words[i].flag
        before = words[i - 1] if i > 0 else None
        nominal = flag[0] in "njf" or flag in ("b", "vn")
        listed = 0 < taken and before is not None and word in ("、", "和", "及", "与")
        compound = flag == "v" and len(word) >= 2 and before is not None and before.flag[0] in "nj"
        if not (nominal or listed or compound) or word in _EFFORT or _adverb_and_verb(word) \
                or (word in _ACTIONS and flag != "vn"):
            break
        taken += 1
    phrase = words[len(words) - taken:]
    named = any(w.flag[0] in "nj" and (len(w.word) >= 2 or (after is not None and after.flag == "v"))
                for w, after in zip(phrase, [*phrase[1:], None], strict=False))
    return "".join(w.word for w in phrase) if named else ""  # not 力|建设 of 举全区之力建设


def _another_sense(term: str, definition: str) -> bool:
    """National shorthand that a report first uses bare, in its national sense (统筹推进“五位一体”
    总体布局), then spells out as a list of its own that shares nothing with that sense (建筑、产业、
    生活、公共和地下等空间“五位一体”): the report gives the name two senses, and the list would tell
    the reader of its first use a wrong meaning. Only a count's items can be another sense: a
    slogan spelled out by its own characters (“放管服”…更加彻底地“放”…) is that name's sense."""
    meaning = lexicon_meanings().get(term)
    return bool(meaning) and numeral_total(term) is not None and not _same_list(meaning, definition)


def _defined_at(text: str, occ: Occurrence, national: bool) -> str | None:
    """What the body says the term means at one occurrence, by the first of the genre's ways that reads it."""
    if not occ.quoted and _MEASURED.fullmatch(occ.term):
        return None  # 引进吕思清、王皓、郑洁三名文体英才: a numeral and a measure word count what follows
    total = numeral_total(occ.term)
    for find in (_explained_after, _kind_then_items, _counted_after, _listed_before, _enumerated_after, _paired_points,
                 _headed_after, _parted_after, _clauses_after, _spelled_after, _spelled_nearby):
        if national and find in _BESIDE_THE_NAME and _longer_name(occ):
            continue  # a “双碳”云脑平台 is a local thing named after 双碳: what is said of it is not what 双碳 means
        definition = find(text, occ, total)
        if definition:
            return definition
    return None


def _same_list(first: str, other: str) -> bool:
    """Two spellings of one list: an item of either stands in the other (甲、乙、丙 and 一是甲…二是乙…)."""
    return any(item.strip() in other for item in split_items(first)) \
        or any(item.strip() in first for item in split_items(other))


_MEASURED = re.compile(f"[{_CHINESE_NUMBERS}两]+[名位个家项条]")


def _longer_name(occ: Occurrence) -> bool:
    """The term written inside a longer name, with a head noun or a qualifier: “双碳”云脑平台."""
    return unquote(occ.surface) != occ.term


def _explained_after(text: str, occ: Occurrence, total: int | None) -> str | None:
    """“双创”（大众创业、万众创新）, “X”，即…, X是指…: the words right after the term; of a
    numbered term, the first clause when it lists all the items (“四个基本”就是甲、乙、丙、丁，力求…)."""
    after = text[occ.end:occ.end + 90]
    bracketed = _BRACKETED.match(after)
    match = bracketed or _EXPLANATION.match(after) or (_EXPLAINED_LIST.match(after) if total else None)
    if not match:
        return None
    definition = match.group(1).strip()
    if _NOT_EXPLANATIONS.search(definition) or len(_CJK.findall(definition)) < 2 or _unbalanced(definition):
        return None
    if len(split_items(definition)) != (total or len(split_items(definition))) or (
            bracketed is not None and total is None and len(split_items(definition)) < 2
            and not _ABBREVIATION.fullmatch(occ.term)):
        return None  # a bracket after a slogan is mostly a qualifier: “村BA”（南部赛区）; after a foreign
        # abbreviation it is its Chinese name: EDI（远程数据交换系统）, PM2.5(细颗粒物)
    return definition


_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:\d+(?:\.\d+)?)?")
# “九个坚持”重大原则，即坚持…、坚持…: the kind of thing the count sums up (原则, 要求), then 即 and the items
_KIND_THEN_ITEMS = re.compile(r"[\u4e00-\u9fff]{1,4}[，,]\s*(?:即|也就是)[：:]?([^。；;！？!?\n]{2,400})(?=[。；;！？!?\n]|$)")


def _kind_then_items(text: str, occ: Occurrence, total: int | None) -> str | None:
    """“九个坚持”重大原则，即坚持党的全面领导、…、坚持有效市场和有为政府相结合。: a count, the
    kind of thing it sums up, then 即 and the rest of the sentence: its items, as many as the
    numeral says (of many, 和 within the last joins the words of that item)."""
    if not total or total < 2:
        return None
    match = _KIND_THEN_ITEMS.match(text, occ.end)
    if not match:
        return None
    definition = match.group(1).strip()
    items = counted_items(definition, total)
    if len(items) != total or any(len(item) > LONGEST_LISTED_ITEM for item in items):
        return None
    return definition


_PART = re.compile(f"[{_CHINESE_NUMBERS}两双]+[大个项条张类种支座片根块]?([\u4e00-\u9fff]{{2,6}})")


def _unbalanced(definition: str) -> bool:
    """A closing quote before any opening one: the match began inside a quotation."""
    closing = min((definition.find(m) for m in "”’」』" if m in definition), default=-1)
    opening = min((definition.find(m) for m in "“‘「『" if m in definition), default=len(definition))
    return closing >= 0 and closing < opening


def _counted_after(text: str, occ: Occurrence, total: int | None) -> str | None:
    """“一个中心、四个基地”，加快建设…省域副中心，着力培育…化工产业基地、…清洁能源基地: the
    sentence after the term names each part's head noun as often as its numeral says."""
    if not total:
        return None
    parts = [(numeral_total(p.group()), p.group(1)) for p in _PART.finditer(occ.term)]
    if not parts or "".join(p.group() for p in _PART.finditer(occ.term)) != re.sub(r"[、，,]", "", occ.term):
        return None
    if not text.startswith(("，", ",", "：", ":"), occ.end):
        return None
    sentence = text[occ.end + 1:_sentence_end(text, occ.end + 1)]
    if not all(_ending_items(sentence, head) == sentence.count(head) == count for count, head in parts):
        return None  # each part's head ends an item: …省域副中心，…化工产业基地、…
    last = max(sentence.rfind(head) + len(head) for _count, head in parts)
    while last < len(sentence) and sentence[last] not in _CLAUSE_BREAK:
        last += 1  # to the end of the clause that names the last part
    return sentence[:last].strip() if last <= 40 * total else None


_ITEM_ENDS = "、，,；;和及"


def _ending_items(sentence: str, head: str) -> int:
    """How many times `head` ends an item of the sentence (an item mark, 和 or 及, or the
    sentence's end after it), counted as a search left to right counts them: found with
    str.find, as a pattern for each head would be compiled once per call."""
    count, at = 0, sentence.find(head)
    while at >= 0:
        after = at + len(head)
        if after == len(sentence) or sentence[after] in _ITEM_ENDS:
            count += 1
            at = sentence.find(head, after)
        else:
            at = sentence.find(head, at + 1)
    return count


_QUOTED_LIST = re.compile("“([^“”]+)”$")
_SCOPE = re.compile("全[国省市县区]|国家|[省市县区]级")
_LEVELS = re.compile(f"[{_CHINESE_NUMBERS}两]+级")
# a count: 八大行业, 2家; not a code with a digit (5G网络, PM2.5)
_COUNTED = re.compile(f"\\d+[大个项条类种家所座批]|[{_CHINESE_NUMBERS}两]+[大个项条类种家]")
# a quotation that is an item by itself, not a name inside a longer item (“平急两用”公共基础设施建设)
_QUOTED_ITEM = re.compile("[”’」』\"＂](?:[、，,和及与]|$)")


def _listed_before(text: str, occ: Occurrence, total: int | None) -> str | None:
    """创新、协调、绿色、开放、共享五大发展理念; 供热能力和供热质量“双提升”."""
    if not total or total < 2 or set(re.findall(f"[{_CHINESE_NUMBERS}两双]", occ.term)) == {"一"}:
        return None  # 一带一路, 一老一小 name their items themselves
    start = occ.start
    while start > 0 and text[start - 1] not in _CLAUSE_BREAK and occ.start - start < total * LONGEST_LISTED_ITEM:
        start -= 1
    if start > 0 and text[start - 1] in "）)" and not _HEADING_NUMBER.search(text, max(0, start - 8), start):
        return None  # 39家百货商场（商业综合体）消防专项整治、…: a bracket inside the first item, which starts before it
    closed = text[start:occ.start].endswith("等")  # 甲、乙、丙等“三大工程”: 等 closes the list the count sums up
    quote_closed = _quoted_after_list(text, start, occ, total)
    listed = re.sub("[等的]$", "", text[start:occ.start])  # 甲、乙、丙等三大…; 拍脑袋决策、…拍屁股走人的“三拍”
    quoted_list = _QUOTED_LIST.search(listed)
    if quoted_list and not (occ.quoted and "、" not in quoted_list.group(1)):  # “两重”“两新”: two terms
        listed = quoted_list.group(1)  # 围绕“资源、客源、服务”三大要素, “智脑、智眼、智网、智体”“四智”: the items
        # quoted together right before the count, which marks them as its items whatever words they are
    else:
        quoted_list = None
    if not listed.strip() or listed[-1] in "、，,和及与" or _QUOTED_ITEM.search(listed) or _COUNTED.search(_last_item(listed)) \
            or _inside_a_quotation(listed):
        return None  # the term is the list's next item; quoted items are other terms listed alongside;
        # the term is a word of a quoted title: 被命名为新一届“全国双拥模范城（县）”;
        # a count in the last item owns the list: 中国—哈萨克斯坦草原生态修复2家“一带一路”实验室,
        # 汽车、化工等八大行业“两化融合” (in an earlier item it is that item's name: 国有企业六大优势产业提升)
    if text.startswith("、", occ.end) and not quoted_list:
        return None  # 城乡低保、残疾人两项补贴、孤儿救助标准: the term is one item of a longer list, among siblings
    paired = _paired_words(listed) if occ.quoted and total == 2 else None
    if paired:
        return paired
    items = split_items(listed)
    if total == 2 and len(items) == 1:
        items = _paired_by_yu(listed) or items
    if _continues_an_item(text, occ.end, items) or _owner(items[-1]) or _spelled_in_last(items[-1], occ.term, total) \
            or _says_the_head(items, occ.term):
        return None
    if not occ.quoted and "、" not in listed and not _pair(items, occ.term, total):
        return None  # 畅通国内大循环和联通国内国际双循环: without quotes or 、, 和 joins phrases, not items
    items = counted_items(listed, total) if len(items) == total + 1 else items  # …、生物医药和高端医疗器械等十大新兴产业
    if len(items) != total or any("的" in item for item in items) or not _joined_by_words(listed, items):
        return None  # 国内大循环的重要节点、国内国际双循环: modifiers, not named items
    if _LEVELS.match(occ.term) and any(_has_verb(item) for item in items):
        return None  # 实施区领导定期调度、挂点服务企业、重点项目三级协调机制: a count of 级 names tiers
        # (区、街道、社区三级联动), bodies or places, not the actions listed before it
    if any(_SCOPE.fullmatch(item.strip()) for item in items):
        return None  # 全国文明城市、全国|双拥模范城: a scope word is no item, the list is of titles
    if any(listed.endswith(title) for title in _TITLES):
        return None  # 三家医院获评“三甲”: a title the items won, not what the term means
    tail = _predicate(items[-1])
    predicate = items[-1][len(items[-1]) - tail:]
    if tail:
        items[-1] = items[-1][:-tail]
    lead = _lead_in(items[0])
    lead += _verb_before_item(items[0][lead:], items[1:])
    lead += _subject_and_verb_end(items[0][lead:])
    lead = _quoted_start(items, lead)
    if predicate in _PREDICATES and _has_verb(items[0][:lead]):
        return None  # 开展甲提质、…、品质消费全域创建“五大行动”: the clause has its verb, so the last word
        # may be the item's own (创建) as well as a predicate (实现); which one, nothing tells
    if _cuts_a_shared_start(items, lead):
        return None  # 落实一集群一平台、一政策、一园区、一批链主企业的“四个一”: where the first item starts is unclear
    items[0] = items[0][lead:]
    alike = _parallel(items) or _parallel_but_head(items) or _parallel_but_topic(items) or (
        (closed or (quote_closed and lead > 0)) and _item_sized(items))  # a start the lead shows
    if not alike or (all(_is_verb(i) for i in items) and not quoted_list) or any(
            jieba().lcut(item)[0] in _PREDICATES for item in items[1:]) or _subject_and_verb(items[0]):
        return None  # 坚持和落实“两个毫不动摇”, …信息系统、实现居民健康档案“一人一档”: actions, not items
    return listed[lead:len(listed) - tail]


_HEADING_NUMBER = re.compile(f"[（(](?:[{_CHINESE_NUMBERS}]+|\\d+)[）)]$")  # （四）坚持…双轮驱动: a heading's number


def _quoted_start(items: list[str], lead: int) -> int:
    """Where the first item begins when every other item opens with a quoted name (推出全国首个区县级
    防疫惠企政策|“福企”十一条、“福企”新十条、“1+9+N”产业资金政策“三部曲”): items of one list are
    alike in form, so the first opens with its quotation too and the words before it are the clause's."""
    if len(items) < 2 or not all(item.lstrip().startswith(tuple(_OPENING_QUOTES)) for item in items[1:]):
        return lead
    opening = max(items[0].rfind(mark) for mark in _OPENING_QUOTES)
    return max(lead, opening)


def _quoted_after_list(text: str, start: int, occ: Occurrence, total: int) -> bool:
    """A report's own quoted count of three or more set right after a list joined by 、 (力争做到全年
    会议、文件、评比表彰活动“三减少”): the quotation marks close the list as 等 does, and a count
    that agrees with three items or more is no chance; where the list starts, the words of the
    clause cut off before its first item (力争做到) must show. Not national shorthand, whose items are
    fixed: a list of unlike things before it is one it stands in (落实财政资金统筹、零基预算改革、基层“三保”)."""
    return occ.quoted and total >= 3 and "、" in text[start:occ.start] and text[occ.start - 1] not in _QUOTES \
        and not is_national(occ.term)


def _item_sized(items: list[str]) -> bool:
    """Items of a list closed by 等, or by a quoted count, before a count that agrees with them need
    not be alike in length (保障性住房建设、“平急两用”公共基础设施建设、城中村改造等“三大工程”): 等
    or the quotation and the count together mark where the list ends and that it is whole; each
    must still be no longer than an item."""
    return all(2 <= len(item.strip()) <= LONGEST_LISTED_ITEM for item in items)


def _cuts_a_shared_start(items: list[str], lead: int) -> bool:
    """The clause's lead, as cut, ends in the characters every other item starts with (落实一|集群…
    before 一政策、一园区): they are the items' own, so the first item begins somewhere in the lead."""
    shared = os.path.commonprefix(items[1:])
    return bool(shared) and lead >= len(shared) and items[0][lead - len(shared):lead] == shared


def _subject_and_verb_end(first_item: str) -> int:
    """Characters of a clause that opens the list with its subject, an adverb and its verb:
    光明新区|始终|坚持|绿色低碳、园区集聚…“五大发展战略”. The verb is one of the genre's verbs of
    government action, and only an adverb stands between it and a subject of one noun, so what
    follows it is the first item."""
    words = list(jieba().posseg.cut(first_item))
    for i, w in enumerate(words[1:-1], 1):
        if w.flag == "v" and (w.word in _CLAUSE_VERBS or w.word in _PREDICATES):
            before = words[:i]
            nouns = [b for b in before if b.flag.startswith("n")]
            others = [b for b in before if not b.flag.startswith("n")]
            if not (1 <= len(nouns) <= 2 and all(b.flag in ("d", "ad") for b in others)):
                return 0
            end = i + 1
            while end < len(words) - 1 and words[end].flag in ("ul", "uz", "ug"):
                end += 1  # 完成|了: the verb's particle
            return sum(len(b.word) for b in words[:end])
    return 0


def _subject_and_verb(first_item: str) -> bool:
    """合作区|形成|世界500强研发中心: the clause's verb, with its subject before it, still stands in
    the first item, which is thus no item but the clause that opens the list."""
    words = list(jieba().posseg.cut(first_item))[1:-1]  # 高质量|发展|水平: a noun-verb (vn) names the item
    return any(w.flag == "v" and (w.word in _CLAUSE_VERBS or w.word in _PREDICATES) for w in words)


def _continues_an_item(text: str, end: int, items: list[str]) -> bool:
    """最低工资标准、残疾人“两项补贴”标准: the word after the term ends an earlier item too, so
    the items are alike phrases (…标准、…标准) and the term only qualifies the last one."""
    run = re.match(r"[\u4e00-\u9fff]{2,8}", text[end:end + 8])
    word = jieba().lcut(run.group())[0] if run else ""
    return len(word) >= 2 and any(item.endswith(word) for item in items[:-1])


# people a programme is for: a list ending in them says whose the term's things are
_PEOPLE = ("残疾人", "老年人", "妇女", "儿童", "老人", "群众", "学生", "农民", "职工", "居民", "人员", "家庭", "青年", "人群")


def _owner(last_item: str) -> bool:
    """落实老年人免费体检、适龄妇女“两癌”筛查; 城乡低保、残疾人“两项补贴”: the last item names the
    people the term is for (its name begins with them), so the list is of services, not its parts."""
    return last_item.endswith(_PEOPLE)


def _spelled_in_last(last_item: str, term: str, total: int) -> bool:
    """珠三角水资源配置、韩江榕江练江“三江”连通: the last item alone names the term's count of
    its head character (江 three times), so it is the term spelled out and the rest its siblings."""
    head = _COUNT_PREFIX.sub("", term)
    return len(head) == 1 and last_item.count(head) == total


def _says_the_head(items: list[str], term: str) -> bool:
    """全国统一大市场循环枢纽、国内国际市场双循环支点: an item that says the term's own head word
    (循环) before a head of its own (枢纽) is a sibling named in the same words, so the list is of
    things like the term, not its parts; items that end in it name the parts (胸痛中心、卒中中心)."""
    head = _COUNT_PREFIX.sub("", term)
    return len(head) >= 2 and any(head in item[:-len(head)] for item in items)


def _has_verb(words: str) -> bool:
    return any(w.flag.startswith("v") or w.word in _CLAUSE_VERBS for w in jieba().posseg.cut(words))


def _pair(items: list[str], term: str, total: int) -> bool:
    """坚持战略性新兴产业和现代服务业双轮驱动: a two-part count after two nouns joined by 和. Verbs
    joined by 和 are one action (更好服务和融入国内国际双循环), and an item ending in the term's own
    head word is a sibling of the term, not its part (国内大循环和…国内国际双循环)."""
    head = _COUNT_PREFIX.sub("", term)[-2:]
    return (total == 2 and len(items) == 2 and len(head) == 2 and not any(item.endswith(head) for item in items)
            and all(list(jieba().posseg.cut(item))[-1].flag.startswith("n") for item in items))


_PAIRED_WORDS = re.compile(r"(([\u4e00-\u9fff])[\u4e00-\u9fff])(\2[\u4e00-\u9fff])$")


def _paired_words(listed: str) -> str | None:
    """用好国际国内“两种资源”: two words of two characters that share the first and so are a
    pair of opposites (国际国内, 线上线下, 省内省外), written together without a mark, name the
    two parts of the quoted two-part count right after them."""
    found = _PAIRED_WORDS.search(listed)
    if not found or found.group(1) == found.group(3) or jieba().lcut(listed)[-2:] != [found.group(1), found.group(3)]:
        return None  # 对口帮扶及扶贫: 扶及 is no word of the sentence
    return found.group()


def _inside_a_quotation(listed: str) -> bool:
    """More quotations opened than closed before the term: it stands inside one."""
    return sum(listed.count(m) for m in _OPENING_QUOTES) > sum(listed.count(m) for m in "”’」』") \
        or (listed.count('"') + listed.count("＂")) % 2 == 1


def _last_item(listed: str) -> str:
    """What follows the list's last 、 or ；: its last item, or its last two joined by 和."""
    return re.split("[、；;]", listed)[-1]


def _paired_by_yu(listed: str) -> list[str] | None:
    """速度与质量“双优化”, 深化改革与依法治区双轮驱动: two items joined by 与, the written
    language's 和, where jieba reads 与 as a word of its own (not 参与, 与其), and outside a
    quotation (入选“道路与桥梁工程”专业群…“双高计划”: 与 joins the words of one name)."""
    if "与" not in listed or any(mark in listed for mark in _QUOTES):
        return None  # most lists: no tagging needed to tell
    words = [w.word for w in jieba().posseg.cut(listed)]
    if words.count("与") != 1:
        return None
    at = words.index("与")
    first, second = "".join(words[:at]), "".join(words[at + 1:])
    return [first, second] if first and second else None


def _joined_by_words(listed: str, items: list[str]) -> bool:
    """和 or 及 between the last two items must be a word of its own, not part of 参与 or 和谐;
    jieba reads the two items whole (机构|和|基础设施), as a cut word (构和) misleads it."""
    if "、".join(items) == listed.replace("；", "、").replace(";", "、") or "与".join(items) == listed:
        return True
    return any(w.flag == "c" for w in jieba().posseg.cut(_last_item(listed)))


def _is_verb(item: str) -> bool:
    words = list(jieba().posseg.cut(item))
    return len(words) == 1 and words[0].flag in ("v", "vn", "a")  # jieba tags 落实 a


# words that end a list's subject and begin what is said of it: 存量案件|实现“双下降”,
# 死亡人数|同比“四下降”, 龙岗二职|创建国家级“双优”学校
_PREDICATES = frozenset("实现 保持 达到 确保 做到 推动 推进 促进 坚持 实施 开展 打好 抓好 落实 形成 完成 取得 迈向 "
                        "打造 建设 创建 持续 同比 均 提前 连续".split())  # …立案数|提前实现, …死亡人数|连续9年
# how several subjects act together, before their predicate: 济南、青岛|协同打造 (not 社会面协同管控)
_TOGETHER = frozenset("协同 共同 联合 携手 合力".split())


def _predicate(last_item: str) -> int:
    """Characters from the first such word of the last item on (乡村治理 keeps its 治理)."""
    words = [w.word for w in jieba().posseg.cut(last_item)]
    for i, word in enumerate(words[1:], 1):
        if word in _PREDICATES:
            if i > 1 and words[i - 1] in _TOGETHER:
                i -= 1
            return len(last_item) - len("".join(words[:i]))
    return 0


_MANY_ITEMS = 5


def _parallel(items: list[str]) -> bool:
    """Items of one list are alike in length: 蓝天、碧水、青山、黑土地、草原湿地, not a
    sentence that happens to contain a 、. Of many items, as many as the numeral says, which
    chance rarely gives, one may be longer than twice the shortest when it is not much longer
    than the median one (违规设置市场准入门槛、拖欠企业账款、侵害企业产权和企业家合法权益、
    涉企违规收费罚款、涉企执法检查“五个专项治理”)."""
    lengths = sorted(len(i.strip()) for i in items)
    typical = lengths[len(lengths) // 2] if len(lengths) >= _MANY_ITEMS else lengths[0]
    return lengths[0] >= 1 and lengths[-1] <= min(LONGEST_LISTED_ITEM, 2 * typical + 1)


_LONGEST_HEAD = 3  # words of a head noun the last item of a list may carry for all of them


def _parallel_but_head(items: list[str]) -> bool:
    """天府、双流国际机场: the last item carries the head noun that every item shares (天府国际机场,
    双流国际机场); without it the items are alike."""
    words = list(jieba().posseg.cut(items[-1]))
    for size in range(1, min(_LONGEST_HEAD, len(words) - 1) + 1):
        if not all(w.flag.startswith("n") for w in words[-size:]):
            break
        stem = "".join(w.word for w in words[:-size])
        if _parallel([*items[:-1], stem]):
            return True
    return False


def _parallel_but_topic(items: list[str]) -> bool:
    """大气污染降尘、减排、削峰; 儿童青少年体重、视力、心理; 煤电机组节能降耗、供热、灵活性改造:
    the first item carries the topic every item shares (大气污染降尘, 大气污染减排…), nouns,
    idioms or abbreviations by jieba (大气污染 i, 煤电 j); without it the items are alike. Only in a list of
    three or more, whose short items show the topic is no item's own: of two, the first is as
    often a longer item than a topic and a short one (中职学校提质培优工程和高职学校“双高”计划)."""
    if len(items) < 3:
        return False
    words = list(jieba().posseg.cut(items[0]))
    for size in range(1, min(_LONGEST_HEAD, len(words) - 1) + 1):
        if not all(w.flag.startswith("n") or w.flag in ("i", "j") for w in words[:size]):  # jieba: 大气污染 i, 煤电 j
            break
        stem = "".join(w.word for w in words[size:])
        if _parallel([stem, *items[1:]]):
            return True
    return False


# adverbs jieba tags as verbs; they open a clause (深入打好…), they never start a listed item
_ADVERBIAL_VERBS = frozenset("深入 持续 加快 全面 大力 积极 着力 切实 扎实 努力 全力 进一步 不断 继续 重点 协同 充分发挥".split())
# the genre's verbs (and adverbials) of government action that open a clause and never start a
# listed item, which the tag rule below misses: jieba's dictionary tags them otherwise (深化 j,
# 提质 n, 落实 a, 整治 n, 面向 n, 布局 n: 深化基层组织、基础工作、基本能力“三基”建设, 加速布局量子
# 科技、…十大未来产业), or another verb follows them (探索|建立两地协作、…四项机制, 推动|形成生活圈、
# 生态圈、生产圈); 作为 after its subject (福田|作为|全市行政、…“五大中心”)
_CLAUSE_VERBS = frozenset("深化 提质 健全 壮大 探索 落实 整治 面向 发力 聚力 集中力量 攻坚 系统 高起点 年内 推动 推进 "
                          "实施 出台 形成 打造 建设 发展 围绕 体现 统筹 引导 启动 布局 作为".split())
_LEAD_TAGS = frozenset({"p", "d", "ad", "c", "u", "ul", "uz", "ug", "r", "m", "x"})  # m: 四是; x: ** of markdown;
# ul, uz, ug: 了, 着, 过 after the verb (明确了|我市…). Not b, jieba's attributive words (公共, 总, 非法):
# they qualify the first item's noun (实现|公共文明指数、环境卫生指数), except those that rank the
# thing the count qualifies among its kind (是全省|唯一|水质、空气质量“双上升”城市: the only such city)
_RANKS = frozenset({"唯一"})
# nouns by jieba's dictionary that the genre uses as the first verb of a pair: 规划|建设铁岗、公明…
_VERB_BEFORE_VERB = frozenset({"规划"})
_OPENING_QUOTES = "“‘「『"
# adverbs of effort and manner that jieba tags as nouns (全力|打造, 高标准|打造); with the verbs
# of government action they end the phrase a name is qualified by
_EFFORT = _ADVERBIAL_VERBS | frozenset("着力 全力 大力 合力 聚力 发力 集中力量 高标准 高质量 高水平 高起点".split())
_ACTIONS = _CLAUSE_VERBS | _PREDICATES


def _adverb_and_verb(word: str) -> bool:
    """大力发展, 加快建设: an adverb and a verb that jieba's dictionary keeps as one word."""
    if len(word) < 4 or word[:2] not in _ADVERBIAL_VERBS:
        return False
    rest = list(jieba().posseg.cut(word[2:]))
    return len(rest) == 1 and (rest[0].flag in ("v", "vn") or rest[0].word in _CLAUSE_VERBS)  # 全面|落实


def _lead_in(first_item: str) -> int:
    """Characters of the clause's verb before a list's first item: 依托|能源、农产品、特色旅游,
    是全省唯一|水质、空气质量, 深入打好|蓝天; a verb that starts a compound (防范化解重大风险)
    is the item's own."""
    words = [(w.word, w.flag) for w in jieba().posseg.cut(first_item)]
    cut = 0
    for i, (word, flag) in enumerate(words[:-1]):
        # all before it stripped, the last a one-character verb: 抓|实, not 形成|轻合金
        after_verb = i > 0 and cut == sum(len(w) for w, _ in words[:i]) and len(words[i - 1][0]) == 1
        if word[0] in _OPENING_QUOTES:
            break  # a quotation opens the item: 开展|“新光明”提速
        strippable = (word in _ADVERBIAL_VERBS or word in _CLAUSE_VERBS or flag in _LEAD_TAGS or word in _RANKS
                      or re.fullmatch(r"全[省市县区国]", word) or _adverb_and_verb(word)
                      or (word in _VERB_BEFORE_VERB and words[i + 1][1].startswith("v"))
                      or (flag == "v" and words[i + 1][1] != "v" and not _name_piece(word, words[i + 1][1]))
                      or (flag == "a" and len(word) == 1 and after_verb))  # 打好, 抓实: a verb's complement
        if not strippable:
            break
        cut += len(word)
    return cut


def _name_piece(word: str, next_flag: str) -> bool:
    """磨|憨|镇: jieba cuts a name it does not know (a place, 磨憨镇) into characters and guesses
    their tags; a one-character "verb" before a bound morpheme (ng, vg: no word on its own) is a
    piece of such a name, not the clause's verb."""
    return len(word) == 1 and next_flag.endswith("g")


def _verb_before_item(first_item: str, others: list[str]) -> int:
    """Characters of a verb jieba could not tell from the item after it, where the first item
    is longer than any other and without that verb as long as they are: 促进|创新、创业、创优,
    提升|通算、智算、超算、量算 (not 坚持|统筹推进、一体: still twice as long as 一体)."""
    shortest, longest = min(len(item) for item in others), max(len(item) for item in others)
    words = list(jieba().posseg.cut(first_item))
    if len(first_item) <= longest or len(words) < 2 or not words[0].flag.startswith("v") \
            or _name_piece(words[0].word, words[1].flag):
        return 0
    rest = len(first_item) - len(words[0].word)
    return len(words[0].word) if shortest - 1 <= rest <= longest else 0


# what items win rather than make up: 三家医院获评“三甲”
_TITLES = ("获评", "评为", "入选", "获得", "荣获", "成为")


def _chinese(n: int) -> str:
    """1 → 一, 12 → 十二: how reports number their points."""
    if n <= 10:
        return _CHINESE_NUMBERS[n - 1]
    return ("" if n < 20 else _CHINESE_NUMBERS[n // 10 - 1]) + "十" + (_CHINESE_NUMBERS[n % 10 - 1] if n % 10 else "")


# enumeration styles: (marker of item n, whether the marker opens a line, the farthest the next
# marker may stand, what must follow the term); points written inline follow closely, numbered
# paragraphs may run long; digits inline (抓好“十大任务”：1.…。2.…) count only after a colon and
# within one paragraph, and dashes (——), the same for every point, only on consecutive lines
_NEXT_LINE, _SAME_LINE = 0, -1
_SCHEMES = [
    (lambda n: f"{_chinese(n)}是", False, 800, None),
    (lambda n: f"第{_chinese(n)}[，,、：:]", False, 1500, None),
    (lambda n: f"（{_chinese(n)}）|\\({_chinese(n)}\\)", True, 6000, None),
    (lambda n: f"{n}[.．、](?!\\d)", True, 6000, None),
    (lambda n: f"（{n}）|\\({n}\\)", True, 3000, None),
    (lambda n: f"(?<![\\d.．]){n}[.．](?!\\d)", False, _SAME_LINE, re.compile("[”’]?[：:]")),
    (lambda n: "——", True, _NEXT_LINE, re.compile("[”’]?[^。！？；\n]{0,30}[：:]")),
]
_FIRST_MARKER_WITHIN = 120  # characters between the term and its first point
_CHAPTER = re.compile(f"\n\\s*[{_CHINESE_NUMBERS}]+、|\n\\s*第[{_CHINESE_NUMBERS}]+部分")


def _enumerated_after(text: str, occ: Occurrence, total: int | None) -> str | None:
    """“八大助企专项”……一是金融惠企。二是…; a heading naming the term, then 1.… 2.…"""
    if not total or total < 2 or _in_a_list(text, occ):
        return None
    echoed = None  # looked up once, where the points do not follow as the genre announces them
    for marker, line_start, reach, after in _SCHEMES:
        if (line_start and not _introduces(text, occ)) or (after and not after.match(text, occ.end)):
            continue
        items = list(_points(text, occ.end, marker, line_start, reach, total))
        if len(items) == total and not (line_start and any(len(i) > _LONGEST_HEADING for i in items)):
            return _SPREAD.join(items)
        if not line_start and echoed is None:
            echoed = _echoed_below(text, occ)
        if not line_start and echoed:
            items = list(_points(text, occ.end, marker, False, reach, total, True))
            if len(items) == total and all(echoed in item for item in items):
                return _SPREAD.join(items)
    return None


def _paired_points(text: str, occ: Occurrence, total: int | None) -> str | None:
    """坚定实施“五大战略”、奋力实现“五个新突破”。⏎一是坚定实施扩大内需战略，在加快推动消费投资增长上
    实现新突破。二是…: counts announced together, whose points each name one item of every count,
    a clause apiece; of each point, the one clause that says the term's head word (战略) is its item."""
    if not total or total < 2 or not _in_a_list(text, occ):
        return None
    head = _COUNT_PREFIX.sub("", occ.term)
    marker, _line_start, reach, _after = _SCHEMES[0]  # 一是…二是…
    points = list(_points(text, occ.end, marker, False, reach, total))
    if len(head) < 2 or len(points) != total:
        return None
    items = []
    for point in points:
        saying = [clause for clause in re.split("[，,]", point) if head in clause]
        if len(saying) != 1 or saying[0] == point:
            return None  # the point is one item of one count, or says the head twice
        items.append(saying[0])
    return _SPREAD.join(items)


def _echoed_below(text: str, occ: Occurrence) -> str:
    """落实“十二个奋力推进”重点任务，实现…。⏎一是奋力推进产业振兴…二是奋力推进科教振兴…: the
    term's head words (奋力推进) when the next paragraph opens by saying them again; if each of
    its points does, they are the term's points even though the term's paragraph goes on after it."""
    head = _COUNT_PREFIX.sub("", occ.term)
    below = text.find("\n", occ.end) + 1
    return head if len(head) >= 2 and below and head in text[below:below + _FIRST_MARKER_WITHIN] else ""


_ITEM_BREAK = _SENTENCE_BREAK + "，,：:"
_NEXT_ITEM_BREAK = re.compile(f"[{re.escape(_ITEM_BREAK)}]")


def _in_a_list(text: str, occ: Occurrence) -> bool:
    """增强“四个意识”、坚定“四个自信”、做到“两个维护”: a term listed among other quoted terms
    announces none of the points that follow."""
    start = last_of(text, _ITEM_BREAK, occ.start) + 1
    end = _NEXT_ITEM_BREAK.search(text, occ.end)
    return "”、" in text[start:end.start() if end else len(text)]


_LONGEST_HEADING = 40  # characters; a numbered paragraph's lead sentence is its heading


def _introduces(text: str, occ: Occurrence) -> bool:
    """Numbered paragraphs belong to the term when it stands in their heading (（一）实施五大发展
    举措) or in a line that announces them (…抓好“三件事”：), not in any paragraph before them."""
    line_start = text.rfind("\n", 0, occ.start) + 1
    line_end = _line_end(text, occ.end)
    return line_end - line_start <= _LONGEST_HEADING or text[occ.end:line_end].rstrip().endswith(("：", ":"))


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _points(text: str, start: int, marker, line_start: bool, reach: int, total: int,
            next_paragraph: bool = False) -> Iterator[str]:
    """The points 1..total after `start`, each up to its sentence's end, or up to the comma
    before the next point where one sentence holds them all (一是…，二是…，三是…); a point
    total+1 yields one more, so that a longer enumeration does not pass for this one."""
    position, limit = start, start + _FIRST_MARKER_WITHIN
    for n in range(1, total + 2):
        found = _marker_at(marker, n, line_start).search(text, position, min(limit, len(text)))
        if not found or (n == 1 and not _close(text[start:found.start()], line_start, next_paragraph)):
            return
        if n > 1 and reach == _NEXT_LINE and text[_line_end(text, position):found.start()].strip():
            return  # the next line does not go on with the points
        chapter = _CHAPTER.search(text, position, found.start())
        if chapter and n > 1:
            return
        end = _sentence_end(text, found.end())
        if not line_start:
            following = _marker_at(marker, n + 1, False, after_comma=True).search(text, found.end(), end)
            end = following.start() if following else end
        yield text[found.start():end].strip()
        position, limit = end, {_NEXT_LINE: _line_end(text, end) + _FIRST_MARKER_WITHIN,
                                _SAME_LINE: _line_end(text, end)}.get(reach, end + reach)


@functools.cache
def _marker_at(marker, n: int, line_start: bool, after_comma: bool = False) -> re.Pattern[str]:
    """The pattern of point n of a scheme, at a line's start or anywhere, or the comma before it;
    compiled once per process (the schemes are few, points rarely past twenty)."""
    if after_comma:
        return re.compile(f"[，,](?={marker(n)})")
    prefix = r"(?:^|(?<=\n))[ \t\u3000]*" if line_start else ""
    return re.compile(prefix + f"(?:{marker(n)})")


_ANNOUNCED = re.compile("[”’]?[^。！？；\n]{0,30}[：:。]")


def _close(between: str, line_start: bool, next_paragraph: bool = False) -> bool:
    """Points written inline start in the term's paragraph, or open the next one when the term
    ends its paragraph (…抓好以下十项工作：⏎一是…; …重点推进八大改革。⏎一是…), or whatever its
    paragraph says after it when `next_paragraph`; numbered paragraphs on the next line."""
    if line_start:
        return "\n" not in between.rstrip()
    rest_of_line, newline, after = between.partition("\n")
    announced = next_paragraph or _ANNOUNCED.fullmatch(rest_of_line.rstrip()) is not None
    return not newline or (announced and not after.strip())


def _sentence_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end] not in _SENTENCE_BREAK:
        end += 1
    return end


_COUNT_PREFIX = re.compile(f"^[{_CHINESE_NUMBERS}两双]+[大个项条张类种支座片根块]?")
_FIRST_LEAD_WITHIN = 300  # characters between the term and the first sentence it heads
_NEXT_LEAD_WITHIN = 2000  # characters between two items' sentences
_SENTENCE_START = re.compile(f"(?:^|(?<=[{_SENTENCE_BREAK}]))[ \t\u3000]*")


def _headed_after(text: str, occ: Occurrence, total: int | None) -> str | None:
    """抓好“三条线”。做强主粮加工线。…做大肉乳加工线。…: the following sentences lead with
    the items, each ending in the term's head noun (线, 基地, 攻坚战, 产业集群)."""
    if not total or total < 2 or _in_a_list(text, occ):
        return None
    head = _COUNT_PREFIX.sub("", occ.term)
    if not head or not _CJK.match(head):
        return None
    for size in range(len(head), 0, -1):
        suffix = head[-size:]
        if size < min(2, len(head)):
            break
        items = _leads(text, occ.end, suffix, occ.term, total)
        if len(items) == total and len(set(items)) == total:
            return _SPREAD.join(items)
    return None


def _leads(text: str, start: int, suffix: str, term: str, total: int) -> list[str]:
    """Sentences after `start` whose first clause names an item: 新能源生产开发基地。 or
    能源产业集群要坚持…; at most total+1 of them, each near the one before."""
    items: list[str] = []
    position, limit = start, start + _FIRST_LEAD_WITHIN
    for sentence in _SENTENCE_START.finditer(text, start, min(len(text), start + _FIRST_LEAD_WITHIN + total * _NEXT_LEAD_WITHIN)):
        if sentence.end() > limit:
            break
        if sentence.end() < position:
            continue
        lead = _lead(text, sentence.end(), suffix)
        if lead and term not in lead[0] and len(lead[0]) > len(suffix):
            items.append(lead[0])
            if len(items) > total:
                break
            position, limit = lead[1], lead[1] + _NEXT_LEAD_WITHIN
    return items


_CLAUSE_RUN = re.compile(f"[^{_CLAUSE_BREAK}“”]{{0,{LONGEST_LISTED_ITEM}}}")


def _lead(text: str, start: int, suffix: str) -> tuple[str, int] | None:
    """The first clause of the sentence at `start` when it ends in `suffix` (an item of at most
    LONGEST_LISTED_ITEM characters before it), and where the clause's closing mark ends.

    The rule of the regular expression ([^clause breaks“”]{1,20}?suffix)(?:要|[clause breaks]),
    found with str.find: a corpus brings thousands of head nouns, and compiling a pattern for
    each cost more than all the searching.
    """
    # a one-character head (线) names an item only as a whole sentence: 做强主粮加工线。
    ends = _SENTENCE_BREAK if len(suffix) == 1 else "要" + _CLAUSE_BREAK
    last = _CLAUSE_RUN.match(text, start).end()  # the item may not run past its clause
    at = text.find(suffix, start + 1, last + len(suffix))
    while at >= 0:
        after = at + len(suffix)
        if after < len(text) and text[after] in ends:
            return text[start:after], after + 1
        at = text.find(suffix, at + 1, last + len(suffix))
    return None


# the rules that read what stands against the name as written: a qualifier list before it, a
# bracket after it; they describe the whole name (“双碳”云脑平台), which national shorthand, one
# meaning everywhere, does not share with a local thing named after it
_BESIDE_THE_NAME = (_explained_after, _listed_before)

_FULL_STOP = "。！？!?\n"
_SHORTEST_PREDICATE = 6  # characters between the term and the end of its clause
_LONGEST_PART_LEAD = 40  # characters of a part's lead clause; longer is prose, not an item
_SHORT_PREDICATE = re.compile(f"[^{_CLAUSE_BREAK}“”]{{0,{_SHORTEST_PREDICATE}}}[。，,：:]")


def _parted_after(text: str, occ: Occurrence, total: int | None) -> str | None:
    """——自主创新实现“四个领先”。甲，居全国前列；乙，全国领先；丙全球领先；丁居全国首位。
    抓好外贸“五新”，加快引育新主体，…；着力拓展新市场，…: the sentence that the term opens or
    that follows it falls into as many parts between semicolons as the numeral says, each led by
    an item (its first clause, or up to the clause that repeats the term's head word: 领先).
    The term announces the parts when its sentence is a short heading of them (what it says of
    the term, 协同增长, said again of each part: 利润增长6%); within its own sentence it does so
    only where each part names its head word (新主体, 新市场)."""
    if not total or total < 2 or _in_a_list(text, occ):
        return None
    predicate = _SHORT_PREDICATE.match(text, occ.end)
    if not predicate:
        return None  # the term ends its clause, or a short predicate does: “三个口袋”协同增长。
    opening = last_of(text, _FULL_STOP, occ.start) + 1
    announced = text[predicate.end() - 1] not in "，," and predicate.end() - opening <= _LONGEST_HEADING
    start = end = predicate.end()
    while end < len(text) and text[end] not in _FULL_STOP:
        end += 1
    parts = [p.strip() for p in re.split("[；;]", text[start:end])]
    if len(parts) != total or not all(parts):
        return None
    head = _COUNT_PREFIX.sub("", occ.term)
    items = [_part_lead(part, head) for part in parts]
    if any(len(item) > _LONGEST_PART_LEAD or len(_CJK.findall(item)) < 2 for item in items):
        return None
    if not announced and not all(head in item for item in items):
        return None  # 实施“三线下地”工程，全面扫除…；推进…: parts of a sentence that goes on to other work
    said = text[occ.end:predicate.end() - 1].strip(_QUOTES)
    if said and not all(jieba().lcut(said)[-1] in part for part in parts):
        return None  # “双创”氛围日益浓厚。: what is said of the term is not said of each part
    return _SPREAD.join(items)


def _clauses_after(text: str, occ: Occurrence, total: int | None) -> str | None:
    """做到“三个必须”：一般性行政开支必须压缩5%以上，公务接待费预算必须再压缩50%，…经费预算必须
    实现“零增长”。: after a colon, the sentence falls into as many clauses as the numeral says,
    each saying the term's head word (必须) again; the sentence is the definition. A comma does
    the same where a summary of results names its figures (经济指标实现“双突破”，人均GDP突破2万
    美元，出口总额突破3000亿美元。): the rest of the sentence is only the clauses that say the head."""
    head = _COUNT_PREFIX.sub("", occ.term)
    if not total or total < 2 or len(head) < 2 or not text.startswith(("：", ":", "，", ","), occ.end):
        return None
    end = occ.end + 1
    while end < len(text) and text[end] not in _FULL_STOP:
        end += 1
    sentence = text[occ.end + 1:end].strip()
    clauses = [c for c in re.split("[，,；;]", sentence) if c.strip()]
    if len(clauses) != total or not all(clause.count(head) == 1 for clause in clauses):
        return None
    return sentence


def _part_lead(part: str, head: str) -> str:
    """The first clause of a part, or the clauses up to the one that names the head word."""
    clauses = re.split("([，,：:])", part)
    lead = clauses[0]
    for i in range(0, len(clauses), 2):
        if head and head in clauses[i]:
            return "".join(clauses[:i + 1])
    return lead


_SPELLED_WITHIN = 800  # characters between the term and its first spelled-out part, and between parts


def _spelled_after(text: str, occ: Occurrence, total: int | None) -> str | None:
    """“放管服”…做到更加彻底地“放”，…做到更加有效地“管”，…做到更加优质地“服”: a slogan of a few
    characters, each quoted alone in the clauses that follow, which it spells out."""
    term = occ.term
    if total is not None or not 2 <= len(term) <= 4 or len(set(term)) != len(term) \
            or not all(_CJK.match(ch) for ch in term):
        return None
    items, position = [], occ.end
    for ch in term:
        found = text.find(f"“{ch}”", position, position + _SPELLED_WITHIN)
        if found < 0:
            return None
        start = found
        while start > 0 and text[start - 1] not in _CLAUSE_BREAK:
            start -= 1
        position = found + 3  # after “ch”
        items.append(text[start:position])
    return _SPREAD.join(items)


_SPELLED_NEARBY = 8000  # characters either side of the term where its quoted parts may stand
_QUOTED_PART = 12  # characters of one quoted part
_BETWEEN_PARTS = 30  # characters between two quoted parts of one sentence


def _spelled_nearby(text: str, occ: Occurrence, total: int | None) -> str | None:
    """“强富美高”: “经济强”的基础更加巩固、“百姓富”的成果更加丰硕、“环境美”…、“社会文明程度
    高”…: in one sentence near the term, a quoted phrase ending in each of its characters, in
    its order, which the slogan abbreviates."""
    term = occ.term
    if total is not None or not 2 <= len(term) <= 4 or len(set(term)) != len(term) \
            or not all(_CJK.match(ch) for ch in term):
        return None
    start, end = max(0, occ.start - _SPELLED_NEARBY), occ.end + _SPELLED_NEARBY
    if any(text.find(ch + "”", start, end) < 0 for ch in term):
        return None  # no quoted part can end in one of its characters: most terms, told without reading quotes
    parts = _quoted_spelling(text, term, start, end)
    if not parts or any(term in part for part in parts):
        return None  # “拔钉”行动…4个“钉子”: the term quoted again is no spelling of it
    return _SPREAD.join(parts)


# a quoted part (“经济强”) and the text before the next one, of one sentence; neither holds a
# quotation mark, so each part runs from one quotation mark to the next and the match is unique
_QUOTED_PART_AT = re.compile(f"“([^“”{_SENTENCE_BREAK}]{{2,{_QUOTED_PART + 1}}})”")
_NEXT_QUOTED_PART = re.compile(f"[^“”{_SENTENCE_BREAK}]{{0,{_BETWEEN_PARTS}}}“([^“”{_SENTENCE_BREAK}]{{2,{_QUOTED_PART + 1}}})”")


def _quoted_spelling(text: str, term: str, start: int, end: int) -> list[str] | None:
    """The first run of quoted parts between `start` and `end`, one after another in one
    sentence, the i-th ending in the term's i-th character; None when there is none."""
    opening = text.find("“", start, end)
    while opening >= 0:
        parts, position = [], opening
        for i, ch in enumerate(term):
            found = (_QUOTED_PART_AT if i == 0 else _NEXT_QUOTED_PART).match(text, position, end)
            if not found or not found.group(1).endswith(ch):
                break
            parts.append(found.group(1))
            position = found.end()
        else:
            return parts
        opening = text.find("“", opening + 1, end)
    return None

