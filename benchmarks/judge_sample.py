"""Print a fixed random sample of the dev-corpus glossary for a person to judge keep or junk.

    python benchmarks/judge_sample.py [--corpus ../shared/corpus/dev] [-n 100] [--seed 11]

Extracts every report of the corpus (84 in ../shared/corpus/dev, 名词解释 sections included)
with this interpreter's glossary into a temporary terms.yml, then prints n of its live
entries drawn with a fixed seed: headword, display, kind, definition (and where it comes
from) and the context of the first report that cites it in its body. The same code and corpus give the same sample,
so judgements can be compared before and after a change.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

SHARED = Path(__file__).resolve().parents[2] / "shared"


def build(corpus: Path, out: Path) -> list[dict]:
    """The live entries of a glossary extracted from the whole corpus, in file order."""
    glossary = Path(sys.executable).with_name("glossary")
    argv = [str(glossary) if glossary.exists() else "glossary", "extract", str(corpus), "-o", str(out)]
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"extract failed: {done.stderr.strip()}")
    print(done.stdout.strip() or done.stderr.strip())
    entries = yaml.safe_load(out.read_text(encoding="utf-8"))["terms"]
    return [e for e in entries if e.get("status") != "rejected"]


def describe(number: int, entry: dict) -> str:
    """One entry as a few lines a person can judge at a glance."""
    sources = entry.get("sources") or []
    defined = next((s for s in sources if s.get("definition")), None)
    definition = entry.get("definition") or (defined or {}).get("definition") or ""
    how = (defined or {}).get("how", "editor" if entry.get("definition") and not defined else "")
    cited = next((s for s in sources if s.get("context")), None)
    lines = [f"{number:3}. {entry['term']}"
             + (f"  [{entry['display']}]" if entry.get("display") else "")
             + f"  kind={entry.get('kind', '')}  reports={len(sources)}"
             + f"  count={sum(s.get('count') or 0 for s in sources)}"]
    if definition:
        lines.append(f"     def ({how}): {' '.join(str(definition).split())[:160]}")
    if cited:
        lines.append(f"     {cited['report']}: {cited['context']}")
    else:
        lines.append(f"     {', '.join(s.get('report', '') for s in sources)}: no context (名词解释 only)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "dev")
    parser.add_argument("-n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="judge-") as tmp:
        entries = build(args.corpus, Path(tmp) / "terms.yml")
    sample = random.Random(args.seed).sample(entries, min(args.n, len(entries)))
    print(f"{len(sample)} of {len(entries)} live entries, seed {args.seed}\n")
    for number, entry in enumerate(sample, 1):
        print(describe(number, entry))


if __name__ == "__main__":
    main()
