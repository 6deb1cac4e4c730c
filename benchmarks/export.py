"""Time `glossary export` on the glossary of the development corpus (~6k terms), as a user runs it.

Extracts ../shared/corpus/dev into a terms.yml once (or takes --terms FILE), then runs
`glossary export FORMAT -f terms.yml -o OUT` several times per format, each a fresh process,
and prints the medians next to a bare `python -c pass`, `glossary --version` (starting Python
and the command) and `glossary check` (reading terms.yml, which every export does first), and
the time of the export alone, in process. Goal: tbx in under 5 s.

An extracted glossary that `glossary check` refuses (an alias claimed by two entries) cannot be
exported; the benchmark then drops the aliases in conflict, says how many, and goes on.

    python benchmarks/export.py [--terms /tmp/dev.yml] [--runs 5] [--formats tbx,csv,json,jsonl,jieba]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

from glossary import store
from glossary.errors import GlossaryError
from glossary.export import choose, export

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
GLOSSARY = [shutil.which("glossary") or "glossary"]


def timed(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def loadable(path: Path, repaired: Path) -> Path:
    """The glossary itself when it loads; else a copy without the aliases `check` refuses."""
    try:
        store.load(path)
        return path
    except GlossaryError as exc:
        print(f"{path} does not load ({exc}); dropping the aliases in conflict")
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    terms = data.get("terms") or []
    headwords = {t["term"] for t in terms}
    claims = Counter(a for t in terms for a in t.get("aliases") or [])
    dropped = 0
    for entry in terms:
        kept = [a for a in entry.get("aliases") or [] if claims[a] == 1 and a not in headwords]
        dropped += len(entry.get("aliases") or []) - len(kept)
        entry["aliases"] = kept or None
    repaired.write_text(store.dumps(store.Glossary(reports=data.get("reports") or {}, terms=[store_entry(t) for t in terms])),
                        encoding="utf-8")
    print(f"  {dropped} aliases dropped → {repaired}")
    return repaired


def store_entry(entry: dict) -> dict:
    return {k: v for k, v in entry.items() if v is not None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=Path, help="terms.yml to export (default: extract ../shared/corpus/dev)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--formats", default="tbx,csv,json,jsonl,jieba")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        terms = args.terms
        if terms is None:
            terms = Path(tmp) / "dev.yml"
            start = time.perf_counter()
            subprocess.run([*GLOSSARY, "extract", str(DEV), "-o", str(terms)], check=True, stdout=subprocess.DEVNULL)
            print(f"extract {DEV}: {time.perf_counter() - start:.1f} s")
        terms = loadable(terms, Path(tmp) / "loadable.yml")
        glossary = store.load(terms)
        live = glossary.live()
        print(f"{terms}: {len(live)} live terms, {terms.stat().st_size / 1e6:.1f} MB; median of {args.runs} runs, each a new process")
        baseline = statistics.median(timed([sys.executable, "-c", "pass"], args.runs))
        startup = statistics.median(timed([*GLOSSARY, "--version"], args.runs))
        print(f"  python -c pass      {baseline:6.2f} s")
        print(f"  glossary --version  {startup:6.2f} s")
        check = statistics.median(timed([*GLOSSARY, "check", str(terms)], args.runs))
        print(f"  glossary check      {check:6.2f} s")
        chosen = choose(glossary.terms, glossary.reports)
        for name in args.formats.split(","):
            export(name, chosen)  # jieba's dictionary loaded once, as in the process below
            start = time.perf_counter()
            export(name, chosen)
            print(f"  export {name:<6} alone {time.perf_counter() - start:6.2f} s  (in process, terms.yml already read)")
        for name in args.formats.split(","):
            out = Path(tmp) / f"out.{name}"
            runs = timed([*GLOSSARY, "export", name, "-f", str(terms), "-o", str(out)], args.runs)
            print(f"  export {name:<6}      {statistics.median(runs):6.2f} s  (min {min(runs):.2f}, max {max(runs):.2f})"
                  f"  {out.stat().st_size / 1e6:5.1f} MB")


if __name__ == "__main__":
    main()
