"""`import yjinspect` imports only what reading a document needs; the rest loads on first use,
and a submodule that shares its name with a function never replaces that function."""

from __future__ import annotations

import subprocess
import sys

LAZY = (
    "importlib.metadata",
    "yjinspect.compare",
    "yjinspect.coverage",
    "yjinspect.crosswalks",
    "yjinspect.importers",
    "yjinspect.examples",
    "yjinspect.plan",
    "yjinspect.validate",
)


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()


def test_import_leaves_the_rest_for_first_use() -> None:
    code = f"import sys, yjinspect; print(sorted(m for m in {LAZY!r} if m in sys.modules))"
    assert _run(code) == "[]"


def test_submodules_imported_first_do_not_replace_the_functions() -> None:
    code = (
        "import yjinspect.compare, yjinspect.coverage, yjinspect.validate\n"
        "from yjinspect.coverage import Coverage\n"
        "import yjinspect as yj\n"
        "from yjinspect import compare\n"
        "print(yj.compare.__module__, yj.coverage.__module__, yj.validate.__module__,"
        " compare is yj.compare, Coverage is yj.Coverage)"
    )
    assert _run(code) == "yjinspect.compare yjinspect.coverage yjinspect.validate True True"


def test_lazy_names_load_on_first_use() -> None:
    code = (
        "import yjinspect as yj\n"
        "print(yj.__version__ != '', callable(yj.compare), yj.crosswalks.__name__,"
        " yj.ImprovementPlan.__name__, 'crosswalk' in yj.documents.kinds(),"
        " 'improvement-plan' in yj.documents.kinds(), 'validate' in dir(yj))"
    )
    assert _run(code) == "True True yjinspect.crosswalks ImprovementPlan True True True"


def test_a_plan_document_loads_before_the_plan_module_is_imported() -> None:
    code = (
        "import sys, yjinspect as yj\n"
        "from pathlib import Path\n"
        "path = Path(yj.__file__).parent / 'examples' / 'data' / 'bromley-2015-plan.toml'\n"
        "text = path.read_text(encoding='utf-8')\n"
        "print('yjinspect.plan' in sys.modules, yj.loads(text, 'toml').id)"
    )
    assert _run(code) == "False bromley-2015-plan"
