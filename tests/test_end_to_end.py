"""The figures the project promises, measured by the shared scorer on the development reports."""

import re
import shlex
import subprocess
import sys
from pathlib import Path

from conftest import SHARED


def figure(output: str, pattern: str) -> float:
    match = re.search(pattern, output)
    assert match, f"no {pattern!r} in scorer output:\n{output}"
    return float(match.group(1))


# `glossary` with an empty national shorthand lexicon: what the reports themselves define
WITHOUT_LEXICON = ("import sys, glossary.store.terms as terms; from glossary.store.lexicon import Lexicon; "
                   "terms.lexicon = lambda: Lexicon([]); from glossary.cli import main; sys.exit(main())")


# this interpreter's glossary, not whichever `glossary` the PATH finds first (or none: the README's
# test command runs .venv/bin/python without activating the environment)
GLOSSARY = f"{shlex.quote(sys.executable)} -m glossary"


def score_seeds(seeds: Path, cmd: str = GLOSSARY) -> str:
    result = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--corpus", str(seeds), "--gold", str(SHARED / "gold"),
         "--labels", str(SHARED / "labels" / "seeds"), "--cmd", cmd],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_scorer_figures_on_the_seeds(seeds: Path):
    out = score_seeds(seeds)
    assert figure(out, r"merge: .*\(([\d.]+)%\)") == 100.0
    assert figure(out, r"recall: .*? \(([\d.]+)%\);") == 100.0
    assert figure(out, r"labels: precision ([\d.]+)%") >= 97.0
    assert figure(out, r"core recall ([\d.]+)%") >= 95.0
    assert figure(out, r"body definitions (\d+)/") >= 20


def test_body_definitions_add_none_the_labels_lack(seeds: Path):
    """The scorer counts every definition an entry carries; the lexicon's (三农, 八项规定…) are
    national ones the labels of the body do not hold, so the body's own are scored without it."""
    out = score_seeds(seeds, f"{shlex.quote(sys.executable)} -c {shlex.quote(WITHOUT_LEXICON)}")
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
