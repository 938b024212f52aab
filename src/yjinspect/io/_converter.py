"""The one converter (cattrs, preconfigured for JSON, with pendulum hooks and strict types), and
the translation of cattrs' errors into :class:`~yjinspect.errors.InvalidDocument` problems with
``$`` paths."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Any, Final, TypeVar

import attrs
import cattrs
import pendulum
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ..errors import FieldValueError, InvalidDocument, Problem
from ..model import (
    DateRange,
    Level,
    PartialDate,
    RatingScale,
    get_scale,
)
from ._hooks import (
    _fast_table,
    _found,
    _is_homogeneous_tuple,
    _is_mapping,
    _is_optional,
    _s_bool,
    _s_date,
    _s_datetime,
    _s_duration,
    _s_float,
    _s_int,
    _s_interval,
    _s_partial,
    _s_partial_or_range,
    _s_str,
    _s_strenum,
    _u_date,
    _u_datetime,
    _u_duration,
    _u_interval,
)
from ._parse import MAX_DEPTH

# -- the converter -----------------------------------------------------------------------------
_T = TypeVar("_T")


def _build(detailed: bool) -> cattrs.Converter:
    from cattrs.preconf.json import make_converter  # on first use, with the converter

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
    conv.register_structure_hook(PartialDate | DateRange, _s_partial_or_range)
    conv.register_unstructure_hook(DateRange, str)

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

    if not detailed:
        # Writing goes through the fast converter only; the detailed one keeps cattrs' own
        # functions, which the tests compare with these.
        from ._unstructure import fast_unstructure

        def dict_factory(t: Any) -> Callable[[Any], Any]:
            fast = fast_unstructure(conv, t)
            if fast is not None:
                return fast
            return make_dict_unstructure_fn(t, conv, _cattrs_omit_if_default=True)

        conv.register_unstructure_hook_factory(attrs.has, dict_factory)

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


def converter_for(detailed: bool) -> cattrs.Converter:
    """The fast (``detailed=False``) or the detailed converter, built on first use."""
    conv = _CONVERTERS.get(detailed)
    if conv is None:
        conv = _CONVERTERS[detailed] = _build(detailed)
    return conv


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
        converter_for(True).structure(data, cls)
    except Exception as exc:
        problems: list[Problem] = []
        for path, leaf in _walk(exc, "$"):
            problems.extend(_describe(path, leaf, cls))
        return problems or [Problem(path="$", message=str(exc))]
    return []  # pragma: no cover - the fast path failed, so the detailed one should too


def structure(data: object, cls: type[_T], *, source: str | None = None) -> _T:
    """Turn plain data (without the envelope) into an object of ``cls``.

    The return type is ``cls``: ``structure(data, Inspection)`` is an
    :class:`~yjinspect.Inspection` to a type checker too.

    Raises:
        InvalidDocument: the data does not fit; every problem names its path.

    .. versionadded:: 0.1.0
    """
    if not isinstance(data, dict) and attrs.has(cls):
        raise InvalidDocument(
            [Problem(path="$", message=f"expected a table of fields, found {_found(data)}")],
            source=source,
        )
    try:
        return converter_for(False).structure(data, cls)
    except Exception:
        # Again with detailed validation, which knows where a nested object's own problems are.
        problems = _structure_problems(data, cls)
        raise InvalidDocument(problems, source=source) from None


def unstructure(obj: Any) -> Any:
    """Plain JSON-compatible data for an object (without the envelope).

    .. versionadded:: 0.1.0
    """
    return converter_for(False).unstructure(obj)
