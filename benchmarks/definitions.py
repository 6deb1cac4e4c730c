"""What readers of a glossary are told a term means: the share of live terms with a definition,
counted as ../shared/eval/pipeline.py counts it (the entry's `definition`, or any report's),
split by where that definition comes from, and the same for each report that uses a term.

    python benchmarks/definitions.py terms.yml            # the bundled glossary
    python benchmarks/definitions.py /tmp/dev.yml         # e.g. pipeline.py's WORK/site/terms.yml

Per term, the origin of the first meaning (model.meanings): an editor's text, a report's
名词解释 (glossary), a report's body (inline), the national shorthand lexicon. Per term and
report (each source record, model.explained_for): its own 名词解释 or body, another report of
its place, the lexicon, else only its best sentence, else nothing at all.
"""

from __future__ import annotations

import argparse
from collections import Counter

import yaml

from glossary.model import explained_for, meanings

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("terms")
    args = parser.parse_args()
    with open(args.terms, encoding="utf-8") as f:
        data = yaml.load(f, Loader=Loader) or {}
    reports = data.get("reports") or {}
    live = [e for e in data.get("terms") or [] if e.get("status") != "rejected"]
    by_term: Counter[str] = Counter()
    by_reader: Counter[str] = Counter()
    for entry in live:
        pipeline_defined = entry.get("definition") or any(s.get("definition") for s in entry.get("sources") or [])
        first = meanings(entry, reports)[0]
        by_term[(first.origin or "none") if pipeline_defined or first.definition else "none"] += 1
        told = explained_for(entry, reports)
        for source in entry.get("sources") or []:
            meaning = told.get(source["report"])
            if source.get("definition"):
                by_reader[f"own {source.get('how')}"] += 1
            elif meaning is not None:
                by_reader["other report" if meaning.reports else meaning.origin or "none"] += 1
            else:
                by_reader["sentence only" if source.get("sentence") else "nothing"] += 1
    defined = len(live) - by_term["none"]
    print(f"terms: {len(live)} live, {defined} with a definition ({100 * defined / max(1, len(live)):.1f}%)")
    print("  by origin: " + ", ".join(f"{k} {v} ({100 * v / max(1, len(live)):.1f}%)" for k, v in by_term.most_common()))
    pairs = sum(by_reader.values())
    print(f"term x report: {pairs}")
    print("  told: " + ", ".join(f"{k} {v} ({100 * v / max(1, pairs):.1f}%)" for k, v in by_reader.most_common()))


if __name__ == "__main__":
    main()
