"""Editors never lose work: concurrent saves, BOM, unknown fields, aliases, symlinks, modes, YAML
that is valid but hostile. Every test works on real files; the concurrent ones on real processes."""

from __future__ import annotations

import codecs
import os
import pty
import select
import signal
import stat
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
import yaml
from conftest import REPORT

from glossary import store
from glossary.cli import main
from glossary.review import queue

GLOSSARY = [sys.executable, "-m", "glossary"]
QUIET = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
OTHER = "推进“四横三纵”市政主干路网建设，“双停”企业盘活，推进“智改数转”。\n"


def entry(path: Path, term: str) -> dict:
    return next(e for e in store.load(path).terms if e["term"] == term)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def other_report(tmp_path: Path) -> Path:
    path = tmp_path / "other" / "2023-other-county.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text(OTHER, encoding="utf-8")
    return path


# 1. lost update ----------------------------------------------------------------------------

def _read_until(fd: int, wanted: str, timeout: float = 60) -> str:
    """What a terminal shows until `wanted` appears (the review prompt)."""
    seen = b""
    deadline = time.monotonic() + timeout
    while wanted.encode() not in seen:
        ready, _, _ = select.select([fd], [], [], max(0, deadline - time.monotonic()))
        assert ready, f"no {wanted!r} in {seen.decode(errors='replace')!r}"
        try:
            seen += os.read(fd, 4096)
        except OSError:  # the session ended
            break
    return seen.decode(errors="replace")


def _press(fd: int, key: bytes, timeout: float = 60) -> None:
    """Type a key once the session waits for one: the terminal in raw mode (a key typed before
    is flushed when the session switches to raw mode)."""
    deadline = time.monotonic() + timeout
    while termios.tcgetattr(fd)[3] & termios.ICANON:
        assert time.monotonic() < deadline, "the session never waited for a key"
        time.sleep(0.01)
    os.write(fd, key)


def test_a_save_in_an_editor_during_review_is_kept(terms):
    """A `review` in a real terminal; between two keys an editor saves a note into the entry
    under review and into another one. The decision lands on the file as it is now."""
    under_review = queue(store.load(terms))[0]["term"]
    master, slave = pty.openpty()
    session = subprocess.Popen([*GLOSSARY, "review", "-f", str(terms)], stdin=slave, stdout=slave, stderr=slave)
    os.close(slave)
    try:
        assert under_review in _read_until(master, " ? ")
        edit(terms, f"- term: {under_review}\n", f"- term: {under_review}\n  note: 编辑在审阅时写的\n")
        other = next(e["term"] for e in store.load(terms).terms if e["term"] != under_review)
        edit(terms, f"- term: {other}\n", f"- term: {other}\n  note: 另一条笔记\n")
        _press(master, b"a")
        _read_until(master, " ? ")  # the next entry: the decision is saved
        _press(master, b"q")
        assert session.wait(timeout=60) == 0
    finally:
        if session.poll() is None:
            session.kill()
        os.close(master)
    decided = entry(terms, under_review)
    assert decided["status"] == "reviewed" and decided["note"] == "编辑在审阅时写的"
    assert entry(terms, other)["note"] == "另一条笔记"


def test_a_save_in_an_editor_during_extract_is_kept(terms, tmp_path):
    """A real `extract` of a report that takes seconds; one second in, an editor saves a note."""
    big = tmp_path / "big" / "2023-big-county.txt"
    big.parent.mkdir()
    body = REPORT.split("名词解释")[0]
    big.write_text(body * (2_000_000 // len(body.encode("utf-8"))), encoding="utf-8")
    lock = terms.with_name(f".{terms.name}.lock")
    run = subprocess.Popen([*GLOSSARY, "extract", str(big), "-o", str(terms)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not lock.exists() and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(1)  # terms.yml has been read; the report is being extracted
    assert run.poll() is None, "extract finished before the editor saved: make the report bigger"
    edit(terms, "- term: 双停\n", "- term: 双停\n  note: 编辑在提取时写的\n")
    _, err = run.communicate(timeout=600)
    assert run.returncode == 0, err
    assert entry(terms, "双停")["note"] == "编辑在提取时写的"
    assert "2023-big-county" in [s["report"] for s in entry(terms, "双停")["sources"]]


# 2. BOM, 3. unknown top-level fields ------------------------------------------------------------

def test_a_bom_and_the_top_comment_block_are_kept(runner, terms, tmp_path):
    header = "# yaml-language-server: $schema=terms.schema.json\n# 吉林省词典\n"
    terms.write_bytes(codecs.BOM_UTF8 + header.encode("utf-8") + terms.read_bytes())
    result = runner.invoke(main, ["extract", str(other_report(tmp_path)), "-o", str(terms)])
    assert result.exit_code == 0, result.output
    assert terms.read_bytes().startswith(codecs.BOM_UTF8 + header.encode("utf-8"))
    assert "智改数转" in [e["term"] for e in store.load(terms).terms]
    check = runner.invoke(main, ["check", str(terms)])
    assert check.exit_code == 0 and "comment outside" not in check.output


def test_unknown_top_level_fields_are_kept_in_place(runner, terms, tmp_path):
    text = terms.read_text(encoding="utf-8")
    terms.write_text("editors:\n  owner: 张三\n  reviewers: [李四]\n" + text + "licence: CC-BY-4.0\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(other_report(tmp_path)), "-o", str(terms)])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(terms.read_text(encoding="utf-8"))
    assert list(data) == ["editors", "reports", "terms", "licence"]
    assert data["editors"] == {"owner": "张三", "reviewers": ["李四"]} and data["licence"] == "CC-BY-4.0"


# 4. aliases ------------------------------------------------------------------------------------

def test_an_alias_an_editor_removed_or_renamed_stays_so(runner, terms, report_file, tmp_path):
    assert entry(terms, "四横三纵")["aliases"] == ["四横三纵市政主干路网"]
    assert entry(terms, "双停")["aliases"] == ["双停企业"]
    edit(terms, "  aliases: [四横三纵市政主干路网]\n", "")
    edit(terms, "  aliases: [双停企业]\n", "  aliases: [停产半停产企业]\n")
    for report in (other_report(tmp_path), report_file):  # another report, then the same one again
        result = runner.invoke(main, ["extract", str(report), "-o", str(terms)])
        assert result.exit_code == 0, result.output
        assert "aliases" not in entry(terms, "四横三纵")
        assert entry(terms, "双停")["aliases"] == ["停产半停产企业"]
    new_form = tmp_path / "third" / "2022-third.txt"
    new_form.parent.mkdir()
    new_form.write_text("“双停”工厂要盘活。\n", encoding="utf-8")
    runner.invoke(main, ["extract", str(new_form), "-o", str(terms)])
    assert entry(terms, "双停")["aliases"] == ["停产半停产企业", "双停工厂"]  # what is new still comes in


# 7. symlinks, 8. modes and leftovers --------------------------------------------------------------

def test_a_symlinked_terms_file_is_written_through_and_locked_at_its_target(runner, terms, tmp_path):
    real = tmp_path / "data" / "terms.yml"
    real.parent.mkdir()
    terms.rename(real)
    link = tmp_path / "terms.yml"
    link.symlink_to(Path("data") / "terms.yml")
    result = runner.invoke(main, ["extract", str(other_report(tmp_path)), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and "智改数转" in real.read_text(encoding="utf-8")
    assert not list(real.parent.glob(".terms.yml.*")) and not list(tmp_path.glob(".terms.yml.*"))
    with store.locked(real):
        refused = runner.invoke(main, ["extract", str(other_report(tmp_path)), "-o", str(link)])
    assert refused.exit_code == 1 and "another glossary command" in refused.output


def test_a_read_only_terms_file_is_refused(runner, terms, tmp_path):
    terms.chmod(0o444)
    before = terms.read_bytes()
    result = runner.invoke(main, ["extract", str(other_report(tmp_path)), "-o", str(terms)])
    assert result.exit_code == 1 and f"{terms}: read-only" in result.output
    assert terms.read_bytes() == before and stat.S_IMODE(terms.stat().st_mode) == 0o444


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_a_new_terms_file_honours_the_umask(runner, report_file, tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        result = runner.invoke(main, ["extract", str(report_file), "-o", str(tmp_path / "new.yml")])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE((tmp_path / "new.yml").stat().st_mode) == mode


_KILLED_RUN = """
import sys, time
from pathlib import Path
from glossary import store
path = Path(sys.argv[1])
with store.locked(path):
    path.with_name(f".{path.name}.abc123.tmp").write_text("half a file", encoding="utf-8")
    print("writing", flush=True)
    time.sleep(600)
"""


def test_what_a_killed_run_leaves_is_cleaned_by_the_next_but_not_while_it_runs(runner, terms, tmp_path):
    killed = subprocess.Popen([sys.executable, "-c", _KILLED_RUN, str(terms)], stdout=subprocess.PIPE, text=True)
    try:
        assert killed.stdout.readline() == "writing\n"
        leftover = tmp_path / ".terms.yml.abc123.tmp"
        refused = runner.invoke(main, ["extract", str(other_report(tmp_path)), "-o", str(terms)])
        assert refused.exit_code == 1 and leftover.exists()  # the writer is alive: its file stays
    finally:
        killed.send_signal(signal.SIGKILL)
        killed.wait()
    assert leftover.exists() and (tmp_path / ".terms.yml.lock").exists()
    result = runner.invoke(main, ["extract", str(other_report(tmp_path)), "-o", str(terms)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


# 13. YAML bombs, 17. merge keys ------------------------------------------------------------------

BOMB = "terms: []\nbomb:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"  {b}: &{b} [*{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True))


@pytest.mark.parametrize("command", [["check", "{terms}"], ["lookup", "lol", "-f", "{terms}", "--json"],
                                     ["extract", "{report}", "-o", "{terms}"], ["review", "-f", "{terms}"]])
def test_a_yaml_bomb_is_refused_at_once_with_its_line(tmp_path, report_file, command):
    terms = tmp_path / "terms.yml"
    terms.write_text(BOMB, encoding="utf-8")
    args = [a.format(terms=terms, report=report_file) for a in command]
    result = subprocess.run([*GLOSSARY, *args], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: {terms}:") or result.stderr.startswith(f"{terms}:"), result.stderr
    assert "alias" in result.stderr and "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert terms.read_text(encoding="utf-8") == BOMB


def test_a_yaml_bomb_stops_the_site_build_with_its_line(runner, tmp_path):
    project = tmp_path / "site"
    runner.invoke(main, ["init", str(project)])
    (project / "terms.yml").write_text(BOMB, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"),
                             "-d", str(tmp_path / "out")], capture_output=True, text=True, timeout=120, env=QUIET)
    assert result.returncode != 0 and f"{project / 'terms.yml'}:" in result.stderr and "alias" in result.stderr


MERGED = """\
terms:
- &base
  term: 四乱
  kind: numbered
  definition: 乱占、乱采、乱堆、乱建。
  status: reviewed
- <<: *base
  term: 五乱
  definition: 乱占、乱采、乱堆、乱建、乱排。
"""


def test_a_merge_key_is_read_as_yaml_defines_it_and_own_keys_override(runner, report_file, tmp_path):
    terms = tmp_path / "terms.yml"
    terms.write_text(MERGED, encoding="utf-8")
    assert runner.invoke(main, ["check", str(terms)]).exit_code == 0
    result = runner.invoke(main, ["lookup", "五乱", "-f", str(terms)])
    assert result.exit_code == 0 and "[numbered]" in result.output and "乱排" in result.output
    assert runner.invoke(main, ["extract", str(report_file), "-o", str(terms)]).exit_code == 0
    five = entry(terms, "五乱")  # written out in full: the data is the same
    assert (five["kind"], five["definition"], five["status"]) == ("numbered", "乱占、乱采、乱堆、乱建、乱排。", "reviewed")
    assert entry(terms, "四乱")["definition"] == "乱占、乱采、乱堆、乱建。"


def test_a_key_written_twice_in_one_mapping_is_still_an_error(runner, tmp_path):
    terms = tmp_path / "terms.yml"
    terms.write_text(MERGED + "  term: 六乱\n", encoding="utf-8")
    result = runner.invoke(main, ["check", str(terms)])
    assert result.exit_code == 1 and ":10: duplicate key 'term'" in result.output
