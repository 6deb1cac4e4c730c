import codecs

import pytest

from glossary.errors import GlossaryError
from glossary.read.sources import decode, read_report
from glossary.read.text import normalize

LONG = "全国婚俗改革实验区创建成效显著，创新4项保障机制，推动党员干"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("一行\r\n二行\r\n", "一行\n二行\n"),
        ("2023 年工作回顾", "2023年工作回顾"),
        ("增长 12 %", "增长12 %"),
        ("县长\u3000林海策", "县长林海策"),
        ("Made in China 2025", "Made in China 2025"),
        (LONG + "\n\n部带头移风易俗。", LONG + "部带头移风易俗。"),
        ("各位代表：\n\n我代表市政府", "各位代表：\n\n我代表市政府"),
        ("短标题\n\n正文开始", "短标题\n\n正文开始"),
        (LONG + "\n\n2.“双停”企业：停产。", LONG + "\n\n2.“双停”企业：停产。"),
        # a point's heading ends without punctuation; the paragraph under it is not its continuation
        ("（二）突出发展高度提升，着力把握定位高端，不断增强核心竞争力\n在“十三五”开局之年，我们必须",
         "（二）突出发展高度提升，着力把握定位高端，不断增强核心竞争力\n在“十三五”开局之年，我们必须"),
        ("——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n来源：北京日报",
         "——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n来源：北京日报"),
        ("（二）" + LONG * 2 + "\n\n部带头移风易俗。", "（二）" + LONG * 2 + "部带头移风易俗。"),  # longer than a heading
    ],
)
def test_normalize(raw, expected):
    assert normalize(raw) == expected + ("" if expected.endswith("\n") else "\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_are_detected(tmp_path, encoding):
    text = "“四横三纵”市政主干路网，“双停”企业。\n"
    twin = tmp_path / "twin.txt"
    twin.write_bytes(text.encode(encoding))
    assert read_report(twin).body == normalize(text)


def test_utf16_big_endian_bom(tmp_path):
    path = tmp_path / "be.txt"
    path.write_bytes(codecs.BOM_UTF16_BE + "“五勤”".encode("utf-16-be"))
    assert "“五勤”" in read_report(path).body


def test_encoding_override_is_used(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes("“四橫三縱”".encode("big5"))
    assert "四橫三縱" in read_report(path, encoding="big5").body


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "is empty"),
        (b"  \r\n\xe3\x80\x80\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"abc \x80 not text", "--encoding"),
    ],
)
def test_bad_reports_raise_one_clear_error(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(GlossaryError, match=message) as err:
        read_report(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_wrong_override_names_the_encoding(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("“四乱”".encode())
    with pytest.raises(GlossaryError, match="ascii"):
        decode(path.read_bytes(), path, "ascii")


def test_report_id_and_metadata(report_file):
    report = read_report(report_file)
    assert (report.id, report.title, report.place, report.year) == (
        "2024-sample-county", "永吉县人民政府工作报告", "永吉县", 2024)
