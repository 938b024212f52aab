"""Static types of the public API: a downstream script passes ``mypy --strict`` with no ``Any``.

``examples/typed_downstream.py`` uses the public API the way an analyst's script would; mypy
checks it with ``--strict --disallow-any-expr``, so any ``Any`` reaching the script from
yjinspect fails the test. A second file holds mistakes mypy must catch, each marked with the
error code expected: ``--strict`` turns on ``--warn-unused-ignores``, so a mistake that slips
through (because a type decayed to ``Any``) fails the run as an unused ignore. A third asks mypy
to ``reveal_type`` the results of the main public calls and every public field and property of
them: each must be named by its public path (no ``_module`` component), never ``Any``.
"""

import inspect
import re
import subprocess
import sys
from pathlib import Path

import attrs
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


# The main public calls, each bound to a name, and the class of what each returns.
CALLS = {
    "insp": ('yj.load("x.json", cls=yj.Inspection)', yj.Inspection),
    "plan": ('yj.load("p.json", cls=yj.ImprovementPlan)', yj.ImprovementPlan),
    "cmp": ("yj.compare(insp, insp)", yj.Comparison),
    "cov": ("yj.coverage(plan, insp)", yj.Coverage),
    "res": ('yj.importers.read_d2i_csv("ratings.csv")', yj.importers.ImportResult),
    "nat": ("yj.datasets.national()", yj.Corpus),
    "fw": ('yj.frameworks.get("hmip-youth-2021")', yj.Framework),
}


def public_members(cls: type) -> list[str]:
    """The public fields and properties of a class, as a user reads them."""
    names = [f.name for f in attrs.fields(cls)] if attrs.has(cls) else []
    names += [n for n, v in inspect.getmembers(cls) if isinstance(v, property)]
    return [n for n in dict.fromkeys(names) if not n.startswith("_")]


def reveal_source() -> tuple[str, list[str]]:
    """A script revealing the type of every call's result and of each of its public members,
    and the expressions revealed, in order."""
    lines = ["import yjinspect as yj", ""]
    revealed = []
    for name, (call, cls) in CALLS.items():
        lines.append(f"{name} = {call}")
        revealed += [name] + [f"{name}.{member}" for member in public_members(cls)]
    lines += [f"reveal_type({expr})" for expr in revealed]
    return "\n".join(lines) + "\n", revealed


@pytest.fixture(scope="module")
def mypy_run(tmp_path_factory):
    """One mypy run over the downstream script, the mistakes and the reveal script."""
    tmp_path = tmp_path_factory.mktemp("mypy")
    mistakes = tmp_path / "mistakes.py"
    mistakes.write_text(MISTAKES, encoding="utf-8")
    reveal = tmp_path / "reveal.py"
    source, revealed = reveal_source()
    reveal.write_text(source, encoding="utf-8")
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
            str(reveal),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return result, revealed


def test_downstream_script_passes_mypy_strict_without_any(mypy_run):
    result, _ = mypy_run
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found in 3 source files" in result.stdout


REVEALED = re.compile(r'^.*reveal\.py:\d+: note: Revealed type is "(?P<type>.*)"$', re.MULTILINE)


def test_public_calls_reveal_public_types(mypy_run):
    result, revealed = mypy_run
    types = REVEALED.findall(result.stdout)
    assert len(revealed) > 60  # every call, and the members of what it returns
    assert len(types) == len(revealed), result.stdout
    named = dict(zip(revealed, types, strict=True))
    assert named["insp"] == "yjinspect.model.inspection.Inspection"
    assert named["cov"] == "yjinspect.analysis.coverage_report.Coverage"
    assert named["res"] == "yjinspect.importers.result.ImportResult"
    assert named["fw.scale"] == "yjinspect.model.scales.RatingScale"
    for expr, revealed_type in named.items():
        paths = re.findall(r"[A-Za-z_][\w.]*", revealed_type)
        private = [p for p in paths if any(part.startswith("_") for part in p.split("."))]
        assert not private, f"{expr}: {revealed_type} names a private module"
        assert "Any" not in paths, f"{expr}: {revealed_type}"


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
