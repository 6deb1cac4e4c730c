"""The `glossary` program answers a plain `glossary lookup` without click (glossary.entry) and
must print and exit exactly as the click command does; everything else goes to click."""

import os
import subprocess
import sys

import pytest

from glossary.cli import main

# runs the program as the console script and `python -m glossary` do, then lists what it imported
_PROBE = ("import os, sys\nfrom glossary.entry import main\ntry:\n    main()\nfinally:\n"
          "    with open(os.environ['GLOSSARY_TEST_LOADED'], 'w') as f:\n        f.write(' '.join(sys.modules))")


def program(tmp_path, *args):
    """Exit status, stdout, stderr of the program, and whether it loaded click."""
    loaded = tmp_path / "loaded"
    run = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True,
                         env={**os.environ, "GLOSSARY_TEST_LOADED": str(loaded)}, check=False)
    return (run.returncode, run.stdout, run.stderr), "click" in loaded.read_text().split()


def through_click(runner, *args):
    """Exit status, stdout and stderr of the click command. Its help is wrapped at 80 columns,
    not at the terminal's width as the program's: compare the first and last lines."""
    result = runner.invoke(main, list(args), prog_name="glossary")
    return result.exit_code, result.stdout, result.stderr


def assert_same_as_click(runner, tmp_path, *args):
    """The program reads these arguments itself, and prints and exits as click would."""
    printed, loaded_click = program(tmp_path, *args)
    assert not loaded_click
    assert printed == through_click(runner, *args)
    return printed


@pytest.mark.parametrize("options", [[], ["--json"], ["-n", "1"], ["--limit", "1", "--json"]])
@pytest.mark.parametrize("query", ["shsz", "四横三纵", "zzz", "四横二纵", ""])
def test_a_plain_lookup_prints_and_exits_as_click_does(runner, terms, tmp_path, query, options):
    first = assert_same_as_click(runner, tmp_path, "lookup", query, "-f", str(terms), *options)
    assert first[0] == (0 if query in ("shsz", "四横三纵") else 1)
    assert assert_same_as_click(runner, tmp_path, "lookup", *options, "--file", str(terms), query) == first


def test_more_hits_than_the_limit_are_counted_alike(runner, terms, tmp_path):
    code, stdout, _ = assert_same_as_click(runner, tmp_path, "lookup", "s", "-f", str(terms), "-n", "1")
    assert code == 0 and "more (use --limit)" in stdout


def test_a_file_that_cannot_be_read_is_clicks_error(runner, tmp_path):
    missing = tmp_path / "none.yml"
    code, _, stderr = assert_same_as_click(runner, tmp_path, "lookup", "四乱", "-f", str(missing))
    assert code == 1 and stderr.startswith(f"Error: {missing}: no such file")
    gbk = tmp_path / "gbk.yml"
    gbk.write_bytes("terms:\n- term: 四乱\n".encode("gbk"))
    code, _, stderr = assert_same_as_click(runner, tmp_path, "lookup", "四乱", "-f", str(gbk))
    assert code == 1 and "not UTF-8" in stderr


def test_a_stale_index_is_not_used_by_either(runner, terms, tmp_path):
    assert_same_as_click(runner, tmp_path, "lookup", "双停", "-f", str(terms))  # builds the index
    terms.write_text(terms.read_text(encoding="utf-8").replace("停产、半停产", "停业、半停业"), encoding="utf-8")
    code, stdout, _ = assert_same_as_click(runner, tmp_path, "lookup", "双停", "-f", str(terms))
    assert code == 0 and "停业、半停业" in stdout


def test_errors_in_entries_warn_alike(runner, tmp_path):
    terms = tmp_path / "terms.yml"
    terms.write_text("terms:\n- term: 四乱\n- definition: an entry without its term\n", encoding="utf-8")
    for _ in range(2):  # reading terms.yml, then from the index
        code, _, stderr = assert_same_as_click(runner, tmp_path, "lookup", "四乱", "-f", str(terms))
        assert code == 0 and stderr.startswith("warning: ")


@pytest.mark.parametrize("args", [["lookup", "--help"], ["lookup", "-h"], ["lookup"], ["lookup", "四乱", "四横"],
                                  ["lookup", "四乱", "-n", "0"], ["lookup", "四乱", "-n", "x"], ["lookup", "四乱", "-f"],
                                  ["lookup", "四乱", "--bogus"], ["--help"], ["check", "--help"], []])
def test_everything_else_is_clicks(runner, tmp_path, args):
    printed, loaded_click = program(tmp_path, *args)
    assert loaded_click
    code, stdout, stderr = through_click(runner, *args)
    assert printed[0] == code and [t.splitlines()[:1] for t in printed[1:]] == [stdout.splitlines()[:1], stderr.splitlines()[:1]]
    assert printed[2].splitlines()[-1:] == stderr.splitlines()[-1:]  # click's error message


def test_a_folder_as_the_file_is_clicks_usage_error(runner, tmp_path):
    printed, loaded_click = program(tmp_path, "lookup", "四乱", "-f", str(tmp_path))
    assert loaded_click and printed[0] == 2 and "is a directory" in printed[2]
