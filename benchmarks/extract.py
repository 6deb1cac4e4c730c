"""Time `glossary extract` stages on the development reports; prints medians of several runs.

    python benchmarks/extract.py [--corpus ../shared/corpus/seeds] [--runs 5]

Reading and extraction are timed in-process after jieba has loaded (its one-off start-up of
about a second is printed separately), so the figures compare code, not cold caches.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from glossary import store
from glossary.extract import extract_reports
from glossary.language import jieba
from glossary.read.sources import find_reports, read_report


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    startup, _ = timed(jieba)
    files = find_reports([args.corpus])
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    read, extract, merge, load = [], [], [], []
    for _ in range(args.runs):
        t_read, reports = timed(lambda: [read_report(p) for p in files])
        t_extract, found = timed(lambda reports=reports: extract_reports(reports))
        with tempfile.TemporaryDirectory() as tmp:
            glossary = store.Glossary()

            def merge_and_save(glossary=glossary, reports=reports, found=found, tmp=tmp):
                return store.merge(glossary, reports, found), store.save(glossary, Path(tmp) / "t.yml")

            t_merge, _ = timed(merge_and_save)
            t_load, _ = timed(lambda tmp=tmp: store.load(Path(tmp) / "t.yml"))
        read.append(t_read)
        extract.append(t_extract)
        merge.append(t_merge)
        load.append(t_load)
    median = statistics.median
    print(f"{len(files)} reports, {chars:,} characters, {args.runs} runs (medians)")
    print(f"jieba start-up      {startup:6.2f} s (once per process)")
    print(f"read + normalise    {median(read):6.3f} s")
    print(f"extract             {median(extract):6.3f} s  ({chars / median(extract) / 1000:,.0f} k chars/s)")
    print(f"merge + save        {median(merge):6.3f} s")
    print(f"load terms.yml      {median(load):6.3f} s  (parse and validate what was saved)")


if __name__ == "__main__":
    main()
