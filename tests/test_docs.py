"""The documentation's code runs as shown, and its account of the built-in data is complete.

Every ``pycon`` block of a page in docs/ is run as one doctest per page (blocks share a
namespace, in page order), from the repository root. Frameworks a page registers are
unregistered afterwards.
"""

import doctest
import html
import importlib.util
import inspect
import os
import posixpath
import re
import shutil
from pathlib import Path

import attrs
import pytest

import yjinspect as yj
from yjinspect.model import Confidence

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PYCON = re.compile(r"^```pycon\n(?P<code>.*?)^```", re.MULTILINE | re.DOTALL)
PAGES = sorted(p for p in DOCS.rglob("*.md") if PYCON.search(p.read_text(encoding="utf-8")))


def page_id(path: Path) -> str:
    return path.relative_to(DOCS).as_posix()


def test_the_walk_through_pages_have_code():
    names = {page_id(p) for p in PAGES}
    assert {"index.md", "getting-started.md", "concepts/frameworks.md"} <= names


@pytest.mark.parametrize("page", PAGES, ids=[page_id(p) for p in PAGES])
def test_page_code_runs_as_shown(page, monkeypatch):
    monkeypatch.chdir(ROOT)
    source = "\n".join(m.group("code") for m in PYCON.finditer(page.read_text(encoding="utf-8")))
    test = doctest.DocTestParser().get_doctest(source, {}, page_id(page), str(page), 0)
    assert test.examples, f"{page_id(page)} has pycon blocks but no examples"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    before = set(yj.frameworks.available())
    report: list[str] = []
    try:
        runner.run(test, out=report.append)
    finally:
        for code in set(yj.frameworks.available()) - before:
            yj.frameworks.unregister(code)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, "".join(report)
    assert result.attempted == len(test.examples)


def not_published_facts():
    """(framework code, tokens a reader needs to find the fact) for every built-in fact whose
    confidence is not published."""
    out = []
    for code in yj.frameworks.builtin_codes():
        fw = yj.frameworks.get(code)
        if fw.confidence is not Confidence.PUBLISHED:
            out.append((code, ("framework",)))
        out += [
            (code, (lv.label,))
            for lv in fw.scale.levels
            if lv.confidence is not Confidence.PUBLISHED
        ]
        for area in fw.areas:
            if area.confidence is not Confidence.PUBLISHED:
                tokens = (
                    (area.code,)
                    if area.parent is None
                    else (area.parent, area.code.removeprefix(f"{area.parent}."))
                )
                out.append((code, tokens))
        out += [(code, (v.code,)) for v in fw.versions if v.confidence is not Confidence.PUBLISHED]
        if fw.standard_rule and fw.standard_rule.confidence is not Confidence.PUBLISHED:
            out.append((code, ("standard rule",)))
        if fw.overall_rule and fw.overall_rule.confidence is not Confidence.PUBLISHED:
            out.append((code, ("overall rule",)))
    return out


def test_frameworks_page_lists_every_fact_that_is_not_published():
    text = (DOCS / "concepts" / "frameworks.md").read_text(encoding="utf-8")
    section = text.split("## Facts that are not published", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    facts = not_published_facts()
    assert facts
    for framework, tokens in facts:
        matching = [row for row in rows if f"`{framework}`" in row]
        assert matching, f"no row for {framework} in 'Facts that are not published'"
        assert any(all(t in row for t in tokens) for row in matching), (
            f"'Facts that are not published' does not list {tokens} of {framework}"
        )


def test_home_page_gives_the_readme_quick_start_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    home = (DOCS / "index.md").read_text(encoding="utf-8")
    commands = [line for line in readme.splitlines() if line.startswith("python3 -m venv")]
    assert len(commands) == 2
    for command in commands:
        assert f"```console\n{command}\n```" in home


# The built reference and charts: a site of a few pages, built with the project's mkdocs.yml
# (its griffe extensions and its charts hook), read back as HTML.

SITE_PAGES = (
    "reference/model.md",
    "reference/testing.md",
    "reference/frames.md",
    "analysis.md",
    "national-picture.md",
)


def load_ext(name: str):
    """A module of docs/_ext, loaded from its file as mkdocs loads it."""
    spec = importlib.util.spec_from_file_location(f"docs_ext_{name}", DOCS / "_ext" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    tmp = tmp_path_factory.mktemp("site")
    for page in SITE_PAGES:
        (tmp / "docs" / page).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(DOCS / page, tmp / "docs" / page)
    here = Path.cwd()
    os.chdir(ROOT)  # griffe finds the extensions named in mkdocs.yml from the repository root
    try:
        config = load_config(
            str(ROOT / "mkdocs.yml"),
            docs_dir=str(tmp / "docs"),
            site_dir=str(tmp / "site"),
            nav=list(SITE_PAGES),
            strict=False,  # the pages link to pages left out here; CI builds the whole site
        )
        build(config)
    finally:
        os.chdir(here)
    return tmp / "site"


def read_page(site: Path, page: str) -> str:
    return (site / page.removesuffix(".md") / "index.html").read_text(encoding="utf-8")


def one_line(signature: str) -> str:
    """A signature on one line, however mkdocstrings laid it out (it formats long signatures
    with ruff or black when one is installed)."""
    text = " ".join(signature.split())
    text = re.sub(r"([(\[]) ", r"\1", text)
    return re.sub(r",? ([)\]])", r"\1", text)


def signatures(html_text: str) -> dict[str, str]:
    """Each documented object's id and its rendered signature, as plain text on one line."""
    out = {}
    heading = re.compile(
        r'<h\d id="(?P<id>[^"]+)" class="doc doc-heading">.*?</h\d>(?P<body>.*?)(?=<h\d id=|$)',
        re.DOTALL,
    )
    for m in heading.finditer(html_text):
        sig = re.search(r'class="doc-signature.*?</code></pre>', m.group("body"), re.DOTALL)
        if sig:
            text = html.unescape(re.sub(r"<[^>]+>", "", sig.group(0)))
            out[m.group("id")] = one_line(text.split(">", 1)[1])
    return out


def test_attrs_classes_show_their_constructor_signatures(site):
    sigs = signatures(read_page(site, "reference/model.md"))
    inspection = sigs["yjinspect.model.Inspection"]
    assert inspection.startswith("Inspection(*, id: str, service: Service, framework: str,")
    assert "inspection_kind: InspectionKind | str," in inspection
    assert "judgements: Iterable[Judgement] = ()" in inspection
    assert "published: PartialDate | Date | date | str | None = None" in inspection
    assert "status: JudgementStatus | str = ..." in sigs["yjinspect.model.Judgement"]
    assert "key_questions: Mapping[str, float] | None = {}" in sigs["yjinspect.model.Judgement"]
    documented = 0
    for name in yj.model.__all__:
        cls = getattr(yj.model, name)
        if not (inspect.isclass(cls) and attrs.has(cls)) or f"yjinspect.model.{name}" not in sigs:
            continue
        documented += 1
        rendered = sigs[f"yjinspect.model.{name}"]
        assert rendered.startswith(f"{name}("), rendered
        for param in inspect.signature(cls).parameters.values():
            assert f"{param.name}:" in rendered, (name, param.name, rendered)
            if param.kind is inspect.Parameter.KEYWORD_ONLY:
                assert "*," in rendered, (name, rendered)
    assert documented > 30


def test_enumerations_list_their_values(site):
    page = html.unescape(re.sub(r"<[^>]+>", "", read_page(site, "reference/model.md")))
    for enum in (yj.ActionStatus, yj.model.RAG, yj.Agreement, yj.Nation, yj.FindingKind):
        for member in enum:
            assert f"{member.name} = '{member.value}'" in page, member


def test_strategies_show_the_signature_users_call(site):
    from yjinspect.testing import strategies

    sigs = signatures(read_page(site, "reference/testing.md"))
    assert sigs["yjinspect.testing.strategies.inspections"].startswith(
        "inspections(*, framework: Framework | str | None = None,"
    )
    assert sigs["yjinspect.testing.strategies.inspections"].endswith(
        "-> SearchStrategy[Inspection]"
    )
    checked = 0
    for name in dir(strategies):
        func = getattr(strategies, name)
        key = f"yjinspect.testing.strategies.{name}"
        if name.startswith("_") or not inspect.isfunction(func) or key not in sigs:
            continue
        checked += 1
        rendered = sigs[key]
        assert "draw" not in rendered, rendered
        assert "SearchStrategy[" in rendered, rendered
        for param in inspect.signature(func).parameters:
            assert f"{param}:" in rendered, (name, param, rendered)
    assert checked >= 15


def test_frames_page_shows_to_frame_and_the_column_table(site):
    from yjinspect.frames import COLUMNS

    text = read_page(site, "reference/frames.md")
    assert signatures(text)["yjinspect.frames.to_frame"] == (
        "to_frame(obj: object, table: str | None = None) -> DataFrame"
    )
    table = text.split("One row per judgement", 1)[1].split("</table>", 1)[0]
    assert "<table>" in table
    assert "====" not in table
    for column in COLUMNS:
        assert f"<code>{column}</code></td>" in table, column


def test_no_sphinx_markup_shows_raw(site):
    for page in SITE_PAGES:
        text = read_page(site, page)
        assert "versionadded" not in text, page
        assert ":class:`" not in text, page
    assert "Added in version 0.1.0." in read_page(site, "reference/model.md")


def test_charts_are_drawn_into_the_site_with_alt_text(site):
    from yjinspect.analysis import cohort

    charts = load_ext("charts")
    images = {}
    for page in ("analysis.md", "national-picture.md"):
        for alt, src in re.findall(r'<img alt="([^"]+)" src="([^"]+)"', read_page(site, page)):
            images[posixpath.basename(src)] = html.unescape(alt)
            assert src == f"../charts/{posixpath.basename(src)}"
    assert set(images) == {f"{name}.png" for name in charts.CHARTS}
    for name in charts.CHARTS:
        data = (site / "charts" / f"{name}.png").read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert len(data) > 10_000
    league = cohort(charts._national_2021()).league
    alt = images["national-league-table.png"]
    assert f"First: {league.rows[0].service}, {league.rows[0].score}/36" in alt
    assert f"of the {len(league.rows)} inspections under hmip-youth-2021" in alt
    assert f"{len(league.unscored)} inspections have no score known" in alt
    assert "Bromley Youth Offending Service" in images["bromley-history.png"]
    assert "the plan answers 10 of 10 items" in images["bromley-coverage.png"]


def test_chart_markers_resolve_relative_to_the_page_and_unknown_ones_fail():
    charts = load_ext("charts")
    assert charts.image_markdown("bromley-history", "A heatmap", "howto/add-record.md") == (
        "![A heatmap](../charts/bromley-history.png)"
    )
    assert charts.image_markdown("bromley-history", "A heatmap", "index.md") == (
        "![A heatmap](charts/bromley-history.png)"
    )

    class Page:
        class file:  # the shape of mkdocs' Page.file
            src_uri = "analysis.md"

    with pytest.raises(ValueError, match=r"analysis\.md: no chart named 'nope'; the charts are: "):
        charts.on_page_markdown("text\n<!-- chart: nope -->\n", Page(), None, None)
