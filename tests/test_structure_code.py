"""The fast structuring functions of the built-in document kinds ship compiled ahead of time
(``yjinspect/io/_codegen_built.py``): that module is made again from the generator and must be
the same, its code must be what compiling the same source gives, and reading a document of a
built-in kind compiles none of them."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from yjinspect.io import _codegen, _codegen_build, _codegen_built

SHIPPED = Path(_codegen_built.__file__)


def test_the_shipped_module_is_made_from_the_generator() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    assert text == _codegen_build.module_text(), "run: python tools/build_structure_code.py"


def _function_code(source: str, filename: str) -> types.CodeType:
    module = compile(source, filename, "exec")
    (code,) = [c for c in module.co_consts if isinstance(c, types.CodeType)]
    return code


def test_every_kind_is_covered_and_the_shipped_code_is_what_compiling_gives() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    for name in ("Inspection", "Corpus", "ImprovementPlan", "Crosswalk", "Area"):
        assert f"# <yjinspect fast structure {name}>\n" in text, name
    assert {source.partition("(")[0] for source in _codegen_built.CODE} == {"def structure"}
    for source, shipped in _codegen_built.CODE.items():
        filename = "<yjinspect fast structure X>"
        fn = _codegen.function_of(source, filename, {}, "structure")
        assert fn.__code__ is not shipped  # renamed for the source it was made from
        compiled = _function_code(source, filename)
        assert fn.__code__ == compiled  # the same bytecode, constants, names and lines
        assert fn.__code__.co_firstlineno == compiled.co_firstlineno == 1
        nested = [c for c in fn.__code__.co_consts if isinstance(c, types.CodeType)]
        assert {c.co_filename for c in [fn.__code__, *nested]} == {filename}
        assert [c.co_firstlineno for c in nested] == [
            c.co_firstlineno for c in compiled.co_consts if isinstance(c, types.CodeType)
        ]
        assert shipped.co_name == fn.__name__ == "structure"


def test_source_that_was_not_shipped_is_compiled() -> None:
    source = "def structure(o, _):\n    return (__marker, o)"
    names: dict[str, object] = {"__marker": 7}
    fn = _codegen.function_of(source, "<made here>", names, "structure")
    assert fn(1, None) == (7, 1)
    assert fn.__code__.co_filename == "<made here>"
    assert names["structure"] is fn


def test_a_shipped_function_reads_its_names_and_the_builtins() -> None:
    source = next(s for s in _codegen_built.CODE if "isinstance(o, dict)" in s)
    fn = _codegen.function_of(source, "<x>", {}, "structure")
    with pytest.raises(TypeError, match=r"^expected a table of fields$"):
        fn([], None)


def test_reading_the_built_in_kinds_compiles_no_structuring_function() -> None:
    code = (
        "import builtins\n"
        "seen = []\n"
        "real = builtins.compile\n"
        "def compile(source, filename, *args, **kwargs):\n"
        "    seen.append(str(filename))\n"
        "    return real(source, filename, *args, **kwargs)\n"
        "builtins.compile = compile\n"
        "import yjinspect as yj\n"
        "corpus = yj.examples.bromley()\n"
        "plan = yj.examples.bromley_plan()\n"
        "walk = yj.crosswalks.get('hmip-youth-2018--hmip-youth-2021')\n"
        "print(len(corpus), plan.inspection, walk.code,"
        " [f for f in seen if f.startswith('<yjinspect fast structure')])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()
    assert out == "4 bromley-2015-fji hmip-youth-2018--hmip-youth-2021 []"
