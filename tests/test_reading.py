"""Reports that are not what they seem, and options out of range: a clear message, never mojibake."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import REPORT

from glossary import store
from glossary.cli import main

GLOSSARY = [sys.executable, "-m", "glossary"]
TRADITIONAL = "永吉縣人民政府工作報告\n健全“四橫三縱”市政主幹路網，推動“雙停”企業盤活，整治“四亂”問題。\n"


def terms_of(path) -> set[str]:
    return {e["term"] for e in store.load(path).terms}


# 6. Big5 -----------------------------------------------------------------------------------------

def test_a_big5_report_is_read_as_big5_not_as_gb18030_mojibake(runner, tmp_path):
    report = tmp_path / "2024-trad.txt"
    report.write_bytes(TRADITIONAL.encode("big5"))
    out = tmp_path / "terms.yml"
    result = runner.invoke(main, ["extract", str(report), "-o", str(out)])
    assert result.exit_code == 0, result.output
    entries = {e["term"]: e for e in store.load(out).terms}
    assert {"四橫三縱", "四亂"} <= set(entries)
    assert entries["四橫三縱"]["sources"][0]["context"].startswith("健全“四橫三縱”市政主幹路網，推動“雙停”企業盤活")


def test_bytes_that_are_neither_gb18030_text_nor_big5_are_refused(runner, tmp_path):
    report = tmp_path / "odd.txt"
    report.write_bytes(TRADITIONAL.encode("big5") + "丂".encode("gbk"))  # GBK's 丂 is no Big5
    result = runner.invoke(main, ["extract", str(report), "-o", str(tmp_path / "terms.yml")])
    assert result.exit_code == 1 and f"{report}:" in result.output and "--encoding" in result.output
    assert not (tmp_path / "terms.yml").exists()


def test_a_gbk_report_is_still_read_as_gbk(runner, tmp_path):
    report = tmp_path / "2024-sample-county.txt"
    report.write_bytes(REPORT.encode("gbk"))
    out = tmp_path / "terms.yml"
    assert runner.invoke(main, ["extract", str(report), "-o", str(out)]).exit_code == 0
    assert {"四横三纵", "双停"} <= terms_of(out)


# 15. what the file is, where the output goes, what is skipped, NUL bytes ---------------------------

@pytest.mark.parametrize("codec, suggested", [("utf-16-le", "--encoding utf-16-le"), ("utf-16-be", "--encoding utf-16-be")])
def test_utf16_without_bom_gets_the_encoding_to_pass(runner, tmp_path, codec, suggested):
    report = tmp_path / "2024-sample-county.txt"
    report.write_bytes(REPORT.encode(codec))
    result = runner.invoke(main, ["extract", str(report), "-o", str(tmp_path / "terms.yml")])
    assert result.exit_code == 1 and suggested in result.output and "binary" not in result.output
    ok = runner.invoke(main, ["extract", str(report), "-o", str(tmp_path / "terms.yml"), "--encoding", codec])
    assert ok.exit_code == 0, ok.output


def test_a_fifo_is_named_for_what_it_is(runner, tmp_path):
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    result = runner.invoke(main, ["extract", str(fifo), "-o", str(tmp_path / "terms.yml")])
    assert result.exit_code == 1 and "pipe" in result.output and "no such file" not in result.output


def test_dev_stdin_from_a_pipe_is_named_for_what_it_is(tmp_path):
    result = subprocess.run([*GLOSSARY, "extract", "/dev/stdin", "-o", str(tmp_path / "terms.yml")],
                            input=REPORT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "pipe" in result.stderr and "no such file" not in result.stderr


def test_output_into_a_missing_folder_says_the_folder_is_missing(runner, report_file, tmp_path):
    out = tmp_path / "missing" / "terms.yml"
    result = runner.invoke(main, ["extract", str(report_file), "-o", str(out)])
    assert result.exit_code == 1 and f"{out.parent}" in result.output and "no such folder" in result.output
    assert "cannot lock" not in result.output


def test_a_symlinked_subfolder_is_named_in_a_warning(runner, report_file, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "2023-other.txt").write_text("推进“智改数转”。\n", encoding="utf-8")
    (report_file.parent / "linked").symlink_to(elsewhere)
    out = tmp_path / "terms.yml"
    result = runner.invoke(main, ["extract", str(report_file.parent), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"warning: {report_file.parent / 'linked'}: " in result.output and "symlink" in result.output
    assert "智改数转" not in terms_of(out)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable folders")
def test_an_unreadable_subfolder_is_named_in_a_warning(runner, report_file, tmp_path):
    closed = report_file.parent / "closed"
    closed.mkdir()
    closed.chmod(0)
    try:
        result = runner.invoke(main, ["extract", str(report_file.parent), "-o", str(tmp_path / "terms.yml")])
    finally:
        closed.chmod(0o755)
    assert result.exit_code == 0 and f"warning: {closed}: " in result.output


def test_a_nul_byte_deep_in_a_report_names_its_line_and_never_enters_a_term(runner, tmp_path):
    padding = "推动经济发展，提升民生水平。\n" * 200  # past the first 4 KB, where the binary check looks
    report = tmp_path / "2024-nul.txt"
    report.write_text(REPORT.replace("整治“四乱”问题", padding + "整治“四\x00乱”问题"), encoding="utf-8")
    out = tmp_path / "terms.yml"
    result = runner.invoke(main, ["extract", str(report), "-o", str(out)])
    line = REPORT.split("整治")[0].count("\n") + 1 + 200
    assert result.exit_code == 1 and f"{report}:{line}: " in result.output and "NUL" in result.output
    assert not out.exists()


# 16. lookup -n --------------------------------------------------------------------------------------

@pytest.mark.parametrize("limit", ["0", "-1"])
def test_lookup_limit_below_one_is_a_usage_error(runner, terms, limit):
    result = runner.invoke(main, ["lookup", "四", "-f", str(terms), "-n", limit])
    assert result.exit_code == 2 and "-n" in result.output and "more" not in result.output


def test_lookup_limit_shows_that_many_and_counts_the_rest(runner, terms):
    result = runner.invoke(main, ["lookup", "四", "-f", str(terms), "-n", "1"])
    assert result.exit_code == 0 and result.output.count("[numbered]") == 1 and "… and 1 more" in result.output


# review reads keys from a pipe too --------------------------------------------------------------------

def test_review_takes_its_keys_from_a_pipe(terms):
    result = subprocess.run([*GLOSSARY, "review", "-f", str(terms)], input="aq", capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and "1 decisions saved" in result.stdout, result.stderr
    assert sum(e.get("status") == "reviewed" for e in store.load(terms).terms) == 1
