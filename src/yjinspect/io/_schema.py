"""JSON Schema (draft 2020-12) for yjinspect documents, generated from the attrs classes.

The schema says what the loader checks wherever JSON Schema can say it, read from the same
places the loader's checks live, so that the two cannot drift apart:

- each field's type (strict, as the converter's hooks read it), and whether it is required;
- each field's validator: attrs' own validators (``min_len``, ``ge``, ``le``, ``in_``,
  ``matches_re``, ``and_``, ``optional``) are read as they are, and the project's validators
  carry their keywords (:func:`yjinspect.model._constraints.says`) or say why none can state
  them (``beyond_schema``); a validator that does neither is an error here, not a gap;
- a field's ``metadata["schema"]``, for a check made elsewhere (``__attrs_post_init__``,
  ``framework_problems``, ``validate``) that applies to the field alone, written beside the
  field with a note of the check it mirrors;
- a class's ``_json_schema_rules``, for what its ``__attrs_post_init__`` checks across its own
  fields (``if``/``then``, ``not``).

The forms of dates, intervals and durations are the converter's (see ``io/_hooks.py``) and are
written out here, once; ``tests/io/test_schema_strictness.py`` checks them against the parsers.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from enum import Enum
from typing import Any

import attrs
import pendulum

from ..model import DateRange, Level, PartialDate, RatingScale, scale_codes
from ..model._constraints import CLASS_RULES, SCHEMA_KEYWORDS, SCHEMA_LEFT_OUT

__all__ = ["DATE_PATTERN", "PARTIAL_DATE_PATTERN", "document_schema", "validator_schema"]

# -- the forms of dates and durations ---------------------------------------------------------
# Years 0001-9999 (pendulum.Date and PartialDate), months 01-12, days 01-31. A pattern cannot
# tell the days of each month apart: "format": "date" does, for a validator that asserts formats.
_YEAR = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"
_MONTH = "(?:0[1-9]|1[0-2])"
_DAY = "(?:0[1-9]|[12][0-9]|3[01])"
_DAY_TEXT = f"{_YEAR}-{_MONTH}-{_DAY}"
_PARTIAL_TEXT = f"{_YEAR}(?:-{_MONTH}(?:-{_DAY})?)?"

DATE_PATTERN = f"^{_DAY_TEXT}$"
"""An ISO day, ``YYYY-MM-DD``, with a month from 01 to 12 and a day from 01 to 31."""
PARTIAL_DATE_PATTERN = f"^{_PARTIAL_TEXT}$"
"""``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, with months and days as in :data:`DATE_PATTERN`."""

# ISO 8601 durations as pendulum reads them: weeks alone or years, months and days, then a
# time; fractions only on weeks, days and the time (pendulum takes one only on the last part).
_NUMBER = "[0-9]+(?:[.,][0-9]+)?"
_DURATION = (
    f"^P(?!$)(?:{_NUMBER}W|(?:[0-9]+Y)?(?:[0-9]+M)?(?:{_NUMBER}D)?)"
    f"(?:T(?:{_NUMBER}H)?(?:{_NUMBER}M)?(?:{_NUMBER}S)?)?$"
)
_SCALE_FILLED = {"scale", "rank", "position"}  # set by the scale; the converter omits them


def _day() -> dict[str, Any]:
    return {"type": "string", "format": "date", "pattern": DATE_PATTERN}


def _partial_date() -> dict[str, Any]:
    return {
        "type": "string",
        "pattern": PARTIAL_DATE_PATTERN,
        # a day must exist in its month: asserted by "format": "date"
        "anyOf": [{"pattern": f"^{_YEAR}(?:-{_MONTH})?$"}, {"format": "date"}],
        "description": "YYYY, YYYY-MM or YYYY-MM-DD",
    }


# -- what a validator checks ------------------------------------------------------------------
_BOUNDS = {">=": "minimum", "<=": "maximum", ">": "exclusiveMinimum", "<": "exclusiveMaximum"}


def _json_type(hint: Any) -> str | None:
    """``"string"``, ``"array"`` or ``"object"`` for a field of this type (``None`` allowed)."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and len(args) == 1:
        hint = args[0]
    if hint is str:
        return "string"
    origin = typing.get_origin(hint)
    if origin is tuple:
        return "array"
    if origin in (dict, Mapping):
        return "object"
    return None


def _length(json_type: str | None, bound: str) -> str:
    noun = {"array": "Items", "object": "Properties"}.get(json_type or "", "Length")
    return f"{bound}{noun}"


def validator_schema(validator: Any, json_type: str | None) -> dict[str, Any]:
    """The JSON Schema keywords that state what an attrs field validator checks.

    Args:
        validator: the field's validator (``attrs.fields(cls).name.validator``), or ``None``.
        json_type: the JSON type of the field's values, for length checks.

    Raises:
        TypeError: the validator neither is one of attrs' that this reads nor says what it
            checks (``says``) or why JSON Schema cannot (``beyond_schema``).
    """
    if validator is None or getattr(validator, SCHEMA_LEFT_OUT, None) is not None:
        return {}
    keywords = getattr(validator, SCHEMA_KEYWORDS, None)
    if keywords is not None:
        return dict(keywords)
    name = type(validator).__name__
    if name == "_AndValidator":
        out: dict[str, Any] = {}
        for part in validator._validators:
            out = _merge(out, validator_schema(part, json_type))
        return out
    if name == "_OptionalValidator":
        return validator_schema(validator.validator, json_type)
    if name == "_MinLengthValidator":
        return {_length(json_type, "min"): validator.min_length}
    if name == "_MaxLengthValidator":
        return {_length(json_type, "max"): validator.max_length}
    if name == "_NumberValidator" and validator.compare_op in _BOUNDS:
        return {_BOUNDS[validator.compare_op]: validator.bound}
    if name == "_InValidator":
        return {"enum": [m.value if isinstance(m, Enum) else m for m in validator.options]}
    if name == "_MatchesReValidator":
        pattern = validator.pattern.pattern
        fn = validator.match_func.__name__
        return {
            "pattern": f"^(?:{pattern})$"
            if fn == "fullmatch"
            else f"^(?:{pattern})"
            if fn == "match"
            else pattern
        }
    raise TypeError(
        f"no JSON Schema for the check {validator!r}: mark it with "
        "yjinspect.model._constraints.says(...) or beyond_schema(reason)"
    )


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra``'s keywords: subschemas merged, ``allOf`` lists joined."""
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, Mapping):
            out[key] = _merge(old, value)
        elif key == "allOf" and isinstance(old, list):
            out[key] = [*old, *value]
        else:
            out[key] = value
    return out


# -- types ------------------------------------------------------------------------------------
class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def of(self, t: Any) -> dict[str, Any]:
        origin = typing.get_origin(t)
        args = typing.get_args(t)
        if t is str:
            return {"type": "string"}
        if t is bool:
            return {"type": "boolean"}
        if t is int:
            return {"type": "integer"}
        if t is float:
            return {"type": "number"}
        if t is type(None):
            return {"type": "null"}
        if t is pendulum.Date:
            return _day()
        if t is pendulum.DateTime:
            return {"type": "string", "format": "date-time"}
        if t is pendulum.Duration:
            return {"type": "string", "pattern": _DURATION, "description": "ISO 8601 duration"}
        if t is pendulum.Interval or origin is pendulum.Interval:
            return {
                "type": "string",
                "pattern": f"^{_DAY_TEXT}/{_DAY_TEXT}$",
                "description": "first day/last day, each YYYY-MM-DD",
            }
        if t is DateRange:
            return {
                "type": "string",
                "pattern": f"^{_PARTIAL_TEXT}/{_PARTIAL_TEXT}$",
                "description": "first/last, each YYYY, YYYY-MM or YYYY-MM-DD",
            }
        if t is PartialDate:
            return _partial_date()
        if t is RatingScale:
            return {
                "anyOf": [{"type": "string", "enum": list(scale_codes())}, self.ref(RatingScale)]
            }
        if origin in (typing.Union, types.UnionType):
            return {"anyOf": [self.of(a) for a in args]}
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.of(args[0])}
        if origin in (dict, Mapping):
            return {"type": "object", "additionalProperties": self.of(args[1])}
        if isinstance(t, type) and issubclass(t, Enum):
            return {"enum": [m.value for m in t]}
        if isinstance(t, type) and attrs.has(t):
            return self.ref(t)
        raise TypeError(f"no JSON Schema for {t!r}")  # pragma: no cover

    def ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}
            self.defs[name] = self.object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        props: dict[str, Any] = {}
        required: list[str] = []
        for f in attrs.fields(cls):
            if not f.init or (cls is Level and f.name in _SCALE_FILLED):
                continue
            name = f.alias or f.name
            hint = hints[f.name]
            prop = _merge(self.of(hint), validator_schema(f.validator, _json_type(hint)))
            props[name] = _merge(prop, f.metadata.get("schema", {}))
            if f.default is attrs.NOTHING:
                required.append(name)
        out: dict[str, Any] = {"type": "object", "properties": props, "additionalProperties": False}
        if cls.__doc__:
            out["description"] = cls.__doc__.strip().splitlines()[0]
        if required:
            out["required"] = required
        rules = getattr(cls, CLASS_RULES, ())
        if rules:
            out["allOf"] = [dict(rule) for rule in rules]
        return out


def document_schema(kind: str, cls: type, version: int) -> dict[str, Any]:
    """The schema of a top-level document of ``kind`` read as ``cls``, at ``version``.

    It is as strict as the loader wherever JSON Schema can say what the loader checks; the
    differences are listed in the documentation ("Documents", JSON Schema). Dates carry
    ``"format": "date"``, which rules out days a month does not have only for a validator that
    asserts formats (in Python, ``jsonschema`` with a ``FormatChecker``).

    Args:
        kind: the document kind (the value of ``kind``).
        cls: the attrs class a document of the kind becomes.
        version: the ``schema_version`` the schema describes; documents of an older version
            are read by the loader through its migrations, not by this schema.

    Returns:
        The schema, as plain JSON data.

    Raises:
        TypeError: a field of ``cls`` has a type, or a validator, the schema cannot state.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2
       As strict as the loader where JSON Schema can say it; ``schema_version`` is a constant.
    """
    b = _Builder()
    body = b.object(cls)
    body["properties"] = {
        "kind": {"const": kind},
        "schema_version": {"const": version},
        **body["properties"],
    }
    body["required"] = ["kind", "schema_version", *body.get("required", [])]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:yjinspect:schema:{kind}:v{version}",
        "title": f"yjinspect {kind} document, schema_version {version}",
        **body,
        "$defs": b.defs,
    }
