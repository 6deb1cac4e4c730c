"""How fast a big glossary site answers its first search, and what the tab holds, in Chromium;
optionally the same for Pagefind on the same site.

Generates a glossary of N terms (the generator of site_build.py), builds it with `glossary init`'s
mkdocs.yml (a real build of every page), serves it on 127.0.0.1 and, several times in a fresh
browser each:
  - opens a term page with `?q=<a term>` and times the first result list from navigation start
    (first page: nothing cached yet), with that page's own DOMContentLoaded for comparison;
  - opens another term page with another `?q=` in the same tab (second page: HTTP cache warm),
    which shows whether the search index is built again on every page;
  - reads the peak and current resident memory of the tab's renderer process (it holds the search
    worker too) from /proc, and adds up the search files the two pages fetched.
Prints the medians with the load average. Goals: first results <= 500 ms at 12k terms and <= 1 s
at 50k, the tab under 200 MB.

With --pagefind COMMAND each site is also indexed by Pagefind (its articles, Chinese segmentation
on) and searched through Pagefind's JavaScript API (the data of its first ten results loaded,
with our worker blocked), taking turns with ours run by run; then, for a sample of terms, what
each search lists first and in its first ten when asked by Chinese, toned pinyin, pinyin with
spaces, joined pinyin and initials. --built measures sites built before (A/B: old and new code).

    python benchmarks/search_speed.py [--terms 12000 50000] [--runs 5] [--keep DIR]
    python benchmarks/search_speed.py --built OLD/site NEW/site --runs 7
    python benchmarks/search_speed.py --built SITE --pagefind "/path/to/venv/bin/python -m pagefind"

Figures (2 shared cores under a load average of 10-13, so every time is several times an idle
machine's; medians of the runs, sites taking turns in one run):

12,000 terms, 7 runs: first page / second page / tab
    465-term site (the floor: a page with a tiny index)   1025 ms   450 ms   179 MB
    one JSON index (before)                               1042 ms   684 ms   195 MB
    keys.txt + texts in pieces                            1011 ms   490 ms   182 MB
    the same, keys.txt prefetched (another run, 7 runs):   886 ms   464 ms   184 MB  (999 ms without)
    and Material's search_index.json prefetched too (7 runs, load 8.7): 712 ms against 883 ms
  Search files fetched by the two pages: 2,424 kB before, 776 kB after.

With the code as it now is (both prefetches), at a quieter moment (load 2 for 12k, 5 for 50k):
    12,000 terms, 7 runs, a fresh build (104 s):  first page / second page / tab (peak)
      465-term site (the floor)     613 ms   283 ms   180 MB (186)
      one JSON index (before)       610 ms   336 ms   198 MB (207); fetched 2,424 kB
      now                           506 ms   306 ms   186 MB (191); fetched   776 kB
    50,000 terms, 5 runs (the 50k build above, with both prefetch links added to its pages):
      one JSON index (before)      1400 ms   766 ms   233 MB (240); fetched 10,019 kB
      now                           888 ms   435 ms   194 MB (205); fetched  2,699 kB

12,000 terms, ours against Pagefind 1.5.2 (extended), 5 runs, load 12-13:
    ours       1680 ms  774 ms  184 MB; fetched 775 kB; stores 26 files, 2.3 MB (0.9 MB gzipped)
    Pagefind   3136 ms 1721 ms  196 MB; fetched about 600 kB of its own; stores 12,635 files,
               20.2 MB (already compressed); indexing took 174 s
  (these pages also prefetched our keys.txt, 0.6 MB, counted in Pagefind's tab; the benchmark
  now refuses it for Pagefind's runs.) Of 20 terms, listed first (in the first ten) when asked by
  Chinese / toned pinyin / pinyin with spaces / joined pinyin / initials:
  ours 20 (20) / 20 (20) / 20 (20) / 20 (20) / 18 (20); Pagefind 16 (17) / 15 (19) / 0 / 0 / 0.
  Pagefind knows no pinyin: toned pinyin is found only because term pages print it; plain and
  joined pinyin and initials would need every key written into each page as hidden text, and
  lookup's order and suggestions a ranking of our own on top of it.

50,000 terms (real builds of 50,000 term pages: 35 min before, 27 min after, under load), 3 runs,
load 5-6, with Pagefind on the same site:
    one JSON index (before)          1216 ms   520 ms   234 MB (peak 235); fetched 10,019 kB
    keys.txt prefetched + pieces      706 ms   387 ms   194 MB (peak 205); fetched 2,699 kB
    Pagefind                         2064 ms  1146 ms   249 MB (peak 285); fetched about 11 MB;
                                     stores 51,732 files, 80 MB
  (the prefetch link was added to the built pages as the plugin now writes it: the build had
  started before that change.) Of 10 terms, Pagefind listed 4 first by their Chinese headword,
  8 by toned pinyin, none by plain pinyin or initials; ours all 10 by each form but initials (5
  first, 10 in the first ten: initials are shared by many terms, and lookup lists shorter first).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gzip
import html
import os
import random
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from browser import launch, serve  # noqa: E402
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from site_build import build, generate  # noqa: E402

from glossary.keys import initials, pinyin, toneless  # noqa: E402
from glossary.site import scaffold  # noqa: E402
from glossary.store import dumps  # noqa: E402

# Our search: Material's search box, answered by the glossary's worker. Marks the moment the first
# result appears, in milliseconds since navigation start, and what the results link to.
_OURS = """
new MutationObserver((_, observer) => {
  if (document.querySelector('.md-search-result__item')) {
    window.__firstResult = performance.now(); observer.disconnect()
    window.__found = [...document.querySelectorAll('.md-search-result__item a')].map(a => a.href)
  }
}).observe(document, {childList: true, subtree: true})
"""

# Pagefind's JavaScript API (pagefind.js, the index under /pagefind/) asked for ?pagefind=<query>
# once the page is parsed, and the data of its first ten results loaded (what a list shows).
_PAGEFIND = """
addEventListener("DOMContentLoaded", async () => {
  const query = new URLSearchParams(location.search).get("pagefind")
  if (!query) return
  const pagefind = await import("/pagefind/pagefind.js")
  const search = await pagefind.search(query)
  const shown = await Promise.all(search.results.slice(0, 10).map(result => result.data()))
  window.__found = shown.map(data => new URL(data.url, location.href).href)
  window.__firstResult = performance.now()
})
"""


@dataclasses.dataclass(frozen=True)
class Engine:
    """A search to measure: the URL parameter a page searches, the script that runs it in the page
    (setting window.__firstResult and window.__found), the folder of its index and requests to refuse."""
    name: str
    parameter: str
    script: str
    index: str
    blocked: tuple[str, ...] = ()


OURS = Engine("glossary", "q", _OURS, "/search/")
PAGEFIND = Engine("pagefind", "pagefind", _PAGEFIND, "/pagefind/", blocked=("**/workers/glossary-search.js*", "**/search/glossary/**"))


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
    page.wait_for_function("window.__firstResult !== undefined", timeout=60_000)
    return page.evaluate("[window.__firstResult, performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd]")


def new_page(browser, engine: Engine):
    page = browser.new_page()
    page.add_init_script(engine.script)
    for pattern in engine.blocked:
        page.route(pattern, lambda route: route.abort())
    return page


def searched(base: str, path: str, engine: Engine, query: str) -> str:
    return base + path + f"?{engine.parameter}=" + urllib.parse.quote(query)


def built_pages(site: Path) -> list[tuple[str, str]]:
    """The URL paths and headwords of a built site's term pages."""
    found = []
    for page in sorted((site / "terms").glob("*/index.html")):
        heading = re.search(r"<h1[^>]*>(.*?)<", page.read_text(encoding="utf-8"))
        found.append((f"terms/{page.parent.name}/", html.unescape(heading.group(1))))
    return found


def measure_once(site: Path, base: str, engine: Engine, pages: list[tuple[str, str]], rng: random.Random) -> dict[str, float]:
    """One fresh browser: a term page searching a term, then another page of the same tab; the
    search files it fetched (kB, as stored)."""
    (one, first_term), (two, second_term) = rng.sample(pages, 2)
    with launch() as browser:
        page = new_page(browser, engine)
        fetched: set[str] = set()
        page.on("request", lambda request: fetched.add(urllib.parse.unquote(urllib.parse.urlsplit(request.url).path)))
        first, loaded = first_result(page, searched(base, one, engine, first_term))
        second, _ = first_result(page, searched(base, two, engine, second_term))
        page.wait_for_timeout(1000)
        current, peak = renderer_memory()
    index = [site / p.lstrip("/") for p in fetched if p.startswith(engine.index)]
    return {"first page ms": first, "its page load ms": loaded, "second page ms": second, "tab MB": current,
            "tab peak MB": peak, "index kB fetched": sum(p.stat().st_size for p in index if p.is_file()) / 1000}


def measure(sites: list[tuple[Path, Engine]], runs: int) -> list[dict[str, float]]:
    """Medians per site and search; they take turns run by run, so that all see the same noise."""
    figures: list[dict[str, list[float]]] = [{} for _ in sites]
    with contextlib.ExitStack() as stack:
        served = [(site, stack.enter_context(serve(site)), engine, built_pages(site), random.Random(3)) for site, engine in sites]
        for _ in range(runs):
            for (site, base, engine, pages, rng), found in zip(served, figures, strict=True):
                for name, value in measure_once(site, base, engine, pages, rng).items():
                    found.setdefault(name, []).append(value)
    return [{name: statistics.median(values) for name, values in found.items()} for found in figures]


def forms(term: str) -> dict[str, str]:
    """The ways a reader may type a term."""
    toned = pinyin(term)
    return {"Chinese": term, "toned pinyin": toned, "pinyin": toneless(toned.replace(" ", "-")).replace("-", " "),
            "joined pinyin": toneless(toned), "initials": initials(toned)}


def finds(site: Path, engine: Engine, sample: int) -> dict[str, tuple[int, int]]:
    """Of `sample` terms, how many a search by each form lists first, and in its first ten."""
    counts: dict[str, list[int]] = {}
    with serve(site) as base, launch() as browser:
        page = new_page(browser, engine)
        for path, term in random.Random(5).sample(built_pages(site), sample):
            for form, query in forms(term).items():
                page.goto(searched(base, "", engine, query))
                try:
                    page.wait_for_function("window.__firstResult !== undefined", timeout=10_000)
                    found = [urllib.parse.urlsplit(url).path for url in page.evaluate("window.__found")]
                except PlaywrightTimeout:
                    found = []
                tally = counts.setdefault(form, [0, 0])
                tally[0] += found[:1] == ["/" + path]
                tally[1] += "/" + path in found[:10]
    return {form: (first, ten) for form, (first, ten) in counts.items()}


def pagefind_index(site: Path, command: str) -> None:
    """Index a built site's articles with Pagefind (into site/pagefind/), its Chinese segmentation on."""
    started = time.perf_counter()
    subprocess.run([*shlex.split(command), "--site", str(site), "--root-selector", "article", "--force-language", "zh",
                    "--quiet"], check=True)
    print(f"{site}: Pagefind indexed it in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def sizes(site: Path) -> str:
    """What each search stores: files and MB (gzipped, as a server would send them)."""
    def size(paths: list[Path]) -> str:
        raw = sum(p.stat().st_size for p in paths)
        packed = sum(len(gzip.compress(p.read_bytes())) for p in paths)
        return f"{len(paths)} files, {raw / 1e6:.1f} MB ({packed / 1e6:.1f} MB gzipped)"

    ours = site / "search" / "glossary"
    found = (f"glossary index {size(list(ours.iterdir()))}, of which keys.txt {size([ours / 'keys.txt'])}" if ours.is_dir()
             else f"glossary index (one file) {size([site / 'search' / 'glossary.json'])}")
    pagefind = [p for p in (site / "pagefind").rglob("*") if p.is_file()] if (site / "pagefind").is_dir() else []
    return found + (f"; Pagefind {size(pagefind)}" if pagefind else "")


def report(label: str, runs: int, figures: dict[str, float]) -> None:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{label}, runs: {runs} (medians; load average {load}): " + ", ".join(f"{k} {v:.0f}" for k, v in figures.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, nargs="+", default=[12_000, 50_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the generated sites here and keep them")
    parser.add_argument("--built", type=Path, nargs="+", help="measure these built sites instead, taking turns (A/B)")
    parser.add_argument("--pagefind", metavar="COMMAND",
                        help="also index each site with this Pagefind command (e.g. 'python -m pagefind' of an environment "
                             "with pagefind[extended]) and measure it, taking turns with ours, and what each finds")
    parser.add_argument("--sample", type=int, default=20, help="terms searched by each form to count what is found")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp())
    try:
        sites = args.built or [project(root / str(count), count) for count in args.terms]
        for site in sites:
            if args.pagefind and not (site / "pagefind").is_dir():
                pagefind_index(site, args.pagefind)
        engines = [OURS, PAGEFIND] if args.pagefind else [OURS]
        runs = [(site, engine) for site in sites for engine in engines]
        for (site, engine), figures in zip(runs, measure(runs, args.runs), strict=True):
            report(f"{site} ({len(built_pages(site))} terms), {engine.name}", args.runs, figures)
        for site in sites:
            print(f"{site}: {sizes(site)}")
            for engine in engines:
                found = finds(site, engine, args.sample)
                print(f"  {engine.name}, of {args.sample} terms, lists first (and in its first ten) when asked by: "
                      + ", ".join(f"{form} {first} ({ten})" for form, (first, ten) in found.items()))
    finally:
        if not args.keep and not args.built:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
