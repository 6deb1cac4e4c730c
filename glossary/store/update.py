"""The library's two whole jobs on a terms.yml: bring it up to date with reports, and check it.

The CLI, the tests and scripts call these instead of assembling read → extract → merge → save
themselves, so there is one pipeline to keep right.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterable
from pathlib import Path

from ..extract import extract_reports, preload
from ..keys import pypinyin_module
from ..model import Report
from ..read.sources import find_reports, read_report
from ..workers import in_background
from . import lexicon
from .check import Problem, validate
from .diff import Change, diff
from .merge import Summary, merge
from .persist import Glossary, build, load, locked, read_text, save_change
from .yamlio import parse

Reader = Callable[[list[Path]], Iterable[Report]]


def read_all(files: list[Path], encoding: str | None = None) -> list[Report]:
    return [read_report(path, encoding) for path in files]


def update(paths: list[Path], terms_file: Path, encoding: str | None = None, dry_run: bool = False,
           reader: Reader | None = None, warn: Callable[[str], None] = lambda message: None,
           workers: int | None = None) -> tuple[Summary, list[Change]]:
    """Extract the reports under `paths` and merge them into `terms_file`, written atomically
    under the lock unless `dry_run`; returns the summary and the changed entries. `reader` may
    read the files its own way (a progress bar), given the files found; `warn` hears of
    folders skipped; `workers` processes extract (default: one per core; any number gives the
    same file).

    An editor may save terms.yml while the reports are extracted (minutes, for hundreds): the
    extraction is then merged onto the file as saved, never written over it."""
    with contextlib.nullcontext() if dry_run else locked(terms_file):
        glossary = load(terms_file, missing_ok=True)
        before = copy.deepcopy(glossary.terms) if dry_run else []
        files = find_reports(list(paths), warn)
        with in_background(lambda: list(reader(files)) if reader else read_all(files, encoding),
                           _characters(files), workers) as reports_read:
            preload()
            reports = reports_read()
        known = [entry["term"] for entry in glossary.live()]
        found = extract_reports(reports, known, workers, meanwhile=_merge_tables)
        if dry_run:
            summary = merge(glossary, reports, found)
        else:
            glossary, summary = save_change(terms_file, lambda now: merge(now, reports, found), glossary,
                                            missing_ok=True)
    return summary, (diff(before, glossary.terms) if dry_run else [])


def _characters(files: list[Path]) -> int:
    """About the characters the files hold: three bytes of UTF-8 each, as Chinese text mostly is."""
    return sum(path.stat().st_size for path in files) // 3


def _merge_tables() -> None:
    """What merging reads (pypinyin's tables, the bundled lexicon), loaded while the workers
    extract: half a second this process would else spend after them, with the other cores idle.
    What extraction reads (jieba's dictionary) is loaded before, while another core reads the
    reports, for the workers to inherit."""
    pypinyin_module()
    lexicon.bundled()


def check_file(path: Path) -> tuple[list[Problem], Glossary | None]:
    """Every problem of an edited terms.yml in line order, and the glossary when it has no error;
    a file that cannot be read or parsed raises one line naming it."""
    text = read_text(path)
    data = parse(text, str(path))
    problems = validate(data)
    if any(p.error for p in problems):
        return problems, None
    glossary = build(data, text)
    problems += [Problem(n, "comment outside the top comment block: `glossary extract` will refuse to drop it",
                         error=False) for n in glossary.stray_comments]
    return sorted(problems, key=lambda p: p.line), glossary
