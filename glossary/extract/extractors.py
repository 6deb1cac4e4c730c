"""The extractors: every way a report yields candidate terms, each one function of one
signature, registered by name in one small table (as pypinyin registers its output styles).

An extractor takes a report and its word bounds (jieba's, segmented on demand and shared by
all extractors) and yields candidates: places in the body where a term stands (`Occurrence`),
or the items of the report's 名词解释 section (`GlossaryItem`; `read.sections` found where the
section is, turning its items into terms is this extractor's job). `run` marks each candidate
with the name its extractor is registered under, so what is found says how it was found.

The table's order settles overlapping finds: a quoted span wins over anything found unquoted
inside it; unquoted finds are then taken longest first, the earlier extractor first on a tie.
The built-in extractors are registered here rather than in their own modules, so that order is
one list to read. Another extractor is one more `register`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from ..language import WordBounds
from ..model import Candidate, Report
from .known import find_known, national, unmeasured
from .numbered import code_terms, count_chains, count_phrases, issued_terms, numbered_terms
from .products import product_terms
from .quotes import quoted_terms
from .sections import explained_terms
from .systems import system_terms

Extractor = Callable[[Report, WordBounds], Iterable[Candidate]]
_REGISTRY: dict[str, Extractor] = {}


def register(name: str) -> Callable[[Extractor], Extractor]:
    """Register an extractor under `name` (a decorator); registering a name again replaces the
    extractor in its place."""
    def add(extractor: Extractor) -> Extractor:
        _REGISTRY[name] = extractor
        return extractor
    return add


def names() -> tuple[str, ...]:
    """The registered extractors' names, in the order they settle overlaps.

    >>> names()
    ('quoted', 'numbered', 'count', 'code', 'product', 'system', 'national', 'glossary')
    """
    return tuple(_REGISTRY)


def run(name: str, report: Report, bounds: WordBounds) -> Iterator[Candidate]:
    """The candidates one extractor finds in a report, each marked as found by `name`."""
    for candidate in _REGISTRY[name](report, bounds):
        yield candidate if candidate.by == name else replace(candidate, by=name)


@register("quoted")
def quoted(report: Report, bounds: WordBounds) -> Iterable[Candidate]:
    """Spans in quotation marks that name a policy (“四横三纵”), with their head noun."""
    return quoted_terms(report.body)


@register("numbered")
def numbered(report: Report, bounds: WordBounds) -> Iterable[Candidate]:
    """Numbered formulas without quotation marks (两学一做, 一老一小), and chains of counts
    (一站、两委、三平台)."""
    return itertools.chain(count_chains(report.body, bounds), numbered_terms(report.body, bounds))


@register("count")
def counts(report: Report, bounds: WordBounds) -> Iterable[Candidate]:
    """Counts of programmes (五大发展举措, 十二项行动), and policies issued as a count of articles
    or a new version (出台优化营商环境20条, 推出代建制2.0版)."""
    return itertools.chain(count_phrases(report.body, bounds), issued_terms(report.body))


@register("code")
def codes(report: Report, bounds: WordBounds) -> Iterable[Candidate]:
    """Latin codes with a short number (PM2.5, O2O体验店)."""
    return code_terms(report.body)


@register("product")
def products(report: Report, bounds: WordBounds) -> Iterable[Candidate]:
    """Financial products listed by name after the verb that launches them (科技孵化贷、研发费用损失险)."""
    return product_terms(report.body)


@register("system")
def systems(report: Report, bounds: WordBounds) -> Iterable[Candidate]:
    """Systems named by 制 after the verb that introduces them (推行校长职级制, 深化代建制改革)."""
    return system_terms(report.body)


@register("national")
def national_shorthand(report: Report, bounds: WordBounds) -> Iterable[Candidate]:
    """National shorthand (三农, 新发展理念) wherever it stands, on sound boundaries, but where it
    is the subject of a proportion the report measures (普惠性幼儿园覆盖率)."""
    return unmeasured(report.body, find_known(report.body, national(), bounds, by="national"))


@register("glossary")
def glossary(report: Report, bounds: WordBounds) -> Iterable[Candidate]:
    """The items of the report's 名词解释 section, each a term with its definition verbatim."""
    return explained_terms(report)
