"""``python benchmarks/run.py --quick`` (the smoke run) prints the machine and every named row,
and writes them all. Speed is not asserted: a row's figure depends on the machine and its load;
what is checked is that every figure is measured and reported beside its target."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HARNESS = ROOT / "benchmarks" / "run.py"


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, object]]:
    out = tmp_path_factory.mktemp("bench") / "latest.json"
    result = subprocess.run(
        [sys.executable, str(HARNESS), "--quick", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        check=False,
    )
    # 0: every target met, 1: some missed; anything else is a failure of the harness.
    assert result.returncode in (0, 1), result.stderr
    return result.stdout, json.loads(out.read_text(encoding="utf-8"))


def _names() -> list[str]:
    sys.path.insert(0, str(HARNESS.parent))
    try:
        import run  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(HARNESS.parent))
    return [name for group in run.NAMES.values() for name in group]


def test_every_named_row_is_printed_and_written(quick_run: tuple[str, dict[str, object]]) -> None:
    stdout, written = quick_run
    names = _names()
    # Every figure the issue names, and the rows kept from before.
    assert set(names) >= {
        "small", "small-toml", "corpus", "corpus-toml", "busy", "busy-toml",
        "dumps-small", "dumps-small-toml", "dumps-corpus", "dumps-corpus-toml",
        "import", "help", "frameworks", "demo", "coverage", "compare", "compare-mixed",
        "memory-held", "memory-peak",
    }  # fmt: skip
    lines = stdout.splitlines()
    assert lines[0].startswith("machine: ")
    assert "cores" in lines[0]
    assert "load average" in lines[0]
    printed = [line.split()[0] for line in lines[1:] if not line.startswith("wrote ")]
    assert printed == names
    figures = written["figures"]
    assert isinstance(figures, list)
    assert [f["name"] for f in figures] == names
    for f in figures:
        assert f["ratio"] > 0, f
        assert f["met"] is None or f["met"] == (f["ratio"] <= f["target"]), f
    with_spread = [f for f in figures if "ratio_cpu_range" in f]
    # Load, save and start-up: median and spread of per-round ratios, CPU and wall time.
    assert {f["name"] for f in with_spread} == set(names) - {
        "coverage",
        "compare",
        "compare-mixed",
        "memory-held",
        "memory-peak",
    }
    # Small JSON documents: the floor of building the objects in Python, reported beside.
    small = next(f for f in figures if f["name"] == "small")
    assert 0 < small["beside"]["floor"]["ratio_cpu"] < small["ratio"]
    assert "the floor (parse, then make the objects with no check)" in stdout
    # TOML: pydantic parsing with tomli, as yjinspect does, reported beside.
    for name in ("small-toml", "corpus-toml"):
        toml_row = next(f for f in figures if f["name"] == name)
        assert toml_row["beside"]["pydantic-tomli"]["ratio_cpu"] > 0
    for f in with_spread:
        low, high = f["ratio_cpu_range"]
        assert low <= f["ratio_cpu"] <= high
        assert f["ratio_wall"] > 0
        assert f["rounds"] >= 2
    machine = written["machine"]
    assert isinstance(machine, dict)
    assert {"cpu", "cores", "load_average", "python"} <= set(machine)
