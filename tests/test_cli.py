import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from glossary.cli import main


@pytest.mark.parametrize("command", [[], ["extract"], ["lookup"], ["check"], ["init"], ["schema"]])
def test_every_command_has_help(runner, command):
    result = runner.invoke(main, [*command, "-h"])
    assert result.exit_code == 0 and "Usage:" in result.output and len(result.output.splitlines()) > 3


def test_extract_prints_one_summary_line(runner, report_file, tmp_path):
    path = tmp_path / "terms.yml"
    result = runner.invoke(main, ["extract", str(report_file), "-o", str(path)])
    assert result.exit_code == 0
    assert result.output.strip().splitlines() == [f"1 report read: 6 new, 0 updated, 0 unchanged, 0 removed terms → {path}"]


@pytest.mark.parametrize("query", ["四横三纵", "shsz", "sihengsanzong", "SiHeng", "四横三纵市政主干路网", "横三"])
def test_lookup_finds_by_every_name(runner, terms, query):
    result = runner.invoke(main, ["lookup", query, "-f", str(terms)])
    assert result.exit_code == 0
    assert result.output.startswith("四横三纵  sì héng sān zòng  [numbered]")
    assert "definition: 吉桦路、建设路、连山路。" in result.output


def test_lookup_json(runner, terms):
    result = runner.invoke(main, ["lookup", "双停", "-f", str(terms), "--json"])
    (hit,) = json.loads(result.output)
    assert hit["term"] == "双停" and hit["definition"] == "停产、半停产工业企业。"


def test_lookup_miss_suggests_and_exits_1(runner, terms):
    result = runner.invoke(main, ["lookup", "四横二纵", "-f", str(terms)])
    assert result.exit_code == 1 and "did you mean: 四横三纵" in result.output


def test_lookup_ignores_rejected_entries(runner, terms):
    text = terms.read_text(encoding="utf-8")
    at = text.index("status: auto", text.index("term: 项目为王"))
    terms.write_text(text[:at] + "status: rejected" + text[at + 12:], encoding="utf-8")
    assert runner.invoke(main, ["lookup", "项目为王", "-f", str(terms)]).exit_code == 1


def test_check_passes_a_good_file_and_flags_duplicates(runner, terms):
    assert runner.invoke(main, ["check", str(terms)]).exit_code == 0
    text = terms.read_text(encoding="utf-8").replace("term: 项目为王\n", "term: 项目为王\n  aliases: [四横三纵]\n", 1)
    terms.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["check", str(terms)])
    assert result.exit_code == 1 and "alias '四横三纵' of '项目为王' is the headword of the entry '四横三纵'" in result.output


@pytest.mark.parametrize(
    "content, message",
    [(b"", "the file is empty"), (b"\x00\x01\x02binary\x00", "binary file"), (b"abc \x80 x", "--encoding")],
)
def test_bad_report_one_line_and_terms_untouched(runner, terms, tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = terms.read_bytes()
    result = runner.invoke(main, ["extract", str(bad), "-o", str(terms)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and message in result.output and str(bad) in result.output
    assert terms.read_bytes() == before


def test_malformed_terms_file_is_one_line_for_every_command(runner, report_file, tmp_path):
    path = tmp_path / "terms.yml"
    path.write_text("terms:\n  - term: 四乱\n   status: [\n", encoding="utf-8")
    before = path.read_bytes()
    for args in (["extract", str(report_file), "-o", str(path)], ["lookup", "四乱", "-f", str(path)], ["check", str(path)]):
        result = runner.invoke(main, args)
        assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
        assert f"{path}:3: YAML error" in result.output
    assert path.read_bytes() == before


def test_missing_report_path(runner, tmp_path):
    result = runner.invoke(main, ["extract", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "t.yml")])
    assert result.exit_code == 1 and "no such file or folder" in result.output


def test_python_dash_m(report_file, tmp_path):
    result = subprocess.run([sys.executable, "-m", "glossary", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "extract" in result.stdout


def test_lookup_finds_every_reading_of_a_polyphone_as_the_site_does(runner, tmp_path):
    """pypinyin reads 调 diào; the site's keys also hold tiáo, and so must `glossary lookup`."""
    terms = tmp_path / "terms.yml"
    terms.write_text("terms:\n- term: 三级联调\n  pinyin: sān jí lián diào\n", encoding="utf-8")
    result = runner.invoke(main, ["lookup", "sanjiliantiao", "-f", str(terms)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("三级联调")


def test_lookup_shows_each_meaning_with_its_report_and_year(runner, tmp_path):
    """One name, different meanings: “1+3” of one district's report and of another's."""
    result = _extract_then_lookup(runner, tmp_path, "1+3", {
        f"{year}-{place}.txt": f"{year}年{place}政府工作报告\n出台“1+3”{head}，推进改革。\n名词解释\n1.“1+3”{head}：{meaning}\n"
        for year, place, head, meaning in ((2014, "甲区", "文件", "一个主文件加三个配套文件。"),
                                           (2017, "乙区", "方案", "一个总方案加三个专项方案。"))})
    assert "在2017年乙区政府工作报告名词解释中，“1+3”方案指：一个总方案加三个专项方案。" in result.output
    assert "在2014年甲区政府工作报告名词解释中，“1+3”文件指：一个主文件加三个配套文件。" in result.output
    assert "definition:" not in result.output


def test_lookup_tells_each_reports_readers_where_the_explanation_comes_from(runner, tmp_path):
    """福田区 2016 explains “十大工程” in its 名词解释; its 2018 report uses the term without explaining
    it and borrows the explanation, named; 龙岗区's “十大工程” may be ten other projects: its readers
    get the sentence of their own report that says most about it."""
    result = _extract_then_lookup(runner, tmp_path, "十大工程", {
        "2016-福田区.txt": "2016年福田区政府工作报告\n实施“十大工程”。\n名词解释\n1.“十大工程”：十个重点项目。\n",
        "2018-福田区.txt": "2018年福田区政府工作报告\n推进“十大工程”。\n",
        "2018-龙岗区.txt": "2018年龙岗区政府工作报告\n全面完成“十大工程”，新建学校三所、医院两家。\n"})
    assert "2016-福田区 ×1, glossary: 实施“十大工程”。" in result.output
    assert "2018-福田区 ×1, explained in 2016年福田区政府工作报告名词解释: 推进“十大工程”。" in result.output
    assert "2018-龙岗区 ×1: 全面完成“十大工程”，新建学校三所、医院两家。" in result.output


def test_lookup_labels_a_definition_from_the_national_shorthand_lexicon(runner, tmp_path):
    report = tmp_path / "2024-甲县.txt"
    report.write_text("2024年甲县政府工作报告\n坚决做到“两个维护”。\n", encoding="utf-8")
    terms = tmp_path / "terms.yml"
    assert runner.invoke(main, ["extract", str(report), "-o", str(terms)]).exit_code == 0
    result = runner.invoke(main, ["lookup", "两个维护", "-f", str(terms)])
    assert "  definition (全国通用提法释义): “两个维护”即坚决维护习近平总书记党中央的核心" in result.output


def test_two_reports_with_one_file_name_are_refused_naming_both(runner, seeds, tmp_path):
    """2018/jilin.txt and 2024/jilin.txt would both be report 'jilin': the second would replace the first."""
    for year in ("2018", "2024"):
        (tmp_path / "reports" / year).mkdir(parents=True)
        (tmp_path / "reports" / year / "jilin.txt").write_bytes((seeds / f"{year}-jilin-city.txt").read_bytes())
    terms = tmp_path / "terms.yml"
    result = runner.invoke(main, ["extract", str(tmp_path / "reports"), "-o", str(terms)])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    first, second = tmp_path / "reports" / "2018" / "jilin.txt", tmp_path / "reports" / "2024" / "jilin.txt"
    assert f"{first} and {second} are both report 'jilin'" in result.output and "rename one" in result.output
    assert not terms.exists()


def test_a_file_named_twice_is_read_once(runner, seeds, tmp_path):
    terms = tmp_path / "terms.yml"
    report = seeds / ".." / seeds.name / "2024-yongji-county.txt"  # the same file, spelled otherwise
    result = runner.invoke(main, ["extract", str(seeds), str(report), "-o", str(terms)])
    assert result.exit_code == 0 and result.output.startswith("5 reports read")


def test_lookup_prints_control_characters_from_terms_yml_as_visible_escapes(runner, tmp_path):
    """An escape sequence in a definition would recolour or retitle the reader's terminal."""
    terms = tmp_path / "terms.yml"
    terms.write_text('terms:\n- term: 四横三纵\n  definition: "红\\e[31m色\\e]0;title\\a"\n', encoding="utf-8")
    result = runner.invoke(main, ["lookup", "四横三纵", "-f", str(terms)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "红\\x1b[31m色\\x1b]0;title\\x07" in result.output


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads the process tree from /proc")
def test_ctrl_c_while_workers_extract_stops_them_all_and_writes_nothing(seeds, tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for copy in range(4):  # big enough a batch for several processes
        for path in seeds.glob("*.txt"):
            (reports / f"{copy}-{path.name}").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "terms.yml"
    process = subprocess.Popen([sys.executable, "-m", "glossary", "extract", str(reports), "-o", str(out), "-j", "2"],
                               stderr=subprocess.PIPE, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    workers: list[str] = []
    while len(workers) < 2 and process.poll() is None:
        workers = children.read_text().split()
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    _, stderr = process.communicate()
    assert process.returncode == 1, stderr
    assert stderr.decode().strip().splitlines()[-1] == "Aborted!"
    for pid in workers:  # gone, not even left for the parent to collect
        assert not Path(f"/proc/{pid}").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]


def _extract_then_lookup(runner, tmp_path: Path, query: str, reports: dict[str, str]):
    """Write the reports into a folder, extract them and look the query up, as a user would."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    terms = tmp_path / "terms.yml"
    assert runner.invoke(main, ["extract", str(folder), "-o", str(terms)]).exit_code == 0
    result = runner.invoke(main, ["lookup", query, "-f", str(terms)])
    assert result.exit_code == 0, result.output
    return result
