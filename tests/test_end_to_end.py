"""The figures the project promises, measured by the shared scorer on the development reports."""

import re
import subprocess
import sys
from pathlib import Path

from conftest import SHARED


def figure(output: str, pattern: str) -> float:
    match = re.search(pattern, output)
    assert match, f"no {pattern!r} in scorer output:\n{output}"
    return float(match.group(1))


def test_scorer_figures_on_the_seeds(seeds: Path):
    result = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--corpus", str(seeds), "--gold", str(SHARED / "gold"),
         "--labels", str(SHARED / "labels" / "seeds")],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert figure(out, r"merge: .*\(([\d.]+)%\)") == 100.0
    assert figure(out, r"recall: .*? \(([\d.]+)%\);") == 100.0
    assert figure(out, r"labels: precision ([\d.]+)%") >= 97.0
    assert figure(out, r"core recall ([\d.]+)%") >= 95.0
    assert figure(out, r"body definitions (\d+)/") >= 20
    assert figure(out, r"(\d+) definitions on labelled terms the labels do not define") <= 3


def test_extract_on_the_committed_glossary_changes_nothing(seeds: Path, tmp_path: Path):
    committed = Path(__file__).resolve().parents[1] / "terms.yml"
    copy = tmp_path / "terms.yml"
    copy.write_bytes(committed.read_bytes())
    result = subprocess.run([sys.executable, "-m", "glossary", "extract", str(seeds), "-o", str(copy)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert copy.read_bytes() == committed.read_bytes()
