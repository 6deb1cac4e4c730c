"""Time a cold `glossary lookup` (a fresh process, as a user runs it) on big glossaries.

Builds terms.yml files of 12,000 and 50,000 entries from the terms of the development corpus
(extracted from ../shared/corpus/dev, or taken from --source): the real entries first, then
copies whose names carry a suffix (四横三纵甲), so sizes, names and pinyin stay realistic.
For each size it prints the first lookup (which reads terms.yml and writes the index), the
median of --runs later lookups against the median of as many `python -c pass` run in turn with
them (on a shared machine the load changes from one second to the next; alternating makes both
medians see the same), and, with --without-index, one lookup that cannot use an index (what
every lookup cost before there was one).

    python benchmarks/lookup.py [--source terms.yml] [--sizes 12000 50000] [--runs 5] [--without-index]
"""

from __future__ import annotations

import argparse
import copy
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from glossary.keys import pinyin
from glossary.lookup.index import index_path
from glossary.store import Glossary, dumps

_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
_MARKS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
_QUERY = "八项规定"


def dev_terms(work: Path) -> Path:
    """The development corpus extracted as a user would (about a minute)."""
    terms = work / "dev.yml"
    subprocess.run([sys.executable, "-m", "glossary", "extract", str(_CORPUS), "-o", str(terms)], check=True,
                   capture_output=True)
    return terms


def scaled(source: Path, count: int) -> Glossary:
    """`count` entries: the source's, then copies renamed with a suffix mark per round."""
    data = yaml.load(source.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    base = [e for e in data["terms"] if e.get("status") != "rejected"]
    terms = []
    for n in range(count):
        entry = copy.deepcopy(base[n % len(base)])
        if rounds := n // len(base):
            mark = _MARKS[(rounds - 1) % len(_MARKS)] * (1 + (rounds - 1) // len(_MARKS))
            entry["term"] += mark
            if entry.get("display"):
                entry["display"] += mark
            entry["aliases"] = [a + mark for a in entry.get("aliases") or []] or None
            entry["pinyin"] = pinyin(entry["term"])
        terms.append({k: v for k, v in entry.items() if v is not None})
    return Glossary(reports=data.get("reports") or {}, terms=terms)


def seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    return time.perf_counter() - start


def in_turn(one: list[str], other: list[str], runs: int) -> tuple[float, float]:
    """The median times of two commands run alternately `runs` times each."""
    times = [(seconds(one), seconds(other)) for _ in range(runs)]
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="a terms.yml to scale (default: extract the dev corpus)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[12_000, 50_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--without-index", action="store_true", help="also time one lookup that reads terms.yml")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = args.source or dev_terms(work)
        for size in args.sizes:
            terms = work / f"terms-{size}.yml"
            terms.write_text(dumps(scaled(source, size)), encoding="utf-8")
            lookup = [sys.executable, "-m", "glossary", "lookup", _QUERY, "-f", str(terms)]
            first = seconds(lookup)
            cold, python = in_turn(lookup, [sys.executable, "-c", "pass"], args.runs)
            print(f"{size:,} terms ({terms.stat().st_size / 1e6:.1f} MB): first lookup {first:.1f} s (builds the index), "
                  f"then {cold * 1000:.0f} ms median of {args.runs}; python -c pass {python * 1000:.0f} ms in turn "
                  f"with them ({cold / python:.1f}x python start-up)")
            if args.without_index:
                index = index_path(terms)
                index.unlink()
                index.mkdir()  # in the way: the lookup must read terms.yml
                print(f"  without an index: {seconds(lookup):.1f} s")
                shutil.rmtree(index)


if __name__ == "__main__":
    main()
