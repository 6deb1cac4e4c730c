"""Time `glossary export` on the glossary of the development corpus (~6k terms), as a user runs it.

Extracts ../shared/corpus/dev into a terms.yml once (or takes --terms FILE), then runs
`glossary export FORMAT -f terms.yml -o OUT` several times per format, each a fresh process,
and prints the medians next to a bare `python -c pass` and `glossary --version`, which show
what starting Python and importing the command cost. Goal: tbx in under 5 s.

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
from pathlib import Path

import yaml

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
GLOSSARY = [shutil.which("glossary") or "glossary"]


def timed(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


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
        data = yaml.load(terms.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        live = [t for t in data.get("terms") or [] if t.get("status") != "rejected"]
        print(f"{terms}: {len(live)} live terms, {terms.stat().st_size / 1e6:.1f} MB; median of {args.runs} runs, each a new process")
        baseline = statistics.median(timed([sys.executable, "-c", "pass"], args.runs))
        startup = statistics.median(timed([*GLOSSARY, "--version"], args.runs))
        print(f"  python -c pass      {baseline:6.2f} s")
        print(f"  glossary --version  {startup:6.2f} s")
        for name in args.formats.split(","):
            out = Path(tmp) / f"out.{name}"
            runs = timed([*GLOSSARY, "export", name, "-f", str(terms), "-o", str(out)], args.runs)
            print(f"  export {name:<6}      {statistics.median(runs):6.2f} s  (min {min(runs):.2f}, max {max(runs):.2f})"
                  f"  {out.stat().st_size / 1e6:5.1f} MB")


if __name__ == "__main__":
    main()
