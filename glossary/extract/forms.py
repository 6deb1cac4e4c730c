"""Taking a written form apart: the headword inside the quotation marks, the fuller display form."""

from __future__ import annotations

import re

from ..keys import QUOTES

_QUOTED = re.compile(r"[“\"「『‘'＂]([^“”\"「」『』‘’'＂]+)[”\"」』’'＂]")


def split_headword(written: str) -> tuple[str, str | None]:
    """Return (term, display) for a name as a report writes it.

    The quoted part is the term; the whole form is the display when a head noun belongs to it.

    >>> split_headword("婚俗改革“1314”工作法")
    ('1314', '婚俗改革“1314”工作法')
    >>> split_headword("“四乱”")
    ('四乱', None)
    >>> split_headword("河长制")
    ('河长制', None)
    """
    written = re.sub(r"\s+", "", written)
    quoted = _QUOTED.findall(written)
    bare = written.strip(QUOTES)
    if len(quoted) == 1 and _QUOTED.sub("", written):
        return quoted[0], written
    return re.sub(f"[{re.escape(QUOTES)}]", "", bare) or written, None
