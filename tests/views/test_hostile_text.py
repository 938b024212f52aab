"""Hostile text in every text field, rendered in every output format.

The documents are the shipped Bromley series, its improvement plan and the example framework
of one's own, with hostile text put into every free-text field and every id (consistently, so
references still resolve). Each output format (text, Markdown, HTML, JSON and the command
line's own printing) must show that text as text: no raw HTML, no link that is not http(s), no
control character, no heading, list item or table row started by the document's text.

The F16 (Markdown injection) and F17 (ANSI escape) field cases are such documents.
"""

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect import _escape, cli, documents, report
from yjinspect.analysis import compare, coverage
from yjinspect.cli import _output as _cli_output

HERE = Path(__file__).parent
EXAMPLE_FRAMEWORK = HERE.parent.parent / "examples" / "local-framework.toml"

HOSTILE = (
    "<script>alert(1)</script>\n# Injected heading\n- injected item\n| injected | row |\n"
    "===\n[link](javascript:alert(1)) <javascript:alert(2)> <b onclick=x>bold</b> "
    "![img](data:text/html,x) mailto:a@b.example \x1b[2J\x1b[31mred\x1b[0m \x9b31m "
    "\u202eevil\u202c \x00\x07\x08\r\x0b\x0c\x7f\u2028\u2029 & &amp; 1. `code` *em* _em_ ~~s~~"
)
HOSTILE_ID = "id<b>\x1b[1m|\n# x"
HOSTILE_URL = "javascript:alert(3)"
SAFE_URL = "https://www.justiceinspectorates.gov.uk/hmiprobation/?q=<b>(x)"

# Free text: names, titles, words of the record, notes, owners.
TEXT_KEYS = {
    "name",
    "local_authority",
    "title",
    "note",
    "notes",
    "summary",
    "text",
    "description",
    "owner",
    "agency",
    "board",
    "chair",
    "reviewed_by",
    "reason",
    "rationale",
    "lead_inspectorate",
    "partner_inspectorates",
    "inspectorate",
    "unit",
    "addressee",
}
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _hostile(node, ids, key=None):
    if isinstance(node, dict):
        out = {k: _hostile(v, ids, k) for k, v in node.items()}
        if key in ("source", "sources"):
            out["url"] = HOSTILE_URL if len(out["title"]) % 2 else SAFE_URL
        return out
    if isinstance(node, list):
        return [_hostile(v, ids, key) for v in node]
    if isinstance(node, str):
        if key == "url":
            return HOSTILE_URL
        if node in ids:
            return ids[node]
        if key in TEXT_KEYS:
            return node + " " + HOSTILE
    return node


def _ids(node, found):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "id" and isinstance(v, str):
                found[v] = f"{v}-{HOSTILE_ID}"
            _ids(v, found)
    elif isinstance(node, list):
        for v in node:
            _ids(v, found)
    return found


@pytest.fixture(scope="module")
def hostile():
    corpus = yj.examples.bromley()
    plan = yj.examples.bromley_plan() if hasattr(yj.examples, "bromley_plan") else None
    if plan is None:
        plan = documents.load(Path(yj.examples.__file__).parent / "data" / "bromley-2015-plan.toml")
    docs = [json.loads(documents.dumps(corpus)), json.loads(documents.dumps(plan))]
    ids = {}
    for doc in docs:
        _ids(doc, ids)
    # framework area codes, ratings and the plan's themes keep their codes; ids change
    corpus_doc, plan_doc = (_hostile(d, ids) for d in docs)
    framework_doc = _hostile(json.loads(documents.dumps(yj.frameworks.load(EXAMPLE_FRAMEWORK))), {})
    framework_doc["scale"] = _hostile(framework_doc["scale"], {})
    for level in framework_doc["scale"]["levels"]:
        level["label"] = level["label"] + " " + HOSTILE
    return {
        "corpus": documents.loads(json.dumps(corpus_doc)),
        "plan": documents.loads(json.dumps(plan_doc)),
        "framework": documents.loads(json.dumps(framework_doc)),
    }


def test_the_hostile_documents_carry_the_hostile_text(hostile):
    corpus = hostile["corpus"]
    assert HOSTILE in corpus.inspections[0].service.name
    urls = {s.url for i in corpus.inspections for s in i.sources}
    assert urls == {HOSTILE_URL, SAFE_URL}
    assert HOSTILE_ID in hostile["plan"].id
    assert HOSTILE_ID in hostile["plan"].actions[0].id


def _outputs(hostile):
    """(name, format, text) for every output of every object."""
    corpus, plan, fw = hostile["corpus"], hostile["plan"], hostile["framework"]
    fji = corpus.get(plan.inspection)
    later = corpus.inspections[2]
    comparison = compare(fji, later)
    cov = coverage(plan, fji, as_of=yj.examples.bromley().inspections[-1].published.earliest())
    out = []
    for obj in (*corpus.inspections, corpus, plan, fw):
        for fmt in ("text", "markdown", "html"):
            out.append((f"render {type(obj).__name__}", fmt, _cli_output.render(obj, fmt)))
    out += [
        ("history", "text", report.history_text(corpus.inspections)),
        ("comparison", "text", str(comparison)),
        ("comparison", "markdown", report.comparison_markdown(comparison)),
        ("comparison", "html", report.comparison_html(comparison, standalone=True)),
        ("comparison", "html", comparison._repr_html_()),
        ("coverage", "text", str(cov)),
        ("coverage", "markdown", report.coverage_markdown(cov, plan=plan)),
        ("coverage", "html", report.coverage_html(cov, plan=plan, standalone=True)),
        ("coverage", "html", cov._repr_html_()),
        ("framework", "html", fw._repr_html_()),
        ("corpus", "html", report.corpus_html(corpus.inspections)),
        ("comparison", "json", json.dumps(_cli_output.comparison_data(comparison))),
        *(
            (f"{name} paper", fmt, paper(fmt))
            for fmt in ("markdown", "html")
            for name, paper in (
                ("inspection", lambda f: report.inspection_paper(fji, format=f, committee=HOSTILE)),
                ("comparison", lambda f: report.comparison_paper(fji, later, format=f)),
                (
                    "coverage",
                    lambda f: report.coverage_paper(
                        plan, fji, as_of=cov.as_of, format=f, committee=HOSTILE
                    ),
                ),
            )
        ),
        ("coverage", "json", json.dumps(_cli_output.coverage_data(cov))),
    ]
    for insp in corpus.inspections:
        out.append(("inspection", "html", insp._repr_html_()))
    return out


def _check_markdown(name, text):
    for line in text.splitlines():
        stripped = line.lstrip()
        assert not re.match(
            r"#+\s*Injected|[-*+]\s+injected|\|\s*injected|={3}|\d+\.\s", stripped
        ), (
            name,
            line,
        )
        assert not re.match(r"#+\s*x\b", stripped), (name, line)
    # raw HTML: a "<" that opens a tag, a comment or an autolink (our links are "(<http")
    for m in re.finditer(r"<", text):
        where = (name, text[m.start() - 20 : m.start() + 30])
        assert text[m.start() - 1 : m.start()] == "(", where
        assert text[m.start() :].startswith(("<http://", "<https://")), where
    # a link: an unescaped "](" whose target is not http(s)
    for m in re.finditer(r"(?<!\\)\]\(", text):
        assert text[m.end() :].startswith(("<http://", "<https://", "http://", "https://")), (
            name,
            text[m.start() - 20 : m.end() + 30],
        )
    assert "\\[link\\]" in text or "link" not in text


def _check_html(name, text):
    assert "<script" not in text.lower(), name
    assert "<b onclick" not in text, name
    assert not re.search(
        r"<(?!/?(?:div|h\d|p|b|table|caption|thead|tbody|tr|th|td|ul|li|a|"
        r"span|br|html|head|meta|title|style|body|strong|em|i|code|small|ol|!DOCTYPE)\b)",
        text,
    ), name
    for href in re.findall(r"href\s*=\s*['\"]?([^'\" >]*)", text):
        assert href.startswith(("http://", "https://")), (name, href)
    assert "id<b>" not in text, name


def test_no_output_format_lets_hostile_text_act(hostile):
    outputs = _outputs(hostile)
    assert {fmt for _n, fmt, _t in outputs} == {"text", "markdown", "html", "json"}
    for name, fmt, text in outputs:
        assert not CONTROL.search(text), (name, fmt, CONTROL.search(text))
        if fmt == "markdown":
            _check_markdown(name, text)
        elif fmt == "html":
            _check_html(name, text)
        elif fmt == "json":
            json.loads(text)
        else:
            for line in text.splitlines():
                assert not line.lstrip().startswith(("# Injected", "- injected", "| injected")), (
                    name,
                    line,
                )


@pytest.mark.parametrize(
    ("command", "fmt"),
    [
        (cmd, fmt)
        for cmd in ("show-corpus", "show-plan", "show-framework", "compare", "coverage")
        for fmt in ("text", "markdown", "html", "json")
    ]
    + [("validate", "text"), ("validate", "json")],
)
def test_the_command_line_prints_hostile_text_as_text(hostile, tmp_path, capsys, command, fmt):
    corpus, plan, fw = hostile["corpus"], hostile["plan"], hostile["framework"]
    paths = {}
    for name, obj in (("corpus", corpus), ("plan", plan), ("framework", fw)):
        paths[name] = tmp_path / f"{name}.json"
        documents.dump(obj, paths[name])
    fji = corpus.get(plan.inspection)
    flags = ["--json"] if fmt == "json" else ["--format", fmt]
    args = {
        "show-corpus": ["show", str(paths["corpus"])],
        "show-plan": ["show", str(paths["plan"])],
        "show-framework": ["show", str(paths["framework"])],
        "compare": ["compare", "--corpus", str(paths["corpus"]), fji.id, corpus.inspections[2].id],
        "coverage": ["coverage", str(paths["plan"]), str(paths["corpus"]), "--as-of", "2016-01-01"],
        "validate": ["validate", str(paths["plan"]), str(paths["corpus"]), str(paths["framework"])],
    }[command]
    if command == "validate":
        flags = ["--json"] if fmt == "json" else []
    cli.main([*args, *flags])
    out, err = capsys.readouterr()
    assert out
    for text in (out, err):
        assert not CONTROL.search(text), (command, fmt, CONTROL.search(text))
    for line in err.splitlines():
        assert not line.startswith(("#", "- injected", "| injected"))
    if fmt == "json":
        data = json.loads(out)
        if command.startswith("show"):
            # the document printed is the document, every character of it
            assert json.dumps(data) == json.dumps(
                json.loads(
                    documents.dumps(
                        {"show-corpus": corpus, "show-plan": plan, "show-framework": fw}[command]
                    )
                )
            )
    elif fmt == "markdown":
        _check_markdown(command, out)
    elif fmt == "html":
        _check_html(command, out)


def test_field_cases_f16_and_f17():
    """F16: Markdown injection through a service name, a finding, a recommendation and a
    source's address; F17: ANSI escapes in a service name."""
    f16 = documents.load(HERE.parent / "hostile" / "F16-markdown-injection.json")
    md = report.inspection_markdown(f16)
    _check_markdown("F16", md)
    assert "[the report](javascript" not in md
    assert not any(line.startswith("## Fake section") for line in md.splitlines())
    f17 = documents.load(HERE.parent / "hostile" / "F17-ansi-escape.json")
    for text in (
        report.inspection_text(f17),
        report.inspection_markdown(f17),
        report.inspection_html(f17),
        report.history_text([f17]),
    ):
        assert "\x1b" not in text
        assert "x1b" in text  # shown, as a visible escape
        assert "EVIL" in text


@given(st.text())
def test_each_escaping_helper_makes_any_text_inert(text):
    line = _escape.md(text)
    assert "\n" not in line
    assert "<" not in line
    assert not CONTROL.search(line)
    assert not re.match(r"([-+*#=]|\d{1,9}[.)])(\s|$)", line)
    assert not re.search(r"(?<!\\)[\[\]|`]", line.replace("\\\\", ""))
    assert not CONTROL.search(_escape.plain(text).replace("\n", "\x00"))
    assert "\n" not in _escape.plain(text)
    assert not CONTROL.search(_escape.terminal(text))
    html = _escape.html(text)
    assert not CONTROL.search(html)
    assert not set("<>\"'") & set(html)
    assert json.loads(_escape.json_text(json.dumps(text, ensure_ascii=False))) == text


@given(st.text())
def test_only_http_addresses_become_links(url):
    link = _escape.md_link("title", url)
    if link.startswith("[title]("):
        assert url.lower().startswith(("http://", "https://"))
    else:
        assert "](" not in link.replace("\\]", "")
    assert _escape.md_link("t", "https://example.org/a_b") == "[t](<https://example.org/a_b>)"
    assert _escape.md_link("t", "JavaScript:alert(1)") == "t (JavaScript\\:alert(1))"


def test_the_plan_workbook_holds_hostile_text_as_text(hostile, tmp_path):
    import openpyxl

    corpus, plan = hostile["corpus"], hostile["plan"]
    path = tmp_path / "plan.xlsx"
    report.write_plan_workbook(plan, corpus.get(plan.inspection), path, as_of=None)
    wb = openpyxl.load_workbook(path)
    texts = 0
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate)
                if isinstance(c.value, str):
                    texts += 1
                    assert not CONTROL.search(c.value.replace("\n", "")), (ws.title, c.value)
                    assert bool(c.quotePrefix) == _escape.formula_like(c.value)
                if c.hyperlink is not None:
                    assert c.hyperlink.target.startswith(("http://", "https://"))
    assert texts > 50
    about = [c.value for c in wb["About"]["B"]]
    assert any(HOSTILE_ID.replace("\x1b", "\\x1b").split("\n")[0] in str(v) for v in about)
