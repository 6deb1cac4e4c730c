"""What a report says about itself: its title, the place it governs and the year it plans for."""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEAD_LINES = 30  # title and delivery line sit at the top
_TITLE = re.compile(r"^[(（]?[^。，：:]{0,12}?[)）]?(\d{4}年)?[^。，：:]{0,20}?(人民政府|政府)工作报告([(（][^)）]*[)）])?$")
_PLACE_IN_TITLE = re.compile(r"(?:\d{4}年)?([^\d()（）年]{2,12}?[省市县区州盟旗])(?:人民)?政府工作报告")
_PLACE_IN_CONGRESS = re.compile(r"在([^\d，。第]{2,12}?[省市县区州盟旗])第[一二三四五六七八九十]+届人民代表大会")
_YEAR_IN_TITLE = re.compile(r"(20\d{2}|19\d{2})年")
_DELIVERED = re.compile(r"^[—―\-]{0,2}\s*(\d{4})年\d{1,2}月\d{1,2}日")
_REVIEW = re.compile(r"^[一二三四五六七八九十]+、\s*(?:过去五年和)?(\d{4})年(?:工作)?回顾")


@dataclass(frozen=True)
class Metadata:
    title: str | None
    place: str | None
    year: int | None


def detect(text: str) -> Metadata:
    """Read title, place and year from the lines the genre puts them in.

    The year is the one the report plans for: the title's, else the year of delivery,
    else the year after the one it reviews.

    >>> detect("永吉县人民政府工作报告\\n——在永吉县第十九届人民代表大会第三次会议上\\n一、2023年工作回顾\\n")
    Metadata(title='永吉县人民政府工作报告', place='永吉县', year=2024)
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head = lines[:_HEAD_LINES]
    title = next((line for line in head if _TITLE.match(line)), None)
    return Metadata(title=title, place=_place(title, head), year=_year(title, lines))


def _place(title: str | None, head: list[str]) -> str | None:
    if title and (m := _PLACE_IN_TITLE.search(re.sub(r"^[(（][^)）]*[)）]", "", title))):
        return m.group(1)
    for line in head:
        if m := _PLACE_IN_CONGRESS.search(line):
            return m.group(1)
    return None


def _year(title: str | None, lines: list[str]) -> int | None:
    if title and (m := _YEAR_IN_TITLE.search(title)):
        return int(m.group(1))
    for line in lines[:_HEAD_LINES]:
        if m := _DELIVERED.match(line):
            return int(m.group(1))
    for line in lines:
        if m := _REVIEW.match(line):
            return int(m.group(1)) + 1
    return None
