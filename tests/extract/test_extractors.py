"""The extractor registry and the verdicts extraction records on what it returns."""

from pathlib import Path

from glossary.extract import extract_reports, extractors, first_pass
from glossary.language import word_bounds
from glossary.model import GlossaryItem, Occurrence, kind_of, marked_quoted
from glossary.read.sources import parse_report, read_report
from glossary.store.terms import derive, source_record

REPORTS = Path(__file__).resolve().parents[2] / "reports"
TEXT = ("推进“四横三纵”路网建设，坚持两学一做，实施五大发展举措，降低PM2.5浓度，"
        "落实八项规定，打造“千村美丽”村，推行河长制。\n"
        "名词解释\n1.河长制：由各级党政主要负责人担任河长。\n")


def by_term(found):
    return {f.term: f for f in found}


def test_every_extractor_has_one_signature_and_marks_what_it_finds():
    report = parse_report("r", TEXT)
    bounds = word_bounds(report.body)
    assert extractors.names() == ("quoted", "numbered", "count", "code", "product", "system", "national", "glossary")
    found = {name: list(extractors.run(name, report, bounds)) for name in extractors.names()}
    assert {name: [c.term for c in cs] for name, cs in found.items()} == {
        "quoted": ["四横三纵", "千村美丽"], "numbered": ["四横三纵", "两学一做"], "count": ["五大发展举措"],
        "code": ["PM2.5"], "product": [], "system": [], "national": ["两学一做", "八项规定", "河长制"], "glossary": ["河长制"]}
    assert all(c.by == name for name, cs in found.items() for c in cs)
    assert all(isinstance(c, GlossaryItem) for c in found["glossary"])
    assert all(isinstance(c, Occurrence) for name, cs in found.items() if name != "glossary" for c in cs)


def test_the_first_pass_settles_overlaps_in_the_registry_order():
    """A quoted span wins over an unquoted find inside it (四横三纵); of two unquoted finds of
    one span the earlier extractor's stays (两学一做 numbered, not national shorthand)."""
    occurrences, items = first_pass(parse_report("r", TEXT))
    assert [(o.term, o.by) for o in occurrences] == [
        ("四横三纵", "quoted"), ("千村美丽", "quoted"), ("两学一做", "numbered"), ("五大发展举措", "count"),
        ("PM2.5", "code"), ("八项规定", "national"), ("河长制", "national")]
    assert [(i.term, i.by) for i in items] == [("河长制", "glossary")]


def test_found_records_kind_quoted_and_which_extractors_found_it():
    found = by_term(extract_reports([parse_report("a", TEXT), parse_report("b", "完善“五大发展举措”，推行河长制。\n")],
                                    workers=1)["a"])
    verdicts = {t: (f.kind, f.quoted, f.found_by) for t, f in found.items()}
    assert verdicts == {
        "四横三纵": ("numbered", True, ("quoted",)),
        "两学一做": ("numbered", False, ("numbered",)),
        "五大发展举措": ("numbered", False, ("count",)),
        "PM2.5": ("other", False, ("code",)),
        "八项规定": ("numbered", False, ("national",)),
        "千村美丽": ("slogan", True, ("quoted",)),
        "河长制": ("slogan", True, ("national", "glossary")),
    }


def test_a_term_quoted_elsewhere_is_found_again_unquoted_by_the_second_pass():
    found = extract_reports([parse_report("a", "推进“警地融合”。\n"), parse_report("b", "警地融合走深走实。\n")], workers=1)
    (again,) = found["b"]
    assert (again.term, again.quoted, again.kind, again.found_by) == ("警地融合", False, "other", ("known",))


def test_another_extractor_is_one_registration(monkeypatch):
    def hashtags(report, bounds):
        start = report.body.find("#")
        end = report.body.find("#", start + 1)
        if start >= 0 and end > start:
            yield Occurrence(report.body[start + 1:end], start, end + 1, report.body[start:end + 1], quoted=False)

    monkeypatch.setitem(extractors._REGISTRY, "hashtag", hashtags)
    (found,) = extract_reports([parse_report("r", "推进#数智乡村#建设。\n")], workers=1)["r"]
    assert (found.term, found.quoted, found.found_by) == ("数智乡村", False, ("hashtag",))


def test_a_source_record_keeps_the_verdicts_the_store_reads_back():
    """terms.yml keeps no verdict field: a record keeps `quoted` as the quotation marks of its
    forms or its 名词解释 definition, and the kind the store derives from it is the extractors'."""
    # on the samples the numbered pattern finds only formulas the reports also quote, and the quoted
    # extractor wins (the one other, 两金一银, tallies medals); one more report writes one bare,
    # lists financial products and names a system by 制, which the samples do not
    reports = [*(read_report(path) for path in sorted(REPORTS.glob("*.txt"))),
               parse_report("r", "推行五抓五促工作法，开发科技孵化贷、研发费用损失险，推行校长职级制。\n")]
    found = extract_reports(reports, workers=1)
    assert {name for fs in found.values() for f in fs for name in f.found_by} == {*extractors.names(), "known"}
    for report_id, fs in found.items():
        for f in fs:
            record = source_record(report_id, f)
            assert marked_quoted(record) == f.quoted, f.term
            assert derive(f.term, [record])["kind"] == f.kind == kind_of(f.term, f.quoted), f.term
