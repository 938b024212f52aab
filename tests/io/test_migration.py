"""Migrations: older documents are stepped up one schema_version at a time before loading."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import yjinspect as yj
from yjinspect import documents
from yjinspect.io import document_kinds as _kinds


@attrs.frozen(slots=True, kw_only=True)
class Memo:
    """A stand-in document kind. Version 1 wrote ``text`` and tags as one comma-separated
    string; version 2 writes ``body`` and a list of tags."""

    title: str
    body: str = ""
    tags: tuple[str, ...] = ()


@pytest.fixture
def registry(monkeypatch):
    """Register kinds and migrations for one test only."""
    monkeypatch.setattr(_kinds, "_KINDS", dict(_kinds._KINDS))
    monkeypatch.setattr(_kinds, "_LATER", dict(_kinds._LATER))  # kinds imported on first use
    monkeypatch.setattr(_kinds, "_MIGRATIONS", dict(_kinds._MIGRATIONS))
    return documents


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    data["body"] = data.pop("text")
    tags = data.pop("tags", "")
    data["tags"] = [t.strip() for t in tags.split(",") if t.strip()]
    return data


V1_JSON = """{
  "kind": "memo",
  "schema_version": 1,
  "title": "Improvement board, March 2016",
  "text": "The board met three times.",
  "tags": "governance, board"
}
"""

V1_TOML = """kind = "memo"
schema_version = 1
title = "Improvement board, March 2016"
text = "The board met three times."
tags = "governance, board"
"""

MIGRATED = Memo(
    title="Improvement board, March 2016",
    body="The board met three times.",
    tags=("governance", "board"),
)


@pytest.mark.parametrize(("text", "fmt"), [(V1_JSON, "json"), (V1_TOML, "toml")])
def test_a_version_1_document_loads_migrated(registry, text, fmt):
    registry.register_kind("memo", Memo, version=2)
    registry.register_migration("memo", 1)(_v1_to_v2)
    assert documents.loads(text, fmt) == MIGRATED
    assert documents.loads(text, fmt, kind="memo") == MIGRATED


def test_a_migrated_document_is_written_at_the_current_version(registry):
    registry.register_kind("memo", Memo, version=2)
    registry.register_migration("memo", 1)(_v1_to_v2)
    memo = documents.loads(V1_JSON)
    text = documents.dumps(memo, "toml")
    assert text.splitlines()[:2] == ['kind = "memo"', "schema_version = 2"]
    assert documents.loads(text, "toml") == memo
    assert documents.schema("memo")["properties"]["schema_version"] == {"const": 2}


def test_a_current_document_is_not_migrated(registry):
    calls: list[dict[str, Any]] = []

    def step(data: dict[str, Any]) -> dict[str, Any]:
        calls.append(data)
        return _v1_to_v2(data)

    registry.register_kind("memo", Memo, version=2)
    registry.register_migration("memo", 1)(step)
    text = '{"kind": "memo", "schema_version": 2, "title": "t", "body": "b", "tags": ["x"]}'
    assert documents.loads(text) == Memo(title="t", body="b", tags=("x",))
    assert calls == []


def test_steps_run_in_order_and_see_plain_data_without_the_envelope(registry):
    seen: list[tuple[int, dict[str, Any]]] = []

    def one(data: dict[str, Any]) -> dict[str, Any]:
        seen.append((1, dict(data)))
        return _v1_to_v2(data)

    def two(data: dict[str, Any]) -> dict[str, Any]:
        seen.append((2, dict(data)))
        data["title"] = data["title"].upper()
        return data

    registry.register_kind("memo", Memo, version=3)
    registry.register_migration("memo", 1)(one)
    registry.register_migration("memo", 2)(two)
    assert documents.loads(V1_JSON) == attrs.evolve(MIGRATED, title=MIGRATED.title.upper())
    assert [n for n, _ in seen] == [1, 2]
    assert seen[0][1] == {
        "title": "Improvement board, March 2016",
        "text": "The board met three times.",
        "tags": "governance, board",
    }
    assert seen[1][1]["body"] == "The board met three times."
    assert "kind" not in seen[0][1]
    assert "schema_version" not in seen[1][1]


def test_a_missing_migration_is_an_invalid_document_at_schema_version(registry):
    registry.register_kind("memo", Memo, version=2)
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(V1_JSON, source="memo.json")
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$.schema_version", "no migration from schema_version 1 of 'memo' documents")
    ]
    assert info.value.source == "memo.json"


def test_a_gap_in_the_chain_is_named(registry):
    registry.register_kind("memo", Memo, version=3)
    registry.register_migration("memo", 1)(_v1_to_v2)
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(V1_JSON)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$.schema_version", "no migration from schema_version 2 of 'memo' documents")
    ]


def test_a_newer_document_than_the_kind_reads_is_refused(registry):
    registry.register_kind("memo", Memo, version=2)
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(V1_JSON.replace('"schema_version": 1', '"schema_version": 3'))
    (problem,) = info.value.problems
    assert problem.path == "$.schema_version"
    assert problem.message == (
        "schema_version 3 is newer than this release of yjinspect reads (2); upgrade yjinspect"
    )


def test_an_old_document_the_migration_cannot_read_is_an_invalid_document(registry):
    registry.register_kind("memo", Memo, version=2)
    registry.register_migration("memo", 1)(_v1_to_v2)
    text = '{"kind": "memo", "schema_version": 1, "title": "no text field"}'
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(text)
    (problem,) = info.value.problems
    assert problem.path == "$"
    assert problem.message == (
        "cannot migrate this 'memo' document from schema_version 1: KeyError: 'text'"
    )


def test_a_migration_that_returns_no_table_is_an_invalid_document(registry):
    registry.register_kind("memo", Memo, version=2)
    registry.register_migration("memo", 1)(lambda data: [data])
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(V1_JSON)
    (problem,) = info.value.problems
    assert problem.path == "$"
    assert "the migration returned a list, not a dict" in problem.message


def test_a_migrated_document_is_checked_like_any_other(registry):
    registry.register_kind("memo", Memo, version=2)
    registry.register_migration("memo", 1)(_v1_to_v2)
    text = V1_JSON.replace('"title": "Improvement board, March 2016"', '"title": 2016')
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(text)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$.title", "expected a string, found 2016 (int)")
    ]


def test_the_registry_is_restored_after_each_test():
    assert "memo" not in documents.kinds()
    assert not any(kind == "memo" for kind, _ in _kinds._MIGRATIONS)


def test_the_built_in_kinds_are_at_their_versions():
    # inspection and corpus 2: services record their authorities' GSS codes, not a nation
    assert _kinds.kind_named("inspection").version == _kinds.kind_named("corpus").version == 2
    assert _kinds.kind_named("framework").version == documents.SCHEMA_VERSION == 1
    assert _kinds.kind_named("improvement-plan").version == 1
    assert _kinds.kind_named("crosswalk").version == 1
    assert set(_kinds._MIGRATIONS) >= {("inspection", 1), ("corpus", 1)}
