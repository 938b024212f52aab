"""Strict structuring hooks for primitives, pendulum types and partial dates, and the
generated fast path for attrs classes."""

from __future__ import annotations

import datetime as _dt
import functools
import importlib
import math
import types
import typing
from collections.abc import Callable, Mapping
from enum import Enum, StrEnum
from typing import Any, Final, TypeVar, cast

import attrs
import cattrs
import pendulum

from ..model import (
    DateRange,
    PartialDate,
    parse_date,
)
from ..model._coerce import PASSES
from ._codegen import function_of


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


_V = TypeVar("_V")


def _remembered(cache: dict[str, _V], text: str, read: Callable[[str], _V]) -> _V:
    """``read(text)``, kept in ``cache`` (at most 4,096 texts): a document names the same few
    days, months and durations again and again, and what they are read into are values that
    cannot change, so one object serves every mention."""
    found = cache.get(text)
    if found is None:
        found = read(text)
        if len(cache) >= 4096:
            cache.clear()
        cache[text] = found
    return found


_DAYS: dict[str, pendulum.Date] = {}
"""Days already parsed; Dates are values."""


def _read_day(text: str) -> pendulum.Date:
    try:
        return parse_date(text)
    except ValueError as exc:
        if str(exc).startswith(("expected", repr(text))):
            raise
        raise ValueError(f"{text!r} is not a date: {exc}") from None


def _parse_day(text: str) -> pendulum.Date:
    return _remembered(_DAYS, text, _read_day)


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


_DURATIONS: dict[str, pendulum.Duration] = {}
"""Durations already parsed (pendulum takes about half a millisecond for one)."""


def _s_duration(value: object, _t: object) -> pendulum.Duration:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 duration such as 'P1M', found {_found(value)}")
    return _remembered(_DURATIONS, value, _read_duration)


def _read_duration(value: str) -> pendulum.Duration:
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
    return _PARTIALS.get(value) or _remembered(_PARTIALS, value, _read_partial)


_PARTIALS: dict[str, PartialDate] = {}
"""Dates of any precision already parsed; PartialDates are values."""


def _read_partial(value: str) -> PartialDate:
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        if str(exc).startswith(("expected", repr(value))):
            raise
        raise ValueError(f"{value!r} is not a date: the year must be from 1 to 9999") from None


def _s_partial_or_range(value: object, _t: object) -> PartialDate | DateRange:
    if isinstance(value, str) and "/" in value:
        parts = value.split("/")
        if len(parts) != 2:
            raise ValueError(
                f"expected a range as first/last (e.g. 2025-03/2025-05), found {value!r}"
            )
        return DateRange(_s_partial(parts[0], PartialDate), _s_partial(parts[1], PartialDate))
    return _s_partial(value, PartialDate)


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
    origin = getattr(t, "__origin__", None)
    return origin in (dict, Mapping)


_FACTORY: Final[Any] = type(attrs.Factory(list))


def _builds_directly(cl: type, fields: tuple[attrs.Attribute[Any], ...]) -> bool:
    """True when the fast path may build ``cl`` as its attrs-made ``__init__`` would, without
    calling it: a slotted class whose ``__init__`` attrs wrote, with no pre-init hook and no
    converter that takes the instance."""
    init = getattr(cl, "__init__", None)
    made_by_attrs = getattr(getattr(init, "__code__", None), "co_filename", "").startswith(
        "<attrs generated"
    )
    return (
        made_by_attrs
        and "__slots__" in cl.__dict__
        and not hasattr(cl, "__attrs_pre_init__")
        and not any(hasattr(f.converter, "takes_self") for f in fields)  # attrs.Converter
    )


def _slot_setter(cl: type, name: str) -> Callable[[Any, Any], None] | None:
    """The ``__set__`` of the slot holding field ``name`` (what ``object.__setattr__`` ends up
    calling, without finding it by name on every call), or ``None`` when the name is not a
    plain slot."""
    for klass in cl.__mro__:
        found = klass.__dict__.get(name)
        if found is not None:
            return found.__set__ if isinstance(found, types.MemberDescriptorType) else None
    return None


def _convert_lines(
    name: str, converts: bool, passes: frozenset[type] | None, made: frozenset[Any] | None
) -> list[str]:
    """The lines converting ``v`` for field ``name``: none when there is no converter or it
    passes every class ``made`` (the classes ``v`` can be of, ``None`` when not known); a call
    for the classes it does not pass; else a call."""
    if not converts or (made is not None and passes and made <= passes):
        return []
    if passes:
        return [f"if v.__class__ not in __p_{name}:", f"    v = __c_{name}(v)"]
    return [f"v = __c_{name}(v)"]


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
    names: dict[str, Any] = {
        "__cl": cl,
        "__allowed": frozenset(f.name for f in fields),
        "__new": object.__new__,
        "__set": object.__setattr__,
        # attrs' own __init__ reads this flag (attrs.validators.set_disabled sets it).
        "__config": importlib.import_module("attr._config"),
        "__absent": object(),
    }
    direct = _builds_directly(cl, fields)
    lines = [
        "def structure(o, _):",
        "    if not isinstance(o, dict):",
        "        raise TypeError('expected a table of fields')",
        "    if not __allowed.issuperset(o):",
        "        raise ValueError('unknown field')",
        "    self = __new(__cl)" if direct else "    res = {}",
    ]
    for f in fields:
        t, name = f.type, f.name
        optional = _is_optional(t)
        inner = next(a for a in t.__args__ if a is not type(None)) if optional else t
        # The classes the value read can be of, where the code below makes sure of them.
        made: frozenset[Any] | None = None
        if inner is str:
            check = "isinstance(v, str)"
            value = "v"
            made = frozenset({str})
        elif isinstance(inner, type) and issubclass(inner, StrEnum):
            names[f"__m_{name}"] = {m.value: m for m in inner}
            check = "True"
            value = f"__m_{name}[v]"
            made = frozenset({inner})
        else:
            names[f"__h_{name}"] = hook = conv.get_structure_hook(inner)
            names[f"__t_{name}"] = inner
            check = "True"
            value = f"__h_{name}(v, __t_{name})"
            # A finite float, or a whole number, is what its hook returns as it is.
            if inner is float and hook is _s_float:
                value = f"(v if v.__class__ is float and v - v == 0.0 else {value})"
            elif inner is int and hook is _s_int:
                value = f"(v if v.__class__ is int else {value})"
        if optional and made is not None:
            made |= {type(None)}
        body = [f"v = o[{name!r}]"]
        if not optional and _is_homogeneous_tuple(inner):
            made = frozenset({tuple})
            item = inner.__args__[0]
            body += ["if not isinstance(v, (list, tuple)):", "    raise TypeError('wrong type')"]
            if item is str:
                body += ["for x in v:", "    if not isinstance(x, str):", "        raise TypeError"]
                body += ["v = tuple(v)"]
            else:
                names[f"__i_{name}"] = conv.get_structure_hook(item)
                names[f"__j_{name}"] = item
                body += [f"v = tuple([__i_{name}(x, __j_{name}) for x in v])"]
        elif check != "True":
            none_ok = "v is not None and " if optional else ""
            body += [f"if {none_ok}not {check}:", "    raise TypeError('wrong type')"]
        elif optional:
            body += [f"v = None if v is None else {value}"]
        else:
            body += [f"v = {value}"]
        if not direct:
            body += [f"res[{name!r}] = v"]
            if f.default is attrs.NOTHING:
                lines += ["    " + line for line in body]
            else:
                lines += [f"    if {name!r} in o:"] + ["        " + line for line in body]
            continue
        # As attrs' __init__ does: each field in order (a default that takes self sees the
        # fields before it), converted; then the validators; then __attrs_post_init__. A
        # converter marked as passing the classes the value can be of is left out (it would
        # return the value itself); one marked for some classes is called for the others.
        passes: frozenset[type] | None = getattr(f.converter, PASSES, None)
        if f.converter is not None:
            names[f"__c_{name}"] = f.converter
            names[f"__p_{name}"] = passes
        convert = functools.partial(_convert_lines, name, f.converter is not None, passes)
        if f.default is attrs.NOTHING:
            lines += ["    " + line for line in body + convert(made)]
        else:
            default: Any = f.default
            if isinstance(default, _FACTORY):
                names[f"__d_{name}"] = default.factory
                default_made = f"__d_{name}(self)" if default.takes_self else f"__d_{name}()"
                default_classes = None
            else:
                names[f"__d_{name}"] = default
                default_made = f"__d_{name}"
                default_classes = frozenset({type(default)})
            lines += [f"    v = o.get({name!r}, __absent)", "    if v is not __absent:"]
            lines += ["        " + line for line in body[1:] + convert(made)]
            lines += ["    else:", f"        v = {default_made}"]
            lines += ["        " + line for line in convert(default_classes)]
        slot = _slot_setter(cl, name)
        if slot is None:
            lines += [f"    __set(self, {name!r}, v)"]
        else:
            names[f"__s_{name}"] = slot
            lines += [f"    __s_{name}(self, v)"]
    if not direct:
        lines += ["    return __cl(**res)"]
    else:
        checked = [f for f in fields if f.validator is not None]
        if checked:
            lines += ["    if __config._run_validators is True:"]
            for f in checked:
                names[f"__v_{f.name}"] = f.validator
                names[f"__a_{f.name}"] = f
                lines += [f"        __v_{f.name}(self, __a_{f.name}, self.{f.name})"]
        if hasattr(cl, "__attrs_post_init__"):
            lines += ["    self.__attrs_post_init__()"]
        lines += ["    return self"]
    # The code is made from the class's field names (checked to be identifiers) and nothing else.
    filename = f"<yjinspect fast structure {cl.__qualname__}>"
    return function_of("\n".join(lines), filename, names, "structure")
