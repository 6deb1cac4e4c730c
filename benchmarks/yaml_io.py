"""Reading and writing big terms.yml files: libyaml against PyYAML's pure-Python classes.

    python benchmarks/yaml_io.py [--counts 12000 50000] [--runs 3]

For each size, a valid terms.yml made by synthetic.py from the development reports' entries;
prints the median time to parse and to write it with each, their ratio, whether both wrote the
same bytes, and the whole `store` load (parse, schema check) and write as commands use them.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from synthetic import write_big_terms

from glossary import store
from glossary.store.yamlio import dump, parse


def median_time(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def measure(path: Path, count: int, runs: int) -> None:
    text = path.read_text(encoding="utf-8")
    print(f"terms.yml of {count:,} terms, {len(text.encode()) / 1e6:.1f} MB; medians of {runs} runs")
    t_c, data = median_time(lambda: parse(text, "terms.yml"), runs)
    t_py, _ = median_time(lambda: parse(text, "terms.yml", libyaml=False), runs)
    print(f"  parse   libyaml {t_c:6.2f} s   PyYAML {t_py:6.2f} s   {t_py / t_c:4.1f}x faster")
    t_c, out_c = median_time(lambda: dump(data), runs)
    t_py, out_py = median_time(lambda: dump(data, libyaml=False), runs)
    print(f"  dump    libyaml {t_c:6.2f} s   PyYAML {t_py:6.2f} s   {t_py / t_c:4.1f}x faster, "
          f"{'same bytes' if out_c == out_py else 'BYTES DIFFER'}")
    t_load, glossary = median_time(lambda: store.loads(text, str(path)), runs)
    t_save, _ = median_time(lambda: store.dumps(glossary), runs)
    print(f"  store.loads (parse + check) {t_load:6.2f} s   store.dumps {t_save:6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[12_000, 50_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.counts:
            measure(write_big_terms(Path(tmp) / f"terms-{count}.yml", count), count, args.runs)


if __name__ == "__main__":
    main()
