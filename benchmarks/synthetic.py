"""Inputs for the benchmarks at scale: a corpus N times the development reports, and a terms.yml
of any number of entries made from real extracted ones. Shared by the benchmark scripts.

    python benchmarks/synthetic.py corpus --factor 10 --out /tmp/corpus-10x
    python benchmarks/synthetic.py terms --count 12000 --out /tmp/terms-12k.yml

Copy k of a report keeps its text and renumbers the numerals inside its quotation marks
(“四横三纵” becomes “五横四纵”), so a bigger corpus also brings new coinages, as more reports do,
rather than the same terms again. Big terms files clone the entries the development reports
yield (definitions, contexts, sources and all), each clone renamed in every name it answers to,
and leave out the entries `glossary check` finds fault with, so that every consumer accepts them.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "corpus" / "dev"
_DIGITS = "0123456789"
_HAN_DIGITS = "一二三四五六七八九"
_QUOTED = re.compile("“[^“”\n]{1,16}”")


def renumber(text: str, shift: int) -> str:
    """Numerals inside quotation marks moved on by `shift` (0 keeps the text as it is).

    >>> renumber("健全“四横三纵”路网，“6411”体系，2024年", 1)
    '健全“五横四纵”路网，“7522”体系，2024年'
    """
    if not shift:
        return text
    table = str.maketrans(_DIGITS + _HAN_DIGITS,
                          _DIGITS[shift % 10:] + _DIGITS[:shift % 10] + _HAN_DIGITS[shift % 9:] + _HAN_DIGITS[:shift % 9])
    return _QUOTED.sub(lambda m: m.group().translate(table), text)


def synthetic_corpus(dest: Path, factor: int, source: Path = DEV) -> Path:
    """Write `factor` copies of every report under `source` into `dest`; returns `dest`."""
    dest.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for k in range(factor):
            folder = dest / path.parent.relative_to(source)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{path.stem}{f'-copy{k}' if k else ''}.txt").write_text(renumber(text, k), encoding="utf-8")
    return dest


def corpus_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def extracted_terms(work: Path, corpus: Path = DEV) -> Path:
    """terms.yml of the development reports, extracted once into `work` and reused."""
    terms = work / f"extracted-{corpus.name}.yml"
    if not terms.exists():
        glossary = Path(sys.executable).with_name("glossary")
        subprocess.run([str(glossary), "extract", str(corpus), "-o", str(terms)], check=True, capture_output=True)
    return terms


def big_glossary(count: int, base: Path):
    """A Glossary of `count` live entries cloned from the valid entries of the terms.yml `base`."""
    from glossary import store
    from glossary.store.check import validate
    from glossary.store.yamlio import parse

    text = base.read_text(encoding="utf-8")
    data = parse(text, str(base))
    faulty = {p.line for p in validate(data) if p.error}
    entries = [e for e in data["terms"] if e.line not in faulty and e.get("status") != "rejected"]
    terms = []
    for k in range(count // len(entries) + 1):
        terms.extend(_renamed(e, k) for e in entries[:count - len(terms)])
    return store.Glossary(reports=dict(data.get("reports") or {}), terms=terms)


def _renamed(entry: dict, k: int) -> dict:
    """Copy k of an entry: every name it answers to gets the suffix 第k版 (copy 0 is the entry)."""
    if not k:
        return dict(entry)
    suffix = f"第{k}版"
    clone = dict(entry, term=entry["term"] + suffix)
    if entry.get("display"):
        clone["display"] = entry["display"] + suffix
    if entry.get("aliases"):
        clone["aliases"] = [a + suffix for a in entry["aliases"]]
    clone["sources"] = [dict(s, forms=[f + suffix for f in s["forms"]]) if s.get("forms") else dict(s)
                        for s in entry.get("sources") or []]
    return clone


def write_big_terms(path: Path, count: int, work: Path | None = None) -> Path:
    """Write a valid terms.yml of `count` entries to `path` (the hook for lookup and site benchmarks)."""
    from glossary import store

    work = work or Path(tempfile.gettempdir()) / "glossary-bench"
    work.mkdir(parents=True, exist_ok=True)
    glossary = big_glossary(count, extracted_terms(work))
    path.write_text(store.dumps(glossary), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    corpus = sub.add_parser("corpus", help="a corpus FACTOR times the development reports")
    corpus.add_argument("--factor", type=int, default=10)
    corpus.add_argument("--out", type=Path, required=True)
    terms = sub.add_parser("terms", help="a valid terms.yml of COUNT entries")
    terms.add_argument("--count", type=int, default=12_000)
    terms.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.what == "corpus":
        synthetic_corpus(args.out, args.factor)
        print(f"{args.out}: {corpus_size(args.out) / 1e6:.1f} MB")
    else:
        write_big_terms(args.out, args.count)
        print(f"{args.out}: {args.count} terms, {args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
