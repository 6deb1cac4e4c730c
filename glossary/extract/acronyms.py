"""Latin acronyms used as names: PCT国际专利, CIM平台, TOD模式, REITs.

Reports write the acronyms of their trade in the body without explaining them, and the 名词解释
sections explain exactly those (PCT, BIM, CIM, TOD, MEMS, EOD, REITs). Which acronyms are the
trade's the batch tells: one that two reports use is a term; one that a single report writes is
as often a product, a company or a brand of its own (TBM刀具, ABS新项目, 海光MALL), so a lone
report's acronym waits until another report, or the glossary, knows it. The glossary is the one
this batch makes: the terms it had and those the batch's first pass finds (a 名词解释 item JCI), so
a second run over the same reports, whose glossary holds them, takes the same acronyms.

Not every acronym is a name. An indicator the report measures (占GDP比重, 单位GDP能耗, GDP增长7%)
is a figure, and a report that measures one anywhere uses it as no name, even one the glossary
knows (GDP, explained by one report, stays a figure in 万元GDP能耗); A repeated is a grade (AAA级,
AAAA景区); Roman numerals are a class (地表水III类); a Latin word beside another Latin word is part of an English name (COCO Park).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from ..model import Occurrence
from .heads import head_noun
from .scan import matches_from

# letters (and the & of R&D) with two capitals or more, three characters or more: shorter ones are
# the general words of technology (AI, IT, VR, IP); no letter, digit, dot, plus or hyphen on either
# side (PM2.5, F5G+5G+X and Wi-Fi are codes of their own), no Latin word a space away (COCO Park)
_ACRONYM = re.compile(r"(?<![A-Za-z0-9.+\-])(?<![A-Za-z] )(?=(?:[a-z&]*[A-Z]){2})[A-Za-z][A-Za-z&]{2,}"
                      r"(?![A-Za-z0-9.+\-])(?! [A-Za-z])")
_LETTER = re.compile("[A-Za-z]")  # where an acronym can begin (see scan)
_ROMAN = re.compile("[IVXL]+")
_GRADE = re.compile("A+")
# the words that measure an indicator, before it (单位GDP, 占GDP, 人均GDP) or after it (GDP增长,
# GDP比重, GDP的比率, GDP7.5万亿元)
_MEASURED_BEFORE = re.compile("(?:万元|人均|地均|单位|每平方公里|占|与)$")
_MEASURED_AFTER = re.compile("(?:的)?(?:[0-9]|增长|增速|增幅|比重|比率|比例|总量|占比|年均|强度|产出|能耗)")
_LOOK_BEHIND = 5


def acronyms_used(text: str) -> set[str]:
    """The acronyms a report uses as names: not measured anywhere in it, not grades nor numerals.

    >>> sorted(acronyms_used("推进CIM平台和PPP建设，AAA级景区，地表水III类，COCO Park开业，GDP增长5%，绿色GDP。"))
    ['CIM', 'PPP']
    """
    matches = list(matches_from(_ACRONYM, _LETTER, text))
    measured = {m.group() for m in matches if _measures(text, m.start(), m.end())}
    return {a for a in {m.group() for m in matches}
            if a not in measured and not _ROMAN.fullmatch(a) and not _GRADE.fullmatch(a)}


def _measures(text: str, start: int, end: int) -> bool:
    return bool(_MEASURED_BEFORE.search(text[max(0, start - _LOOK_BEHIND):start]) or _MEASURED_AFTER.match(text, end))


def shared_acronyms(uses: Iterable[set[str]], known: Iterable[str] = ()) -> set[str]:
    """The acronyms of a batch that are terms: used by two reports or more, or already known.

    >>> sorted(shared_acronyms([{"PCT", "TBM"}, {"PCT"}, {"REITs"}], known=["REITs"]))
    ['PCT', 'REITs']
    """
    reports = Counter(a for used in uses for a in used)
    return {a for a, n in reports.items() if n >= 2} | (set(reports) & set(known))


def acronym_terms(text: str, names: set[str], by: str) -> Iterator[Occurrence]:
    """The places where a report writes one of `names`, each with the head noun after it
    (CIM平台, TOD模式), marked as found `by` that name.

    >>> [o.surface for o in acronym_terms("建设CIM平台，推广TOD模式，引进TBM。", {"CIM", "TOD"}, "acronym")]
    ['CIM平台', 'TOD模式']
    """
    for match in matches_from(_ACRONYM, _LETTER, text):
        if match.group() in names:
            head = head_noun(text, match.end())
            yield Occurrence(match.group(), match.start(), match.end() + len(head), match.group() + head,
                             quoted=False, by=by)
