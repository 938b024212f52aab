"""Static types of the public API: a downstream script passes ``mypy --strict`` with no ``Any``.

``examples/typed_downstream.py`` uses the public API the way an analyst's script would; mypy
checks it with ``--strict --disallow-any-expr``, so any ``Any`` reaching the script from
yjinspect fails the test. A second file holds mistakes mypy must catch, each marked with the
error code expected: ``--strict`` turns on ``--warn-unused-ignores``, so a mistake that slips
through (because a type decayed to ``Any``) fails the run as an unused ignore.
"""

import subprocess
import sys
from pathlib import Path

import pendulum
import pytest

import yjinspect as yj

ROOT = Path(__file__).resolve().parents[1]

MISTAKES = """\
import yjinspect as yj

doc = yj.load("x.json")
doc.id  # type: ignore[attr-defined]
plain: yj.Inspection = yj.loads("{}")  # type: ignore[assignment]
wrong: yj.Corpus = yj.loads("{}", cls=yj.Inspection)  # type: ignore[assignment]
plan: yj.Inspection = yj.loads("{}", kind="improvement-plan")  # type: ignore[assignment]
fw: yj.Framework = yj.load("x.toml", kind="framework")
fw.code.upper()
yj.Service(name="a", local_authority="b", authorities=3)  # type: ignore[arg-type]
yj.Judgement(area="1.1", rating=2)  # type: ignore[arg-type]
yj.Inspection(  # type: ignore[call-arg]
    id="x", service=yj.Service(name="a", local_authority="b"), framework="f"
)
"""


def test_downstream_script_passes_mypy_strict_without_any(tmp_path):
    mistakes = tmp_path / "mistakes.py"
    mistakes.write_text(MISTAKES, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--disallow-any-expr",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(ROOT / "examples" / "typed_downstream.py"),
            str(mistakes),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found in 2 source files" in result.stdout


def test_cls_checks_the_kind_and_types_the_result():
    insp = yj.examples.bromley().get("bromley-2015-fji")
    text = yj.dumps(insp)
    assert yj.loads(text, cls=yj.Inspection) == insp
    with pytest.raises(yj.InvalidDocument, match=r"\$\.kind: expected 'corpus'"):
        yj.loads(text, cls=yj.Corpus)
    with pytest.raises(TypeError, match="not the class of a document kind"):
        yj.loads(text, cls=yj.Service)
    with pytest.raises(ValueError, match="reads 'inspection' documents, not kind='corpus'"):
        yj.loads(text, cls=yj.Inspection, kind="corpus")


def test_cls_on_load(tmp_path):
    plan = yj.examples.bromley_plan()
    path = tmp_path / "plan.json"
    yj.dump(plan, path)
    assert yj.load(path, cls=yj.ImprovementPlan) == plan


def test_constructors_take_what_documents_hold():
    insp = yj.Inspection(
        id="x",
        service=yj.Service(name="A YJS", local_authority="A", authorities=["W06000023"]),
        framework="hmip-youth-2021",
        inspection_kind="standards",
        published="2024-11",
        fieldwork_start="2024-09-02",
    )
    assert insp.inspection_kind is yj.InspectionKind.STANDARDS
    assert insp.service.nation is yj.Nation.WALES
    assert insp.published == yj.PartialDate(2024, 11)
    assert insp.fieldwork_start == yj.PartialDate(2024, 9, 2)
    assert yj.Inspection(
        id="y",
        service=insp.service,
        framework="f",
        inspection_kind="mock",
        fieldwork_start="2024-09",
    ).fieldwork_start == yj.PartialDate(2024, 9)
    assert yj.Inspection(
        id="z",
        service=insp.service,
        framework="f",
        inspection_kind="mock",
        fieldwork_start=pendulum.Date(2024, 9, 2),
    ).fieldwork_start == yj.PartialDate(2024, 9, 2)
    # the same values as a document gives them, so the two ways agree
    assert yj.loads(yj.dumps(insp), cls=yj.Inspection) == insp


def test_constructors_refuse_what_documents_refuse():
    service = yj.Service(name="A YJS", local_authority="A")
    with pytest.raises(ValueError, match="inspection_kind must be one of: core-case, "):
        yj.Inspection(id="x", service=service, framework="f", inspection_kind="fji")
    with pytest.raises(ValueError, match=r"published: .*month 13 does not exist"):
        yj.Inspection(
            id="x", service=service, framework="f", inspection_kind="mock", published="2015-13"
        )
    with pytest.raises(ValueError, match="fieldwork_start must be a day, found a date and time"):
        yj.Inspection(
            id="x",
            service=service,
            framework="f",
            inspection_kind="mock",
            fieldwork_start=pendulum.datetime(2015, 1, 1),
        )
    with pytest.raises(ValueError, match="status must be one of: not-started, in-progress"):
        yj.Action(id="1", text="t", status="done")


def test_a_judgement_keeps_a_level_by_its_code():
    fw = yj.frameworks.get("hmip-youth-2021")
    overall = fw.overall({a.code: "good" for a in fw.scored_areas})
    assert isinstance(overall.rating, yj.Level)  # derived: a Level
    j = yj.Judgement(area="1.1", rating=overall.rating)
    assert j.rating == overall.rating.code == "good"  # recorded: text
