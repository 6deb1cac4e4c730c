"""The one normalising key that decides when two spellings are the same term, and pinyin.

Everything that compares terms (merging variants, matching editors' entries, lookup) goes
through `key`, so “千村美丽村”, “千村美丽”村 and ＂千村美丽村＂ can never be told apart in one
place and not in another.
"""

from __future__ import annotations

import functools
import re
import unicodedata

QUOTES = "“”\"「」『』‘’'＂＇〝〞"
_DROP = re.compile(rf"[{re.escape(QUOTES)}\s]")


_INVISIBLE = frozenset({"Cc", "Cf"})  # control and format characters
_NO_QUOTES = str.maketrans("", "", QUOTES)


def unquote(text: str) -> str:
    """A spelling without its quotation marks: “双停”企业 → 双停企业."""
    return text.translate(_NO_QUOTES)


@functools.lru_cache(maxsize=1 << 16)  # merging asks for the same spellings' keys many times over
def key(text: str) -> str:
    """Identity of a spelling: NFKC width folding, no quotation marks, no whitespace, no invisible
    characters, lower case.

    Invisible characters (zero-width spaces and joiners, soft hyphens, direction marks, control
    characters) are no part of a name: a 名词解释 headword is read without them, and the body
    that spells the same term may keep them.

    >>> key("“千村美丽”村") == key("千村美丽村") == key(" ＂千村美丽村＂ ")
    True
    """
    folded = _DROP.sub("", unicodedata.normalize("NFKC", text)).lower()
    if not folded.isprintable():  # rare: a page copied from the web carries invisible characters
        folded = "".join(ch for ch in folded if unicodedata.category(ch) not in _INVISIBLE)
    return folded


@functools.cache
def pypinyin_module():
    import pypinyin  # loaded on first use: importing it reads large phrase tables

    return pypinyin


@functools.lru_cache(maxsize=1 << 16)  # a merge derives each entry's fields more than once
def pinyin(text: str) -> str:
    """Pinyin with tone marks, syllables separated by spaces; non-Chinese runs kept as they are.

    >>> pinyin("四横三纵")
    'sì héng sān zòng'
    """
    segment, _ = _reader()
    return " ".join(syllable for word in segment(text) for syllable in _word_pinyin(word) if syllable.strip())


@functools.lru_cache(maxsize=1 << 14)
def _word_pinyin(word: str) -> tuple[str, ...]:
    """The syllables of one word as `pypinyin.pinyin` reads a text: cut into the words of its
    phrase tables, each word read alone by its converter. So a word reads the same in every
    text, and the words terms share (工程, 行动, 示范区) are read once, not in every term: a
    merge of thousands of new entries spends half the time of its pinyin otherwise."""
    _, converter = _reader()
    converted = converter.convert(word, pypinyin_module().Style.TONE, False, _as_is, strict=True)
    return tuple(readings[0] for readings in converted)


@functools.cache
def _reader():
    """What `pypinyin.pinyin` builds at every call, built once: its segmenter and its converter."""
    pp = pypinyin_module()
    from pypinyin.converter import UltimateConverter

    converter = UltimateConverter()
    return pp.core.Pinyin(converter).seg, converter


def _as_is(chars: str) -> list[str]:
    """What pinyin keeps of characters without a reading (Latin letters, digits): themselves."""
    return [chars]


class _Keyboard(dict):
    """Each character → what a keyboard types for it: ü as v, a letter or digit without its
    tone marks (the NFKD decomposition's letters and digits), nothing for a space, a mark or
    punctuation. Filled as characters come, for `str.translate`: the sort order of a big
    glossary asks for every entry's pinyin this way several times, character by character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        plain = "v" if char == "ü" else "".join(
            ch for ch in unicodedata.normalize("NFKD", char) if ch.isalnum() and not unicodedata.combining(ch))
        self[code] = plain
        return plain


_KEYBOARD = _Keyboard()


def toneless(pinyin_text: str) -> str:
    """Pinyin as typed on a keyboard: no tones, no spaces, lower case. (NFKD decomposes each
    character alone, and only the combining marks it reorders, which are dropped, move: so the
    text is done character by character.)

    >>> toneless("sì héng sān zòng")
    'sihengsanzong'
    """
    return pinyin_text.translate(_KEYBOARD).lower()


def initials(pinyin_text: str) -> str:
    """First letter of each syllable, as people abbreviate pinyin.

    >>> initials("sì héng sān zòng")
    'shsz'
    """
    return "".join(toneless(syllable)[:1] for syllable in pinyin_text.split())


def sort_key(term: str, pinyin_text: str) -> tuple[str, str]:
    """Order of entries in terms.yml and indexes: pinyin as a reader expects, then the term."""
    return (toneless(pinyin_text) or key(term), term)
