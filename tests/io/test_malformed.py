"""Malformed documents: each must raise InvalidDocument naming exactly the expected paths.

The documents live in tests/malformed/; tests/malformed/expected.toml lists, for each file, every
problem its loading must report (the exact path and a fragment of the message). Documents that
are only malformed by their size or depth are generated here from the library's own bounds.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

import yjinspect as yj
from yjinspect import documents
from yjinspect.errors import Severity
from yjinspect.io import _parse

HERE = Path(__file__).parent / "malformed"
MANIFEST = tomllib.loads((HERE / "expected.toml").read_text(encoding="utf-8"))
LOAD_KIND: dict[str, str] = MANIFEST.pop("load_kind")
EXPECTED: dict[str, list[dict[str, str]]] = MANIFEST
NAMES = sorted(EXPECTED)


def _problems(path: Path) -> tuple[yj.Problem, ...]:
    with pytest.raises(yj.InvalidDocument) as info:
        documents.load(path, kind=LOAD_KIND.get(path.name))
    assert info.value.source == str(path)
    return info.value.problems


def test_the_corpus_is_complete():
    on_disk = {p.name for p in HERE.iterdir() if p.name != "expected.toml"}
    assert on_disk == set(EXPECTED)
    assert len(on_disk) >= 60
    assert set(LOAD_KIND) <= on_disk
    # Every entry names at least one problem with a non-trivial message fragment.
    for name, problems in EXPECTED.items():
        assert problems, name
        assert all(p["path"].startswith("$") and len(p["message_contains"]) >= 5 for p in problems)


def test_the_corpus_covers_both_formats_and_every_kind():
    suffixes = {Path(n).suffix for n in NAMES}
    assert suffixes == {".json", ".toml"}
    assert set(LOAD_KIND.values()) == {"inspection", "framework"}


@pytest.mark.parametrize("name", NAMES)
def test_malformed_document_reports_exact_paths(name):
    problems = _problems(HERE / name)
    expected = EXPECTED[name]
    assert sorted(p.path for p in problems) == sorted(e["path"] for e in expected)
    for e in expected:
        messages = [p.message for p in problems if p.path == e["path"]]
        assert any(e["message_contains"] in m for m in messages), (e, messages)
    assert all(p.severity is Severity.ERROR for p in problems)


@pytest.mark.parametrize("name", NAMES)
def test_loads_reports_what_load_reports(name):
    path = HERE / name
    fmt = path.suffix.lstrip(".")
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(path.read_bytes(), fmt, kind=LOAD_KIND.get(name), source="given")
    assert info.value.problems == _problems(path)
    assert str(info.value).startswith("given: invalid document (")


def test_the_message_lists_every_problem():
    with pytest.raises(yj.InvalidDocument) as info:
        documents.load(HERE / "type-many-at-once.json")
    text = str(info.value)
    assert (
        text.splitlines()[0] == f"{HERE / 'type-many-at-once.json'}: invalid document (4 problems)"
    )
    assert "  $.published_score: expected a whole number, found 'high' (str)" in text.splitlines()
    assert isinstance(info.value, ValueError)


# -- size -----------------------------------------------------------------------------------------
def _valid_text(fmt: str = "json") -> str:
    return yj.dumps(yj.examples.bromley().get("bromley-2015-fji"), fmt)


def test_a_document_over_the_size_bound_is_refused_before_parsing():
    text = _valid_text()
    padded = text + " " * (documents.MAX_DOCUMENT_CHARS - len(text) + 1)
    assert len(padded) == documents.MAX_DOCUMENT_CHARS + 1
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(padded)
    (problem,) = info.value.problems
    assert problem.path == "$"
    assert problem.message == (
        f"the document is {documents.MAX_DOCUMENT_CHARS + 1:,} characters; "
        f"the limit is {documents.MAX_DOCUMENT_CHARS:,} characters"
    )


def test_a_document_at_the_size_bound_loads(monkeypatch):
    text = _valid_text("toml")
    monkeypatch.setattr(_parse, "MAX_DOCUMENT_CHARS", len(text))
    assert documents.loads(text, "toml").id == "bromley-2015-fji"
    monkeypatch.setattr(_parse, "MAX_DOCUMENT_CHARS", len(text) - 1)
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(text, "toml")
    assert [p.path for p in info.value.problems] == ["$"]
    assert f"the limit is {len(text) - 1:,}" in info.value.problems[0].message


def test_load_refuses_a_file_over_the_size_bound(tmp_path, monkeypatch):
    path = tmp_path / "big.json"
    path.write_text(_valid_text(), encoding="utf-8")
    monkeypatch.setattr(_parse, "MAX_DOCUMENT_CHARS", 100)
    with pytest.raises(yj.InvalidDocument) as info:
        documents.load(path)
    assert info.value.source == str(path)
    assert [p.path for p in info.value.problems] == ["$"]
    assert "the limit is 100" in info.value.problems[0].message


# -- depth ----------------------------------------------------------------------------------------
def _nested_notes(levels: int) -> dict[str, object]:
    """An inspection envelope whose ``notes`` holds arrays nested ``levels`` deep; with the root
    table the document is ``levels + 1`` deep."""
    value: object = []
    for _ in range(levels - 1):
        value = [value]
    return {"kind": "inspection", "schema_version": 1, "notes": value}


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_a_document_deeper_than_the_bound_names_the_first_level_too_deep(fmt):
    data = _nested_notes(documents.MAX_DEPTH)  # one level too deep
    text = (
        json.dumps(data)
        if fmt == "json"
        else (
            'kind = "inspection"\nschema_version = 1\nnotes = ' + json.dumps(data["notes"]) + "\n"
        )
    )
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(text, fmt)
    (problem,) = info.value.problems
    assert problem.path == "$.notes" + "[0]" * (documents.MAX_DEPTH - 1)
    assert problem.message == f"nested deeper than {documents.MAX_DEPTH} levels"


def test_a_document_at_the_depth_bound_is_read_and_judged_on_its_fields():
    data = _nested_notes(documents.MAX_DEPTH - 1)  # exactly MAX_DEPTH deep
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(json.dumps(data))
    paths = {p.path for p in info.value.problems}
    assert "$.notes" in paths
    assert not any("nested deeper" in p.message for p in info.value.problems)
    notes = next(p for p in info.value.problems if p.path == "$.notes")
    assert notes.message.startswith("expected a string, found [[[")


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_nesting_beyond_the_parser_stack_is_an_invalid_document(fmt):
    deep = "[" * 100_000 + "]" * 100_000
    text = deep if fmt == "json" else f"notes = {deep}\n"
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(text, fmt)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$", f"nested deeper than {documents.MAX_DEPTH} levels")
    ]


def test_deep_tables_in_toml_are_refused():
    keys = ".".join(f"k{i}" for i in range(documents.MAX_DEPTH + 5))
    text = f'kind = "inspection"\nschema_version = 1\n[{keys}]\nx = 1\n'
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(text, "toml")
    (problem,) = info.value.problems
    assert problem.path == "$." + ".".join(f"k{i}" for i in range(documents.MAX_DEPTH))
    assert "nested deeper than" in problem.message


# -- arguments that are not documents ------------------------------------------------------------
def test_unknown_format_is_a_value_error_naming_the_formats():
    with pytest.raises(ValueError, match=r"unknown format 'yaml'; expected 'json' or 'toml'"):
        documents.loads("{}", "yaml")


def test_a_value_that_is_not_text_is_a_type_error():
    with pytest.raises(TypeError, match="expected text, found int"):
        documents.loads(3)
