"""The `glossary` command: a few lines around one library call per subcommand."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .errors import GlossaryError

if TYPE_CHECKING:
    from . import store

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
_PROGRESS_FROM = 4  # files; fewer read too fast for a bar to help
EXPORT_FORMATS = ("tbx", "csv", "json", "jsonl", "jieba")  # export.FORMATS, named here so the command starts light

terms_file = click.option(
    "-f", "--file", "terms_path", type=click.Path(dir_okay=False, path_type=Path), default="terms.yml",
    show_default=True, help="The glossary file.",
)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="glossary")
def main() -> None:
    """Build and query a glossary of the slogans and numbered abbreviations of government work reports."""


def _fail(exc: GlossaryError) -> click.ClickException:
    return click.ClickException(str(exc))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default="terms.yml",
              show_default=True, help="terms.yml to merge into (created if missing).")
@click.option("--encoding", help="Encoding of the reports (default: detect UTF-8, UTF-16 with BOM, GB18030/GBK, Big5).")
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="With --dry-run: print the changes as JSON.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Processes that extract (default: one per core).")
def extract(paths: tuple[Path, ...], output: Path, encoding: str | None, dry_run: bool, as_json: bool,
            jobs: int | None) -> None:
    """Extract terms from reports (.txt, .md, .html, .htm, .docx, or folders of them) and merge
    them into terms.yml.

    Editors' changes in terms.yml are kept; rejected entries stay rejected; re-extracting a
    report replaces only that report's source records. Two runs on one terms.yml at once: the
    second is refused.
    """
    if as_json and not dry_run:
        raise click.UsageError("--json goes with --dry-run")
    from . import store

    try:
        summary, changes = store.update(list(paths), output, encoding, dry_run,
                                        reader=lambda files: _read_all(files, encoding), warn=_warn,
                                        workers=jobs)
    except GlossaryError as exc:
        raise _fail(exc) from None
    if dry_run:
        _show_changes(changes, summary, output, as_json)
    else:
        click.echo(f"{summary} → {output}")


def _warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def _show_changes(changes: list[store.Change], summary: store.Summary, output: Path, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps({"file": str(output), "summary": vars(summary),
                               "changes": [vars(c) for c in changes]}, ensure_ascii=False, indent=2))
        return
    signs = {"new": "+", "updated": "~", "removed": "-"}
    for change in changes:
        fields = f" ({', '.join(change.fields)})" if change.fields else ""
        click.echo(f"{signs[change.action]} {change.term}{fields}")
    click.echo(f"{summary} (dry run: {output} not written)")


def _read_all(files: list[Path], encoding: str | None):
    from .read.sources import read_report

    if len(files) < _PROGRESS_FROM or not sys.stderr.isatty():
        return [read_report(path, encoding) for path in files]
    with click.progressbar(files, label="reading reports", file=sys.stderr,
                           item_show_func=lambda p: p.name if p else None) as bar:
        return [read_report(path, encoding) for path in bar]


@main.command()
@click.argument("query")
@terms_file
@click.option("--json", "as_json", is_flag=True, help="Print matching entries as JSON.")
@click.option("-n", "--limit", default=5, show_default=True, type=click.IntRange(min=1),
              help="Show at most this many entries.")
def lookup(query: str, terms_path: Path, as_json: bool, limit: int) -> None:
    """Look a term up by headword, display form, alias, pinyin (sihengsanzong) or initials (shsz).

    Exits with status 1 when nothing matches.
    """
    from .lookup.command import run  # light: on a fresh index no YAML, pypinyin or jieba

    try:
        status = run(terms_path, query, as_json, limit)
    except GlossaryError as exc:
        raise _fail(exc) from None
    if status:
        sys.exit(status)


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", default="政府工作报告词典", show_default=True, help="The site's name.")
@click.option("--url", default="https://example.org/", show_default=True,
              help="The address the site will be published at (site_url: sitemap.xml and canonical links).")
def init(directory: Path, title: str, url: str) -> None:
    """Create a glossary site project in DIRECTORY: mkdocs.yml, an empty terms.yml, docs/index.md.

    Then: glossary extract REPORTS... -o DIRECTORY/terms.yml && cd DIRECTORY && mkdocs build
    """
    from .site import scaffold

    try:
        written = scaffold.init(directory, title, url)
    except GlossaryError as exc:
        raise _fail(exc) from None
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"next: glossary extract REPORTS... -o {directory / 'terms.yml'} && cd {directory} && mkdocs serve")


@main.command()
@terms_file
def review(terms_path: Path) -> None:
    """Review the entries still `auto`, most doubtful first, one key each.

    a accepts (status: reviewed), r rejects (a tombstone), d / k / p edit the definition, kind
    or pinyin ($EDITOR when set, else a prompt), s skips, q quits. Every decision is saved at
    once; Ctrl-C loses nothing already decided.
    """
    counter = {"saved": 0}

    def saved() -> None:
        counter["saved"] += 1

    from . import review as review_session

    try:
        review_session.run(terms_path, on_save=saved)
    except GlossaryError as exc:
        raise _fail(exc) from None
    except (KeyboardInterrupt, click.Abort):
        click.echo(f"\ninterrupted: {counter['saved']} decisions saved in {terms_path}")
        sys.exit(130)
    click.echo(f"{counter['saved']} decisions saved in {terms_path}")


@main.command("schema")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write the schema here (default: standard output).")
def schema_command(output) -> None:
    """Print the JSON Schema of terms.yml, for completion and validation in YAML editors.

    Save it beside terms.yml and make the first line of terms.yml
    `# yaml-language-server: $schema=terms.schema.json`.
    """
    from .store.schema import schema

    output.write(json.dumps(schema(), ensure_ascii=False, indent=2) + "\n")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
def check(paths: tuple[Path, ...]) -> None:
    """Validate edited glossary files (default: terms.yml) before a commit.

    Errors: YAML and schema errors, a headword or alias claimed by two entries, an alias that is
    another entry's headword. Warnings: a reviewed entry without definition, a numbered term
    whose definition lists another number of items (四乱 with three), unknown fields, comments
    that `glossary extract` could not keep. Prints FILE:LINE for each; exit status 1 on errors.
    """
    failed = False
    for path in paths or (Path("terms.yml"),):
        failed |= not _check_one(path)
    if failed:
        sys.exit(1)


def _check_one(path: Path) -> bool:
    from . import store

    try:
        problems, glossary = store.check_file(path)
    except GlossaryError as exc:
        click.echo(str(exc), err=True)
        return False
    for problem in problems:
        click.echo(problem.format(str(path)), err=True)
    if glossary is None:
        return False
    live = len(glossary.live())
    click.echo(f"{path}: ok, {live} terms ({len(glossary.terms) - live} rejected), {len(problems)} warnings")
    return True


@main.command("export")
@click.argument("format_name", metavar="FORMAT", type=click.Choice(EXPORT_FORMATS))
@terms_file
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
@click.option("--reviewed", is_flag=True, help="Only the entries an editor marked reviewed.")
def export_command(format_name: str, terms_path: Path, output: Path | None, reviewed: bool) -> None:
    """Write the glossary as TBX-Basic (CAT tools), CSV or JSON / JSON Lines (one record per
    entry), or a jieba user dictionary. Rejected entries are never exported.
    """
    from . import store
    from .export import choose, export

    if output is not None and output.resolve() == terms_path.resolve():
        raise click.UsageError(f"-o {output} is the glossary itself; choose another file")
    try:
        glossary = store.load(terms_path)
    except GlossaryError as exc:
        raise _fail(exc) from None
    data = export(format_name, choose(glossary.terms, glossary.reports, reviewed, title=terms_path.name))
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)
