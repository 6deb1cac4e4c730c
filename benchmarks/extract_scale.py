"""Extraction at scale, each figure a whole process as a user waits for it; prints medians.

    python benchmarks/extract_scale.py [--corpus ../shared/corpus/dev] [--factor 10] [--runs 3]

1. Throughput: `glossary extract CORPUS` against a plain `jieba.cut` of the same files (read,
   segment every character, nothing else), runs interleaved so both see the same machine.
2. Growth: `glossary extract` on the synthetic corpus FACTOR times the size (see synthetic.py)
   against the corpus itself: the ratio of times, ideally no more than FACTOR.
3. Peak memory (maximum resident set) of each extraction: of its largest process, as the
   workers that extract on the other cores share most of their memory with it.

Each figure is also given in CPU seconds (user and system, the workers' included), which a
machine shared with others inflates far less than the time waited; the load average says how
shared it was.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import DEV, corpus_size, synthetic_corpus

JIEBA_CUT = """
import sys
from pathlib import Path
import jieba
jieba.setLogLevel(60)
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    for word in jieba.cut(path.read_text(encoding="utf-8")):
        pass
"""


def run(argv: list[str]) -> tuple[float, float, float]:
    """Wall time in seconds, peak resident memory in MB and CPU seconds of one process (with
    the processes it waited for)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        sys.exit(f"{' '.join(argv)} failed: {process.stderr.read().decode()[-500:]}")
    process.stderr.close()
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def extract(corpus: Path, work: Path) -> tuple[float, float, float]:
    output = work / "terms.yml"
    output.unlink(missing_ok=True)
    return run([str(Path(sys.executable).with_name("glossary")), "extract", str(corpus), "-o", str(output)])


def medians(samples: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Median time, highest peak, median CPU."""
    return (statistics.median(s for s, _, _ in samples), max(m for _, m, _ in samples),
            statistics.median(c for _, _, c in samples))


def load() -> str:
    return f"load average {os.getloadavg()[0]:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEV)
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    reports = len(list(args.corpus.rglob("*.txt")))
    size = corpus_size(args.corpus) / 1e6

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cut, ours = [], []
        before = load()
        for _ in range(args.runs):
            cut.append(run([sys.executable, "-c", JIEBA_CUT, str(args.corpus)]))
            ours.append(extract(args.corpus, work))
        (t_cut, m_cut, c_cut), (t_ours, m_ours, c_ours) = medians(cut), medians(ours)
        print(f"corpus {args.corpus}: {reports} reports, {size:.1f} MB; medians of {args.runs} runs, whole processes, "
              f"{len(os.sched_getaffinity(0))} cores (extract uses them all, jieba.cut one); {before}, then {load()}")
        print(f"  jieba.cut          {t_cut:6.2f} s  {size / t_cut:5.2f} MB/s  peak {m_cut:5.0f} MB  cpu {c_cut:6.2f} s")
        print(f"  glossary extract   {t_ours:6.2f} s  {size / t_ours:5.2f} MB/s  peak {m_ours:5.0f} MB  cpu {c_ours:6.2f} s")
        print(f"  extract throughput = {t_cut / t_ours:.2f} x jieba.cut's ({c_cut / c_ours:.2f} x in CPU seconds)")

        big = synthetic_corpus(work / f"corpus-{args.factor}x", args.factor, args.corpus)
        big_size = corpus_size(big) / 1e6
        t_big, m_big, c_big = medians([extract(big, work) for _ in range(args.runs)])
        print(f"synthetic corpus {args.factor}x: {reports * args.factor} reports, {big_size:.1f} MB; {load()}")
        print(f"  glossary extract   {t_big:6.2f} s  {big_size / t_big:5.2f} MB/s  peak {m_big:5.0f} MB  cpu {c_big:6.2f} s")
        print(f"  growth: {args.factor}x the corpus in {t_big / t_ours:.2f}x the time ({c_big / c_ours:.2f}x the CPU seconds)")


if __name__ == "__main__":
    main()
