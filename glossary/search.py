"""Search, for the site and the CLI alike: the readings a reader may type (every reading of a
polyphone), and the keys a term is found by besides its headword.

`lookup` ranks a query against these readings; the site's search worker ranks the same keys the
same way (site/search_index.py ships them).
"""

from __future__ import annotations

import itertools
import re

from .keys import initials, key, pinyin, pypinyin_module, toneless, unquote
from .read.text import HAN

_HAN = re.compile(f"[{HAN}]")
_WORD_RUN = re.compile(f"[{HAN}0-9A-Za-z]+")
_LATIN_OR_DIGITS = re.compile(r"[0-9A-Za-z]+")


def all_readings(text: str, limit: int = 4) -> list[str]:
    """The ways a reader may spell a term whose characters have several readings, as pinyin
    without tones: pypinyin reads 三级联调 sān jí lián diào, a reader may well type tiáo.
    At most `limit`: a term with three polyphones would otherwise index 2³ spellings, most of
    them readings nobody types, and each one a tag on the page.

    >>> all_readings("三级联调")
    ['san ji lian diao', 'san ji lian tiao']
    """
    pp = pypinyin_module()
    choices = pp.pinyin(text, style=pp.Style.NORMAL, heteronym=True, errors=lambda chars: [chars])
    return [" ".join(combo) for combo in itertools.islice(itertools.product(*choices), limit)]


def readings(entry: dict) -> list[tuple[str, str]]:
    """(toneless pinyin, initials) of each way a reader may spell the entry: the editor's pinyin
    (else pypinyin's) first, then every reading of a polyphone, so 三级联调 is found by
    sanjiliandiao and sanjiliantiao on the site and in `glossary lookup` alike.

    >>> readings({"term": "三级联调", "pinyin": "sān jí lián diào"})
    [('sanjiliandiao', 'sjld'), ('sanjiliantiao', 'sjlt')]
    """
    text = entry.get("pinyin") or pinyin(entry["term"])
    found = [(toneless(text), initials(text))]
    if _HAN.search(entry["term"]):
        found += [(toneless(reading), initials(reading)) for reading in all_readings(entry["term"])]
    return list(dict.fromkeys(found))


def written_forms(entry: dict) -> list[str]:
    """Headword, display form and aliases without quotation marks, each once."""
    forms = [entry["term"], entry.get("display") or "", *(entry.get("aliases") or [])]
    return list(dict.fromkeys(unquote(f) for f in forms if f))


def suffixes(term: str) -> list[str]:
    """Every ending of two or more characters of each run of words in a term, and its runs of
    digits or letters.

    Material matches a query as the start of an indexed word, so with every ending indexed any
    piece of the term is found: 协调 starts 协调, 基地 starts 基地四园区. Endings rather than all
    two-character pieces keep the index free of words that start other headwords, which the
    search box would otherwise take as a cut in the reader's query.

    >>> suffixes("一基地四园区")
    ['基地四园区', '地四园区', '四园区', '园区']
    >>> suffixes("追新选优、谋大图强")
    ['新选优', '选优', '大图强', '图强']
    """
    found = [run[i:] for run in _WORD_RUN.findall(term) for i in range(1, len(run) - 1)]
    found += [run for run in _LATIN_OR_DIGITS.findall(term) if run != term]
    return list(dict.fromkeys(found))


def search_keys(entry: dict) -> list[str]:
    """Everything besides the headword a reader may type: toneless pinyin, initials, other
    written forms and the term's endings. Forms that begin with the headword (双停企业 for 双停)
    are left out: a query for them already finds the headword, and as tags they would lift the
    entry above shorter entries that it begins with.

    >>> search_keys({"term": "九解一协调", "pinyin": "jiǔ jiě yī xié tiáo"})
    ['jiujieyixietiao', 'jjyxt', 'jiuxieyixietiao', 'jxyxt', '解一协调', '一协调', '协调']
    """
    keys: list[str] = []
    if _HAN.search(entry["term"]):
        keys += [k for pair in readings(entry) for k in pair if k]
    keys += [f for f in written_forms(entry)[1:] if not key(f).startswith(key(entry["term"]))]
    keys += suffixes(entry["term"])
    return [k for k in dict.fromkeys(keys) if k != entry["term"]]
