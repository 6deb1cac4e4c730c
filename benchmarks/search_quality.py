"""Search every live term of a built site in headless Chromium, the way readers type it.

For each term: its headword, and the headword in quotation marks, must give its own page as the
first result, and so must its pinyin with spaces and tone marks; its toneless pinyin, its
initials, its last two characters and its second and third must list it among the first five;
a typo (its last character replaced by one no term ends with) must suggest it among the first
five. Prints the share of each kind of query and the misses.

    mkdocs build && python benchmarks/search_quality.py --site site --terms terms.yml
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from browser import launch, serve  # noqa: E402

from glossary import store  # noqa: E402
from glossary.search import readings  # noqa: E402

_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def titles(page, query: str) -> list[str]:
    """Type a query into the open search box and read the result titles, best first."""
    page.fill(".md-search__input", query)
    page.press(".md-search__input", "End")  # Material searches on key events, not on fill
    page.wait_for_timeout(250)
    return [h.inner_text().replace("\u200b", "") for h in page.locator(".md-search-result__item h1").all()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--site", default="site")
    ap.add_argument("--terms", default="terms.yml")
    ap.add_argument("--sample", type=int, default=0, help="check this many terms at random (0: all)")
    args = ap.parse_args()
    entries = store.load(Path(args.terms)).live()
    if args.sample:
        entries = random.Random(1).sample(entries, min(args.sample, len(entries)))
    scores: dict[str, list[int]] = {"headword first": [], "quoted first": [], "pinyin as written first": [], "pinyin top 5": [],
                                    "initials top 5": [], "inner word top 5": [], "typo suggests top 5": []}
    endings = {entry["term"][-1] for entry in entries}
    typo = next(ch for ch in "某甲乙丙丁戊己庚辛壬癸" if ch not in endings)
    with serve(Path(args.site)) as base, launch() as browser:
        page = browser.new_page()
        page.goto(base + "?q=" + urllib.parse.quote(entries[0]["term"]))  # opens the search box
        page.wait_for_selector(".md-search-result__item")
        for entry in entries:
            term = entry["term"]
            spelled, abbreviated = readings(entry)[0]
            pieces = [term[-2:], term[1:3]] if len(term) >= 4 else [term[-2:]] if len(term) == 3 else []
            checks = [("headword first", term, 1), ("quoted first", f"“{term}”", 1)]
            if _HAN.search(term):
                checks += [("pinyin as written first", entry.get("pinyin") or "", 1), ("pinyin top 5", spelled, 5),
                           ("initials top 5", abbreviated, 5)]
                if len(term) >= 3 and _HAN.fullmatch(term[-1]):
                    checks += [("typo suggests top 5", term[:-1] + typo, 5)]
            checks += [("inner word top 5", piece, 5) for piece in pieces if _HAN_ONLY.fullmatch(piece)]
            for name, query, top in checks:
                found = titles(page, query)
                ok = term in found[:top]
                scores[name].append(ok)
                if not ok:
                    print(f"MISS {name}: {query!r} -> {term}; got {found[:top]}")
    for name, results in scores.items():
        if results:
            print(f"{name}: {sum(results)}/{len(results)} ({sum(results) / len(results):.1%})")


if __name__ == "__main__":
    main()
