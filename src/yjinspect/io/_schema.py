"""JSON Schema (draft 2020-12) for yjinspect documents, generated from the attrs classes."""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from enum import Enum
from typing import Any

import attrs
import pendulum

from ..model import DateRange, Level, PartialDate, RatingScale, scale_codes

_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_PARTIAL = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
_SCALE_FILLED = {"scale", "rank", "position"}


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
            return {"type": "string", "format": "date", "pattern": _DATE}
        if t is pendulum.DateTime:
            return {"type": "string", "format": "date-time"}
        if t is pendulum.Duration:
            return {"type": "string", "pattern": r"^P", "description": "ISO 8601 duration"}
        if t is pendulum.Interval or origin is pendulum.Interval:
            return {
                "type": "string",
                "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                "description": "first day/last day",
            }
        if t is DateRange:
            return {
                "type": "string",
                "pattern": _PARTIAL.removesuffix("$") + "/" + _PARTIAL.removeprefix("^"),
                "description": "first/last, each YYYY, YYYY-MM or YYYY-MM-DD",
            }
        if t is PartialDate:
            return {
                "type": "string",
                "pattern": _PARTIAL,
                "description": "YYYY, YYYY-MM or YYYY-MM-DD",
            }
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
            props[name] = {**self.of(hints[f.name]), **f.metadata.get("schema", {})}
            if f.default is attrs.NOTHING:
                required.append(name)
        out: dict[str, Any] = {"type": "object", "properties": props, "additionalProperties": False}
        if cls.__doc__:
            out["description"] = cls.__doc__.strip().splitlines()[0]
        if required:
            out["required"] = required
        return out


def document_schema(kind: str, cls: type, version: int) -> dict[str, Any]:
    """The schema of a top-level document of ``kind`` read as ``cls``.

    .. versionadded:: 0.1.0
    """
    b = _Builder()
    body = b.object(cls)
    body["properties"] = {
        "kind": {"const": kind},
        "schema_version": {"type": "integer", "minimum": 1, "maximum": version},
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
