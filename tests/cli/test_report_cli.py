"""``yjinspect report``: committee papers and the plan workbook from the command line."""

import io
import json
import sys
from pathlib import Path

import attrs
import openpyxl
import pytest

import yjinspect as yj
from yjinspect import cli

DATA = Path(yj.examples.__file__).parent / "data"
BROMLEY = str(DATA / "bromley.toml")
PLAN = str(DATA / "bromley-2015-plan.toml")


def run(capsys, *args):
    """(exit status, standard output, standard error) of the command line, run in-process."""
    status = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


@pytest.fixture
def fji_file(tmp_path):
    path = tmp_path / "fji.json"
    yj.dump(yj.examples.bromley().get("bromley-2015-fji"), path)
    return path


# -- each report, each format -----------------------------------------------------------------
def test_an_inspection_paper_goes_to_standard_output_as_markdown(capsys, fji_file):
    status, out, err = run(capsys, "report", "inspection", fji_file)
    assert (status, err) == (0, "")
    assert out.startswith("# Bromley Youth Offending Service: findings of the HMIP Full Joint")
    assert "## 3. Ratings" in out
    assert run(capsys, "report", "inspection", fji_file, "-o", "-")[1] == out
    by_id = run(capsys, "report", "inspection", "--corpus", BROMLEY, "bromley-2015-fji")
    assert by_id == (0, out, "")


def test_an_inspection_paper_from_standard_input(capsys, monkeypatch, fji_file):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(fji_file.read_bytes())))
    status, out, _err = run(capsys, "report", "inspection", "-")
    assert status == 0
    assert "| F7 | area for improvement |" in out


@pytest.mark.parametrize(
    ("name", "flags", "start"),
    [
        ("paper.md", [], "# "),
        ("paper.markdown", [], "# "),
        ("paper.html", [], "<!DOCTYPE html>"),
        ("paper.HTM", [], "<!DOCTYPE html>"),
        ("paper.txt", ["--format", "html"], "<!DOCTYPE html>"),
        ("paper.html", ["--format", "markdown"], "# "),
    ],
)
def test_the_format_follows_the_option_else_the_suffix(capsys, tmp_path, name, flags, start):
    target = tmp_path / name
    status, out, err = run(
        capsys,
        "report",
        "inspection",
        "--corpus",
        BROMLEY,
        "bromley-2015-fji",
        "-o",
        target,
        *flags,
    )
    assert (status, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8").startswith(start)


def test_the_meeting_is_printed_at_the_top(capsys):
    status, out, _err = run(
        capsys,
        "report",
        "coverage",
        PLAN,
        BROMLEY,
        "--committee",
        "Care Services PDS Committee",
        "--meeting-date",
        "2015-07-22",
    )
    assert status == 0
    assert out.splitlines()[2:4] == [
        "- **Committee**: Care Services PDS Committee",
        "- **Date of meeting**: 2015-07-22",
    ]


def test_a_comparison_paper(capsys, tmp_path):
    target = tmp_path / "changes.html"
    status, out, _err = run(
        capsys,
        "report",
        "compare",
        "--corpus",
        BROMLEY,
        "bromley-2015-fji",
        "bromley-2016-fji-reinspection",
        "-o",
        target,
        "--json",
    )
    assert status == 0
    assert json.loads(out) == {
        "format_version": 1,
        "command": "report",
        "report": "compare",
        "format": "html",
        "output": str(target),
        "inspections": ["bromley-2015-fji", "bromley-2016-fji-reinspection"],
        "plan": None,
        "as_of": None,
    }
    page = target.read_text(encoding="utf-8")
    assert "<h2>3. Ratings area by area</h2>" in page
    # across frameworks with no crosswalk: still a paper, answering what it can
    status, out, _err = run(
        capsys, "report", "compare", "--corpus", BROMLEY, "bromley-2012-cci", "bromley-2015-fji"
    )
    assert status == 0
    assert "There is no area-by-area comparison" in out


def test_a_coverage_paper_and_a_workbook(capsys, tmp_path):
    status, out, _err = run(capsys, "report", "coverage", PLAN, BROMLEY, "--as-of", "2016-02-01")
    # the paper was written: the gaps are in it, not an error of the command
    assert status == 0
    assert "- **Position as of**: 2016-02-01" in out
    assert "## 9. What the plan leaves open" in out
    workbook = tmp_path / "plan.xlsx"
    status, out, err = run(
        capsys, "report", "coverage", PLAN, BROMLEY, "--as-of", "2016-02-01", "-o", workbook
    )
    assert (status, out, err) == (0, "", "")
    wb = openpyxl.load_workbook(workbook)
    assert wb.sheetnames == [
        "Actions",
        "Coverage",
        "Gaps",
        "Progress updates",
        "Milestones",
        "About",
    ]
    assert wb["Actions"]["B3"].value == "2a"
    assert wb["Actions"]["M3"].value == "yes"  # overdue on 2016-02-01
    status, out, _err = run(
        capsys,
        "report",
        "coverage",
        PLAN,
        BROMLEY,
        "-o",
        tmp_path / "plan.bin",
        "--format",
        "xlsx",
        "--json",
    )
    assert status == 0
    summary = json.loads(out)
    assert summary["format"] == "xlsx"
    assert summary["plan"] == "bromley-2015-plan"
    assert summary["sheets"] == wb.sheetnames


# -- errors -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["report", "coverage", PLAN, BROMLEY, "--format", "xlsx"],
            "an Excel workbook is not text: give -o FILE.xlsx",
        ),
        (
            ["report", "coverage", PLAN, BROMLEY, "-o", "-", "--format", "xlsx"],
            "an Excel workbook is not text: give -o FILE.xlsx",
        ),
        (
            ["report", "inspection", "--corpus", BROMLEY, "bromley-2015-fji", "-o", "x.xlsx"],
            "an Excel workbook is of an improvement plan and its coverage: yjinspect report "
            "coverage PLAN INSPECTION -o FILE.xlsx",
        ),
        (
            ["report", "inspection", "--corpus", BROMLEY, "bromley-2015-fji", "-o", "x.txt"],
            "cannot tell the format of x.txt from its suffix (.md, .markdown, .html, .htm, "
            ".xlsx); give --format",
        ),
        (
            ["report", "inspection", "--corpus", BROMLEY, "bromley-2015-fji", "--json"],
            "--json prints a summary of what was written and needs -o FILE",
        ),
    ],
)
def test_usage_errors_say_what_to_give(capsys, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    status, out, err = run(capsys, *args)
    assert status == 2
    assert out == ""
    assert err.splitlines()[-1].endswith(f": error: {message}")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args",
    [
        ["report", "inspection", "--format", "xlsx", BROMLEY],
        ["report", "compare", BROMLEY, BROMLEY, "--format", "pdf"],
        ["report", "coverage", PLAN, BROMLEY, "--as-of", "2016-02-30"],
        ["report", "coverage", PLAN, BROMLEY, "--meeting-date", "22/07/2015"],
        ["report", "coverage", PLAN],
        ["report"],
    ],
)
def test_argparse_refuses_bad_options(capsys, args):
    with pytest.raises(SystemExit) as exit_:
        cli.main(args)
    assert exit_.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_input_problems_exit_1_and_leave_the_old_file(capsys, tmp_path, fji_file):
    target = tmp_path / "paper.md"
    target.write_text("the old paper", encoding="utf-8")
    cases = [
        (["report", "inspection", tmp_path / "none.json", "-o", target], "none.json: no such file"),
        (
            ["report", "inspection", PLAN, "-o", target],
            "expected an inspection document, found a",
        ),
        (
            ["report", "inspection", "--corpus", BROMLEY, "nope", "-o", target],
            "no inspection 'nope' (it holds: bromley-2012-cci,",
        ),
        (
            ["report", "coverage", BROMLEY, BROMLEY, "-o", target],
            "expected an improvement-plan document",
        ),
    ]
    later = tmp_path / "later.json"
    yj.dump(yj.examples.bromley().get("bromley-2025-standards"), later)
    cases.append(
        (
            ["report", "coverage", PLAN, later, "-o", target],
            "yjinspect report: plan 'bromley-2015-plan' answers 'bromley-2015-fji', not "
            "'bromley-2025-standards'",
        )
    )
    for args, message in cases:
        status, out, err = run(capsys, *args)
        assert status == 1, args
        assert out == ""
        (line,) = err.splitlines()
        assert message in line, (args, line)
    assert target.read_text(encoding="utf-8") == "the old paper"


def test_comparison_errors_speak_command_line(capsys, tmp_path, fji_file):
    series = yj.examples.bromley()
    elsewhere = attrs.evolve(
        series.get("bromley-2016-fji-reinspection"),
        service=yj.Service(name="Elsewhere YOS", local_authority="Elsewhere"),
    )
    other = tmp_path / "other.json"
    yj.dump(elsewhere, other)
    status, _out, err = run(capsys, "report", "compare", fji_file, other)
    assert status == 1
    assert err.strip().endswith("add --allow-different-services to compare them")
    assert run(capsys, "report", "compare", fji_file, other, "--allow-different-services")[0] == 0
    cci = tmp_path / "cci.json"
    yj.dump(series.get("bromley-2012-cci"), cci)
    status, _out, err = run(capsys, "report", "compare", fji_file, cci)
    assert status == 1
    assert f"give the earlier inspection first: yjinspect report compare {cci} {fji_file}" in err


def test_without_openpyxl_the_error_names_the_extra(capsys, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    target = tmp_path / "plan.xlsx"
    status, out, err = run(capsys, "report", "coverage", PLAN, BROMLEY, "-o", target)
    assert status == 1
    assert out == ""
    assert err.strip() == (
        'yjinspect report: Excel workbooks need openpyxl: pip install "yjinspect[excel]"'
    )
    assert not target.exists()


def test_every_report_has_a_description(capsys):
    for report in ("inspection", "compare", "coverage"):
        with pytest.raises(SystemExit):
            cli.main(["report", report, "--help"])
        out = capsys.readouterr().out
        description = out.partition("\n\n")[2].split("\n\n")[0]
        assert description.startswith("A committee paper"), (report, description)
    with pytest.raises(SystemExit):
        cli.main(["report", "--help"])
    assert "committee report is set out" in capsys.readouterr().out


def test_completion_knows_the_report_command(capsys):
    assert cli.main(["completion", "bash"]) == 0
    script = capsys.readouterr().out
    assert "--meeting-date" in script
    assert "xlsx" in script
