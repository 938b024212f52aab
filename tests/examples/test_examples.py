"""Every script in examples/ runs with the project's Python and prints what it promises.

A script declares what its output must contain in comment lines of the form
``# expect: <text>``; every script needs at least one, so a new example is tested as soon as it
is added.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
EXPECT = re.compile(r"^# expect: (?P<text>.+?)\s*$", re.MULTILINE)


def expectations(script: Path) -> list[str]:
    return [m.group("text") for m in EXPECT.finditer(script.read_text(encoding="utf-8"))]


def test_there_are_examples():
    assert "own_framework.py" in [p.name for p in EXAMPLES]


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs_and_prints_what_it_promises(script):
    expected = expectations(script)
    assert expected, f"{script.name} has no '# expect: <text>' line saying what it prints"
    result = subprocess.run(
        [sys.executable, str(script.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"{script.name} exited {result.returncode}:\n{result.stderr}"
    for text in expected:
        assert text in result.stdout, f"{script.name} did not print {text!r}:\n{result.stdout}"


def test_own_framework_example_output():
    result = subprocess.run(
        [sys.executable, "examples/own_framework.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "Framework: anytown-mock-2024: Anytown Youth Justice Service mock inspection (2024)"
    )
    assert "  A2  Planning             Partly met" in lines
    assert "Derived overall: Met (score 5/6)" in lines
    assert lines[-1] == "round trip: True"
    caught = [line for line in lines if line.startswith("a mistake caught: ")]
    assert len(caught) == 2
    assert "the key questions give 'Partly met' but the rating is 'Met'" in caught[0]
