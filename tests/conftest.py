import os
from pathlib import Path

import pytest
from browser import chromium, launch, serve
from building import ROOT, mkdocs_build
from click.testing import CliRunner
from hypothesis import HealthCheck, settings

from glossary.cli import main

# CI runs the same examples every time (a failure there blocks a landing and must be
# reproducible); local runs explore new ones.
settings.register_profile("glossary", max_examples=60, deadline=None, derandomize=bool(os.environ.get("CI")),
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("glossary")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium, shared by the browser tests; only CI insists on it."""
    if chromium() is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium) – browser tests skipped")
    pytest.importorskip("playwright", reason="the playwright package is not installed (pip install -e '.[test]')")
    with launch() as context:
        yield context


@pytest.fixture
def seeds() -> Path:
    """The development reports in ../shared; only CI insists on them."""
    if not SEEDS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SEEDS} is missing: CI needs ../shared beside the checkout")
        pytest.skip(f"{SEEDS} is not here")
    return SEEDS


REPORT = """永吉县人民政府工作报告

——在永吉县第十九届人民代表大会第三次会议上

一、2023 年工作回顾

健全“四横三纵”市政主干路网，推动“双停”企业盘活，整治“四乱”问题，擦亮“绿”色底色。
坚持“项目为王”，落实“一岗双责”，关注一老一小。党的二十大以来，一心一意谋发展，一年来成效显著。
“双停”企业全部清零，四横三纵路网基本成形。

名词解释

1.“四横三纵”市政主干路网：吉桦路、建设路、
连山路。
2.“双停”企业：停产、半停产工业企业。
"""


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "reports" / "2024-sample-county.txt"
    path.parent.mkdir()
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def terms(runner, report_file, tmp_path) -> Path:
    """A terms.yml extracted from the sample report."""
    path = tmp_path / "terms.yml"
    result = runner.invoke(main, ["extract", str(report_file.parent), "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="session")
def root_site(tmp_path_factory) -> Path:
    """The repository's own site, built once, strictly, outside the checkout."""
    site = tmp_path_factory.mktemp("root") / "site"
    result = mkdocs_build(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def site_url(root_site):
    with serve(root_site) as base:
        yield base
