"""Time a glossary site build against a plain mkdocs build of the same pages, and size its index.

Generates a glossary of N terms (default 10,000) from jieba's dictionary words, then builds
  - the plugin site: mkdocs.yml from `glossary init`, pages generated from terms.yml;
  - the plain site: the very same pages written out as Markdown files, no glossary plugin;
each several times in a fresh process, and prints the medians, their ratio, and the size of
the terms' search index (search/glossary/: all of it and keys.txt, which every page loads; raw
and gzipped), and of what is left in Material's search/search_index.json. Goals: ratio <= 1.5,
index <= 3 MB gzipped.

    python benchmarks/site_build.py [--terms 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from glossary.keys import pinyin
from glossary.language import jieba
from glossary.mkdocs_plugin import NAV
from glossary.site import scaffold
from glossary.site.render import Site
from glossary.store import Glossary, dumps

NUMERALS = "一二三四五六七八九十两双"
KINDS = ("numbered", "slogan", "other")


def generate(count: int, seed: int = 7) -> Glossary:
    """A glossary shaped like a real one: numbered formulas and slogans built of dictionary
    words, with definitions, 1–3 source reports each, and a context snippet per source."""
    rng = random.Random(seed)
    words = sorted(w for w, f in jieba().dt.FREQ.items() if len(w) == 2 and f > 1000 and all("\u4e00" <= c <= "\u9fff" for c in w))
    reports = {f"20{18 + i % 7}-place-{i:02d}": {"title": f"20{18 + i % 7}年第{i}市政府工作报告", "place": f"第{i}市",
                                                 "year": 2018 + i % 7} for i in range(50)}
    terms, seen = [], set()
    while len(terms) < count:
        if rng.random() < 0.4:
            term = f"{rng.choice(NUMERALS)}{rng.choice(words)[0]}{rng.choice(NUMERALS)}{rng.choice(words)[0]}"
        else:
            term = "".join(rng.choice(words) for _ in range(rng.choice((2, 2, 3))))
        if term in seen:
            continue
        seen.add(term)
        definition = "、".join(rng.choice(words) + rng.choice(words) for _ in range(rng.randint(2, 6))) + "。"
        sources = [{"report": rid, "count": rng.randint(1, 4), "context": "…" + "".join(rng.choice(words) for _ in range(12))
                    + f"“{term}”" + "".join(rng.choice(words) for _ in range(12)) + "…", "forms": [f"“{term}”"]}
                   for rid in sorted(rng.sample(sorted(reports), rng.randint(1, 3)))]
        if rng.random() < 0.3:
            sources[0].update(definition=definition, how="glossary")
        terms.append({"term": term, "pinyin": pinyin(term), "kind": rng.choice(KINDS),
                      "definition": definition if rng.random() < 0.5 else None, "status": "auto", "sources": sources})
    return Glossary(reports=reports, terms=[{k: v for k, v in t.items() if v is not None} for t in terms])


def projects(root: Path, glossary: Glossary) -> tuple[Path, Path]:
    """The plugin project and a plain project holding the same pages as files."""
    plugin, plain = root / "plugin", root / "plain"
    scaffold.init(plugin, "基准词典")
    (plugin / "terms.yml").write_text(dumps(glossary), encoding="utf-8")
    config = (plugin / "mkdocs.yml").read_text(encoding="utf-8")
    plain_config = re.sub(r"  - glossary:\n(?:      .*\n)*", "", config)  # the plugin and all its options
    assert plain_config != config
    plain_config = plain_config.replace("markdown_extensions:\n", "markdown_extensions:\n  - admonition\n")  # as the plugin adds
    (plain / "docs").mkdir(parents=True)
    nav = "nav:\n" + "".join(f"  - {json.dumps(title, ensure_ascii=False)}: {path}\n" for item in NAV for title, path in item.items())
    (plain / "mkdocs.yml").write_text(plain_config + nav + "validation:\n  nav:\n    omitted_files: ignore\n",
                                      encoding="utf-8")
    site = Site(glossary)
    for page in site.pages():
        target = plain / "docs" / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, encoding="utf-8")
    (plain / "docs" / "index.md").write_text(
        (plugin / "docs" / "index.md").read_text(encoding="utf-8").replace("<!-- glossary-summary -->", site.summary()),
        encoding="utf-8")
    return plugin, plain


def build(project: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml")], check=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plugin, plain = projects(Path(tmp), generate(args.terms))
        times: dict[str, list[float]] = {"plugin": [], "plain": []}
        for run in range(args.runs):
            for name, project in (("plugin", plugin), ("plain", plain)):  # interleaved: both see the same noise
                times[name].append(build(project))
                print(f"run {run + 1}: {name} {times[name][-1]:.1f} s", file=sys.stderr)
        folder = plugin / "site" / "search" / "glossary"
        index = b"".join(p.read_bytes() for p in sorted(folder.iterdir()))
        keys = (folder / "keys.txt").read_bytes()
        material = (plugin / "site" / "search" / "search_index.json").read_bytes()
    plugin_s, plain_s = statistics.median(times["plugin"]), statistics.median(times["plain"])
    print(f"terms: {args.terms}, runs: {args.runs} (medians)")
    print(f"plugin build: {plugin_s:.1f} s")
    print(f"plain build:  {plain_s:.1f} s")
    print(f"ratio:        {plugin_s / plain_s:.2f} (goal <= 1.5)")
    print(f"search index: {len(index) / 1e6:.1f} MB, {len(gzip.compress(index)) / 1e6:.2f} MB gzipped (goal <= 3 MB)")
    print(f"  of which keys.txt, loaded by every page: {len(keys) / 1e6:.1f} MB, {len(gzip.compress(keys)) / 1e6:.2f} MB gzipped")
    print(f"Material's index of the other pages: {len(material) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
