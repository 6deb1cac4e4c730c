"""Shared knowledge of the genre, for every stage: the numerals and what counting looks like,
jieba's dictionary, and the national shorthand every report uses.

Loaded lazily: jieba builds its prefix dictionary in about a second, which `glossary lookup`
should never pay for.
"""

from __future__ import annotations

import contextlib
import functools
import io
import marshal
import math
import re
import sys

NUMERALS = "一二三四五六七八九十百千万两双〇零0123456789"
_COUNTING = re.compile(f"[{NUMERALS.replace('百', '').replace('千', '').replace('万', '')}]|[A-Za-z]?[0-9]")


def is_numbered(term: str) -> bool:
    """A numbered formula: it starts by counting (“四横三纵”, “6411”, “双停”), not 千村美丽 or 长三角.

    >>> is_numbered("四横三纵"), is_numbered("两个维护"), is_numbered("放管服"), is_numbered("长三角")
    (True, True, False, False)
    """
    return bool(_COUNTING.match(term))


@functools.cache
def jieba():
    import logging  # here, not at the top: `glossary lookup` imports this module and needs neither

    with _without_pkg_resources():
        import jieba as _jieba

        with _without_dictionary(_jieba.dt):  # posseg's loop over its lines is replaced by _word_tags
            import jieba.posseg  # (part-of-speech tags, used through _jieba.posseg)
        _jieba.posseg.dt.word_tag_tab = _word_tags(_jieba.dt.get_dict_file())
        _jieba.posseg.viterbi = _remembered(_jieba.posseg.viterbi)
    _jieba.dt.calc = functools.partial(_calc, _jieba.dt)  # an attribute of the instance hides the method

    _jieba.setLogLevel(logging.WARNING)
    marshal_module, _jieba.marshal = _jieba.marshal, _WholeFileMarshal
    try:
        _jieba.initialize()
    finally:
        _jieba.marshal = marshal_module
    return _jieba


def _calc(tokenizer, sentence: str, dag: dict[int, list[int]], route: dict[int, tuple[float, int]]) -> None:
    """jieba's Tokenizer.calc (the best route through the graph of a sentence's words), with
    the same sums compared in the same order, so ties fall the same way, in two thirds of the
    time: jieba builds a generator and calls max for every character, and most characters
    begin one word only. Every cut and every tagging of a run goes through it."""
    length, freq = len(sentence), tokenizer.FREQ.get
    route[length] = (0, 0)
    log_total = math.log(tokenizer.total)
    for idx in range(length - 1, -1, -1):
        best = None
        for x in dag[idx]:
            candidate = (math.log(freq(sentence[idx:x + 1]) or 1) - log_total + route[x + 1][0], x)
            if best is None or candidate > best:
                best = candidate
        route[idx] = best


def _remembered(viterbi):
    """jieba.posseg's guess at the words and tags of a run of characters its dictionary does not
    cut, remembered: its HMM is the slowest step of tagging, and the same runs come back (the
    words after the quotations of one term, a sentence asked about twice). The guess depends on
    the run alone, as its model's tables never change. Each guess is made by `_viterbi`."""
    tables: tuple = ()
    predecessors: dict = {}

    @functools.lru_cache(maxsize=1 << 12)
    def guess(run: str) -> tuple:
        return _viterbi(run, *tables, predecessors) or viterbi(run, *tables)

    def remembered(run, *model):
        nonlocal tables, predecessors
        if not tables:
            tables, predecessors = model, _predecessors(model[2])
        if any(a is not b for a, b in zip(model, tables, strict=True)):
            return viterbi(run, *model)
        return guess(run)

    return remembered


_UNSEEN = -3.14e100  # jieba.posseg's log probability of a character a state never emits


def _predecessors(transitions: dict[str, dict[str, float]]) -> dict[str, list[tuple[str, float]]]:
    """Each state of the HMM with the states that go on to it and the log probability of that."""
    before: dict[str, list[tuple[str, float]]] = {}
    for state, nexts in transitions.items():
        for after, probability in nexts.items():
            before.setdefault(after, []).append((state, probability))
    return before


def _viterbi(run: str, states: dict, start: dict, transitions: dict, emissions: dict,
             predecessors: dict[str, list[tuple[str, float]]]) -> tuple[float, list] | None:
    """jieba.posseg's viterbi, with the same result, in half the time; None where it would fail.

    jieba's weighs every state of the previous character against each state of this one, and
    gives a transition its model never saw a log probability of minus infinity; the model's
    own values are all finite, so such a path never wins while any seen one exists, and there
    always is one (jieba takes only states some previous state goes on to). Only the states
    that go on to each are weighed here, with the same sums in the same order, and ties are
    broken the same way (the greater state). Where jieba would find no state to go on to (and
    fail), None lets it."""
    every = transitions.keys()
    previous = {y: start[y] + emissions[y].get(run[0], _UNSEEN) for y in states.get(run[0], every)}
    steps: list[dict] = [dict.fromkeys(previous, "")]
    for char in run[1:]:
        expected = {y for x in previous for y in transitions[x]}
        if not expected:
            return None
        current, step = {}, {}
        for y in set(states.get(char, every)) & expected or expected:
            emitted = emissions[y].get(char, _UNSEEN)
            current[y], step[y] = _best_step(previous, predecessors[y], emitted)
        previous = current
        steps.append(step)
    probability, state = max((p, y) for y, p in previous.items())
    route = [""] * len(run)
    for i in range(len(run) - 1, -1, -1):
        route[i] = state
        state = steps[i][state]
    return probability, route


def _best_step(previous: dict[str, float], predecessors: list[tuple[str, float]], emitted: float) -> tuple[float, str]:
    """max((previous[x] + p + emitted, x) for the predecessors x of a state seen at the previous
    character), as a loop: the same sums compared in the same order, without a generator and a
    call of max for each state of each character."""
    best = None
    for x, p in predecessors:
        if x in previous:
            candidate = (previous[x] + p + emitted, x)
            if best is None or candidate > best:
                best = candidate
    return best  # never None: _viterbi asks only of states some previous one goes on to


@contextlib.contextmanager
def _without_pkg_resources():
    """jieba opens its data files with pkg_resources when it can import it, and by their path
    when it cannot: the same files, without the 0.2 s that importing pkg_resources costs."""
    if "pkg_resources" in sys.modules:
        yield
        return
    sys.modules["pkg_resources"] = None  # makes `import pkg_resources` fail
    try:
        yield
    finally:
        del sys.modules["pkg_resources"]


@contextlib.contextmanager
def _without_dictionary(tokenizer):
    """The tokenizer's dictionary file reads as empty: importing jieba.posseg then builds an
    empty part-of-speech table instead of reading the dictionary a line at a time."""
    tokenizer.get_dict_file = io.BytesIO  # an attribute of the instance hides the method
    try:
        yield
    finally:
        del tokenizer.get_dict_file


def _word_tags(dictionary) -> dict[str, str]:
    """jieba's part-of-speech table, as jieba.posseg reads it from the dictionary's lines `word
    frequency tag`, but split whole: 0.3 s instead of 0.7 s of the second jieba takes to load."""
    with dictionary:
        fields = dictionary.read().decode("utf-8").split()
    return dict(zip(fields[0::3], fields[2::3], strict=True))  # fails unless the fields come in threes


class _WholeFileMarshal:
    """marshal for jieba's dictionary cache, read whole: `marshal.load` reads a file object a
    few bytes per call, which triples the time jieba takes to load its 9 MB cache."""

    dump = staticmethod(marshal.dump)

    @staticmethod
    def load(file):
        return marshal.loads(file.read())


def word_frequency(word: str) -> int:
    """How common a word is in jieba's dictionary (0 for coinages it does not know)."""
    return jieba().dt.FREQ.get(word, 0)


@functools.cache
def idioms() -> frozenset[str]:
    """Four-character idioms and set phrases (jieba tags i and l): 一心一意 is no policy."""
    tags = jieba().posseg.dt.word_tag_tab
    return frozenset(w for w, tag in tags.items() if tag in ("i", "l"))


@functools.cache
def national_terms() -> frozenset[str]:
    """Coined national shorthand (三农, 放管服, 新发展理念) worth finding even without quotes."""
    from importlib import resources  # here: its import costs `glossary lookup` 12 ms, a tenth of its time

    text = resources.files("glossary").joinpath("data/national.txt").read_text(encoding="utf-8")
    return frozenset(line.split("#")[0].strip() for line in text.splitlines() if line.split("#")[0].strip())


@functools.cache
def lexicon_names() -> frozenset[str]:
    """The headwords and aliases of the national shorthand lexicon (glossary/data/lexicon.yml):
    terms whatever their form, as the lexicon explains them (稳中求进, 以旧换新, 土特产)."""
    return frozenset(name for names in _lexicon_entries() for name in names)


@functools.cache
def lexicon_spellings() -> dict[str, tuple[str, ...]]:
    """Each name of the lexicon with all the names of its entry: 八项规定 → (八项规定, 中央八项规定,
    中央八项规定精神), 三公 → (三公经费, 三公)."""
    return {name: names for names in _lexicon_entries() for name in names}


@functools.cache
def lexicon_meanings() -> dict[str, str]:
    """Each name of the lexicon with its entry's definition and items, as one text: what the
    national name means wherever a report does not say otherwise (五位一体 → 统筹推进经济建设…)."""
    return {name: meaning for names, meaning in zip(_lexicon_entries(), _lexicon_texts(), strict=True) for name in names}


@functools.cache
def _lexicon_entries() -> tuple[tuple[str, ...], ...]:
    """The names of each lexicon entry, headword first. Only the names: the store checks and
    loads the whole file (store.lexicon)."""
    return tuple(tuple(str(name) for name in (e["term"], *(e.get("aliases") or []))) for e in _lexicon_file())


def _lexicon_texts() -> tuple[str, ...]:
    """The definition and items of each lexicon entry, in the order of _lexicon_entries."""
    return tuple(" ".join([str(e.get("definition") or ""), *map(str, e.get("items") or [])]) for e in _lexicon_file())


@functools.cache
def _lexicon_file() -> list[dict]:
    from importlib import resources

    import yaml

    text = resources.files("glossary").joinpath("data/lexicon.yml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["lexicon"]


class WordBounds:
    """Offsets where jieba's dictionary lets a word start or end: sound boundaries for a match.

    jieba cuts each run of Han characters, letters and digits (a clause between punctuation) on
    its own and makes every other character a word of its own, so the bounds inside a run depend
    on that run alone. A question about an offset therefore segments only the run around it, once:
    the same bounds as cutting the whole text, for a small share of the work (a report asks
    about a few thousand offsets, mostly around numerals and known terms). One byte per
    character remembers the answers (a 100 MB report would need gigabytes as a set of ints).
    """

    _UNKNOWN, _BOUND, _INSIDE = 0, 1, 2

    def __init__(self, text: str, marks: bytes | None = None):
        self._text = text
        self._marks = bytearray(len(text) + 1) if marks is None else bytearray(marks)

    @property
    def marks(self) -> bytes:
        """What is known so far, to go on from in another process: WordBounds(text, marks)."""
        return bytes(self._marks)

    def __contains__(self, offset: int) -> bool:
        if not 0 <= offset < len(self._marks):
            return False
        if self._marks[offset] == self._UNKNOWN:
            self._segment_around(offset)
        return self._marks[offset] == self._BOUND

    def _segment_around(self, offset: int) -> None:
        text, marks = self._text, self._marks
        if not (0 < offset < len(text) and _in_run(text[offset - 1]) and _in_run(text[offset])):
            marks[offset] = self._INSIDE if text[offset - 1:offset + 1] == "\r\n" else self._BOUND
            return
        start = offset - 1
        while start and _in_run(text[start - 1]):
            start -= 1
        end = jieba().re_han_default.match(text, start).end()
        marks[start:end + 1] = bytes([self._INSIDE]) * (end + 1 - start)
        marks[start] = self._BOUND
        for word_end in word_ends(text[start:end]):
            marks[start + word_end] = self._BOUND


def word_ends(run: str) -> list[int]:
    """The offsets where the words of `jieba.cut(run, HMM=False)` end, for a run of Han
    characters, letters and digits (one match of jieba's re_han_default), the same ends as
    jieba's, found twice as fast: jieba builds a graph of the dictionary's words at each
    character (get_DAG), then weighs it (calc), slicing and looking up every word twice; here
    each word is weighed as its lookup finds it. The weights and the order they are compared
    in are jieba's, so ties fall the same way; consecutive single letters or digits are one
    word, as jieba joins them."""
    freq, log_total, length = jieba().dt.FREQ, math.log(jieba().dt.total), len(run)
    route: list[tuple[float, int]] = [(0.0, 0)] * (length + 1)
    for k in range(length - 1, -1, -1):
        best, i, fragment = None, k, run[k]
        while fragment in freq:
            if frequency := freq[fragment]:
                candidate = (math.log(frequency) - log_total + route[i + 1][0], i)
                if best is None or candidate > best:
                    best = candidate
            i += 1
            if i >= length:
                break
            fragment = run[k:i + 1]
        route[k] = best or (math.log(freq.get(run[k]) or 1) - log_total + route[k + 1][0], k)
    return _joined_letters(run, route)


def _joined_letters(run: str, route: list[tuple[float, int]]) -> list[int]:
    """The ends of the words along jieba's route, where consecutive single letters or digits
    make one word (jieba's __cut_DAG_NO_HMM buffers them)."""
    ends: list[int] = []
    at, letters = 0, False
    while at < len(run):
        after = route[at][1] + 1
        letter = after - at == 1 and run[at] in _LETTERS
        if letters and not letter:
            ends.append(at)
        if not letter:
            ends.append(after)
        at, letters = after, letter
    if letters:
        ends.append(at)
    return ends


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # jieba's re_eng
_RUN_PUNCTUATION = frozenset("+#&._%-")  # what jieba's re_han_default adds to Han, letters and digits


def _in_run(char: str) -> bool:
    """Whether jieba cuts this character as part of a run (its re_han_default), not on its own."""
    return "\u4e00" <= char <= "\u9fd5" or (char.isascii() and char.isalnum()) or char in _RUN_PUNCTUATION


def word_bounds(text: str) -> WordBounds:
    """The word boundaries of a text (see WordBounds).

    >>> bounds = word_bounds("推进乡村振兴")
    >>> [i for i in range(7) if i in bounds]
    [0, 2, 4, 6]
    """
    return WordBounds(text)
