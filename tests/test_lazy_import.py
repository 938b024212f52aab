"""`import yjinspect` imports only its errors; every other public name (the model, reading and
writing documents, the framework catalogue, validation, analysis, views, the crosswalk
catalogue, importers, examples) is imported the first time it is read, and the command line
imports what its command needs. Reading an inspection or a framework does not import the
classes of plans, corpora and crosswalks. No module is named after a
function the package exports, so importing a submodule can never replace that function."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import yjinspect as yj

LAZY = (
    "importlib.metadata",
    "yjinspect.analysis",
    "yjinspect.cli",
    "yjinspect.crosswalks",
    "yjinspect.documents",
    "yjinspect.examples",
    "yjinspect.frameworks",
    "yjinspect.importers",
    "yjinspect.io",
    "yjinspect.model",
    "yjinspect.validation",
    "yjinspect.views",
)
# Not imported by reading an inspection or a framework (validation checks a service's GSS codes
# against the codes of the table of places, without building the table).
NOT_FOR_AN_INSPECTION = (
    "yjinspect.crosswalks",
    "yjinspect.model.corpus",
    "yjinspect.model.crosswalk",
    "yjinspect.model.places",
    "yjinspect.model.plan",
)


def _run(code: str, given: str | None = None) -> str:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        input=given,
    ).stdout.strip()


def test_import_leaves_the_rest_for_first_use() -> None:
    code = f"import sys, yjinspect; print(sorted(m for m in {LAZY!r} if m in sys.modules))"
    assert _run(code) == "[]"


def _outside_the_standard_library(statement: str) -> set[str]:
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        f"{statement}\n"
        "new = {m.partition('.')[0] for m in set(sys.modules) - before}\n"
        "new = {m for m in new if not m.startswith('_sysconfigdata')}  # generated, standard\n"
        "print(' '.join(sorted(new - set(sys.stdlib_module_names))))"
    )
    return set(_run(code).split())


def test_import_loads_only_attrs_cattrs_and_pendulum_from_outside_the_standard_library() -> None:
    theirs = _outside_the_standard_library("import attrs, cattrs, cattrs.preconf.json, pendulum")
    ours = _outside_the_standard_library("import yjinspect") - {"yjinspect"}
    assert ours <= theirs, ours - theirs
    # Reading a built-in framework loads the model and the converter; its JSON copy is read by
    # the standard library, so no TOML or JSON reader from outside it.
    builtin = _outside_the_standard_library(
        "import yjinspect as yj; yj.frameworks.get('hmip-youth-2021')"
    ) - {"yjinspect"}
    assert {"attrs", "cattrs", "pendulum"} <= builtin <= theirs, builtin - theirs
    # Reading a TOML document loads tomli (with the support module of its compiled build, named
    # by a hash and ending "__mypyc").
    read = _outside_the_standard_library("import yjinspect as yj; yj.examples.bromley()") - {
        "yjinspect"
    }
    assert {"attrs", "cattrs", "pendulum", "tomli"} <= read
    compiled = {m for m in read if m.endswith("__mypyc")}
    assert read - compiled <= theirs | {"orjson", "tomli"}, read - theirs


def test_reading_an_inspection_leaves_plans_corpora_and_crosswalks_for_first_use() -> None:
    fji = yj.examples.bromley().get("bromley-2015-fji")
    code = (
        "import sys, yjinspect as yj\n"
        "insp = yj.loads(sys.stdin.read())\n"
        "print(yj.documents.kind_of(insp), yj.validate(insp), insp.id,"
        " yj.frameworks.get(insp.framework).code,"
        f" sorted(m for m in {NOT_FOR_AN_INSPECTION!r} if m in sys.modules))"
    )
    assert _run(code, yj.dumps(fji)) == "inspection () bromley-2015-fji hmip-fji-2012 []"


def test_kinds_imported_on_first_use_load_dump_and_validate() -> None:
    # A plan and a corpus made before validate() or kind_of() has seen one: their checks and
    # kinds are found from their class.
    code = (
        "import yjinspect as yj\n"
        "from yjinspect.model.plan import ImprovementPlan\n"
        "from yjinspect.model.corpus import Corpus\n"
        "plan = yj.examples.bromley_plan()\n"
        "corpus = Corpus(inspections=yj.examples.bromley().inspections, plans=(plan,))\n"
        "print(yj.documents.kind_of(plan), yj.documents.kind_of(corpus),"
        " yj.validate(corpus) == yj.validate(corpus), yj.loads(yj.dumps(corpus)) == corpus,"
        " isinstance(plan, ImprovementPlan), sorted(yj.documents.kinds()))"
    )
    assert _run(code) == (
        "improvement-plan corpus True True True "
        "['corpus', 'crosswalk', 'framework', 'improvement-plan', 'inspection']"
    )


def test_no_module_is_named_after_a_function_it_exports() -> None:
    for name in yj.__all__:
        if name.startswith("_") or not callable(getattr(yj, name)):
            continue
        assert importlib.util.find_spec(f"yjinspect.{name}") is None, name


def test_the_old_function_modules_are_gone() -> None:
    code = (
        "import yjinspect as yj\n"
        "for name in ('compare', 'coverage', 'validate'):\n"
        "    try:\n"
        "        __import__('yjinspect.' + name)\n"
        "    except ModuleNotFoundError:\n"
        "        print(name, callable(getattr(yj, name)))\n"
        "from yjinspect.analysis import Coverage\n"
        "print(Coverage is yj.Coverage)"
    )
    assert _run(code).split("\n") == ["compare True", "coverage True", "validate True", "True"]


def test_lazy_names_load_on_first_use() -> None:
    code = (
        "import yjinspect as yj\n"
        "print(yj.__version__ != '', callable(yj.compare), yj.crosswalks.__name__,"
        " yj.ImprovementPlan.__name__, 'crosswalk' in yj.documents.kinds(),"
        " 'improvement-plan' in yj.documents.kinds(), 'validate' in dir(yj))"
    )
    assert _run(code) == "True True yjinspect.crosswalks ImprovementPlan True True True"


def test_a_crosswalk_document_loads_before_the_crosswalk_catalogue_is_imported() -> None:
    code = (
        "import sys, yjinspect as yj\n"
        "from pathlib import Path\n"
        "path = Path(yj.__file__).parent / 'crosswalks' / 'data'\n"
        "text = (path / 'hmip-youth-2018--hmip-youth-2021.toml').read_text(encoding='utf-8')\n"
        "cw = yj.loads(text, 'toml')\n"
        "print('yjinspect.crosswalks' in sys.modules, type(cw).__name__)"
    )
    assert _run(code) == "False Crosswalk"


def test_every_public_name_of_the_lazy_packages_resolves() -> None:
    code = (
        "import yjinspect, yjinspect.model, yjinspect.analysis, yjinspect.views\n"
        "for package in (yjinspect, yjinspect.model, yjinspect.analysis, yjinspect.views):\n"
        "    for name in package.__all__:\n"
        "        value = getattr(package, name)\n"
        "        assert value is not None, name\n"
        "        assert name in dir(package), name\n"
        "    try:\n"
        "        package.no_such_name\n"
        "    except AttributeError as exc:\n"
        "        print(exc)\n"
        "print(yjinspect.model.ImprovementPlan is yjinspect.ImprovementPlan,"
        " yjinspect.analysis.Coverage is yjinspect.Coverage)"
    )
    assert _run(code).splitlines() == [
        "module 'yjinspect' has no attribute 'no_such_name'",
        "module 'yjinspect.model' has no attribute 'no_such_name'",
        "module 'yjinspect.analysis' has no attribute 'no_such_name'",
        "module 'yjinspect.views' has no attribute 'no_such_name'",
        "True True",
    ]


def test_a_text_history_leaves_papers_frames_workbook_and_coverage_for_first_use() -> None:
    later = (
        "yjinspect.analysis.coverage_report",
        "yjinspect.analysis.effectiveness_report",
        "yjinspect.views._frames",
        "yjinspect.views._paper",
        "yjinspect.views._workbook",
    )
    code = (
        "import sys, yjinspect as yj\n"
        "text = yj.views.history_text(yj.examples.bromley().inspections)\n"
        f"print(text.splitlines()[0], sorted(m for m in {later!r} if m in sys.modules))"
    )
    assert _run(code) == "Inspection history: London Borough of Bromley []"
