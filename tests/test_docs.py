"""The documentation's code runs as shown, and its account of the built-in data is complete.

Every ``pycon`` block of a page in docs/ is run as one doctest per page (blocks share a
namespace, in page order), from the repository root. Frameworks a page registers are
unregistered afterwards.
"""

import doctest
import re
from pathlib import Path

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
