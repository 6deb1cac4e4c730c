"""Score extraction against the hand-labelled development reports in benchmarks/labels.

    python benchmarks/labelled_score.py [-v]

Each file in benchmarks/labels names a report of ../shared/corpus/dev by its id. The reports
are linked into a temporary folder of their own and ../shared/eval/score.py runs on it with
these labels, through this interpreter's glossary, so the figures (precision, core recall,
body definitions; merge and recall too for reports with a 名词解释 section) are those of the
code installed here. -v lists every junk, unlabelled and missed term.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels"
SHARED = HERE.parents[1] / "shared"


def labelled_reports(labels: Path) -> list[str]:
    """Report ids named by the label files, in file order."""
    return [yaml.safe_load(p.read_text(encoding="utf-8"))["report"] for p in sorted(labels.glob("*.yml"))]


def report_file(corpus: Path, report: str) -> Path:
    """The dev corpus file of a report id, whichever subfolder holds it."""
    found = sorted(corpus.glob(f"*/{report}.txt"))
    if not found:
        sys.exit(f"{report}: no {report}.txt under {corpus}")
    return found[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()

    glossary = Path(sys.executable).with_name("glossary")
    cmd = [sys.executable, str(args.shared / "eval" / "score.py"), "--labels", str(LABELS),
           "--gold", str(args.shared / "gold"), "--cmd", str(glossary if glossary.exists() else "glossary")]
    with tempfile.TemporaryDirectory(prefix="labelled-") as tmp:
        for report in labelled_reports(LABELS):
            source = report_file(args.shared / "corpus" / "dev", report)
            (Path(tmp) / source.name).symlink_to(source)
        sys.exit(subprocess.run([*cmd, "--corpus", tmp, *(["-v"] if args.verbose else [])]).returncode)


if __name__ == "__main__":
    main()
