"""How fast a big glossary site answers its first search, and what the tab holds, in Chromium.

Generates a glossary of N terms (the generator of site_build.py), builds it with `glossary init`'s
mkdocs.yml, serves it on 127.0.0.1 and, several times in a fresh browser each:
  - opens a term page with `?q=<a term>` and times the first result list from navigation start
    (first page: nothing cached yet);
  - opens another term page with another `?q=` in the same tab (second page: HTTP cache warm),
    which shows whether the search index is built again on every page;
  - reads the peak and current resident memory of the tab's renderer process (it holds the search
    worker too) from /proc.
Prints the medians. Goals: first results <= 500 ms at 12k terms and <= 1 s at 50k, the tab under 200 MB.

    python benchmarks/search_speed.py [--terms 12000 50000] [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import html
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from browser import launch, serve  # noqa: E402
from site_build import build, generate  # noqa: E402

from glossary.site import scaffold  # noqa: E402
from glossary.store import dumps  # noqa: E402

# Marks the moment the first result appears, in milliseconds since navigation start.
_WATCH = """
new MutationObserver((_, observer) => {
  if (document.querySelector('.md-search-result__item')) {
    window.__firstResult = performance.now(); observer.disconnect()
  }
}).observe(document, {childList: true, subtree: true})
"""


def project(root: Path, count: int) -> Path:
    """A built site of `count` generated terms."""
    glossary = generate(count)
    scaffold.init(root, "基准词典")
    (root / "terms.yml").write_text(dumps(glossary), encoding="utf-8")
    started = time.perf_counter()
    build(root)
    print(f"{count} terms: built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return root / "site"


def renderer_memory() -> tuple[float, float]:
    """(current, peak) resident MB of the biggest Chromium renderer under this process."""
    parents, renderers = {}, []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry.name)] = int(fields["PPid"])
        if b"--type=renderer" in cmdline and b"--extension-process" not in cmdline:
            renderers.append((int(entry.name), fields))

    def mine(pid: int) -> bool:
        while pid > 1:
            if pid == os.getpid():
                return True
            pid = parents.get(pid, 1)
        return False

    sizes = [(int(f["VmRSS"].split()[0]) / 1024, int(f["VmHWM"].split()[0]) / 1024) for pid, f in renderers if mine(pid)]
    return max(sizes, default=(0.0, 0.0))


def first_result(page, url: str) -> tuple[float, float]:
    """(first result, DOMContentLoaded) in ms after navigation start: how long the search took,
    and how much of that the page itself took to load."""
    page.goto(url)
    page.wait_for_selector(".md-search-result__item", timeout=60_000)
    return page.evaluate("[window.__firstResult, performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd]")


def built_pages(site: Path) -> list[tuple[str, str]]:
    """The URL paths and headwords of a built site's term pages."""
    found = []
    for page in sorted((site / "terms").glob("*/index.html")):
        heading = re.search(r"<h1[^>]*>(.*?)<", page.read_text(encoding="utf-8"))
        found.append((f"terms/{page.parent.name}/", html.unescape(heading.group(1))))
    return found


def measure_once(base: str, pages: list[tuple[str, str]], rng: random.Random) -> dict[str, float]:
    """One fresh browser: a term page searching a term, then another page of the same tab."""
    (one, first_term), (two, second_term) = rng.sample(pages, 2)
    with launch() as browser:
        page = browser.new_page()
        page.add_init_script(_WATCH)
        first, loaded = first_result(page, base + one + "?q=" + urllib.parse.quote(first_term))
        second, _ = first_result(page, base + two + "?q=" + urllib.parse.quote(second_term))
        page.wait_for_timeout(1000)
        current, peak = renderer_memory()
    return {"first page ms": first, "its page load ms": loaded, "second page ms": second, "tab MB": current, "tab peak MB": peak}


def measure(sites: list[Path], runs: int) -> list[dict[str, float]]:
    """Medians per site; the sites take turns run by run, so that all see the same noise."""
    figures: list[dict[str, list[float]]] = [{} for _ in sites]
    with contextlib.ExitStack() as stack:
        served = [(stack.enter_context(serve(site)), built_pages(site), random.Random(3)) for site in sites]
        for _ in range(runs):
            for (base, pages, rng), found in zip(served, figures, strict=True):
                for name, value in measure_once(base, pages, rng).items():
                    found.setdefault(name, []).append(value)
    return [{name: statistics.median(values) for name, values in found.items()} for found in figures]


def report(label: str, runs: int, figures: dict[str, float]) -> None:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{label}, runs: {runs} (medians; load average {load}): " + ", ".join(f"{k} {v:.0f}" for k, v in figures.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, nargs="+", default=[12_000, 50_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the generated sites here and keep them")
    parser.add_argument("--built", type=Path, nargs="+", help="measure these built sites instead, taking turns (A/B)")
    args = parser.parse_args()
    if args.built:
        for site, figures in zip(args.built, measure(args.built, args.runs), strict=True):
            report(str(site), args.runs, figures)
        return
    root = args.keep or Path(tempfile.mkdtemp())
    try:
        for count in args.terms:
            site = project(root / str(count), count)
            report(f"terms: {count}", args.runs, measure([site], args.runs)[0])
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
