"""The summary the command line lists the built-in frameworks and crosswalks from
(``data/index.json``) is made again from their TOML files and must be the same; after a
catalogue is imported, the summary follows what is registered."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import attrs
import pytest

import yjinspect as yj
from yjinspect import _builtins
from yjinspect.io.catalogue import COPIES

SRC = Path(yj.__file__).parent


@pytest.mark.parametrize("catalogue", sorted(_builtins.FIELDS))
def test_the_shipped_index_is_made_from_the_toml_files(catalogue: str) -> None:
    shipped = json.loads((SRC / catalogue / "data" / _builtins.INDEX).read_text(encoding="utf-8"))
    assert shipped == _builtins.build_index(catalogue), "run: python tools/build_catalogue_index.py"


@pytest.mark.parametrize("catalogue", sorted(_builtins.FIELDS))
def test_the_shipped_json_copies_are_made_from_the_toml_files(catalogue: str) -> None:
    folder = SRC / catalogue / "data" / COPIES
    shipped = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*")}
    made = _builtins.build_copies(catalogue)
    assert shipped == made, "run: python tools/build_catalogue_index.py"
    tomls = sorted((SRC / catalogue / "data").glob("*.toml"))
    assert [p.stem for p in tomls] == sorted(Path(name).stem for name in shipped)
    for path in tomls:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert json.loads(shipped[f"{path.stem}.json"]) == data


def test_the_built_ins_read_from_the_copies_are_those_the_toml_files_make() -> None:
    for code in yj.frameworks.builtin_codes():
        text = (SRC / "frameworks" / "data" / f"{code}.toml").read_text(encoding="utf-8")
        assert yj.frameworks.get(code) == yj.frameworks.loads(text)
    for code in yj.crosswalks.builtin_codes():
        text = (SRC / "crosswalks" / "data" / f"{code}.toml").read_text(encoding="utf-8")
        assert yj.crosswalks.get(code) == yj.crosswalks.loads(text)


def test_the_index_agrees_with_the_catalogues_objects() -> None:
    frameworks = _builtins.build_index("frameworks")
    assert tuple(frameworks) == yj.frameworks.builtin_codes()
    for code, summary in frameworks.items():
        assert summary == {"title": yj.frameworks.get(code).title}
    crosswalks = _builtins.build_index("crosswalks")
    assert tuple(crosswalks) == yj.crosswalks.builtin_codes()
    for code, summary in crosswalks.items():
        walk = yj.crosswalks.get(code)
        assert summary == {
            "title": walk.title,
            "from_framework": walk.from_framework,
            "to_framework": walk.to_framework,
        }


def test_a_registered_framework_is_listed_and_the_index_is_read_only_before_import() -> None:
    fw = attrs.evolve(yj.frameworks.get("hmip-youth-2021"), code="local-2026", title="Local")
    yj.frameworks.register(fw)
    try:
        listed = _builtins.summaries("frameworks")
        assert listed["local-2026"] == {"title": "Local"}
        assert list(listed) == sorted(listed)
    finally:
        yj.frameworks.unregister("local-2026")
    assert "local-2026" not in _builtins.summaries("frameworks")
    # In a fresh interpreter the summary comes from the index, without reading any built-in.
    code = (
        "import sys\n"
        "from yjinspect import _builtins\n"
        "s = _builtins.summaries('frameworks'), _builtins.summaries('crosswalks')\n"
        "print('yjinspect.frameworks' in sys.modules, 'yjinspect.crosswalks' in sys.modules,"
        " 'tomllib' in sys.modules)\n"
        "print(list(s[0]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.splitlines()
    assert out == ["False False False", str(list(yj.frameworks.builtin_codes()))]
