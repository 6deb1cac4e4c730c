"""From report text to the terms it uses: run the extractors, then group variants per report.

The extractors are registered in `extractors`, each a pure function of one signature from a
report to candidates. Two passes: the first runs them all, finding terms by their form (quotes,
numeral patterns, national shorthand) and the 名词解释 items; the second finds every term known
to the batch wherever it stands unquoted (`known`), so counts are whole and a term quoted in one
report is found in another (a coinage, not a word of the dictionary: `judge.spreads`), and the
Latin acronyms two reports of the batch use (`acronyms`). What a report says about a term comes
out as one `Found`, with the verdicts of the extractors on it: quoted or not, its kind, which extractors found it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from ..keys import key, unquote
from ..language import WordBounds, idioms, jieba, lexicon_names, word_bounds
from ..model import Found, GlossaryItem, Occurrence, Report, kind_of
from ..workers import in_two_passes
from . import extractors
from .acronyms import acronym_terms, acronyms_used, shared_acronyms
from .forms import split_headword
from .heads import noun_follows
from .inline import body_definition
from .judge import has_numeral, is_coined, is_national, quoted_for_emphasis, spreads
from .known import find_known, known_pattern, named_before_head, national, spelled_fuller
from .quotes import PAIRS
from .sentences import around, best_sentence

__all__ = ["extract_reports", "first_pass", "known_pattern", "preload"]

_LONGEST_SUFFIX = 4  # characters after a closing quote that can complete another spelling
KNOWN = "known"  # how a term of the batch found again unquoted is found (the second pass)
ACRONYM = "acronym"  # how an acronym the batch shares is found (the second pass, see acronyms)
_CLOSING_QUOTES = frozenset(PAIRS.values())


def first_pass(report: Report, bounds: WordBounds | None = None) -> tuple[list[Occurrence], list[GlossaryItem]]:
    """What the registered extractors find in a report: the occurrences found by form, quoted
    ones first and unquoted ones outside them, and the 名词解释 items."""
    bounds = word_bounds(report.body) if bounds is None else bounds
    quoted: list[Occurrence] = []
    unquoted: list[Occurrence] = []
    items: list[GlossaryItem] = []
    for name in extractors.names():
        for candidate in extractors.run(name, report, bounds):
            if isinstance(candidate, GlossaryItem):
                items.append(candidate)
            else:
                (quoted if candidate.quoted else unquoted).append(candidate)
    return quoted + _outside(unquoted, quoted), items


def preload() -> None:
    """Load what extraction reads (jieba's dictionary, the national shorthand, the lexicon's
    names) in this process, before its workers start and inherit it."""
    jieba(), idioms(), national(), lexicon_names()


def extract_reports(reports: list[Report], known: Iterable[str] = (), workers: int | None = None,
                    meanwhile: Callable[[], Any] = lambda: None) -> dict[str, list[Found]]:
    """Terms of each report, keyed by report id; `known` adds terms the glossary already has.

    Each pass treats the reports one by one, on `workers` processes (default: every core; the
    result is the same however many); `meanwhile` runs in this process while they work (what
    comes after extraction loads there, on a core that would else wait)."""
    sizes = [len(r.body) for r in reports]
    if reports:
        preload()

    def first(i: int) -> tuple[list[Occurrence], list[GlossaryItem], bytes, set[str], set[str], set[str], set[str]]:
        bounds = word_bounds(reports[i].body)  # segmented on demand, carried on to the second pass
        occurrences, explained = first_pass(reports[i], bounds)
        terms = {o.term for o in occurrences} | _whole_names(reports[i].body, occurrences, explained)
        named = terms | {item.term for item in explained}
        coined = {term for term in terms if is_coined(term)} | {item.term for item in explained}
        return (occurrences, explained, bounds.marks, acronyms_used(reports[i].body), coined, named,
                _vouched(occurrences, explained))

    def told(found: tuple) -> tuple[set[str], set[str], set[str], set[str]]:
        """What `between` needs of a first pass; the occurrences stay in the worker that found them."""
        return found[3:]

    def between(told: list[tuple[set[str], set[str], set[str], set[str]]]) -> tuple:
        coined = {term for term in known if is_coined(term)}.union(*(coined for _, coined, _, _ in told))
        vocabulary = {term for term in coined | _named_twice([named for _, _, named, _ in told]) if spreads(term)}
        held = set(known).union(*(named for _, _, named, _ in told))  # every term the glossary will hold once merged
        once.update(_quoted_once([(r.id, r.place or r.id, named, vouched) for r, (_, _, named, vouched) in zip(reports, told, strict=True)]))
        return frozenset(vocabulary), shared_acronyms((used for used, *_ in told), held)

    def second(i: int, first_found: tuple, batch: tuple) -> tuple[list[Found], set[str]]:
        (occurrences, explained, marks, used, coined, named, _), (vocabulary, acronyms), report = first_found, batch, reports[i]
        names = vocabulary | named  # once per report: the batch's vocabulary holds thousands of names
        occurrences = [named_before_head(o, names) for o in occurrences]
        bounds = WordBounds(report.body, marks)
        # an acronym only where the report uses it as a name: the measured GDP stays a figure
        shared = list(acronym_terms(report.body, acronyms & used, by=ACRONYM))
        unquoted = _outside([*find_known(report.body, _batch_pattern(vocabulary), bounds, by=KNOWN),
                             *find_known(report.body, known_pattern(coined - vocabulary), bounds, by=KNOWN),
                             *shared], occurrences)
        heading = _outside(shared, [*map(_without_head, occurrences), *unquoted])
        return _group(report, occurrences + unquoted + heading, explained)

    once: set[str] = set()  # what `between` learns of the batch: coinages only one report's quote vouches for
    grouped = in_two_passes(first, between, second, sizes, workers, told, meanwhile)
    found = _without_orphans([terms for terms, _ in grouped], set().union(*(s for _, s in grouped)) - set(known))
    return dict(zip((r.id for r in reports), _without_everyday(reports, found, once), strict=True))


def _without_orphans(found: list[list[Found]], stressed: set[str]) -> list[list[Found]]:
    """Each report's terms without those only found unquoted whose quotations were all for
    emphasis: a word spreads to other reports from the one that names it (“第一方阵” quoted once
    to say 进入“第一方阵”, “强服务” heading a paragraph), and where no report names it, no
    report that writes it plainly does either. Terms the reports' quotes stressed in `stressed`."""
    named = {f.term for terms in found for f in terms if f.found_by != (KNOWN,)}
    orphans = stressed - named
    return [[f for f in terms if not (f.term in orphans and f.found_by == (KNOWN,))] for terms in found]


def _vouched(occurrences: list[Occurrence], explained: list[GlossaryItem]) -> set[str]:
    """Terms a report vouches for as names: those its 名词解释 explains and those it quotes
    twice or more (a report repeats the names it uses; emphasis is written once)."""
    quoted = Counter(o.term for o in occurrences if o.quoted)
    return {item.term for item in explained} | {term for term, n in quoted.items() if n >= 2}


def _named_twice(named: list[set[str]]) -> set[str]:
    """Terms that two reports of the batch or more name by their form (quote, count, explain),
    coined or not: 区域环评, 独角兽 are made of dictionary words, yet reports that each write
    them as names vouch for them as the batch's vocabulary, as two reports vouch for an acronym
    (see `acronyms`). Each report's named terms in `named`.

    >>> sorted(_named_twice([{"区域环评", "城市更新"}, {"区域环评", "网红"}, {"网红"}]))
    ['区域环评', '网红']
    """
    return {term for term, n in Counter(term for terms in named for term in terms).items() if n >= 2}


def _quoted_once(named: list[tuple[str, str, set[str], set[str]]]) -> set[str]:
    """Terms the batch has one voice's emphasis for: found by their form in one report alone,
    or, made of dictionary words (应用场景, 中心城区), in the reports of one place alone; none of
    them explains them or quotes them twice; with no numeral (a formula is a name) and not
    national shorthand. A coinage two reports find by its form is a name of the batch wherever
    they stand (大数据 in a district's reports five years apart); a compound of everyday words
    has nothing but its quotation marks to show for a name, and a district that quotes it once
    a year (有“应用场景”) vouches for it no more than one report does. Each report's id, place,
    named terms and vouched names in `named`.

    >>> sorted(_quoted_once([("a", "甲区", {"应用场景", "大数据"}, set()), ("b", "甲区", {"应用场景", "大数据"}, set()),
    ...                      ("c", "乙区", {"新赛道", "城市管家"}, {"城市管家"})]))
    ['应用场景', '新赛道']
    """
    found_in: dict[str, set[str]] = {}
    for report, place, terms, _ in named:
        for term in terms:
            found_in.setdefault(term, set()).add(report if is_coined(term) else place)
    vouched = set().union(*(names for *_, names in named))
    return {term for term, where in found_in.items()
            if len(where) == 1 and term not in vouched and not has_numeral(term) and not is_national(term)}


_EVERYDAY_PLACES = 3  # places whose reports write unquoted what one place quoted once: the genre's language


def _without_everyday(reports: list[Report], found: list[list[Found]], once: set[str]) -> list[list[Found]]:
    """Each report's terms without the phrases one place quoted once that the reports of many
    places write unquoted.

    A coinage quoted once travels unquoted to the reports of its own region (警地融合 in other
    cities of its province, 凤凰城 in the district's later reports). Words that reports of three
    places or more write without quotes, while one place alone quoted them once a report, are
    the genre's everyday language (做大做强, 宜居宜业, 新赛道, 应用场景, 中心城区) or the tail of
    other names (扩能提质行动 after “提质行动”, 医疗卫生强基工程 after “强基工程”): there they
    name no term of that report. Where such a compound of dictionary words stands quoted before
    no noun (有“应用场景”, 福田“中心城区”的使命) the quoting report too only stresses a word of
    the genre; before a noun (“关口前移”战法) it names a thing of its own.
    """
    places: dict[str, set[str]] = {}
    for report, terms in zip(reports, found, strict=True):
        for f in terms:
            if f.term in once and f.found_by == (KNOWN,):
                places.setdefault(f.term, set()).add(report.place or report.id)
    everyday = {term for term, where in places.items() if len(where) >= _EVERYDAY_PLACES}
    return [[f for f in terms if not (f.term in everyday and (f.found_by == (KNOWN,) or _stressed(f.term, report.body)))]
            for report, terms in zip(reports, found, strict=True)]


def _stressed(term: str, body: str) -> bool:
    """Whether a report quotes a compound of dictionary words only where no noun follows it:
    for emphasis. A coinage (花漾街区, 新赛道) a report quotes once is its own name, however
    plainly other places write it.

    >>> _stressed("应用场景", "推动改革政策在新区有“应用场景”。"), _stressed("关口前移", "实施“关口前移”战法。")
    (True, False)
    >>> _stressed("花漾街区", "选取重点道路建设“花漾街区”。")
    False
    """
    if is_coined(term):
        return False
    quoted = [m.end() for m in re.finditer(f"[{''.join(PAIRS)}]{re.escape(term)}[{''.join(_CLOSING_QUOTES)}]", body)]
    return bool(quoted) and not any(noun_follows(body, end) for end in quoted)


@functools.lru_cache(maxsize=1)
def _batch_pattern(vocabulary: frozenset[str]) -> re.Pattern | None:
    """The pattern of the batch's vocabulary, compiled once in each worker that looks for it.
    The workers get the words, not a pattern compiled here: a pickled pattern is compiled again
    where it is read, so compiling it here as well would only keep the other cores waiting."""
    return known_pattern(vocabulary)


def _without_head(occ: Occurrence) -> Occurrence:
    """A quoted occurrence without the head noun after its closing quote: an acronym of the batch
    that heads a quoted name (“智慧大鹏”APP) is a place where the report uses that acronym too."""
    if not occ.quoted:
        return occ
    closing = max(map(occ.surface.rfind, _CLOSING_QUOTES))
    if closing < 0 or closing == len(occ.surface) - 1:  # no quote, or no head noun after it
        return occ
    return replace(occ, end=occ.end - (len(occ.surface) - closing - 1))


def _outside(candidates: list[Occurrence], taken: list[Occurrence]) -> list[Occurrence]:
    """Candidates that overlap no taken occurrence nor an earlier (longer-first) candidate.

    Covered characters are marked in a bytearray, so each check costs the length of one term
    rather than the number of occurrences so far (a 100 MB report has hundreds of thousands).
    """
    covered = bytearray(max((o.end for o in [*taken, *candidates]), default=0))
    for occ in taken:
        covered[occ.start:occ.end] = b"\x01" * (occ.end - occ.start)
    kept: list[Occurrence] = []
    for occ in sorted(candidates, key=lambda o: (o.start, -(o.end - o.start))):
        if not any(covered[occ.start:occ.end]):
            kept.append(occ)
            covered[occ.start:occ.end] = b"\x01" * (occ.end - occ.start)
    return kept


def _group(report: Report, occurrences: list[Occurrence],
           explained: list[GlossaryItem]) -> tuple[list[Found], set[str]]:
    """One Found per term: variants (“千村美丽村”, “千村美丽”村) merged by their keys; and the
    terms left out as quoted for emphasis, which the batch needs to know (see `_without_orphans`)."""
    occurrences, owned = _owned_by_items(_complete_heads(occurrences, report.body), explained, report.body)
    occurrences = _whole_where_items_part(occurrences, explained)
    groups = _variant_groups(occurrences, explained)
    found, stressed = [], set()
    for members, items in groups:
        occs = sorted(members, key=lambda o: o.start)
        item = items[0] if items else None
        term = item.term if item else _headword(occs)
        inline = None if item else body_definition(report.body, occs, report.section)
        # a term set before a noun is never one quoted for emphasis: whether it is (jieba tags
        # the words after each quotation) is asked last, of the few the other marks leave; a
        # term found by its form without quotes (推行代建制) was quoted for nothing
        if not item and any(o.quoted for o in occs) and quoted_for_emphasis(term, len(occs), False, inline is not None) \
                and not _labels_noun(occs, report.body):
            stressed.add(term)
            continue
        surfaces = Counter(o.surface for o in occs if (o.start, o.end) not in owned)
        quoted = item is not None or any(o.quoted for o in occs)
        found.append(Found(
            term=term,
            count=len(occs),
            surfaces=[s for s, _ in surfaces.most_common()] + ([item.display] if item and item.display else []),
            context=around(report.body, occs[0].start, occs[0].end) if occs else "",
            definition=item.definition if item else inline,
            how="glossary" if item else "inline" if inline else None,
            sentence=None if item or inline else best_sentence(report.body, occs),
            quoted=quoted,
            kind=kind_of(term, quoted),
            found_by=_found_by({o.by for o in occs} | {i.by for i in items}),
        ))
    return sorted(found, key=lambda f: f.term), stressed


def _labels_noun(occs: list[Occurrence], body: str) -> bool:
    """Whether a head noun (“白名单”机制) or another noun (“无差别”综合窗口) follows the term
    somewhere in quotation marks."""
    return any(o.quoted and (split_headword(o.surface)[1] or noun_follows(body, o.end)) for o in occs)


def _found_by(names: set[str]) -> tuple[str, ...]:
    """The extractors that found a term, in the registry's order, the second pass's finds last."""
    return tuple(name for name in (*extractors.names(), ACRONYM, KNOWN) if name in names)


def _owned_by_items(occurrences: list[Occurrence], explained: list[GlossaryItem],
                    body: str) -> tuple[list[Occurrence], set[tuple[int, int]]]:
    """Occurrences that belong to a 名词解释 item other than by their own name, and the spans of
    those whose spelling is not a name of the item.

    An item that names several terms (“三压减”、“一提高”) owns the report's occurrences of
    each: they are what it explains, and alone they would be entries without a definition. Their
    spellings stay out of the item's written forms, or every report that pairs a term differently
    would join two entries. An item named by its whole written form, because another item shares
    its quoted core (安全管理“1+3”文件), owns the places where the body spells that form.
    """
    parts = {key(part): item.term for item in explained for part in item.parts}
    owned: set[tuple[int, int]] = set()
    out = []
    for occ in occurrences:
        owner = parts.get(key(occ.term))
        if owner is not None:
            occ = replace(occ, term=owner)
            owned.add((occ.start, occ.end))
        out.append(occ)
    for item in explained:
        if _named_apart(item):
            spans = [m.span() for m in re.finditer(re.escape(item.display), body)]
            if spans:
                out = [o for o in out if not any(o.start < end and start < o.end for start, end in spans)]
                out += [Occurrence(item.term, start, end, item.display, quoted=True, by=item.by) for start, end in spans]
    return out, owned


def _named_apart(item: GlossaryItem) -> bool:
    """Whether an item is named by its whole written form because another item of its report
    shares its quoted core (see `sections._named_apart`)."""
    return bool(item.display) and not item.parts and key(item.term) == key(item.display) != key(split_headword(item.display)[0])


def _whole_names(body: str, occurrences: list[Occurrence], explained: list[GlossaryItem]) -> set[str]:
    """The whole names the second pass gives occurrences where the report's items tell a core
    apart (see `_whole_where_items_part`): terms of the batch like the others, looked for in
    every report as the next extract will look for them once the glossary holds them."""
    if not any(_named_apart(item) for item in explained):
        return set()
    return {o.term for o in _whole_where_items_part(_complete_heads(occurrences, body), explained)}


def _whole_where_items_part(occurrences: list[Occurrence], explained: list[GlossaryItem]) -> list[Occurrence]:
    """Quoted occurrences under a head noun named by their whole form where the report's items
    tell that core apart by its head nouns (“三公”家庭 explained beside “三公” or “三公”企业).

    Such a report makes the head noun part of every name built on the core, so the body's
    “三公”服务 is a third thing, not its bare item 三公: the merge's identity rule likewise takes
    that core for no name of the report's entries (`store.identity`). Named by the core, the
    occurrence would join whatever entry another report keeps under its headed form, and a
    second run, finding the core's own entry first, would join them otherwise.
    """
    apart = {key(split_headword(item.display)[0]) for item in explained if _named_apart(item)}
    if not apart:
        return occurrences
    return [replace(o, term=unquote(o.surface)) if o.quoted and key(o.term) in apart and split_headword(o.surface)[1]
            else o for o in occurrences]


def _complete_heads(occurrences: list[Occurrence], body: str) -> list[Occurrence]:
    """“千村美丽”村 beside “千村美丽村”: characters after a quote that spell another quoted term
    are its head; so are the words around a term that spell its lexicon's fuller name (“三公”经费)."""
    spelled = {key(o.term) for o in occurrences if o.quoted}
    completed = []
    for occ in occurrences:
        fuller = spelled_fuller(occ, body)
        close = occ.start + len(occ.term) + 2
        if fuller is not occ:
            occ = fuller
        elif occ.quoted and occ.end == close:
            for length in range(_LONGEST_SUFFIX, 0, -1):
                suffix = body[close:close + length]
                if key(suffix) and key(occ.term + suffix) in spelled:
                    occ = replace(occ, end=close + length, surface=occ.surface + suffix)
                    break
        completed.append(occ)
    return completed


def _variant_groups(occurrences: list[Occurrence], explained: list[GlossaryItem]) -> list[tuple[list, list]]:
    """Union the occurrences and 名词解释 items that share a key (term or display form)."""
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    def union(keys: list[str]) -> str:
        roots = [find(k) for k in keys]
        for r in roots[1:]:
            parent[r] = roots[0]
        return roots[0]

    for occ in occurrences:
        union([key(occ.term), key(occ.surface)])
    for item in explained:
        union([key(item.term)] + ([key(item.display)] if item.display else []))
    buckets: dict[str, tuple[list, list]] = {}
    for occ in occurrences:
        buckets.setdefault(find(key(occ.term)), ([], []))[0].append(occ)
    for item in explained:
        buckets.setdefault(find(key(item.term)), ([], []))[1].append(item)
    return list(buckets.values())


def _headword(occs: list[Occurrence]) -> str:
    """The name without its head noun: “千村美丽” of “千村美丽村” and “千村美丽”村; the more used on ties.
    An occurrence's term is its quoted core, or the whole form where its report's items make the
    head noun part of the name (see `_whole_where_items_part`)."""
    cores = Counter(o.term for o in occs)
    return min(cores, key=lambda t: (len(t), -cores[t], t))
