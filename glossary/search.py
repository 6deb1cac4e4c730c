"""Search, for the site and the CLI alike: the readings a reader may type, the keys and tags a
term page is found by, the cuts of a query, the words jieba keeps whole, and the boost.

Material's search cuts Chinese text with jieba when it builds the index, and its browser side
matches each query word as a prefix of an indexed word. So a term is found by its headword only
when jieba keeps the headword whole, by an inner word (协调 in 九解一协调) only when an indexed
word starts with it, and by pinyin or initials only when those are indexed too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from .keys import initials, key, pinyin, pypinyin_module, toneless, unquote
from .language import jieba
from .read.text import HAN

_HAN = re.compile(f"[{HAN}]")
_HAN_RUN = re.compile(f"[{HAN}]+")
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


def add_to_jieba(entries: Iterable[dict]) -> None:
    """Make every written form of every entry one word to jieba (idempotent), each run of
    Chinese inside a form (一个中心、四个基地 → 一个中心, 四个基地), since jieba cuts at punctuation,
    and each query cut, so that the page text keeps it whole.

    Dictionary words jieba would still cut (四上 as 四 上) count too. `suggest_freq` gives the
    lowest frequency that makes jieba keep the word whole, so ordinary text is cut as before.
    """
    tokenizer = jieba().dt
    entries = list(entries)
    cuts = [cut for entry in entries for cut in query_cuts(entry["term"])]
    forms = [word for entry in entries for form in written_forms(entry) for word in [form, *_HAN_RUN.findall(form)]]
    for word in dict.fromkeys(cuts + forms):  # cuts first: each form's frequency then outweighs them
        if len(word) > 1 and _HAN.search(word) and tokenizer.lcut(word) != [word]:
            tokenizer.add_word(word, tokenizer.suggest_freq(word, tune=False))


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


def query_cuts(term: str) -> list[str]:
    """Each run of three or more Chinese characters in the term, without its last character.

    Material's search box cuts a Chinese query at the longest indexed word that begins it, and
    never at its last character: with 五大 indexed, 五大安全 is searched as 五大 and lists 五大
    first. With 五大安 indexed the query is cut there and finds 五大安全 first. The cut belongs
    in the page text, where it weighs nothing; among the tags it would lift 五大安全 above 五大
    when a reader searches for 五大.

    >>> query_cuts("五大安全"), query_cuts("双停"), query_cuts("一个中心、四个基地")
    (['五大安'], [], ['一个中', '四个基'])
    """
    return [run[:-1] for run in _HAN_RUN.findall(term) if len(run) >= 3]


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


def tags(entry: dict) -> list[str]:
    """A term page's tags, which Material's search indexes word for word and ranks above titles
    and text: the headword leads them, so its own page beats pages that merely contain it."""
    return [entry["term"], *search_keys(entry)]


def boost(term: str) -> float:
    """Shorter terms rank higher: a query such as 工程 covers more of 五小工程 than of
    国家公交都市建设示范工程. 8 characters over the length gives 2 for a four-character term;
    the bounds keep one- and two-character terms (4) from burying everything and long ones (0.5)
    from vanishing.

    >>> boost("双停"), boost("四横三纵"), boost("国家公交都市建设示范工程啊啊啊啊")
    (4.0, 2.0, 0.5)
    """
    return round(min(4.0, max(0.5, 8 / max(len(term), 1))), 2)
