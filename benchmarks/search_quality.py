"""Search every live term of a built site in headless Chromium, the way readers type it.

For each term: its headword must give its own page as the first result; its toneless pinyin,
its initials and its last inner word must list it among the first five. Prints the share of
each kind of query and the misses.

    mkdocs build && python benchmarks/search_quality.py --site site --terms terms.yml
"""

from __future__ import annotations

import argparse
import random
import sys
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from browser import launch, serve  # noqa: E402

from glossary import store  # noqa: E402
from glossary.lookup import readings  # noqa: E402
from glossary.searchwords import inner_words  # noqa: E402


def titles(page, base: str, query: str) -> list[str]:
    page.goto(base + "?q=" + urllib.parse.quote(query))
    try:
        page.wait_for_selector(".md-search-result__item", timeout=4000)
    except Exception:
        return []
    page.wait_for_timeout(150)
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
    scores: dict[str, list[int]] = {"headword first": [], "pinyin top 5": [], "initials top 5": [], "inner word top 5": []}
    with serve(Path(args.site)) as base, launch() as browser:
        page = browser.new_page()
        for entry in entries:
            term = entry["term"]
            spelled, abbreviated = readings(entry)
            inner = [w for w in inner_words(term) if len(w) >= 2]
            checks = [("headword first", term, 1)]
            if spelled != term.lower():
                checks += [("pinyin top 5", spelled, 5), ("initials top 5", abbreviated, 5)]
            if inner:
                checks.append(("inner word top 5", inner[-1], 5))
            for name, query, top in checks:
                ok = term in titles(page, base, query)[:top]
                scores[name].append(ok)
                if not ok:
                    print(f"MISS {name}: {query!r} -> {term}")
    for name, results in scores.items():
        if results:
            print(f"{name}: {sum(results)}/{len(results)} ({sum(results) / len(results):.1%})")


if __name__ == "__main__":
    main()
