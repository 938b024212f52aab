"""Write the summary of the built-in frameworks and crosswalks (``data/index.json`` beside their
TOML files) that ``yjinspect frameworks`` lists them from, and the JSON copies of the TOML files
(``data/json/``) that the catalogues read them from. Run after changing a built-in file:

    python tools/build_catalogue_index.py

``tests/test_catalogue_index.py`` fails while an index or a copy differs from its TOML files.
"""

from __future__ import annotations

import json
from pathlib import Path

from yjinspect._builtins import FIELDS, INDEX, build_copies, build_index
from yjinspect.io.catalogue import COPIES

SRC = Path(__file__).resolve().parent.parent / "src" / "yjinspect"


def main() -> None:
    for catalogue in FIELDS:
        path = SRC / catalogue / "data" / INDEX
        text = json.dumps(build_index(catalogue), indent=2, ensure_ascii=False) + "\n"
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
        folder = SRC / catalogue / "data" / COPIES
        folder.mkdir(exist_ok=True)
        copies = build_copies(catalogue)
        for stale in {p.name for p in folder.glob("*.json")} - set(copies):
            (folder / stale).unlink()
        for name, copy in copies.items():
            (folder / name).write_text(copy, encoding="utf-8")
            print(f"wrote {folder / name}")


if __name__ == "__main__":
    main()
