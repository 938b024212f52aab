"""JSON Schema for every document kind: valid schemas that accept every shipped document."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator, FormatChecker

import yjinspect as yj
from yjinspect import documents
from yjinspect.testing import strategies as yst
from yjinspect.testing.strategies import inspections_and_plans

PACKAGE = Path(yj.__file__).parent
MALFORMED = Path(__file__).parent / "malformed"


def _validator(kind: str) -> Draft202012Validator:
    return Draft202012Validator(documents.schema(kind), format_checker=FormatChecker())


def _errors(kind: str, data: Any) -> list[tuple[str, str]]:
    return sorted((e.json_path, e.validator) for e in _validator(kind).iter_errors(data))


def _as_json_data(obj: Any) -> Any:
    return json.loads(yj.dumps(obj, "json"))


def _plain(path: Path) -> Any:
    if path.suffix == ".toml":
        return tomllib.loads(path.read_text(encoding="utf-8"))
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    return None


def _shipped() -> list[Path]:
    """Every document shipped inside the package (any data file with a ``kind``)."""
    return [
        path
        for path in sorted(PACKAGE.rglob("data/*"))
        if isinstance(data := _plain(path), dict) and "kind" in data
    ]


SHIPPED = _shipped()


@pytest.mark.parametrize("kind", documents.kinds())
def test_every_kind_has_a_valid_draft_2020_12_schema(kind):
    schema = documents.schema(kind)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["type"] == "object"
    assert schema["properties"]["kind"] == {"const": kind}
    assert schema["properties"]["schema_version"] == {"const": documents.all_kinds()[kind].version}
    assert {"kind", "schema_version"} <= set(schema["required"])
    assert schema["additionalProperties"] is False
    # The schema is plain JSON.
    assert json.loads(json.dumps(schema)) == schema


def test_an_unknown_kind_has_no_schema():
    with pytest.raises(LookupError, match="unknown document kind 'report'; kinds: corpus"):
        documents.schema("report")


def test_the_package_ships_documents_of_the_core_kinds():
    kinds = {_plain(p)["kind"] for p in SHIPPED}
    assert {"corpus", "framework"} <= kinds
    assert len([p for p in SHIPPED if p.parent.parent.name == "frameworks"]) == len(
        yj.frameworks.builtin_codes()
    )


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_shipped_document_validates_against_its_schema(path):
    obj = documents.load(path)
    kind = documents.kind_of(obj)
    data = _as_json_data(obj)
    assert data["kind"] == kind
    assert _errors(kind, data) == []


def test_the_bromley_corpus_validates():
    corpus = yj.examples.bromley()
    assert _errors("corpus", _as_json_data(corpus)) == []


@pytest.mark.parametrize("inspection_id", [i.id for i in yj.examples.bromley()])
def test_every_bromley_inspection_validates(inspection_id):
    insp = yj.examples.bromley().get(inspection_id)
    assert _errors("inspection", _as_json_data(insp)) == []


@pytest.mark.parametrize("code", yj.frameworks.builtin_codes())
def test_every_built_in_framework_validates(code):
    assert _errors("framework", _as_json_data(yj.frameworks.get(code))) == []


schema_examples = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@schema_examples
@given(yst.inspections())
def test_generated_inspections_validate(insp):
    assert _errors("inspection", _as_json_data(insp)) == []


# -- the schema refuses what the loader refuses, at the same place --------------------------------
# (file in tests/malformed, kind, the errors jsonschema reports as (json_path, keyword))
REFUSED = [
    ("type-null-for-string.json", "inspection", [("$.id", "type")]),
    ("type-string-for-number.json", "inspection", [("$.published_score", "anyOf")]),
    ("type-float-for-whole-number.json", "inspection", [("$.published_score", "anyOf")]),
    ("type-list-for-table.json", "inspection", [("$.service", "type")]),
    ("type-table-for-list.json", "inspection", [("$.judgements", "type")]),
    ("type-bool-as-string.json", "inspection", [("$.judgements[0].percentage", "anyOf")]),
    ("type-number-for-bool.json", "framework", [("$.areas[0].scored", "type")]),
    ("type-number-for-enum.json", "inspection", [("$.inspection_kind", "enum")]),
    ("type-string-items-for-tables.json", "corpus", [("$.inspections[0]", "type")]),
    ("unknown-enum-value.json", "inspection", [("$.findings[0].kind", "enum")]),
    ("unknown-field-service.json", "inspection", [("$.service", "additionalProperties")]),
    (
        "unknown-field-corpus-finding.json",
        "corpus",
        [("$.inspections[0].findings[0]", "additionalProperties")],
    ),
    ("missing-service-name.json", "inspection", [("$.service", "required")]),
    ("missing-id.json", "inspection", [("$", "required")]),
    (
        "kind-unknown.json",  # of no known kind, so of no version the loader migrates
        "inspection",
        [("$.kind", "const"), ("$.schema_version", "const")],
    ),
    ("schema-version-newer.json", "inspection", [("$.schema_version", "const")]),
    ("schema-version-string.json", "inspection", [("$.schema_version", "const")]),
    ("schema-version-zero.json", "inspection", [("$.schema_version", "const")]),
    ("date-february-30.json", "inspection", [("$.fieldwork_start", "anyOf")]),
    ("empty-id.json", "inspection", [("$.id", "minLength")]),
    ("number-percentage-above-100.json", "inspection", [("$.judgements[0].percentage", "maximum")]),
    ("date-words.json", "inspection", [("$.published", "anyOf")]),
    ("fieldwork-one-date.json", "inspection", [("$.fieldwork", "anyOf")]),
]


def _at_current_version(data: Any) -> Any:
    """A document of an older schema_version (which the loader migrates; the fixtures here
    need no change) as one of the current version, which the schema describes."""
    version = data.get("schema_version") if isinstance(data, dict) else None
    kind = documents.all_kinds().get(data.get("kind")) if isinstance(data, dict) else None
    if kind is not None and type(version) is int and 1 <= version < kind.version:
        return {**data, "schema_version": kind.version}
    return data


@pytest.mark.parametrize(("name", "kind", "expected"), REFUSED, ids=[r[0] for r in REFUSED])
def test_malformed_documents_are_refused_by_the_schema(name, kind, expected):
    data = _at_current_version(json.loads((MALFORMED / name).read_text(encoding="utf-8")))
    assert _errors(kind, data) == expected
    # The loader refuses it too, and each of its problems lies at or under a schema error.
    with pytest.raises(yj.InvalidDocument) as info:
        documents.load(MALFORMED / name, kind=kind)
    for problem in info.value.problems:
        assert any(problem.path.startswith(json_path) for json_path, _ in expected), problem


def test_the_schema_accepts_shapes_it_cannot_judge_that_the_loader_refuses():
    """References and duplicate ids need the loader (test_schema_strictness lists them all)."""
    for name in ["unknown-rating.json", "duplicate-finding-id.json"]:
        data = _at_current_version(json.loads((MALFORMED / name).read_text(encoding="utf-8")))
        assert _errors("inspection", data) == []
        with pytest.raises(yj.InvalidDocument):
            documents.load(MALFORMED / name)


@schema_examples
@given(inspections_and_plans())
def test_generated_plans_validate(pair):
    _inspection, plan = pair
    assert _errors("improvement-plan", _as_json_data(plan)) == []


FIELD_CASES = Path(__file__).parents[1] / "field_cases"


@pytest.mark.parametrize(
    "name", ["plan-month-dates.toml", "plan-actions-not-recorded.toml", "cci-percentages.toml"]
)
def test_the_field_cases_validate_against_their_schema(name):
    obj = yj.load(FIELD_CASES / name)
    assert _errors(documents.kind_of(obj), _as_json_data(obj)) == []


def test_the_schema_refuses_malformed_rating_counts():
    data = {
        "kind": "inspection",
        "schema_version": 2,
        "id": "c",
        "framework": "hmip-youth-2021",
        "inspection_kind": "standards",
        "service": {"name": "Anytown YJS", "local_authority": "Anytown"},
        "rating_counts": [
            {"ratings": [], "count": 1, "total": 13},
            {"ratings": ["good"], "count": -1, "total": 13},
        ],
    }
    assert _errors("inspection", data) == [
        ("$.rating_counts[0].ratings", "minItems"),
        ("$.rating_counts[1].count", "minimum"),
    ]
