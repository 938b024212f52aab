"""`import yjinspect` imports the layers that reading a document needs (model, io, the framework
catalogue, validation, documents); analysis, views, the crosswalk catalogue, importers, examples
and the command line load on first use. No module is named after a function the package exports,
so importing a submodule can never replace that function."""

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
    "yjinspect.examples",
    "yjinspect.importers",
    "yjinspect.views",
)


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
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
    ours = _outside_the_standard_library("import yjinspect") - {"yjinspect"}
    theirs = _outside_the_standard_library("import attrs, cattrs, cattrs.preconf.json, pendulum")
    assert {"attrs", "cattrs", "pendulum"} <= ours
    assert ours <= theirs | {"dateutil", "six"}, ours - theirs  # pendulum's own dependencies


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
