"""Taking a written form apart: the headword inside the quotation marks, the fuller display form."""

from __future__ import annotations

import functools
import re

from ..keys import QUOTES
from .heads import joins_items

_SPACES = re.compile(r"\s+")
_QUOTE_MARKS = re.compile(f"[{re.escape(QUOTES)}]")
_QUOTED = re.compile(r"[“\"「『‘'＂]([^“”\"「」『』‘’'＂]+)[”\"」』’'＂]")


@functools.lru_cache(maxsize=1 << 14)
def split_headword(written: str) -> tuple[str, str | None]:
    """Return (term, display) for a name as a report writes it.

    The quoted part is the term; the whole form is the display when a head noun belongs to it.
    A heading that joins its quoted name to other items by 、 or 和/与/及 (科技英才领航工程和“双千”
    计划, 人大“介入式”全口径、全过程监督) names several things: the whole is no form of one.

    >>> split_headword("婚俗改革“1314”工作法")
    ('1314', '婚俗改革“1314”工作法')
    >>> split_headword("“四乱”")
    ('四乱', None)
    >>> split_headword("河长制")
    ('河长制', None)
    >>> split_headword("科技英才领航工程和“双千”计划")
    ('双千', None)

    Remembered: it depends on the form alone, and a report's terms are taken apart again at
    each stage of grouping them.
    """
    written = _SPACES.sub("", written)
    quoted = _QUOTED.findall(written)
    bare = written.strip(QUOTES)
    if len(quoted) == 1 and _QUOTED.sub("", written):
        return quoted[0], None if joins_items(_QUOTED.sub("", written)) else written
    return _QUOTE_MARKS.sub("", bare) or written, None
