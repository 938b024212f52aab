"""Documents: lossless JSON and TOML for every yjinspect object, through one converter.

Every top-level document carries ``kind`` ("inspection", "corpus", "framework",
"improvement-plan") and ``schema_version``. Loading is strict: wrong types, unknown or missing
fields, impossible dates, unknown frameworks, areas and ratings, duplicate ids, a
``schema_version`` newer than this library, and documents larger or deeper than the documented
bounds all raise :class:`~yjinspect.errors.InvalidDocument`, whose problems name the path
(``$.judgements[2].rating``) and say what was expected and what was found.

Example:
    >>> import yjinspect as yj
    >>> insp = yj.examples.bromley().get("bromley-2015-fji")
    >>> yj.loads(yj.dumps(insp)) == insp
    True
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import math
import os
import re
import stat
import threading
import types
import typing
from collections.abc import Callable, Iterator
from enum import Enum, StrEnum
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, cast

import attrs
import cattrs
import pendulum
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from . import _limits
from .corpus import Corpus
from .dates import PartialDate, parse_date
from .errors import FieldValueError, InvalidDocument, Problem
from .frameworks.model import Framework
from .inspection import Inspection
from .scales import Level, RatingScale
from .scales import get as get_scale

__all__ = [
    "MAX_DEPTH",
    "MAX_DOCUMENT_BYTES",
    "MAX_DOCUMENT_CHARS",
    "SCHEMA_VERSION",
    "DocumentKind",
    "Format",
    "converter",
    "dump",
    "dumps",
    "kind_of",
    "kinds",
    "load",
    "loads",
    "register_kind",
    "register_migration",
    "schema",
    "structure",
    "unstructure",
]

Format = Literal["json", "toml"]

SCHEMA_VERSION: Final = 1
"""The document schema version this release writes (per kind; all kinds are at 1)."""

MAX_DOCUMENT_CHARS: Final = 64 * 1024 * 1024
"""Documents longer than this many characters (64 Mi) are refused before parsing."""

MAX_DOCUMENT_BYTES: Final = _limits.MAX_DOCUMENT_BYTES
"""Files and bytes longer than this (64 MiB) are refused before they are read in full or
decoded: a regular file from its size, a pipe or device as soon as it passes the limit."""

MAX_DEPTH: Final = 32
"""Documents nested deeper than this many levels of tables and arrays are refused (TOML keys
and table headers of more dotted parts are refused from the text, before parsing)."""


# -- strict primitive and pendulum hooks -------------------------------------------------------
def _found(value: object) -> str:
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{text} ({type(value).__name__})"


def _s_str(value: object, t: object) -> str:
    if t is not str and isinstance(t, type) and issubclass(t, Enum):
        return _s_enum(value, t)
    if not isinstance(value, str):
        raise TypeError(f"expected a string, found {_found(value)}")
    return value


def _s_enum(value: object, t: type[Enum]) -> str:
    if isinstance(value, str):
        try:
            return cast(str, t(value))  # the members of a str-valued Enum are strings
        except ValueError:
            pass
    expected = ", ".join(repr(m.value) for m in t)
    raise ValueError(f"expected one of {expected}; found {_found(value)}")


_ENUM_VALUES: dict[type[Enum], dict[str, Enum]] = {}


def _s_strenum(value: object, t: type[StrEnum]) -> StrEnum:
    members = _ENUM_VALUES.get(t)
    if members is None:
        members = _ENUM_VALUES[t] = {m.value: m for m in t}
    if isinstance(value, str):
        found = members.get(value)
        if found is not None:
            return cast(StrEnum, found)
    return cast(StrEnum, _s_enum(value, t))


def _s_int(value: object, _t: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise TypeError(f"expected a whole number, found {_found(value)}")
    return value


def _s_float(value: object, _t: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, found {_found(value)}")
    try:
        result = float(value)
    except OverflowError:
        raise ValueError(f"expected a finite number, found {_found(value)}") from None
    if not math.isfinite(result):
        raise ValueError(f"expected a finite number, found {value!r}")
    return result


def _s_bool(value: object, _t: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, found {_found(value)}")
    return value


def _s_date(value: object, _t: object) -> pendulum.Date:
    if isinstance(value, str):
        return _DAYS.get(value) or _parse_day(value)
    if isinstance(value, _dt.datetime):
        raise TypeError(f"expected a date (YYYY-MM-DD), found a date and time {value}")
    if isinstance(value, _dt.date):
        return pendulum.Date(value.year, value.month, value.day)
    if not isinstance(value, str):
        raise TypeError(f"expected a date as YYYY-MM-DD, found {_found(value)}")
    return _parse_day(value)


_DAYS: dict[str, pendulum.Date] = {}
"""Days already parsed (a document names the same few days again and again); Dates are values."""


def _parse_day(text: str) -> pendulum.Date:
    day = _DAYS.get(text)
    if day is not None:
        return day
    try:
        day = parse_date(text)
        if len(_DAYS) >= 4096:
            _DAYS.clear()
        _DAYS[text] = day
        return day
    except ValueError as exc:
        if str(exc).startswith(("expected", repr(text))):
            raise
        raise ValueError(f"{text!r} is not a date: {exc}") from None


def _u_date(value: _dt.date) -> str:
    return value.isoformat()


def _s_datetime(value: object, _t: object) -> pendulum.DateTime:
    if isinstance(value, _dt.datetime):
        return pendulum.instance(value)
    if not isinstance(value, str):
        raise TypeError(f"expected a date and time in ISO 8601, found {_found(value)}")
    try:
        parsed = pendulum.parse(value, exact=True)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"expected a date and time in ISO 8601, found {value!r}") from exc
    if not isinstance(parsed, pendulum.DateTime):
        raise ValueError(f"expected a date and time in ISO 8601, found {value!r}")
    return parsed


def _u_datetime(value: pendulum.DateTime) -> str:
    return value.isoformat()


def _s_duration(value: object, _t: object) -> pendulum.Duration:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 duration such as 'P1M', found {_found(value)}")
    try:
        parsed = pendulum.parse(value, exact=True)
    except (ValueError, TypeError, OverflowError) as exc:
        raise ValueError(f"expected an ISO 8601 duration such as 'P1M', found {value!r}") from exc
    if not isinstance(parsed, pendulum.Duration) or isinstance(parsed, pendulum.Interval):
        raise ValueError(f"expected an ISO 8601 duration such as 'P1M', found {value!r}")
    return parsed


def _u_duration(value: pendulum.Duration) -> str:
    days = value.weeks * 7 + value.remaining_days
    text = "P"
    if value.years:
        text += f"{value.years}Y"
    if value.months:
        text += f"{value.months}M"
    if days:
        text += f"{days}D"
    seconds = value.remaining_seconds
    time = ""
    if value.hours:
        time += f"{value.hours}H"
    if value.minutes:
        time += f"{value.minutes}M"
    if seconds or value.microseconds:
        frac = f".{value.microseconds:06d}".rstrip("0") if value.microseconds else ""
        time += f"{seconds}{frac}S"
    if time:
        text += "T" + time
    return text if text != "P" else "P0D"


def _s_interval(value: object, _t: object) -> pendulum.Interval[pendulum.Date]:
    if not isinstance(value, str) or value.count("/") != 1:
        raise TypeError(
            f"expected a date interval as 'YYYY-MM-DD/YYYY-MM-DD', found {_found(value)}"
        )
    start_text, end_text = value.split("/")
    start, end = _parse_day(start_text), _parse_day(end_text)
    if end < start:
        raise ValueError(f"the interval ends {end} before it starts {start}")
    return pendulum.interval(start, end)  # type: ignore[arg-type,return-value]


def _u_interval(value: pendulum.Interval[pendulum.Date]) -> str:
    return f"{value.start.isoformat()}/{value.end.isoformat()}"


def _s_partial(value: object, _t: object) -> PartialDate:
    if isinstance(value, _dt.datetime):
        raise TypeError(f"expected a date, found a date and time {value}")
    if isinstance(value, _dt.date):
        return PartialDate(value.year, value.month, value.day)
    if not isinstance(value, str):
        raise TypeError(f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found {_found(value)}")
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        if str(exc).startswith(("expected", repr(value))):
            raise
        raise ValueError(f"{value!r} is not a date: the year must be from 1 to 9999") from None


def _is_homogeneous_tuple(t: Any) -> bool:
    origin = getattr(t, "__origin__", None)
    args: tuple[Any, ...] = getattr(t, "__args__", ())
    return origin is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_optional(t: Any) -> bool:
    args: tuple[Any, ...] = getattr(t, "__args__", ())
    return (
        typing.get_origin(t) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _is_mapping(t: Any) -> bool:
    from collections.abc import Mapping

    origin = getattr(t, "__origin__", None)
    return origin in (dict, Mapping)


def _fast_table(conv: cattrs.Converter, cl: type) -> Callable[[Any, Any], Any] | None:
    """A structuring function for the fast path, generated for one attrs class.

    It accepts exactly what cattrs' generated function (with the hooks above) accepts and makes
    the same object, but checks strings, string enums and arrays inline instead of calling a
    hook for each field. It raises on the first problem without saying where: the detailed pass does
    that. ``None`` for a class it does not handle (fields that are not plain keyword
    arguments), which then gets cattrs' function.
    """
    try:
        attrs.resolve_types(cl)
        fields = attrs.fields(cl)
    except Exception:
        return None
    if any(not f.init or f.alias != f.name or not f.name.isidentifier() for f in fields):
        return None
    names: dict[str, Any] = {"__cl": cl, "__allowed": frozenset(f.name for f in fields)}
    lines = [
        "def structure(o, _):",
        "    if not isinstance(o, dict):",
        "        raise TypeError('expected a table of fields')",
        "    res = {}",
    ]
    for f in fields:
        t, name = f.type, f.name
        optional = _is_optional(t)
        inner = next(a for a in t.__args__ if a is not type(None)) if optional else t
        if inner is str:
            check = "isinstance(v, str)"
            value = "v"
        elif isinstance(inner, type) and issubclass(inner, StrEnum):
            names[f"__m_{name}"] = {m.value: m for m in inner}
            check = "True"
            value = f"__m_{name}[v]"
        else:
            names[f"__h_{name}"] = conv.get_structure_hook(inner)
            names[f"__t_{name}"] = inner
            check = "True"
            value = f"__h_{name}(v, __t_{name})"
        body = [f"v = o[{name!r}]"]
        if not optional and _is_homogeneous_tuple(inner):
            item = inner.__args__[0]
            body += ["if not isinstance(v, (list, tuple)):", "    raise TypeError('wrong type')"]
            if item is str:
                body += ["for x in v:", "    if not isinstance(x, str):", "        raise TypeError"]
                body += [f"res[{name!r}] = tuple(v)"]
            else:
                names[f"__i_{name}"] = conv.get_structure_hook(item)
                names[f"__j_{name}"] = item
                body += [f"res[{name!r}] = tuple([__i_{name}(x, __j_{name}) for x in v])"]
        elif check != "True":
            none_ok = "v is not None and " if optional else ""
            body += [f"if {none_ok}not {check}:", "    raise TypeError('wrong type')"]
            body += [f"res[{name!r}] = v"]
        elif optional:
            body += [f"res[{name!r}] = None if v is None else {value}"]
        else:
            body += [f"res[{name!r}] = {value}"]
        if f.default is attrs.NOTHING:
            lines += ["    " + line for line in body]
        else:
            lines += [f"    if {name!r} in o:"] + ["        " + line for line in body]
    lines += [
        "    if not __allowed.issuperset(o):",
        "        raise ValueError('unknown field')",
        "    return __cl(**res)",
    ]
    # The code is made from the class's field names (checked to be identifiers) and nothing else.
    code = compile("\n".join(lines), f"<yjinspect fast structure {cl.__qualname__}>", "exec")
    exec(code, names)  # noqa: S102
    return cast(Callable[[Any, Any], Any], names["structure"])


# -- the converter -----------------------------------------------------------------------------
def _build(detailed: bool) -> cattrs.Converter:
    from cattrs.preconf.json import make_converter

    conv = make_converter(
        forbid_extra_keys=True, omit_if_default=True, detailed_validation=detailed
    )
    # Registered by class, so they take precedence over cattrs' lenient primitive hooks (which
    # would read 3 as "3" and "false" as True). str-valued Enums dispatch to the str hook.
    primitives: tuple[tuple[type, Callable[[object, object], object]], ...] = (
        (str, _s_str),
        (int, _s_int),
        (float, _s_float),
        (bool, _s_bool),
    )
    for prim, hook in primitives:
        conv.register_structure_hook(prim, hook)
    # StrEnum comes before str in a StrEnum's MRO, so this hook wins over the str one.
    conv.register_structure_hook(StrEnum, _s_strenum)
    conv.register_structure_hook(pendulum.Date, _s_date)
    conv.register_unstructure_hook(pendulum.Date, _u_date)
    conv.register_structure_hook(pendulum.DateTime, _s_datetime)
    conv.register_unstructure_hook(pendulum.DateTime, _u_datetime)
    conv.register_structure_hook(pendulum.Duration, _s_duration)
    conv.register_unstructure_hook(pendulum.Duration, _u_duration)
    conv.register_structure_hook_func(
        lambda t: t is pendulum.Interval or getattr(t, "__origin__", None) is pendulum.Interval,
        _s_interval,
    )
    conv.register_unstructure_hook_func(
        lambda t: t is pendulum.Interval or getattr(t, "__origin__", None) is pendulum.Interval,
        _u_interval,
    )
    conv.register_structure_hook(PartialDate, _s_partial)
    conv.register_unstructure_hook(PartialDate, str)

    def tuple_factory(t: Any) -> Callable[[Any, Any], Any]:
        inner = t.__args__[0]
        handler = conv.get_structure_hook(inner)

        def structure_tuple(value: Any, _t: Any) -> tuple[Any, ...]:
            if not isinstance(value, list | tuple):
                raise TypeError(f"expected an array, found {_found(value)}")
            if not detailed:
                return tuple([handler(v, inner) for v in value])
            items: list[Any] = []
            errors: list[Exception] = []
            for i, v in enumerate(value):
                try:
                    items.append(handler(v, inner))
                except Exception as exc:
                    exc.__notes__ = [
                        *getattr(exc, "__notes__", []),
                        cattrs.errors.IterableValidationNote(f"@ index {i}", i, inner),
                    ]
                    errors.append(exc)
            if errors:
                raise IterableValidationError(f"while structuring {t!r}", errors, t)
            return tuple(items)

        return structure_tuple

    conv.register_structure_hook_factory(_is_homogeneous_tuple, tuple_factory)

    def optional_factory(t: Any) -> Callable[[Any, Any], Any]:
        inner = next(a for a in t.__args__ if a is not type(None))
        handler = conv.get_structure_hook(inner)

        def structure_optional(value: Any, _t: Any) -> Any:
            return None if value is None else handler(value, inner)

        return structure_optional

    conv.register_structure_hook_factory(_is_optional, optional_factory)

    def mapping_factory(t: Any) -> Callable[[Any, Any], Any]:
        key_t, value_t = t.__args__
        value_hook = conv.get_structure_hook(value_t)

        def structure_mapping(value: Any, _t: Any) -> dict[Any, Any]:
            if not isinstance(value, dict):
                raise TypeError(f"expected a table of named values, found {_found(value)}")
            out: dict[Any, Any] = {}
            errors: list[Exception] = []
            for k, v in value.items():
                try:
                    out[_s_str(k, key_t)] = value_hook(v, value_t)
                except Exception as exc:
                    if not detailed:
                        raise
                    exc.__notes__ = [
                        *getattr(exc, "__notes__", []),
                        cattrs.errors.IterableValidationNote(f"@ key {k!r}", k, value_t),
                    ]
                    errors.append(exc)
            if errors:
                raise IterableValidationError(f"while structuring {t!r}", errors, t)
            return out

        if detailed or key_t is not str or value_t not in (str, float):
            return structure_mapping

        def structure_plain_mapping(value: Any, _t: Any) -> dict[Any, Any]:
            # The common case checked in one pass: string keys and strings (or finite floats,
            # which the float hook returns as they are); anything else takes the general path.
            if isinstance(value, dict):
                for k, v in value.items():
                    if (
                        not isinstance(k, str)
                        or v.__class__ is not value_t
                        or (value_t is float and v - v != 0.0)
                    ):
                        break
                else:
                    return dict(value)
            return structure_mapping(value, _t)

        return structure_plain_mapping

    conv.register_structure_hook_factory(_is_mapping, mapping_factory)

    def table_factory(t: Any) -> Callable[[Any, Any], Any]:
        if not detailed:
            fast = _fast_table(conv, t)
            if fast is not None:
                return fast
        fields_hook = conv.gen_structure_attrs_fromdict(t)

        def structure_table(value: Any, cl: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected a table of fields, found {_found(value)}")
            return fields_hook(value, cl)

        return structure_table

    conv.register_structure_hook_factory(attrs.has, table_factory)

    # Levels written without the parts their scale fills in.
    omit: dict[str, Any] = {
        "scale": override(omit=True),
        "rank": override(omit=True),
        "position": override(omit=True),
    }
    conv.register_unstructure_hook(
        Level, make_dict_unstructure_fn(Level, conv, _cattrs_omit_if_default=True, **omit)
    )
    conv.register_structure_hook(
        Level,
        make_dict_structure_fn(
            Level,
            conv,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=detailed,
            **omit,
        ),
    )
    scale_struct = make_dict_structure_fn(
        RatingScale, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=detailed
    )
    scale_unstruct = make_dict_unstructure_fn(RatingScale, conv, _cattrs_omit_if_default=True)

    def structure_scale(value: Any, _t: Any) -> RatingScale:
        if isinstance(value, str):
            try:
                return get_scale(value)
            except LookupError as exc:
                raise ValueError(str(exc)) from None
        if not isinstance(value, dict):
            raise TypeError(
                f"expected a built-in scale code or a scale table, found {_found(value)}"
            )
        levels = value.get("levels")
        if isinstance(levels, list):
            tables = [
                Problem(
                    path=f"$.levels[{i}]", message=f"expected a table of fields, found {_found(lv)}"
                )
                for i, lv in enumerate(levels)
                if not isinstance(lv, dict)
            ]
            if tables:
                raise InvalidDocument(tables)
        return scale_struct(value, RatingScale)

    def unstructure_scale(value: RatingScale) -> Any:
        try:
            if get_scale(value.code) == value:
                return value.code
        except LookupError:
            pass
        return scale_unstruct(value)

    conv.register_structure_hook(RatingScale, structure_scale)
    conv.register_unstructure_hook(RatingScale, unstructure_scale)
    return conv


_CONVERTERS: dict[bool, cattrs.Converter] = {}


def _converter(detailed: bool) -> cattrs.Converter:
    """The fast (``detailed=False``) or the detailed converter, built on first use."""
    conv = _CONVERTERS.get(detailed)
    if conv is None:
        conv = _CONVERTERS[detailed] = _build(detailed)
    return conv


if TYPE_CHECKING:
    converter: cattrs.Converter
    """The one converter (cattrs, preconfigured for JSON, with pendulum hooks and strict types).

    Detailed validation is off on this fast path; a document that fails is structured again
    with a detailed converter so that every problem gets its path.
    """


def __getattr__(name: str) -> Any:
    if name == "converter":
        return _converter(False)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- document kinds and migrations -------------------------------------------------------------
@attrs.frozen(slots=True, kw_only=True)
class DocumentKind:
    """A kind of top-level document.

    Attributes:
        name: the value of the document's ``kind`` field.
        cls: the class a document of this kind becomes.
        version: the ``schema_version`` this release reads and writes.
    """

    name: str
    cls: type
    version: int = SCHEMA_VERSION


_KINDS: dict[str, DocumentKind] = {}
# Kinds whose modules are imported the first time kinds are looked up, to keep `import
# yjinspect` light: (module, kind, class), or (module, None, None) for a module that registers
# its own kinds when imported.
_LAZY_KINDS: list[tuple[str, str | None, str | None]] = [
    ("yjinspect.plan", "improvement-plan", "ImprovementPlan"),
    ("yjinspect.crosswalks", None, None),
]


_LAZY_KINDS_LOCK = threading.RLock()


def _all_kinds() -> dict[str, DocumentKind]:
    if _LAZY_KINDS:
        import importlib

        with _LAZY_KINDS_LOCK:
            while _LAZY_KINDS:
                module_name, name, cls_name = _LAZY_KINDS[0]
                module = importlib.import_module(module_name)
                if name is not None and cls_name is not None and name not in _KINDS:
                    register_kind(name, getattr(module, cls_name))
                _LAZY_KINDS.pop(0)
    return _KINDS


_MIGRATIONS: dict[tuple[str, int], Callable[[dict[str, Any]], dict[str, Any]]] = {}


def register_kind(name: str, cls: type, *, version: int = SCHEMA_VERSION) -> DocumentKind:
    """Make a class loadable and dumpable as a top-level document of kind ``name``."""
    clash = {"kind", "schema_version"} & {f.name for f in attrs.fields(cls)}
    if clash:
        raise ValueError(
            f"{cls.__name__} has field(s) {sorted(clash)} that the document envelope uses"
        )
    kind = DocumentKind(name=name, cls=cls, version=version)
    _KINDS[name] = kind
    return kind


def register_migration(
    kind: str, from_version: int
) -> Callable[
    [Callable[[dict[str, Any]], dict[str, Any]]], Callable[[dict[str, Any]], dict[str, Any]]
]:
    """Decorator: register the step that turns a ``kind`` document of ``from_version`` into
    one of ``from_version + 1``. Steps take and return plain data (without ``kind`` and
    ``schema_version``) and run in order until the current version is reached."""

    def decorate(
        fn: Callable[[dict[str, Any]], dict[str, Any]],
    ) -> Callable[[dict[str, Any]], dict[str, Any]]:
        _MIGRATIONS[(kind, from_version)] = fn
        return fn

    return decorate


def kinds() -> tuple[str, ...]:
    """The document kinds that can be loaded, sorted."""
    return tuple(sorted(_all_kinds()))


def kind_of(obj: object) -> str:
    """The document kind of an object.

    Raises:
        TypeError: the object is not of a document kind.
    """
    for kind in _all_kinds().values():
        if type(obj) is kind.cls:
            return kind.name
    raise TypeError(
        f"a {type(obj).__name__} is not a yjinspect document (kinds: {', '.join(kinds())})"
    )


register_kind("inspection", Inspection)
register_kind("corpus", Corpus)
register_kind("framework", Framework)


# -- reading -----------------------------------------------------------------------------------
class _Rejected:
    """A JSON value the parser refused (NaN, Infinity), kept in place so its path can be named."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


class _Duplicated(dict[str, Any]):
    """A JSON object in which some keys appear more than once (the first value is kept)."""

    def __init__(self, items: dict[str, Any], duplicates: list[str]) -> None:
        super().__init__(items)
        self.duplicates = tuple(duplicates)


def _rejections(data: Any) -> list[Problem]:
    """The problems the JSON parser marked: duplicate keys and non-finite numbers, by path."""
    problems: list[Problem] = []
    stack: list[tuple[Any, str]] = [(data, "$")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, _Rejected):
            problems.append(Problem(path=path, message=node.message))
        elif isinstance(node, dict):
            if isinstance(node, _Duplicated):
                problems.extend(
                    Problem(
                        path=f"{path}.{key}",
                        message=f"duplicate key: {key!r} appears more than once in this object; "
                        "expected each key once",
                    )
                    for key in dict.fromkeys(node.duplicates)
                )
            stack.extend((v, f"{path}.{k}") for k, v in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((v, f"{path}[{i}]") for i, v in reversed(list(enumerate(node))))
    return problems


def _parse(text: str, fmt: str) -> Any:
    if fmt == "json":
        import json

        marked: list[bool] = []

        def constant(name: str) -> _Rejected:
            marked.append(True)
            return _Rejected(f"expected a finite number, found {name} (JSON has no such number)")

        def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
            fast = dict(items)
            if len(fast) == len(items):
                return fast
            out: dict[str, Any] = {}
            duplicates: list[str] = []
            for key, value in items:
                if key in out:
                    duplicates.append(key)
                else:
                    out[key] = value
            if duplicates:
                marked.append(True)
                return _Duplicated(out, duplicates)
            return out

        try:
            data = json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
        except json.JSONDecodeError as exc:
            raise InvalidDocument(
                [
                    Problem(
                        path="$",
                        message=f"JSON syntax error at line {exc.lineno}, column {exc.colno}: "
                        f"{exc.msg}",
                    )
                ]
            ) from None
        except ValueError as exc:
            big = _limits.big_integer_problems(text, fmt, _parse)
            raise InvalidDocument(big or [Problem(path="$", message=str(exc))]) from None
        except RecursionError:
            raise InvalidDocument(
                [Problem(path="$", message=f"nested deeper than {MAX_DEPTH} levels")]
            ) from None
        if marked:
            raise InvalidDocument(_rejections(data))
        return data
    if fmt == "toml":
        import tomllib

        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InvalidDocument(
                [Problem(path="$", message=f"TOML syntax error: {exc}")]
            ) from None
        except ValueError as exc:
            big = _limits.big_integer_problems(text, fmt, _parse)
            raise InvalidDocument(big or [Problem(path="$", message=str(exc))]) from None
        except RecursionError:
            raise InvalidDocument(
                [Problem(path="$", message=f"nested deeper than {MAX_DEPTH} levels")]
            ) from None
    raise ValueError(f"unknown format {fmt!r}; expected 'json' or 'toml'")


def _check_depth(data: Any) -> None:
    stack: list[tuple[Any, str, int]] = [(data, "$", 1)]
    while stack:
        node, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InvalidDocument(
                [Problem(path=path, message=f"nested deeper than {MAX_DEPTH} levels")]
            )
        if isinstance(node, dict):
            stack.extend(
                (v, f"{path}.{k}", depth + 1) for k, v in node.items() if isinstance(v, dict | list)
            )
        elif isinstance(node, list):
            stack.extend(
                (v, f"{path}[{i}]", depth + 1)
                for i, v in enumerate(node)
                if isinstance(v, dict | list)
            )


def _walk(exc: BaseException, path: str) -> Iterator[tuple[str, BaseException]]:
    if isinstance(exc, ClassValidationError):
        attr_notes, attr_rest = exc.group_exceptions()
        for sub, note in attr_notes:
            yield from _walk(sub, f"{path}.{note.name}")
        for rest in attr_rest:
            yield from _walk(rest, path)
    elif isinstance(exc, IterableValidationError):
        item_notes, item_rest = exc.group_exceptions()
        for sub, inote in item_notes:
            index = inote.index
            yield from _walk(
                sub, f"{path}[{index}]" if isinstance(index, int) else f"{path}[{index!r}]"
            )
        for rest in item_rest:
            yield from _walk(rest, path)
    elif isinstance(exc, BaseExceptionGroup):
        for member in exc.exceptions:
            yield from _walk(member, path)
    else:
        yield path, exc


# The messages of attrs' own validators (min_len, ge, le, ...), which name the field.
_ATTRS_RULE_TEXT: Final = (
    r"^(?:Length of )?'(?P<field>\w+)' must be (?P<rule>[^:]+): (?P<found>.*)$"
)


def _describe(path: str, exc: BaseException, cls: type | None) -> list[Problem]:
    if isinstance(exc, InvalidDocument):
        return [attrs.evolve(p, path=path + p.path[1:]) for p in exc.problems]
    if isinstance(exc, FieldValueError):
        sep = "" if exc.field.startswith("[") else "."
        return [Problem(path=f"{path}{sep}{exc.field}", message=str(exc))]
    if isinstance(exc, ForbiddenExtraKeysError):
        allowed = (
            sorted(f.alias or f.name for f in attrs.fields(exc.cl) if f.init)
            if attrs.has(exc.cl)
            else []
        )
        return [
            Problem(
                path=f"{path}.{key}",
                message="unknown field; expected one of: " + ", ".join(allowed),
            )
            for key in sorted(exc.extra_fields)
        ]
    if isinstance(exc, KeyError):
        return [Problem(path=path, message="required field missing")]
    if isinstance(exc, RecursionError):
        return [Problem(path=path, message=f"nested deeper than {MAX_DEPTH} levels")]
    message = str(exc) or type(exc).__name__
    rule = re.match(_ATTRS_RULE_TEXT, message)
    if isinstance(exc, ValueError) and rule is not None:
        what = "a length" if message.startswith("Length") else "a value"
        return [
            Problem(
                path=f"{path}.{rule['field']}",
                message=f"expected {what} {rule['rule']}, found {rule['found']}",
            )
        ]
    if isinstance(exc, ValueError) and " is not a valid " in message:
        message = f"expected one of the listed values; {message}"
    if isinstance(exc, AttributeError | TypeError) and not message.startswith("expected"):
        message = f"expected a table of fields, found something else ({message})"
    return [Problem(path=path, message=message)]


def _structure_problems(data: Any, cls: type) -> list[Problem]:
    try:
        _converter(True).structure(data, cls)
    except Exception as exc:
        problems: list[Problem] = []
        for path, leaf in _walk(exc, "$"):
            problems.extend(_describe(path, leaf, cls))
        return problems or [Problem(path="$", message=str(exc))]
    return []  # pragma: no cover - the fast path failed, so the detailed one should too


def structure(data: Any, cls: type[Any], *, source: str | None = None) -> Any:
    """Turn plain data (without the envelope) into an object of ``cls``.

    Raises:
        InvalidDocument: the data does not fit; every problem names its path.
    """
    if not isinstance(data, dict) and attrs.has(cls):
        raise InvalidDocument(
            [Problem(path="$", message=f"expected a table of fields, found {_found(data)}")],
            source=source,
        )
    try:
        return _converter(False).structure(data, cls)
    except Exception:
        # Again with detailed validation, which knows where a nested object's own problems are.
        problems = _structure_problems(data, cls)
        raise InvalidDocument(problems, source=source) from None


def unstructure(obj: Any) -> Any:
    """Plain JSON-compatible data for an object (without the envelope)."""
    return _converter(False).unstructure(obj)


def _envelope(data: Any, kind: str | None) -> tuple[DocumentKind, dict[str, Any]]:
    if not isinstance(data, dict):
        raise InvalidDocument(
            [
                Problem(
                    path="$",
                    message=f"expected a table with 'kind' and 'schema_version', found "
                    f"{_found(data)}",
                )
            ]
        )
    problems: list[Problem] = []
    body = dict(data)
    declared = body.pop("kind", None)
    version = body.pop("schema_version", None)
    if declared is None:
        problems.append(
            Problem(
                path="$.kind",
                message="required field missing; expected one of: " + ", ".join(kinds()),
            )
        )
    elif not isinstance(declared, str) or declared not in _all_kinds():
        problems.append(
            Problem(
                path="$.kind",
                message=f"expected one of: {', '.join(kinds())}; found {_found(declared)}",
            )
        )
    elif kind is not None and declared != kind:
        problems.append(Problem(path="$.kind", message=f"expected {kind!r}, found {declared!r}"))
    if version is None:
        problems.append(Problem(path="$.schema_version", message="required field missing"))
    elif isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.append(
            Problem(
                path="$.schema_version",
                message=f"expected a whole number from 1, found {_found(version)}",
            )
        )
    if problems:
        raise InvalidDocument(problems)
    doc_kind = _KINDS[str(declared)]
    assert isinstance(version, int)
    if version > doc_kind.version:
        raise InvalidDocument(
            [
                Problem(
                    path="$.schema_version",
                    message=f"schema_version {version} is newer than this "
                    f"release of yjinspect reads ({doc_kind.version}); upgrade yjinspect",
                )
            ]
        )
    while version < doc_kind.version:
        step = _MIGRATIONS.get((doc_kind.name, version))
        if step is None:
            raise InvalidDocument(
                [
                    Problem(
                        path="$.schema_version",
                        message=f"no migration from schema_version {version} "
                        f"of {doc_kind.name!r} documents",
                    )
                ]
            )
        try:
            body = step(dict(body))
            if not isinstance(body, dict):
                raise TypeError(f"the migration returned a {type(body).__name__}, not a dict")
        except Exception as exc:
            raise InvalidDocument(
                [
                    Problem(
                        path="$",
                        message=f"cannot migrate this {doc_kind.name!r} document from "
                        f"schema_version {version}: {type(exc).__name__}: {exc}",
                    )
                ]
            ) from None
        version += 1
    return doc_kind, body


def _semantic_problems(obj: Any) -> tuple[Problem, ...]:
    from .validate import errors_only, validate

    try:
        return errors_only(validate(obj))
    except TypeError:
        return ()


def loads(
    text: str | bytes,
    format: Format | str = "json",
    *,
    kind: str | None = None,
    source: str | None = None,
) -> Any:
    """Read a document from text.

    The cyclic garbage collector is paused while a document of more than a few kilobytes is
    read (a document makes many objects and no cycles) and left as it was found. The setting
    is process-wide: loads in several threads share one pause, and the last to finish turns
    the collector back on if a load turned it off, even if other code switched it off in the
    meantime.

    Args:
        text: the document.
        format: ``"json"`` or ``"toml"``.
        kind: if given, the document must be of this kind.
        source: a name for the text, used in error messages.

    Returns:
        An :class:`~yjinspect.Inspection`, :class:`~yjinspect.Corpus`,
        :class:`~yjinspect.frameworks.Framework` or :class:`~yjinspect.ImprovementPlan`.

    Raises:
        InvalidDocument: the text is not a valid document; nothing else escapes.
    """
    if isinstance(text, bytes | bytearray):
        if len(text) > MAX_DOCUMENT_BYTES:
            raise _limits.too_large(len(text), MAX_DOCUMENT_BYTES, source)
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            before = exc.object[: exc.start]
            line = before.count(b"\n") + 1
            column = exc.start - (before.rfind(b"\n") + 1) + 1
            raise InvalidDocument(
                [
                    Problem(
                        path="$",
                        message=f"expected UTF-8 text, found byte "
                        f"0x{exc.object[exc.start]:02x} at line {line}, column {column} "
                        f"({exc})",
                    )
                ],
                source=source,
            ) from None
    if not isinstance(text, str):
        raise TypeError(f"expected text, found {type(text).__name__}")
    if format not in ("json", "toml"):
        raise ValueError(f"unknown format {format!r}; expected 'json' or 'toml'")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise _limits.too_large(len(text), MAX_DOCUMENT_CHARS, source, unit="characters")
    # A large document makes many objects and no garbage cycles: pause the cyclic garbage
    # collector while it is read, rather than let it sweep the growing heap again and again.
    if len(text) < _PAUSE_GC_CHARS:
        return _read(text, format, kind, source)
    _pause_collector()
    try:
        return _read(text, format, kind, source)
    finally:
        _resume_collector()


_PAUSE_GC_CHARS: Final = 4 * 1024
_gc_lock = threading.Lock()
_gc_loads = 0  # loads under way that asked for the pause
_gc_paused_by_us = False


def _pause_collector() -> None:
    """Pause the collector for a load; loads in several threads share one pause."""
    global _gc_loads, _gc_paused_by_us
    with _gc_lock:
        if _gc_loads == 0:
            _gc_paused_by_us = gc.isenabled()
            if _gc_paused_by_us:
                gc.disable()
        _gc_loads += 1


def _resume_collector() -> None:
    """End a load's pause: the last load to finish turns the collector back on, and only if a
    load turned it off."""
    global _gc_loads, _gc_paused_by_us
    with _gc_lock:
        _gc_loads -= 1
        if _gc_loads == 0 and _gc_paused_by_us:
            _gc_paused_by_us = False
            gc.enable()


def _read(text: str, format: str, kind: str | None, source: str | None) -> Any:
    try:
        if format == "toml":
            too_deep = _limits.toml_key_problems(text, MAX_DEPTH)
            if too_deep:
                raise InvalidDocument(too_deep)
        data = _parse(text, format)
        if _limits.may_hold_surrogates(text):
            lone = _limits.surrogate_problems(data)
            if lone:
                raise InvalidDocument(lone)
        try:
            doc_kind, body = _envelope(data, kind)
        except InvalidDocument:
            _check_depth(data)  # a document nested too deep is refused for that first
            raise
        shallow = data.get("schema_version") == doc_kind.version and _within_depth(doc_kind.cls)
        if not shallow:
            _check_depth(data)
    except InvalidDocument as exc:
        raise InvalidDocument(exc.problems, source=source) from None
    try:
        obj = structure(body, doc_kind.cls, source=source)
    except InvalidDocument:
        if shallow:
            try:
                _check_depth(data)
            except InvalidDocument as exc:
                raise InvalidDocument(exc.problems, source=source) from None
        raise
    problems = _semantic_problems(obj)
    if problems:
        raise InvalidDocument(problems, source=source)
    return obj


_DEPTH_LEAVES: Final = frozenset(
    {str, int, float, bool, type(None), pendulum.Date, pendulum.DateTime, pendulum.Duration}
)
_MODEL_DEPTH: dict[type, int | None] = {}


def _model_depth(t: Any, outer: tuple[type, ...] = ()) -> int | None:
    """The deepest nesting of tables and arrays a value of type ``t`` can be structured from;
    ``None`` when it is unbounded or cannot be told."""
    if t in _DEPTH_LEAVES or t is PartialDate or t is pendulum.Interval:
        return 0
    if isinstance(t, type) and issubclass(t, Enum):
        return 0
    if typing.get_origin(t) is pendulum.Interval:
        return 0
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        depths = [_model_depth(a, outer) for a in typing.get_args(t)]
        return None if any(d is None for d in depths) else max(cast(list[int], depths))
    if _is_homogeneous_tuple(t) or _is_mapping(t):
        inner = _model_depth(typing.get_args(t)[-1 if _is_mapping(t) else 0], outer)
        return None if inner is None else inner + 1
    if isinstance(t, type) and attrs.has(t):
        if t in outer:
            return None  # a recursive model
        try:
            attrs.resolve_types(t)
        except Exception:
            return None
        fields = [_model_depth(f.type, (*outer, t)) for f in attrs.fields(t) if f.init]
        if any(d is None for d in fields):
            return None
        return 1 + max(cast(list[int], fields), default=0)
    return None


def _within_depth(cls: type) -> bool:
    """True when every document that structures as ``cls`` is within :data:`MAX_DEPTH`, so the
    depth walk is needed only when structuring fails."""
    if cls not in _MODEL_DEPTH:
        _MODEL_DEPTH[cls] = _model_depth(cls)
    depth = _MODEL_DEPTH[cls]
    return depth is not None and depth <= MAX_DEPTH


def _format_for(path: Path, fmt: str | None) -> str:
    if fmt is not None:
        return fmt
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix == ".toml":
        return "toml"
    raise ValueError(
        f"cannot tell the format of {str(path)!r} from its suffix; "
        "pass format='json' or format='toml'"
    )


def load(
    path: str | PathLike[str], *, format: Format | str | None = None, kind: str | None = None
) -> Any:
    """Read a document from a file; the format follows the suffix (``.json``, ``.toml``).

    Raises:
        InvalidDocument: the file is not a valid document (the message names the file).
        OSError: the file cannot be read.
    """
    p = Path(path)
    fmt = _format_for(p, format)
    raw = _limits.read_limited(p, MAX_DOCUMENT_BYTES)
    return loads(raw, fmt, kind=kind, source=str(p))


# -- writing -----------------------------------------------------------------------------------
def _document(obj: Any) -> dict[str, Any]:
    name = kind_of(obj)
    body = unstructure(obj)
    return {"kind": name, "schema_version": _KINDS[name].version, **body}


def dumps(obj: Any, format: Format | str = "json") -> str:
    """Write an object as a document (with ``kind`` and ``schema_version``).

    JSON is indented by two spaces and keeps non-ASCII text as it is; TOML puts each list of
    objects in ``[[arrays of tables]]``.
    """
    doc = _document(obj)
    if format == "json":
        import json

        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if format == "toml":
        import tomli_w

        return tomli_w.dumps(doc)
    raise ValueError(f"unknown format {format!r}; expected 'json' or 'toml'")


def _missing_folder(exc: OSError, target: Path) -> OSError:
    """The error for a folder that is missing (or a file), naming the folder the caller gave,
    not the temporary file they never heard of."""
    folder = str(target.parent)
    return type(exc)(
        exc.errno, f"cannot write {str(target)!r}: {exc.strerror or 'no such folder'}", folder
    )


def _unnamed_temporary(target: Path) -> int | None:
    """An unnamed file in ``target``'s folder (Linux ``O_TMPFILE``): a process killed while
    writing it leaves nothing behind. ``None`` where the platform or file system has none."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not _unnamed_files_work or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(target.parent, flag | os.O_WRONLY, 0o666)
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise _missing_folder(exc, target) from None
    except OSError:  # the file system has no unnamed files (EOPNOTSUPP, EISDIR, EINVAL)
        return None


_unnamed_files_work = True
"""False once naming an unnamed file has failed (a kernel or sandbox without the support)."""


def _temporary_name(target: Path) -> str:
    import secrets

    return os.path.join(target.parent, f".{target.name}.{secrets.token_hex(4)}.tmp")


def _name_unnamed(fd: int, target: Path) -> str:
    """Give the unnamed file open at ``fd`` a temporary name beside ``target``."""
    for _ in range(100):
        tmp = _temporary_name(target)
        try:
            os.link(f"/proc/self/fd/{fd}", tmp, follow_symlinks=True)
            return tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {str(target)!r}")  # pragma: no cover


def _create_temporary(target: Path) -> tuple[int, str]:
    """Create a new, empty file beside ``target``; permissions follow the umask, as for any new
    file (``tempfile.mkstemp`` would make it readable by its owner only)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = _temporary_name(target)
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
        except (FileNotFoundError, NotADirectoryError) as exc:
            raise _missing_folder(exc, target) from None
    raise FileExistsError(f"no free temporary name beside {str(target)!r}")  # pragma: no cover


def dump(obj: Any, path: str | PathLike[str], *, format: Format | str | None = None) -> None:
    """Write an object to a file atomically.

    The document is written to a temporary file in the same folder, flushed to disk, then
    renamed over the target. On any failure the old file is intact and no temporary file is left.
    Where the platform allows (Linux), the temporary file has no name until it is complete, so a
    process killed while writing leaves nothing; elsewhere, and in the instant between naming it
    and the rename, a kill can leave a file ``.<name>.<8 hex digits>.tmp`` beside the target,
    which is safe to delete. A file that is replaced keeps its permissions; a new file gets
    those the umask gives. Writing through a symbolic link writes the file it points to, and
    the link stays a link.

    Raises:
        ValueError: the format cannot be told from the suffix and ``format`` is not given.
        TypeError: the object is not of a document kind.
        FileNotFoundError: the folder does not exist (the error names the folder).
        OSError: the file cannot be written (the old file, if any, is left as it was).
    """
    global _unnamed_files_work
    p = Path(path)
    fmt = _format_for(p, format)
    text = dumps(obj, fmt)
    if p.is_symlink():
        p = Path(os.path.realpath(p))
    fd = _unnamed_temporary(p)
    tmp: str | None = None
    if fd is None:
        fd, tmp = _create_temporary(p)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            with contextlib.suppress(FileNotFoundError):
                os.chmod(fh.fileno(), stat.S_IMODE(os.stat(p).st_mode))  # keep its permissions
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
            if tmp is None:
                try:
                    tmp = _name_unnamed(fh.fileno(), p)
                except OSError:
                    _unnamed_files_work = False
        if tmp is None:  # the unnamed file could not be named: write a named one instead
            dump(obj, p, format=fmt)
            return
        os.replace(tmp, p)
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise


def schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a document kind.

    Raises:
        LookupError: no such kind.
    """
    from ._schema import document_schema

    try:
        doc_kind = _all_kinds()[kind]
    except KeyError:
        raise LookupError(f"unknown document kind {kind!r}; kinds: {', '.join(kinds())}") from None
    return document_schema(doc_kind.name, doc_kind.cls, doc_kind.version)
