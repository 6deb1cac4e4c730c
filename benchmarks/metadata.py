"""How many reports get the right title, place, level and year, against a corpus's truth table.

    python benchmarks/metadata.py [--corpus ../shared/corpus/dev] [--truth ../shared/corpus/dev.tsv] [-v]

Each report is read the way `glossary extract` reads it (file name included). The truth table
spells a place as its whole path (广东省深圳市福田区); a detected place is right when it is the
last part of that path (福田区), the report's own name. A 新区 renamed a 区 (光明新区, now
光明区) counts as the same place, in a separate column so the strict figure stays visible.
A title is right when there is one and it is not the file id. `-v` lists every miss.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

from glossary.read.sources import read_report

_SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_LEVELS = {"province": "province", "province-level": "province", "district": "district", "county": "county"}


def truth_level(level: str) -> str:
    """dev.tsv's levels (`city (sub-provincial)`, `province-level`, …) in the tool's four words."""
    return "city" if level.startswith("city") else _LEVELS.get(level, level)


def place_is(detected: str | None, region: str, renamed_ok: bool) -> bool:
    if not detected:
        return False
    if region.endswith(detected):
        return True
    return renamed_ok and re.sub("新区$", "区", region).endswith(re.sub("新区$", "区", detected))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=_SHARED / "dev")
    parser.add_argument("--truth", type=Path, default=_SHARED / "dev.tsv")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()

    rows = list(csv.DictReader(args.truth.open(encoding="utf-8"), delimiter="\t"))
    hits = {"year": 0, "place": 0, "place (renamed 新区 ok)": 0, "level": 0, "title": 0, "year and place": 0}
    for row in rows:
        path = args.corpus / row["file"]
        report = read_report(path)
        level = getattr(report, "level", None)
        ok = {
            "year": report.year == int(row["year"]),
            "place": place_is(report.place, row["region"], renamed_ok=False),
            "place (renamed 新区 ok)": place_is(report.place, row["region"], renamed_ok=True),
            "level": level == truth_level(row["level"]),
            "title": bool(report.title) and report.title != report.id,
        }
        ok["year and place"] = ok["year"] and ok["place (renamed 新区 ok)"]
        for name, good in ok.items():
            hits[name] += good
        if args.verbose and not all(ok.values()):
            misses = ", ".join(name for name, good in ok.items() if not good)
            print(f"{row['file']}: {misses}: got {report.title!r} {report.place!r} {level!r} {report.year!r}; "
                  f"truth {row['region']} {row['level']} {row['year']}")
    total = len(rows)
    print(f"{total} reports in {args.truth}")
    for name, count in hits.items():
        print(f"{name:24} {count:3}/{total}  {100 * count / total:5.1f}%")


if __name__ == "__main__":
    main()
