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
import os
import random
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
from glossary.site.render import Site  # noqa: E402
from glossary.store import dumps  # noqa: E402

# Marks the moment the first result appears, in milliseconds since navigation start.
_WATCH = """
new MutationObserver((_, observer) => {
  if (document.querySelector('.md-search-result__item')) {
    window.__firstResult = performance.now(); observer.disconnect()
  }
}).observe(document, {childList: true, subtree: true})
"""


def project(root: Path, count: int) -> tuple[Path, list[str]]:
    """A built site of `count` generated terms, and the URL paths of its term pages."""
    glossary = generate(count)
    scaffold.init(root, "基准词典")
    (root / "terms.yml").write_text(dumps(glossary), encoding="utf-8")
    started = time.perf_counter()
    build(root)
    print(f"{count} terms: built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    site = Site(glossary)
    return root / "site", [(site.term_path(e["term"])[: -len(".md")] + "/", e["term"]) for e in site.entries]


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


def first_result(page, url: str) -> float:
    page.goto(url)
    page.wait_for_selector(".md-search-result__item", timeout=60_000)
    return page.evaluate("window.__firstResult")


def measure(site: Path, pages: list[tuple[str, str]], runs: int) -> dict[str, float]:
    rng = random.Random(3)
    figures: dict[str, list[float]] = {"first page ms": [], "second page ms": [], "tab MB": [], "tab peak MB": []}
    with serve(site) as base:
        for _ in range(runs):
            (one, first_term), (two, second_term) = rng.sample(pages, 2)
            with launch() as browser:
                page = browser.new_page()
                page.add_init_script(_WATCH)
                figures["first page ms"].append(first_result(page, base + one + "?q=" + urllib.parse.quote(first_term)))
                figures["second page ms"].append(first_result(page, base + two + "?q=" + urllib.parse.quote(second_term)))
                page.wait_for_timeout(1000)
                current, peak = renderer_memory()
                figures["tab MB"].append(current)
                figures["tab peak MB"].append(peak)
    return {name: statistics.median(values) for name, values in figures.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, nargs="+", default=[12_000, 50_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the generated sites here and keep them")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp())
    try:
        for count in args.terms:
            site, pages = project(root / str(count), count)
            figures = measure(site, pages, args.runs)
            print(f"terms: {count}, runs: {args.runs} (medians): " + ", ".join(f"{k} {v:.0f}" for k, v in figures.items()))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
