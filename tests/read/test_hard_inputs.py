"""Hard inputs: what the user sees, the exit status, and that terms.yml is byte-identical."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
import zipfile

import pytest
from conftest import REPORT

from glossary import store
from glossary.cli import main


def extract(runner, terms, *paths):
    before = terms.read_bytes()
    result = runner.invoke(main, ["extract", *map(str, paths), "-o", str(terms)])
    return result, terms.read_bytes() == before


def test_invalid_utf8_names_the_line_the_encoding_and_the_override(runner, terms, tmp_path):
    bad = tmp_path / "broken.txt"
    data = REPORT.encode("utf-8")
    cut = data.index("“双停”".encode()) + 1
    bad.write_bytes(data[:cut] + b"\xff" + data[cut:])
    result, same = extract(runner, terms, bad)
    assert result.exit_code == 1 and same
    assert f"{bad}:7: invalid UTF-8 byte" in result.output and "--encoding" in result.output
    assert result.output.count("\n") == 1


def test_report_without_quotes_still_yields_its_numbered_terms(runner, tmp_path):
    plain = tmp_path / "2024-plain.txt"
    plain.write_text("永吉县人民政府工作报告\n坚持两学一做，关注一老一小，推进乡村振兴。\n", encoding="utf-8")
    out = tmp_path / "terms.yml"
    result = runner.invoke(main, ["extract", str(plain), "-o", str(out)])
    assert result.exit_code == 0
    assert {"两学一做", "一老一小"} <= {e["term"] for e in store.load(out).terms}


def test_pdf_is_refused_with_advice(runner, terms, tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    result, same = extract(runner, terms, pdf)
    assert result.exit_code == 1 and same and "not supported; convert it to text first" in result.output


def test_web_page_gives_the_article_without_navigation_or_scripts(runner, tmp_path):
    body = "".join(f"<p>{line}</p>" for line in REPORT.splitlines())
    page = (f"<html><head><title>报告</title><style>p{{}}</style></head><body><nav>首页 “导航词”</nav>"
            f"<div id='zoom' class='TRS_Editor'>{body}</div><script>var s='“脚本词”';</script>"
            f"<footer>“页脚词”</footer></body></html>")
    html_file = tmp_path / "2024-sample-county.html"
    html_file.write_text(page, encoding="utf-8")
    from_html, from_text = tmp_path / "html.yml", tmp_path / "text.yml"
    text_file = tmp_path / "2024-sample-county.txt"
    text_file.write_text(REPORT, encoding="utf-8")
    assert runner.invoke(main, ["extract", str(html_file), "-o", str(from_html)]).exit_code == 0
    assert runner.invoke(main, ["extract", str(text_file), "-o", str(from_text)]).exit_code == 0
    assert [e["term"] for e in store.load(from_html).terms] == [e["term"] for e in store.load(from_text).terms]


def docx(paragraphs: list[str]) -> bytes:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>')
    return buffer.getvalue()


def test_word_document_reads_like_its_text(runner, tmp_path):
    word = tmp_path / "2024-sample-county.docx"
    word.write_bytes(docx(REPORT.splitlines()))
    out = tmp_path / "terms.yml"
    assert runner.invoke(main, ["extract", str(word), "-o", str(out)]).exit_code == 0
    entries = {e["term"]: e for e in store.load(out).terms}
    assert entries["双停"]["definition"] == "停产、半停产工业企业。"


def test_broken_word_document_is_one_line(runner, terms, tmp_path):
    word = tmp_path / "broken.docx"
    word.write_bytes(b"PK\x03\x04 not really")
    result, same = extract(runner, terms, word)
    assert result.exit_code == 1 and same and "not a Word .docx file" in result.output


@pytest.mark.parametrize("text, message", [
    ("terms:\n\t- term: 四乱\n", ":2: YAML error"),
    ("terms:\n- term: 四乱\n  term: 五乱\n", ":3: duplicate key 'term'"),
    ("terms:\n- term: 四乱\n  count: x\n  aliases: 四乱问题\n", ":2: error: 'aliases' must be a list of text"),
    ("terms:\n  term: 四乱\n", ":1: error: 'terms' must be a list of entries"),
    ("reports: [a, b]\nterms: []\n", ":1: error: 'reports' must be a mapping"),
])
def test_broken_terms_file_is_one_line_and_untouched(runner, report_file, tmp_path, text, message):
    path = tmp_path / "terms.yml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(report_file), "-o", str(path)])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert message in result.output, result.output
    assert path.read_text(encoding="utf-8") == text


def test_second_extract_at_once_is_refused_and_the_first_finishes(runner, terms, report_file):
    before = terms.read_bytes()
    with store.locked(terms):
        result = runner.invoke(main, ["extract", str(report_file), "-o", str(terms)])
        assert result.exit_code == 1 and "another glossary command (extract or review) is changing it" in result.output
        assert terms.read_bytes() == before
    assert runner.invoke(main, ["extract", str(report_file), "-o", str(terms)]).exit_code == 0
    assert not terms.with_name(f".{terms.name}.lock").exists()


def test_two_processes_never_interleave(terms, report_file, seeds):
    """Two real `glossary extract` processes on one file: one wins or both run in turn, and the
    file is always a whole, loadable glossary."""
    command = [sys.executable, "-m", "glossary", "extract", str(seeds), "-o", str(terms)]
    results = []

    def run():
        results.append(subprocess.run(command, capture_output=True, text=True))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert any(r.returncode == 0 for r in results)
    for result in results:
        assert result.returncode == 0 or "another glossary command (extract or review) is changing it" in result.stderr
    assert len(store.load(terms).terms) > 100


def test_dry_run_shows_changes_and_writes_nothing(runner, terms, report_file):
    text = terms.read_text(encoding="utf-8")
    start = text.index("- term: 四乱")
    end = text.index("- term:", start + 1)
    terms.write_text(text[:start] + text[end:], encoding="utf-8")
    before = terms.read_bytes()
    result = runner.invoke(main, ["extract", str(report_file), "-o", str(terms), "--dry-run"])
    assert result.exit_code == 0 and terms.read_bytes() == before
    assert "+ 四乱" in result.output and "dry run" in result.output
    data = json.loads(runner.invoke(main, ["extract", str(report_file), "-o", str(terms), "--dry-run", "--json"]).output)
    assert {"term": "四乱", "action": "new", "fields": []} in data["changes"] and data["summary"]["new"] == 1


def test_json_without_dry_run_is_a_usage_error(runner, terms, report_file):
    result = runner.invoke(main, ["extract", str(report_file), "-o", str(terms), "--json"])
    assert result.exit_code == 2 and "--json goes with --dry-run" in result.output


def test_a_100_mb_report_stays_under_1_gb(tmp_path):
    body = REPORT.split("名词解释")[0].encode("utf-8") + b"\n"
    big = tmp_path / "2024-huge-county.txt"
    with big.open("wb") as out:
        for _ in range(100_000_000 // len(body) + 1):
            out.write(body)
    terms = tmp_path / "terms.yml"
    measure = ("import resource, sys\nfrom glossary.cli import main\ntry:\n    main()\nfinally:\n"
               "    print('peak', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", measure, "extract", str(big), "-o", str(terms)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    peak_mb = int(result.stderr.split("peak ")[1].split()[0]) / 1024
    assert peak_mb < 1024, f"peak {peak_mb:.0f} MB"
    assert "双停" in {e["term"] for e in store.load(terms).terms}
