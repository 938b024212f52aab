import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import yjinspect as yj
from yjinspect import report


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "yjinspect", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_demo_prints_bromley_history():
    result = run("demo")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Inspection history: London Borough of Bromley" in out
    assert "Safeguarding               Minimum improvement (81%)" in out
    assert out.count("Poor") == 4
    assert "Interventions to reduce reoffending   not known" in out
    assert "Published overall: Outstanding, score 33/36" in out
    assert out.index("2012-03") < out.index("2015-02-19") < out.index("2025-01")
    since = [line.strip() for line in out.splitlines() if "Since the previous" in line]
    assert since == [
        "Since the previous inspection: no area-by-area comparison (no crosswalk from "
        "hmip-cci-2009 to hmip-fji-2012)",
        "Since the previous inspection: 5 improved, 0 declined, 0 unchanged, 1 not known on one "
        "side",
        "Since the previous inspection: 0 improved, 0 declined, 0 unchanged, 12 not known on one "
        "side, 1 newly rated, 3 no longer rated (approximate, through a crosswalk)",
    ]


def test_frameworks_json():
    result = run("frameworks", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["format_version"] == 1
    assert data["command"] == "frameworks"
    assert [f["code"] for f in data["frameworks"]] == list(yj.frameworks.available())
    assert [c["code"] for c in data["crosswalks"]] == list(yj.crosswalks.available())


def test_validate_good_and_bad_files(tmp_path):
    good = tmp_path / "good.json"
    yj.dump(yj.examples.bromley(), good)
    ok = run("validate", str(good))
    assert ok.returncode == 0
    assert ok.stdout == "1 document(s): 1 valid, 0 not valid; 0 error(s), 0 warning(s)\n"
    bad = tmp_path / "bad.json"
    bad.write_text(good.read_text().replace('"poor"', '"awful"', 1))
    result = run("validate", str(bad))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"{bad}: $.inspections[1].judgements[0].rating: expected one of Poor, "
        "Unsatisfactory, Satisfactory, Good, Very good; found 'awful'"
    ]
    assert "Traceback" not in result.stderr


def test_schema_command():
    result = run("schema", "inspection")
    assert result.returncode == 0
    assert json.loads(result.stdout)["properties"]["kind"] == {"const": "inspection"}
    assert run("schema", "nope").returncode == 2


# -- show, compare, coverage, import-d2i ----------------------------------------------------------
ROOT = Path(__file__).resolve().parents[2]
DATA = Path(yj.examples.__file__).parent / "data"
BROMLEY = str(DATA / "bromley.toml")
PLAN = str(DATA / "bromley-2015-plan.toml")
CSV = str(yj.importers.D2I_CSV)


def assert_problem_lines(result, count=None):
    """Exit 1, problems one a line on stderr, and never a traceback."""
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines
    if count is not None:
        assert len(lines) == count, result.stderr
    return lines


def test_python_m_and_the_console_script_agree():
    script = Path(sys.executable).parent / "yjinspect"
    direct = subprocess.run(
        [str(script), "frameworks", "--json"], capture_output=True, text=True, check=False
    )
    assert direct.returncode == 0
    assert direct.stdout == run("frameworks", "--json").stdout


def test_demo_json():
    result = run("demo", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)["inspections"]
    assert [d["inspection"] for d in data] == [i.id for i in yj.examples.bromley()]
    assert data[1]["ratings"]["reducing-reoffending"] == "poor"
    assert data[2]["ratings"]["interventions"] is None
    assert data[3]["published_score"] == 33


def test_show_builtin_framework_in_each_format():
    text = run("show", "hmip-youth-2021")
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines()[0].startswith("hmip-youth-2021: HMIP standards")
    assert "    4.1 Resettlement policy and provision [rated; published]" in text.stdout
    assert "0-6 Inadequate, 7-18 Requires improvement, 19-30 Good, 31-36 Outstanding" in (
        text.stdout
    )
    md = run("show", "hmip-fji-2012", "--format", "markdown")
    assert md.stdout.startswith("# HMIP Full Joint Inspection (youth offending) (`hmip-fji-2012`)")
    assert "| Court work and reports | judgement-area | rated | published |" in md.stdout
    page = run("show", "hmip-fji-2012", "--format", "html")
    assert page.stdout.startswith("<!DOCTYPE html>")
    assert page.stdout.count("<tr>") == 1 + 7


def test_show_documents(tmp_path):
    corpus = run("show", BROMLEY)
    assert corpus.returncode == 0, corpus.stderr
    assert corpus.stdout.startswith("Bromley Youth Offending Service: HMIP inspections 2012-2025\n")
    assert corpus.stdout.count("Poor") == 4
    one = tmp_path / "fji.json"
    yj.dump(yj.examples.bromley().get("bromley-2015-fji"), one)
    md = run("show", str(one), "--format", "markdown")
    assert md.returncode == 0
    assert md.stdout == report.inspection_markdown(yj.examples.bromley().get("bromley-2015-fji"))
    html = run("show", str(one), "--format", "html")
    assert html.stdout.count("background:#d55e00") == 4
    plan = run("show", PLAN)
    assert plan.stdout.splitlines()[0] == (
        "Bromley Youth Offending Service Post Inspection Improvement Plan (bromley-2015-plan)"
    )
    # whether the mock inspection took place is not recorded: the view says so
    assert "  Milestone: YJB mock inspection (2016-01; status not known)" in plan.stdout
    plan_md = run("show", PLAN, "--format", "markdown")
    assert "- YJB mock inspection: 2016-01 (status not known)" in plan_md.stdout
    plan_html = run("show", PLAN, "--format", "html")
    milestones = plan_html.stdout.split(">Milestones</caption>", 1)[1]
    assert re.findall(r"<th[^>]*>([^<]*)</th>", milestones) == [
        "Milestone",
        "Due",
        "Status",
        "Done",
    ]
    assert milestones.count(">not-known</td>") == 2


def test_show_json_round_trips():
    result = run("show", PLAN, "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["kind"] == "improvement-plan"
    assert yj.loads(result.stdout) == yj.examples.bromley_plan()


def test_show_bad_input(tmp_path):
    missing = run("show", str(tmp_path / "nope.json"))
    (line,) = assert_problem_lines(missing, 1)
    assert line.startswith(f"{tmp_path / 'nope.json'}: no such file, and no built-in framework")
    broken = tmp_path / "broken.json"
    broken.write_text('{"kind": "inspection"')
    (line,) = assert_problem_lines(run("show", str(broken)), 1)
    assert line.startswith(f"{broken}: $: JSON syntax error")
    assert run("show").returncode == 2
    assert run("show", "hmip-youth-2021", "--format", "pdf").returncode == 2


def test_compare_ids_in_a_corpus():
    result = run(
        "compare", "--corpus", BROMLEY, "bromley-2015-fji", "bromley-2016-fji-reinspection"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "bromley-2015-fji -> bromley-2016-fji-reinspection"
    assert "  Reducing reoffending: Poor -> Satisfactory (improved, +2 steps)" in result.stdout
    assert result.stdout.rstrip().endswith("5 improved, 0 declined, 0 unchanged, 1 unknown")


def test_compare_files_json_and_reports(tmp_path):
    series = yj.examples.bromley()
    a, b = tmp_path / "a.toml", tmp_path / "b.json"
    yj.dump(series.get("bromley-2015-fji"), a)
    yj.dump(series.get("bromley-2025-standards"), b)
    result = run("compare", str(a), str(b), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["approximate"] is True
    assert data["crosswalk"] == "hmip-fji-2012--hmip-youth-2018 + hmip-youth-2018--hmip-youth-2021"
    assert data["summary"]["newly_rated"] == ["4.1"]
    assert data["overall"]["after"] == "outstanding"
    assert data["overall"]["after_score"] == 33
    md = run("compare", str(a), str(b), "--format", "markdown")
    assert md.stdout.startswith(
        "# Bromley Youth Justice Service: what changed between two inspections"
    )
    assert "| 4.1 Resettlement policy and provision | not rated | Outstanding |" in md.stdout
    html = run("compare", str(a), str(b), "--format", "html")
    assert html.stdout.startswith("<!DOCTYPE html>")


def test_compare_bad_input(tmp_path):
    unknown = run("compare", "--corpus", BROMLEY, "bromley-2015-fji", "nope")
    (line,) = assert_problem_lines(unknown, 1)
    assert line == (
        f"{BROMLEY}: no inspection 'nope' (it holds: bromley-2012-cci, bromley-2015-fji, "
        "bromley-2016-fji-reinspection, bromley-2025-standards)"
    )
    # a corpus of several inspections given where an inspection file is expected
    (line,) = assert_problem_lines(run("compare", BROMLEY, BROMLEY), 1)
    assert "expected an inspection document, found a corpus" in line
    # two services
    other = factories_inspection(tmp_path)
    mine = tmp_path / "mine.json"
    yj.dump(yj.examples.bromley().get("bromley-2015-fji"), mine)
    (line,) = assert_problem_lines(run("compare", str(mine), str(other)), 1)
    assert "are inspections of different services" in line
    # an invalid document: one line per problem
    bad = tmp_path / "bad.json"
    text = mine.read_text().replace('"poor"', '"awful"').replace('"good"', '"great"')
    bad.write_text(text)
    lines = assert_problem_lines(run("compare", str(bad), str(mine)))
    assert len(lines) == text.count('"awful"') + text.count('"great"')
    assert all(line.startswith(f"{bad}: $.judgements[") for line in lines)
    assert run("compare", "only-one").returncode == 2


def factories_inspection(tmp_path):
    from yjinspect.testing import factories

    path = tmp_path / "other.json"
    yj.dump(factories.make_inspection(id="other"), path)
    return path


def test_coverage_text_and_exit_status():
    clean = run("coverage", PLAN, BROMLEY)
    assert clean.returncode == 0, clean.stderr
    assert clean.stderr == ""
    assert clean.stdout.startswith("bromley-2015-plan answers all 10 items of bromley-2015-fji")
    late = run("coverage", PLAN, BROMLEY, "--as-of", "2016-02-01")
    lines = assert_problem_lines(late)
    assert len(lines) == 12  # six overdue, six stale
    # whether the YJB mock inspection took place is not known: it is never reported overdue
    assert not [line for line in lines if "milestone" in line]
    assert "as of 2016-02-01: 6 overdue, 0 due soon, 1 complete" in late.stdout


def test_coverage_json_and_reports():
    result = run("coverage", PLAN, BROMLEY, "--as-of", "2016-02-01", "--json")
    data = json.loads(result.stdout)
    assert data["as_of"] == "2016-02-01"
    assert data["complete_coverage"] is True
    assert [a["id"] for a in data["actions"] if a["overdue"]] == [
        "2a",
        "2b",
        "2c",
        "3a",
        "4a",
        "4b",
    ]
    assert [p["kind"] for p in data["problems"]] == ["overdue"] * 6 + ["stale"] * 6
    md = run("coverage", PLAN, BROMLEY, "--as-of", "2016-02-01", "--format", "markdown")
    assert "## Actions as of 2016-02-01" in md.stdout
    assert "| Reducing reoffending | Poor | 1 of 1 (100%) | 2c, 4b |" in md.stdout
    html = run("coverage", PLAN, BROMLEY, "--format", "html")
    assert html.returncode == 0
    assert html.stdout.startswith("<!DOCTYPE html>")
    assert html.stdout.count("background:#d55e00") == 4  # four Poor areas


def _fji_with_interventions_not_known():
    fji = yj.examples.bromley().get("bromley-2015-fji")
    judgements = tuple(
        attrs.evolve(j, rating=None, status=yj.JudgementStatus.NOT_KNOWN, percentage=None)
        if j.area == "interventions"
        else j
        for j in fji.judgements
    )
    return attrs.evolve(fji, judgements=judgements, published_overall=None, published_score=None)


def test_coverage_json_says_which_ratings_are_not_known(tmp_path):
    fji = _fji_with_interventions_not_known()
    insp = tmp_path / "fji.json"
    yj.dump(fji, insp)
    result = run("coverage", PLAN, str(insp), "--json")
    data = json.loads(result.stdout)
    assert data["not_known"] == ["interventions"]
    known = {a["area"]: a["rating_known"] for a in data["areas"]}
    assert known.pop("interventions") is False
    assert set(known.values()) == {True}
    assert "rating-not-known" in [p["kind"] for p in data["problems"]]
    clean = json.loads(run("coverage", PLAN, BROMLEY, "--json").stdout)
    assert clean["not_known"] == []
    assert all(a["rating_known"] for a in clean["areas"])


def test_validate_checks_a_plan_against_the_inspection_given_with_it(tmp_path):
    plan = yj.load(PLAN)
    extra = attrs.evolve(plan.actions[0], id="9z", covers=("R1", "R99"))
    bad = tmp_path / "plan.toml"
    yj.dump(attrs.evolve(plan, actions=(*plan.actions, extra)), bad)
    dangling = (
        f"{bad}: $.actions[{len(plan.actions)}].covers[1]: action '9z' covers 'R99', which is no "
        "recommendation or finding of 'bromley-2015-fji' and no area of 'hmip-fji-2012'"
    )
    alone = run("validate", str(bad))
    assert alone.returncode == 0, alone.stderr
    assert alone.stdout == "1 document(s): 1 valid, 0 not valid; 0 error(s), 0 warning(s)\n"
    with_corpus = run("validate", str(bad), BROMLEY)
    assert assert_problem_lines(with_corpus) == [dangling]
    insp = tmp_path / "fji.json"
    yj.dump(yj.examples.bromley().get("bromley-2015-fji"), insp)
    with_inspection = run("validate", str(insp), str(bad), "--json")
    assert with_inspection.returncode == 1
    assert with_inspection.stderr == ""  # each problem once: in the JSON
    assert json.loads(with_inspection.stdout) == {
        "format_version": 1,
        "command": "validate",
        "documents": 2,
        "valid": 1,
        "errors": 1,
        "warnings": 0,
        "problems": [
            {
                "file": str(bad),
                "path": f"$.actions[{len(plan.actions)}].covers[1]",
                "message": dangling.split(".covers[1]: ", 1)[1],
                "severity": "error",
            }
        ],
    }
    # a plan given with an inspection it does not answer is checked alone
    other = tmp_path / "cci.json"
    yj.dump(yj.examples.bromley().get("bromley-2012-cci"), other)
    assert run("validate", str(bad), str(other)).returncode == 0


def test_validate_checks_the_plans_a_corpus_carries(tmp_path):
    plan = yj.load(PLAN)
    corpus = attrs.evolve(yj.examples.bromley(), plans=(plan,))
    good = tmp_path / "national.toml"
    yj.dump(corpus, good)
    ok = run("validate", str(good))
    assert ok.returncode == 0, ok.stderr
    lost = attrs.evolve(plan, id="lost", inspection="bromley-2019-fji")
    bad = tmp_path / "bad.json"
    # a corpus with a plan that answers no inspection of it does not load: write it by hand
    data = json.loads(yj.dumps(corpus))
    data["plans"].append(yj.documents.unstructure(lost))
    bad.write_text(json.dumps(data))
    lines = assert_problem_lines(run("validate", str(bad)))
    assert lines == [
        f"{bad}: $.plans[1].inspection: plan 'lost' answers inspection 'bromley-2019-fji', which "
        "is not in the corpus (inspections: bromley-2012-cci, bromley-2015-fji, "
        "bromley-2016-fji-reinspection, bromley-2025-standards)"
    ]


def test_coverage_bad_input(tmp_path):
    assert run("coverage", PLAN, BROMLEY, "--as-of", "2016-13-01").returncode == 2
    assert run("coverage", PLAN, BROMLEY, "--as-of", "February").returncode == 2
    (line,) = assert_problem_lines(run("coverage", BROMLEY, BROMLEY), 1)
    assert line == f"{BROMLEY}: expected an improvement-plan document, found a corpus"
    (line,) = assert_problem_lines(run("compare", PLAN, PLAN), 1)
    assert line == f"{PLAN}: expected an inspection document, found an improvement-plan"
    other = tmp_path / "one.json"
    yj.dump(yj.examples.bromley().get("bromley-2012-cci"), other)
    (line,) = assert_problem_lines(run("coverage", PLAN, str(other)), 1)
    assert line == (
        "yjinspect coverage: plan 'bromley-2015-plan' answers 'bromley-2015-fji', "
        "not 'bromley-2012-cci'"
    )
    (line,) = assert_problem_lines(run("coverage", str(tmp_path / "none.toml"), BROMLEY), 1)
    assert line == f"{tmp_path / 'none.toml'}: no such file"


def test_import_d2i_to_a_file(tmp_path):
    out = tmp_path / "d2i.json"
    result = run("import-d2i", CSV, "--output", str(out))
    assert "Traceback" not in result.stderr
    assert result.returncode == 1  # four rows left out
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 15  # 4 errors + 11 warnings, one a line
    assert all(line.startswith(f"{CSV}: ") for line in lines)
    assert sum(f"{CSV}: warning: " in line for line in lines) == 11
    assert result.stdout.strip() == (
        f"{out}: 83 row(s): 79 inspection(s) read, 4 row(s) left out; 4 error(s), 11 warning(s)"
    )
    corpus = yj.load(out)
    assert len(corpus.inspections) == 79
    assert corpus.inspections == yj.importers.read_d2i_csv(CSV).inspections
    assert [p.name for p in tmp_path.iterdir()] == ["d2i.json"]  # no temporary file left


def test_import_d2i_to_stdout_and_json(tmp_path):
    result = run("import-d2i", CSV, "--format", "toml")
    corpus = yj.loads(result.stdout, "toml")
    assert len(corpus) == 79
    out = tmp_path / "d2i.toml"
    summary = run("import-d2i", CSV, "-o", str(out), "--json")
    data = json.loads(summary.stdout)
    assert data["skipped"] == [67, 69, 73, 77]
    assert (data["rows"], data["inspections"], data["errors"], data["warnings"]) == (83, 79, 4, 11)
    assert len(data["problems"]) == 15
    assert out.exists()
    assert run("import-d2i", CSV, "--json").returncode == 2  # --json needs --output


def test_import_d2i_bad_input(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("la_name,overall_rating\nBromley,Good\n")
    (line,) = assert_problem_lines(run("import-d2i", str(bad)), 1)
    assert line.startswith(f"{bad}: header: expected the D2I columns ")
    (line,) = assert_problem_lines(run("import-d2i", str(tmp_path / "none.csv")), 1)
    assert line.endswith("No such file or directory")
    # a good file written beside a folder that does not exist
    target = tmp_path / "no" / "such" / "dir.json"
    result = run("import-d2i", CSV, "-o", str(target))
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    assert not target.exists()


# -- the documentation's commands -----------------------------------------------------------------
CONSOLE = re.compile(r"^```console\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)


def documented_commands():
    """(command line, the output lines the page shows) for every ``$ yjinspect`` line."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    out = []
    for block in CONSOLE.finditer(text):
        current = None
        for line in block.group("body").splitlines():
            if line.startswith("$ yjinspect "):
                current = (line.removeprefix("$ yjinspect "), [])
                out.append(current)
            elif current is not None:
                current[1].append(line)
    return out


def test_the_cli_page_shows_every_command():
    shown = {shlex.split(cmd)[0] for cmd, _ in documented_commands()}
    assert shown == {
        "show",
        "compare",
        "coverage",
        "import-d2i",
        "validate",
        "frameworks",
        "schema",
        "demo",
        "completion",
        "report",
    }


@pytest.mark.parametrize(
    ("command", "shown"), documented_commands(), ids=[c for c, _ in documented_commands()]
)
def test_documented_command_runs_as_shown(command, shown, tmp_path):
    words = shlex.split(command)
    redirect = None
    if ">" in words:
        words, redirect = words[: words.index(">")], words[words.index(">") + 1]
    words = [
        str(ROOT / w) if w.startswith("src/") else (CSV if w == "ratings.csv" else w) for w in words
    ]
    result = subprocess.run(
        [sys.executable, "-m", "yjinspect", *words],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert "Traceback" not in result.stderr
    late_plan = "--as-of" in words and words[0] == "coverage"
    imported = words[0] == "import-d2i"
    assert result.returncode == (1 if late_plan or imported else 0), result.stderr
    assert result.stdout.strip()
    lines = result.stdout.splitlines()
    for line in shown:
        assert line in lines
    if shown and "..." not in shown and shown[0] == lines[0]:
        # a page showing the output from its beginning shows it in order, no line left out
        assert lines[: len(shown)] == shown
    if redirect is not None and redirect.endswith(".html"):
        assert result.stdout.startswith("<!DOCTYPE html>")


def test_validate_reports_every_file_and_reads_a_pipe(tmp_path):
    missing = tmp_path / "missing.json"
    result = run("validate", BROMLEY, str(missing), PLAN)
    (line,) = assert_problem_lines(result, 1)
    assert line == f"{missing}: no such file"
    as_json = json.loads(run("validate", str(missing), "--json").stdout)
    assert as_json["problems"] == [
        {"file": str(missing), "path": "$", "message": "no such file", "severity": "error"}
    ]
    assert (as_json["documents"], as_json["valid"], as_json["errors"]) == (1, 0, 1)
    document = run("show", PLAN, "--json").stdout
    piped = subprocess.run(
        [sys.executable, "-m", "yjinspect", "show", "/dev/stdin"],
        input=document,
        capture_output=True,
        text=True,
        check=False,
    )
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == run("show", PLAN).stdout


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("nope",),
        ("compare", "--nope", "a", "b"),
        ("coverage", "plan.toml"),
        ("frameworks", "x"),
    ],
)
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("usage: yjinspect")
    assert result.stdout == ""


def test_show_a_crosswalk_document(tmp_path):
    path = tmp_path / "cw.toml"
    yj.dump(yj.crosswalks.get("hmip-youth-2018--hmip-youth-2021"), path)
    text = run("show", str(path))
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].startswith("hmip-youth-2018--hmip-youth-2021: ")
    assert lines[0].endswith("(hmip-youth-2018 -> hmip-youth-2021, both ways)")
    assert any(line.startswith("  3.4 -> 3.4 [loose; ") for line in lines)
    assert any(line.startswith("  - -> 4.1 [unmatched; ") for line in lines)
    page = run("show", str(path), "--format", "html")
    assert page.stdout.startswith("<!DOCTYPE html>")


def test_show_corpus_with_plans(tmp_path):
    corpus = yj.Corpus(
        inspections=yj.examples.bromley().inspections,
        plans=(yj.examples.bromley_plan(),),
        title="Bromley with its plan",
    )
    path = tmp_path / "record.json"
    yj.dump(corpus, path)
    for fmt in ("text", "markdown", "html"):
        result = run("show", str(path), "--format", fmt)
        assert result.returncode == 0, result.stderr
        assert result.stdout.count("Post Inspection Improvement Plan") >= 1
        assert "bromley-2015-fji" in result.stdout


# -- the usual manners -----------------------------------------------------------------------------
def test_version_and_descriptions():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"yjinspect {yj.__version__}"
    for command in (
        "demo",
        "frameworks",
        "show",
        "validate",
        "compare",
        "coverage",
        "import-d2i",
        "schema",
        "completion",
        "report",
    ):
        helped = run(command, "--help")
        assert helped.returncode == 0
        _usage, _, rest = helped.stdout.partition("\n\n")
        description = rest.split("\n\n")[0]
        assert not description.startswith(("positional arguments", "options")), command
        assert len(description) > 40, (command, description)


def test_output_writes_what_would_be_printed(tmp_path):
    for args in (
        ("frameworks",),
        ("show", "hmip-youth-2021", "--format", "markdown"),
        ("validate", BROMLEY, "--json"),
        ("coverage", PLAN, BROMLEY, "--format", "html"),
        ("schema", "inspection"),
        ("demo", "--json"),
    ):
        target = tmp_path / "out.txt"
        printed = run(*args)
        written = run(*args, "-o", str(target))
        assert written.returncode == printed.returncode, (args, written.stderr)
        assert written.stdout == ""
        assert target.read_text(encoding="utf-8") == printed.stdout, args
    nowhere = run("frameworks", "-o", str(tmp_path / "no" / "such" / "folder.txt"))
    assert nowhere.returncode == 1
    assert "no such folder" in nowhere.stderr.lower() or "no such file" in nowhere.stderr.lower()


def test_builtin_crosswalk_shown_by_code():
    code = yj.crosswalks.available()[0]
    shown = run("show", code)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith(f"{code}: ")
    listed = run("frameworks")
    assert f"\n{code}  " in listed.stdout


def test_compare_errors_speak_command_line(tmp_path):
    series = yj.examples.bromley()
    fji = series.get("bromley-2015-fji")
    other = attrs.evolve(
        series.get("bromley-2016-fji-reinspection"),
        service=yj.Service(name="Elsewhere YOS", local_authority="Elsewhere"),
    )
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    yj.dump(fji, a)
    yj.dump(other, b)
    refused = run("compare", str(a), str(b))
    assert refused.returncode == 1
    assert "add --allow-different-services to compare them" in refused.stderr
    assert "allow_different_services=True" not in refused.stderr
    # benchmarking two services: either order
    later_first = attrs.evolve(
        other, fieldwork=None, fieldwork_start=yj.PartialDate(2011, 1, 1).earliest(), published=None
    )
    yj.dump(later_first, b)
    both = run("compare", str(a), str(b), "--allow-different-services")
    assert both.returncode == 0, both.stderr
    # one service given the wrong way round: the fix in command-line terms
    c = tmp_path / "c.json"
    yj.dump(series.get("bromley-2012-cci"), c)
    swapped = run("compare", str(a), str(c))
    assert swapped.returncode == 1
    assert f"give the earlier inspection first: yjinspect compare {c} {a}" in swapped.stderr
    assert "compare('" not in swapped.stderr


def test_completion_script():
    result = run("completion", "bash")
    assert result.returncode == 0, result.stderr
    assert "import-d2i" in result.stdout
    assert "--allow-different-services" in result.stdout


def test_compare_without_a_crosswalk_still_answers_did_it_improve():
    result = run("compare", "--corpus", BROMLEY, "bromley-2012-cci", "bromley-2015-fji")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].startswith("  area by area: not comparable (no crosswalk leads from")
    assert lines[2].startswith("  Did it improve? No, it declined (approximately).")
    data = json.loads(
        run("compare", "--json", "--corpus", BROMLEY, "bromley-2012-cci", "bromley-2015-fji").stdout
    )
    assert data["improvement"]["basis"] == "position"
    assert data["improvement"]["change"] == "declined"
    assert data["improvement"]["earlier"]["lower_half_low"] == 0
    assert data["improvement"]["later"]["lower_half_high"] == 5


def test_coverage_reads_a_plan_from_a_corpus_holding_one():
    # the field case holds the inspection and its plan in one corpus file
    both = str(
        Path(__file__).resolve().parents[1] / "field_cases" / "plan-actions-not-recorded.toml"
    )
    result = run("coverage", both, both)
    assert result.returncode == 3  # what the plan answers is not known
    assert result.stdout.lower().startswith("what p answers of i is not known")


def test_coverage_names_the_plans_of_a_corpus_holding_several(tmp_path):
    corpus = yj.examples.bromley()
    plan = yj.examples.bromley_plan()
    two = attrs.evolve(corpus, plans=(plan, attrs.evolve(plan, id="second")))
    path = tmp_path / "two.json"
    yj.dump(two, path)
    (line,) = assert_problem_lines(run("coverage", str(path), BROMLEY), 1)
    assert line == (
        f"{path}: expected an improvement-plan document, found a corpus holding 2 plans "
        "(bromley-2015-plan, second); give a file holding one plan"
    )
