"""The whole-report patterns tried only where a match can begin find what finditer finds, and
counts in figures said twice are found in one pass as text.count finds them."""

import os

from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary.extract.acronyms import _ACRONYM, _LETTER
from glossary.extract.numbered import (
    _BRACKETED_CODE,
    _CAPITAL,
    _CODE,
    _CODE_FORMULA,
    _LETTER_OR_DIGIT,
    _LONGEST_NAME,
    _NAMED_CODE,
    _said_twice,
)
from glossary.extract.scan import matches_ending, matches_from

# Han characters, brackets of both widths, letters of both cases, digits and the marks the
# patterns look for on either side of a code
TEXT = st.text("甲乙丙丁（）()ABCxy12+.-& 、", max_size=80)


def found(matches):
    return [(m.span(), m.groups()) for m in matches]


@settings(max_examples=500, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(TEXT)
@example("推进CIM平台和PPP建设，COCO Park，R&D，PM2.5，F5G+5G+X，T6、T7")
def test_codes_and_acronyms_are_the_matches_of_the_whole_scan(text):
    assert found(matches_from(_ACRONYM, _LETTER, text)) == found(_ACRONYM.finditer(text))
    assert found(matches_from(_CODE, _CAPITAL, text)) == found(_CODE.finditer(text))
    assert found(matches_from(_CODE_FORMULA, _LETTER_OR_DIGIT, text)) == found(_CODE_FORMULA.finditer(text))


@settings(max_examples=500, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(st.lists(st.sampled_from(["甲乙丙", "丁" * 25, "（AB）", "(C1)", "（甲）", "AB", "（", "）", "，"]), max_size=12).map("".join))
@example("智能融合低空系统（SILAS）与挪威船级社(DNV)合作，（AB）（CD）")
def test_named_codes_are_the_matches_of_the_whole_scan(text):
    assert found(matches_ending(_NAMED_CODE, _BRACKETED_CODE, text, _LONGEST_NAME)) == found(_NAMED_CODE.finditer(text))


FIGURES = st.text("0126个项大甲乙", max_size=40)


@settings(max_examples=500, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(FIGURES, st.lists(st.from_regex("[12][0-9]?[个项大][甲乙0-9]{0,3}", fullmatch=True), max_size=5))
@example("6个甲6个甲，16个甲乙", ["6个甲", "16个甲"])
def test_counts_said_twice_are_those_text_count_finds_twice(text, terms):
    assert _said_twice(text, set(terms)) == {term for term in terms if text.count(term) >= 2}
