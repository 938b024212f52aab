"""Write ``src/yjinspect/io/_codegen_built.py``: the fast structuring functions of the built-in
document kinds, compiled ahead of time so that building the converter reads them from a bytecode
cache instead of compiling them. Run after changing the generator (``yjinspect.io._hooks``) or
a model class:

    python tools/build_structure_code.py

``tests/test_structure_code.py`` fails while the shipped module differs from what is generated.
"""

from __future__ import annotations

from pathlib import Path

from yjinspect.io._codegen_build import module_text

PATH = Path(__file__).resolve().parent.parent / "src" / "yjinspect" / "io" / "_codegen_built.py"


def main() -> None:
    PATH.write_text(module_text(), encoding="utf-8")
    print(f"wrote {PATH}")


if __name__ == "__main__":
    main()
