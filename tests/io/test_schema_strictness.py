"""The JSON Schema is as strict as the loader wherever JSON Schema can say it.

Every malformed and hostile fixture is run through the loader and through the schema of its
kind (jsonschema, draft 2020-12, with format checking on). A fixture the loader refuses must be
refused by the schema at the same place (an error at or above a path the loader names), except
the deliberate differences listed below by fixture name with the reason; the lists are asserted
exactly, so a fixture newly caught, or newly missed, fails. Documents the loader accepts (the
accepted hostile fixtures, and everything the strategies generate) must validate: the schema
refuses nothing the loader reads at the current ``schema_version``.
"""

from __future__ import annotations

import ast
import datetime as _dt
import json
import math
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator, FormatChecker

import yjinspect as yj
from yjinspect import documents
from yjinspect.io._hooks import _s_duration, _s_interval
from yjinspect.io._schema import DATE_PATTERN, PARTIAL_DATE_PATTERN, validator_schema
from yjinspect.model import ImprovementPlan, PartialDate
from yjinspect.model._constraints import beyond_schema, says
from yjinspect.testing import strategies as yst

TESTS = Path(__file__).parents[1]
MALFORMED = TESTS / "io" / "malformed"
HOSTILE = TESTS / "hostile"
LOAD_KIND: dict[str, str] = tomllib.loads((MALFORMED / "expected.toml").read_text("utf-8"))[
    "load_kind"
]
FIXTURES = sorted(
    [p for p in MALFORMED.iterdir() if p.name != "expected.toml"]
    + [p for p in HOSTILE.iterdir() if p.suffix in (".json", ".toml")],
    key=lambda p: p.name,
)

# -- fixtures that are no JSON value at all: there is nothing for a schema to judge -------------
NOT_AN_INSTANCE = {
    "encoding-latin1.json": "not UTF-8",
    "encoding-latin1.toml": "not UTF-8",
    "encoding-utf16.json": "not UTF-8",
    "syntax-json-empty.json": "not JSON",
    "syntax-json-missing-value.json": "not JSON",
    "syntax-json-single-quotes.json": "not JSON",
    "syntax-json-trailing-comma.json": "not JSON",
    "syntax-json-two-documents.json": "not JSON",
    "syntax-json-unterminated-string.json": "not JSON",
    "syntax-toml-missing-value.toml": "not TOML",
    "syntax-toml-redefined-key.toml": "not TOML",
    "syntax-toml-unclosed-table.toml": "not TOML",
    "syntax-toml-unterminated-array.toml": "not TOML",
    "number-infinity.json": "Infinity is not JSON",
    "number-negative-infinity.json": "-Infinity is not JSON",
    "number-nan.json": "NaN is not JSON",
    "number-nan.toml": "nan has no JSON value",
    "F01-toml-int-4301-digits.toml": "an integer longer than Python reads (the 4,300-digit limit "
    "of io/_limits.py is on the text, before any value exists)",
}

# -- refused by the loader, accepted by the schema (or refused elsewhere): why -------------------
_REFERENCE = "a reference to an object elsewhere (cross-object check)"
_FRAMEWORK = "needs the framework the document names (its areas, scale or rules)"
_UNIQUE = "ids unique across the items of an array (uniqueItems compares whole items only)"
_ORDER = "an order between values (two days, thresholds, bands, scores) JSON Schema cannot compare"
_CALENDAR_IN_RANGE = (
    "a day its month does not have, inside an interval: 'format: date' applies to a whole "
    "string, and a pattern cannot tell the lengths of months apart"
)
DIFFERENCES = {
    # references and the framework a document names
    "corpus-inspection-unknown-area.json": _FRAMEWORK,
    "crosswalk-to-itself.toml": "a comparison of two fields (from_framework = to_framework)",
    "framework-band-unknown-level.toml": "a reference to a level of the framework's own scale",
    "framework-threshold-unknown-level.toml": "a reference to a level of the framework's own scale",
    "framework-threshold-levels-reversed.toml": _ORDER,
    "framework-band-levels-out-of-order.json": _ORDER,
    "framework-parent-missing.toml": _REFERENCE,
    "framework-parent-after-child.toml": _ORDER,
    "framework-version-unknown-area.toml": _REFERENCE,
    "framework-computed-without-key-questions.toml": _REFERENCE,
    "insp-of-dup.json": _FRAMEWORK,
    "insp-of-nonmonotonic.json": _FRAMEWORK,
    "judgement-override-missing.json": _FRAMEWORK,
    "number-score-above-maximum.json": _FRAMEWORK,
    "unknown-area-in-finding.toml": _FRAMEWORK,
    "unknown-area-in-recommendation.json": _FRAMEWORK,
    "unknown-area-not-rated.json": _FRAMEWORK,
    "unknown-area-outside-version.json": _FRAMEWORK,
    "unknown-area.json": _FRAMEWORK,
    "unknown-framework-version.json": _FRAMEWORK,
    "unknown-framework.json": "the framework catalogue (built-in and loaded frameworks)",
    "unknown-key-question.json": _FRAMEWORK,
    "unknown-published-overall.json": _FRAMEWORK,
    "unknown-rating-other-scale.toml": _FRAMEWORK,
    "unknown-rating.json": _FRAMEWORK,
    "scale-reuses-builtin-code.toml": "a comparison with the built-in scale of the same code",
    # uniqueness of ids in arrays of tables
    "duplicate-area-code.toml": _UNIQUE,
    "duplicate-finding-id.json": _UNIQUE,
    "duplicate-id-finding-and-recommendation.json": _UNIQUE + ", across two arrays",
    "duplicate-inspection-id-in-corpus.json": _UNIQUE,
    "duplicate-judgement-area.json": _UNIQUE,
    "duplicate-recommendation-id.toml": _UNIQUE,
    "framework-duplicate-version.toml": _UNIQUE,
    "scale-duplicate-level.toml": _UNIQUE + "; and scores rising worst to best (" + _ORDER + ")",
    # order and arithmetic between values
    "fieldwork-ends-before-start.json": _ORDER,
    "fieldwork-start-disagrees.json": _ORDER,
    "framework-band-gap.toml": _ORDER,
    "framework-band-top-wrong.toml": "a sum over the scored areas",
    "framework-several-faults.toml": _ORDER + "; " + _REFERENCE,
    "framework-threshold-floor-missing.toml": "a rule on the last item of an array",
    "framework-thresholds-out-of-order.toml": _ORDER,
    "framework-valid-to-before-from.toml": _ORDER,
    "scale-nonmonotonic-scores.toml": _ORDER,
    "fw-duplicate-level.toml": _ORDER,
    "fw-nonmonotonic-scores.toml": _ORDER,
    # days and text
    "date-february-29-in-fieldwork.json": _CALENDAR_IN_RANGE,
    "duplicate-json-key.json": "a key given twice: a schema sees the parsed object, which "
    "holds each key once",
    "duplicate-json-key-nested.json": "a key given twice (as above)",
    # (duplicate-json-keys-several.json is refused by the schema at $.service: the last "kind"
    # a parser keeps is "corpus", which has no service.)
    "F05-lone-surrogate.json": "a lone surrogate: text that cannot be written as UTF-8 "
    "(a limit of io/_limits.py on text, not on a value's shape)",
}


# -- reading a fixture as the loader and as a JSON Schema validator would -------------------
def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _as_json(value: Any) -> Any:
    """TOML data as the JSON value it stands for (dates and times as ISO text)."""
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    if isinstance(value, _dt.date | _dt.time):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value} has no JSON value")
    return value


def _instance(path: Path) -> Any:
    """The JSON value of a fixture; ValueError when it has none."""
    text = path.read_bytes().decode("utf-8")
    if path.suffix == ".json":
        return json.loads(text, parse_constant=_no_constant)
    return _as_json(tomllib.loads(text))


_SEGMENT = re.compile(r"\.([^.\[]+)|\[(\d+)\]|\[('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\]")


def _segments(path: str) -> tuple[Any, ...]:
    """A loader path (``$.a[0].b['c']``) as its keys and indexes."""
    assert path.startswith("$"), path
    out: list[Any] = []
    for m in _SEGMENT.finditer(path, 1):
        name, index, quoted = m.groups()
        out.append(name if name is not None else int(index) if index else ast.literal_eval(quoted))
    return tuple(out)


def _validators() -> dict[str, Draft202012Validator]:
    return {
        kind: Draft202012Validator(documents.schema(kind), format_checker=FormatChecker())
        for kind in documents.kinds()
    }


VALIDATORS = _validators()


def _rule_place(error: Any) -> tuple[Any, ...] | None:
    """For an error of a rule across an object's fields (an ``allOf`` of the object's schema:
    ``if``/``then``, ``not``), the object; ``None`` for an error of one field."""
    instance = list(error.absolute_path)
    keys = list(error.absolute_schema_path)
    consumed = i = 0
    while i < len(keys):
        key = keys[i]
        if key == "allOf":
            return tuple(instance[:consumed])
        if key in ("properties", "anyOf", "oneOf"):
            consumed += key == "properties"
            i += 1  # the property's name, or the branch's index
        elif key in ("items", "additionalProperties"):
            consumed += 1
        i += 1
    return None


def _places(error: Any) -> list[tuple[Any, ...]]:
    """Where a schema error lies: at the object for a rule across its fields, at the field for
    a missing or unknown field, else at the value."""
    rule = _rule_place(error)
    if rule is not None:
        return [rule]
    at = tuple(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        return [(*at, k) for k in error.validator_value if k not in error.instance]
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        return [(*at, k) for k in error.instance if k not in known]
    return [at]


def _schema_places(name: str, data: Any) -> list[tuple[Any, ...]] | None:
    """Where the schema refuses the document; ``None`` when it accepts it. A document of no
    known kind is refused where every kind's schema refuses it."""
    declared = data.get("kind") if isinstance(data, dict) else None
    kind = LOAD_KIND.get(name) or (declared if declared in VALIDATORS else None)
    kinds = [kind] if kind else list(VALIDATORS)
    places: list[tuple[Any, ...]] = []
    for k in kinds:
        found = [p for e in VALIDATORS[k].iter_errors(data) for p in _places(e)]
        if not found:
            return None
        places.extend(found)
    return places


def _loader_problems(path: Path) -> list[tuple[Any, ...]] | None:
    try:
        documents.load(path, kind=LOAD_KIND.get(path.name))
    except yj.InvalidDocument as exc:
        return [_segments(p.path) for p in exc.problems]
    return None


def _older_version(path: Path, data: dict[str, Any]) -> bool:
    """The document is of an older ``schema_version`` than its kind's, which the loader
    migrates; and once migrated (loaded and written again) it validates."""
    current = documents.all_kinds()[data["kind"]].version
    if not data["schema_version"] < current:
        return False
    again = json.loads(documents.dumps(documents.load(path), "json"))
    return VALIDATORS[data["kind"]].is_valid(again)


def _verdict(path: Path) -> str:
    """``accepted`` (by both), ``caught`` (refused by both, at the same place), ``no instance``,
    ``missed`` (refused by the loader only), ``older version`` (read by the loader through a
    migration; the schema describes the current version) or ``false refusal`` (refused by the
    schema only)."""
    loader = _loader_problems(path)
    try:
        data = _instance(path)
    except ValueError:
        return "no instance"
    schema = _schema_places(path.name, data)
    if loader is None:
        if schema is None:
            return "accepted"
        if set(schema) == {("schema_version",)} and _older_version(path, data):
            return "older version"
        return "false refusal"
    if schema is None:
        return "missed"
    same_place = any(p[: len(s)] == s for p in loader for s in schema)
    return "caught" if same_place else "missed"


VERDICTS = {p.name: _verdict(p) for p in FIXTURES}


def test_the_fixtures_are_all_here():
    assert len(FIXTURES) >= 140
    assert set(NOT_AN_INSTANCE) <= set(VERDICTS)
    assert set(DIFFERENCES) <= set(VERDICTS)
    assert not set(NOT_AN_INSTANCE) & set(DIFFERENCES)


def test_fixtures_with_no_json_value_are_exactly_those_listed():
    assert {n for n, v in VERDICTS.items() if v == "no instance"} == set(NOT_AN_INSTANCE)


def test_the_schema_refuses_what_the_loader_refuses_but_the_listed_differences():
    missed = {n for n, v in VERDICTS.items() if v == "missed"}
    newly_missed = sorted(missed - set(DIFFERENCES))
    newly_caught = sorted(set(DIFFERENCES) - missed)
    assert (newly_missed, newly_caught) == ([], [])


def test_the_schema_refuses_nothing_the_loader_reads():
    assert [n for n, v in VERDICTS.items() if v == "false refusal"] == []
    assert sorted(n for n, v in VERDICTS.items() if v == "accepted") == [
        "F10-plan-cadence-P1000000Y.json"
    ]
    # The schema describes the current schema_version; these are of version 1, which the
    # loader migrates, and validate once written again.
    assert sorted(n for n, v in VERDICTS.items() if v == "older version") == [
        "F06-codes-key-trailing-newline.json",
        "F10-bromley-2015-fji.json",
        "F16-markdown-injection.json",
        "F17-ansi-escape.json",
    ]


def test_most_malformed_documents_are_caught():
    caught = [n for n, v in VERDICTS.items() if v == "caught"]
    assert len(caught) >= 60
    for name in [
        "empty-id.json",
        "empty-source-title.json",
        "framework-empty-area-code.json",
        "number-percentage-above-100.json",
        "number-key-question-negative.json",
        "number-too-large-to-be-a-percentage.json",
        "framework-threshold-above-100.toml",
        "scale-absurd-score.json",
        "date-february-30.json",
        "date-month-13.toml",
        "date-year-zero.json",
        "judgement-rated-without-rating.json",
        "judgement-not-rated-with-rating.json",
        "framework-scored-not-rated.toml",
        "framework-computed-without-rule.toml",
        "framework-rule-given-and-not-published.toml",
        "framework-not-published-areas-without-area.toml",
        "framework-no-thresholds.toml",
        "plan-milestone-due-and-window.json",
        "plan-action-completed-not-complete.json",
        "plan-review-cadence-zero.json",
        "recommendation-cut-short-without-text.json",
    ]:
        assert VERDICTS[name] == "caught", name


# -- the forms of dates agree with the parsers ------------------------------------------------
def _schema_accepts_day_text(text: str, schema: dict[str, Any]) -> bool:
    return Draft202012Validator(schema, format_checker=FormatChecker()).is_valid(text)


def _succeeds(make: Callable[[], object]) -> bool:
    """Whether the loader's own code reads a value (``make`` returns without an error)."""
    try:
        make()
    except (TypeError, ValueError):
        return False
    return True


def _parses(text: str) -> bool:
    return _succeeds(lambda: PartialDate.parse(text))


@pytest.mark.parametrize("year", ["0000", "0001", "0999", "1000", "2016", "2024", "2100", "9999"])
def test_partial_dates_are_refused_by_the_schema_exactly_when_the_parser_refuses_them(year):
    schema = documents.schema("improvement-plan")["$defs"]["Action"]["properties"]["due"]
    texts = [year, *(f"{year}-{m:02d}" for m in range(14))]
    texts += [f"{year}-{m:02d}-{d:02d}" for m in range(14) for d in range(33)]
    texts += [f"{year[1:]}", f"{year}-1", f"{year}-01-1", f" {year}", f"{year}-01-01T00:00"]
    for text in texts:
        assert _schema_accepts_day_text(text, schema) == _parses(text), text


def test_without_format_checking_the_pattern_alone_lets_february_30_through():
    """A pattern cannot tell the lengths of months apart; ``format: date`` can."""
    schema = documents.schema("improvement-plan")["$defs"]["Action"]["properties"]["due"]
    assert Draft202012Validator(schema).is_valid("2023-02-30")
    assert not Draft202012Validator(schema, format_checker=FormatChecker()).is_valid("2023-02-30")
    assert re.fullmatch(DATE_PATTERN.strip("^$"), "2023-02-30")
    assert not re.fullmatch(PARTIAL_DATE_PATTERN.strip("^$"), "2023-13")


# -- the schema follows the checks ------------------------------------------------------------
def test_field_checks_are_read_from_the_validators():
    schema = documents.schema("inspection")
    props = schema["$defs"]
    assert schema["properties"]["id"]["minLength"] == 1
    assert schema["properties"]["kind"] == {"const": "inspection"}
    assert schema["properties"]["schema_version"] == {"const": 2}
    assert props["Judgement"]["properties"]["percentage"]["minimum"] == 0
    assert props["Judgement"]["properties"]["percentage"]["maximum"] == 100
    assert props["Service"]["properties"]["authorities"]["uniqueItems"] is True
    assert props["Source"]["properties"]["title"]["minLength"] == 1  # attrs.validators.min_len
    level = documents.schema("framework")["$defs"]["Level"]["properties"]
    assert (level["score"]["minimum"], level["score"]["maximum"]) == (
        0,
        yj.scales.MAX_LEVEL_SCORE,
    )


def test_attrs_validators_become_keywords():
    v = attrs.validators
    assert validator_schema(v.and_(v.ge(1), v.le(9)), None) == {"minimum": 1, "maximum": 9}
    assert validator_schema(v.optional(v.gt(0)), None) == {"exclusiveMinimum": 0}
    assert validator_schema(v.min_len(2), "array") == {"minItems": 2}
    assert validator_schema(v.max_len(5), "string") == {"maxLength": 5}
    assert validator_schema(v.in_(["a", "b"]), "string") == {"enum": ["a", "b"]}
    assert validator_schema(v.matches_re("[a-z]+"), "string") == {"pattern": "^(?:[a-z]+)$"}


def test_a_check_that_says_nothing_about_the_schema_is_an_error():
    def unmarked(_inst: Any, _a: Any, _v: Any) -> None: ...

    with pytest.raises(TypeError, match="no JSON Schema for the check"):
        validator_schema(unmarked, None)
    assert validator_schema(says(minimum=3)(lambda *_: None), None) == {"minimum": 3}
    assert validator_schema(beyond_schema("why")(lambda *_: None), None) == {}


# -- no false refusals: whatever the strategies make validates --------------------------------
generated = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


def _assert_valid(obj: Any) -> None:
    kind = documents.kind_of(obj)
    data = json.loads(documents.dumps(obj, "json"))
    errors = [(e.json_path, e.message) for e in VALIDATORS[kind].iter_errors(data)]
    assert errors == []


@generated
@given(yst.inspections())
def test_generated_inspections_validate_with_formats_checked(insp):
    _assert_valid(insp)


@generated
@given(yst.inspections_and_plans())
def test_generated_plans_validate_with_formats_checked(pair):
    _assert_valid(pair[1])


@generated
@given(yst.corpora())
def test_generated_corpora_validate_with_formats_checked(corpus):
    _assert_valid(corpus)


@generated
@given(yst.frameworks(builtin=False))
def test_generated_frameworks_validate_with_formats_checked(fw):
    _assert_valid(fw)


def _interval_accepted_by_loader(text: str) -> bool:
    return _succeeds(lambda: _s_interval(text, None))


def test_intervals_are_refused_by_the_schema_when_the_parser_refuses_their_form():
    schema = documents.schema("inspection")["properties"]["fieldwork"]
    check = Draft202012Validator(schema, format_checker=FormatChecker())
    cases = {
        "2015-02-02/2015-02-06": True,
        "2015-02-06/2015-02-02": True,  # ends before it starts: the order is the loader's
        "2015-02-29/2015-03-04": True,  # a day February 2015 lacks, inside an interval
        "2015-13-02/2015-13-06": False,
        "2015-02-32/2015-03-01": False,
        "0000-02-02/2015-02-06": False,
        "2015-02/2015-03": False,
        "2015-02-02": False,
        "2015-02-02/2015-02-06/2015-02-09": False,
    }
    for text, schema_accepts in cases.items():
        assert check.is_valid(text) is schema_accepts, text
        if not schema_accepts:
            assert not _interval_accepted_by_loader(text), text
    assert [t for t in cases if _interval_accepted_by_loader(t)] == ["2015-02-02/2015-02-06"]


def _cadence_accepted_by_loader(text: str) -> bool:
    return _succeeds(
        lambda: ImprovementPlan(
            id="p", inspection="i", title="t", review_cadence=_s_duration(text, None)
        )
    )


def test_review_cadences_are_refused_by_the_schema_when_the_loader_refuses_their_form_or_zero():
    schema = documents.schema("improvement-plan")["properties"]["review_cadence"]
    check = Draft202012Validator(schema, format_checker=FormatChecker())
    loader_reads = ["P1M", "P1W", "P10D", "P1Y2M3DT4H", "P0Y0M7D", "PT48H", "P1.5D", "P1DT"]
    loader_reads += ["P1.5W", "P1WT1H", "P01M", "P1YT1H1.5S", "P1M1D"]
    loader_refuses = ["P0D", "P0M", "P", "PT", "P-1D", "p1m", "1M", "P1W2D", "P1Y2W", "P1.5M"]
    loader_refuses += ["P1.5Y", "P1D1Y", "P1DT1.5H2M", "PT1H"]
    assert [t for t in loader_reads if not _cadence_accepted_by_loader(t)] == []
    assert [t for t in loader_refuses if _cadence_accepted_by_loader(t)] == []
    assert [t for t in loader_reads if not check.is_valid(t)] == []
    # The schema lets through a cadence shorter than a day (PT1H: no arithmetic in a pattern)
    # and a fraction before the last part (pendulum takes one only on the last).
    assert [t for t in loader_refuses if check.is_valid(t)] == ["P1DT1.5H2M", "PT1H"]


def _depth(schema: Any, defs: dict[str, Any], seen: tuple[str, ...] = ()) -> int:
    """The deepest document the schema allows, counted as MAX_DEPTH counts (tables and arrays;
    a document of scalars is 1 deep)."""
    if not isinstance(schema, dict):
        return 0
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        assert name not in seen, f"the schema nests {name} in itself"
        return _depth(defs[name], defs, (*seen, name))
    inner = [
        _depth(s, defs, seen)
        for key in ("anyOf", "oneOf", "allOf")
        for s in schema.get(key, [])
        if isinstance(s, dict)
    ]
    children = [
        _depth(s, defs, seen)
        for s in (
            *schema.get("properties", {}).values(),
            schema.get("additionalProperties"),
            schema.get("items"),
        )
    ]
    own = 1 + max(children, default=0) if schema.get("type") in ("object", "array") else 0
    return max([own, *inner])


@pytest.mark.parametrize("kind", documents.kinds())
def test_every_document_the_schema_accepts_is_within_the_depth_limit(kind):
    schema = documents.schema(kind)
    depth = _depth(schema, schema["$defs"])
    assert 2 <= depth <= documents.MAX_DEPTH


def test_the_deepest_document_is_as_deep_as_the_docs_say():
    """docs/documents.md: no document the schema accepts is deeper than 8 levels (a corpus)."""
    depths = {
        k: _depth(documents.schema(k), documents.schema(k)["$defs"]) for k in documents.kinds()
    }
    assert max(depths.values()) == depths["corpus"] == 8
