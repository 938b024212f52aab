"""Write the summary of the built-in frameworks and crosswalks (``data/index.json`` beside their
TOML files) that ``yjinspect frameworks`` lists them from. Run after changing a built-in file:

    python tools/build_catalogue_index.py

``tests/test_catalogue_index.py`` fails while an index differs from its TOML files.
"""

from __future__ import annotations

import json
from pathlib import Path

from yjinspect._builtins import FIELDS, INDEX, build_index

SRC = Path(__file__).resolve().parent.parent / "src" / "yjinspect"


def main() -> None:
    for catalogue in FIELDS:
        path = SRC / catalogue / "data" / INDEX
        text = json.dumps(build_index(catalogue), indent=2, ensure_ascii=False) + "\n"
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
