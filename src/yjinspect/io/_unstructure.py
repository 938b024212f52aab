"""Unstructuring functions generated per attrs class, for writing documents.

Each makes exactly the dict cattrs' generated function (``omit_if_default``) makes, keys in the
same order, but calls no hook for a field whose value is written as it is (strings, numbers,
booleans, enums, and optional ones of these), writes arrays of tables in one comprehension,
and computes a default made by a plain factory (``dict``, ``tuple``...) once per class rather
than once per object.

Each also carries a :class:`Writer` for JSON: a twin function that makes the same data ready for
orjson, which writes some values as they are, and leaves large nested objects (a corpus's
inspections and plans) for orjson to ask for one at a time, so that a whole corpus is never
unstructured at once.
"""

from __future__ import annotations

import types
import typing
from collections import abc
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, Final, NamedTuple, cast

import attrs
import cattrs
from cattrs.fns import identity

from ..model._coerce import PASSES

__all__ = ["WRITER", "Writer", "fast_unstructure", "writer_of"]

_PLAIN: frozenset[Any] = frozenset({str, int, float, bool, type(None)})
_PURE_FACTORIES: frozenset[Any] = frozenset({dict, list, tuple, set, frozenset})


def _written_as_is(t: Any) -> bool:
    """A value of type ``t`` is its own unstructured form."""
    if t in _PLAIN:
        return True
    if isinstance(t, type) and issubclass(t, Enum):
        return False  # cattrs' hook decides (the JSON converter keeps members as they are)
    args = typing.get_args(t)
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        return all(_written_as_is(a) for a in args)
    return False


def _optional_of(t: Any) -> Any:
    """``X`` for ``X | None``, else ``None``."""
    args = typing.get_args(t)
    if typing.get_origin(t) in (typing.Union, types.UnionType) and len(args) == 2:
        if args[1] is type(None):
            return args[0]
        if args[0] is type(None):
            return args[1]
    return None


class Writer(NamedTuple):
    """How an object is written as JSON by a writer that asks for each object it cannot write
    itself (orjson's ``default``), one at a time, so that the plain data of a whole corpus never
    exists at once: only that of the inspection or plan being written.

    ``shallow`` makes the dict the class's unstructuring function makes, except that it keeps
    as they are a tuple of objects that themselves hold tuples of objects (a corpus's
    inspections, a plan's actions), and a value the writer writes as cattrs would write it (text,
    numbers, enums, tuples and string-keyed dicts of these: orjson writes a tuple as an array and
    a dict subclass as an object, where cattrs makes a list and a dict of the same items).
    ``table`` maps each class of objects so kept, at any depth, to its own ``shallow``, and
    ``default`` looks an object up there by its class: for an object of any other class it
    raises (``KeyError``, which orjson reports as a ``TypeError``), and the caller writes the
    unstructured data instead.
    """

    shallow: Callable[[Any], dict[str, Any]]
    table: Mapping[type, Callable[[Any], Any]]
    default: Callable[[Any], Any]


WRITER: Final = "__yjinspect_writer__"
"""The attribute holding a generated unstructuring function's :class:`Writer`."""


def writer_of(hook: Callable[[Any], Any]) -> Writer | None:
    """The :class:`Writer` of an unstructuring function made here, or ``None`` for any other
    (cattrs' own, or a hook registered by hand)."""
    writer: Writer | None = getattr(hook, WRITER, None)
    return writer


def _writer(shallow: Callable[[Any], dict[str, Any]], table: dict[type, Any]) -> Writer | None:
    """The writer, or ``None`` when a class in ``table`` is a subclass of another: an object
    could then not be told to be of its field's class by its own class alone."""
    if any(a is not b and issubclass(a, b) for a in table for b in table):
        return None
    get = table.__getitem__

    def default(obj: Any) -> Any:
        return get(obj.__class__)(obj)

    return Writer(shallow, types.MappingProxyType(table), default)


def _written_raw(conv: cattrs.Converter, t: Any) -> bool:
    """A JSON writer writes a value of type ``t`` itself as cattrs' hook would write it: text,
    numbers, booleans, ``None``, members of a kept enum, and tuples and string-keyed dicts of
    these (orjson writes a tuple as an array and a dict subclass as an object; cattrs makes a
    list and a dict of the same items)."""
    if _written_as_is(t) or conv.get_unstructure_hook(t) is identity:
        return True
    origin, args = typing.get_origin(t), typing.get_args(t)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _written_as_is(args[0]) or conv.get_unstructure_hook(args[0]) is identity
    if origin in (abc.Mapping, dict) and len(args) == 2 and args[0] is str:
        return _written_as_is(args[1])
    return False


def fast_unstructure(conv: cattrs.Converter, cl: type) -> Callable[[Any], Any] | None:
    """The unstructuring function of ``cl``, or ``None`` for a class it does not handle (fields
    that are renamed or left out of ``__init__``), which then keeps cattrs' function.

    The function carries a :class:`Writer` (:func:`writer_of`) unless a class it would leave as
    an object is a subclass of another such class.
    """
    try:
        attrs.resolve_types(cl)
        fields = attrs.fields(cl)
    except Exception:
        return None
    if any(
        not f.init
        or f.alias != f.name
        or not f.name.isidentifier()
        or hasattr(f.converter, "takes_self")  # an attrs.Converter that takes the instance
        for f in fields
    ):
        return None
    names: dict[str, Any] = {}
    table: dict[type, Callable[[Any], Any]] = {}
    required: list[tuple[str, str, str]] = []  # (name, value, shallow value)
    optional: list[tuple[str, str, str, str]] = []  # (name, differs, value, shallow value)
    for f in fields:
        name, t = f.name, f.type
        hook = conv.get_unstructure_hook(t)
        lazy: str | None = None  # the shallow function's value, where it differs
        guard = False
        if _written_as_is(t) or hook is identity:
            value = f"o.{name}"
        else:
            item = typing.get_args(t)[0] if typing.get_origin(t) is tuple else None
            item_hook = conv.get_unstructure_hook(item) if item is not None else None
            inner = _optional_of(t)
            if (
                item is not None
                and len(typing.get_args(t)) == 2
                and typing.get_args(t)[1] is Ellipsis
                and attrs.has(item)
                and item_hook is not None
            ):
                names[f"__i_{name}"] = item_hook
                value = f"[__i_{name}(x) for x in o.{name}]"
                writer = writer_of(item_hook)
                if writer is not None:
                    table.update(writer.table)
                    if _holds_collections(item):
                        table[item] = writer.shallow
                        lazy = f"o.{name}"
                    else:
                        names[f"__s_{name}"] = writer.shallow
                        lazy = f"[__s_{name}(x) for x in o.{name}]"
            else:
                if inner is not None:
                    hook = conv.get_unstructure_hook(inner)
                    guard = True  # None is written as it is
                names[f"__h_{name}"] = hook
                value = f"__h_{name}(o.{name})"
                writer = writer_of(hook)
                if writer is not None:
                    table.update(writer.table)
                    names[f"__s_{name}"] = writer.shallow
                    lazy = f"__s_{name}(o.{name})"
            if lazy is None and _written_raw(conv, t):
                lazy = f"o.{name}"
        d = f.default
        if guard and d is not None:
            value = f"(None if o.{name} is None else {value})"
            if lazy is not None:
                lazy = f"(None if o.{name} is None else {lazy})"
        if d is attrs.NOTHING:
            required.append((name, value, lazy or value))
            continue
        default = f"__d_{name}"
        if isinstance(d, attrs.Factory):  # type: ignore[arg-type]
            factory = cast(Any, d).factory
            if cast(Any, d).takes_self:
                names[default] = factory
                compare = f"{default}(o)"
                if f.converter is not None:
                    names[f"__c_{name}"] = f.converter
                    passes = getattr(f.converter, PASSES, None)
                    if passes:  # the converter is called only for what it does not pass
                        names[f"__p_{name}"] = passes
                        compare = (
                            f"(made if (made := {compare}).__class__ in __p_{name} "
                            f"else __c_{name}(made))"
                        )
                    else:
                        compare = f"__c_{name}({compare})"
            elif factory in _PURE_FACTORIES:
                made = factory()
                names[default] = f.converter(made) if f.converter is not None else made
                compare = default
            else:
                names[default] = factory
                compare = f"{default}()"
                if f.converter is not None:
                    names[f"__c_{name}"] = f.converter
                    compare = f"__c_{name}({compare})"
        else:
            names[default] = f.converter(d) if f.converter is not None else d
            compare = default
        # A default of None is compared by identity (an Interval's != would build Durations).
        differs = f"o.{name} is not None" if d is None else f"o.{name} != {compare}"
        optional.append((name, differs, value, lazy or value))
    lines = [
        *_function("unstructure", [(n, v) for n, v, _ in required], [o[:3] for o in optional]),
        *_function(
            "shallow", [(n, s) for n, _, s in required], [(n, c, s) for n, c, _, s in optional]
        ),
    ]
    # The code is made from the class's field names (checked to be identifiers) and nothing else.
    code = compile("\n".join(lines), f"<yjinspect fast unstructure {cl.__qualname__}>", "exec")
    exec(code, names)  # noqa: S102
    function = cast(Callable[[Any], Any], names["unstructure"])
    writer = _writer(names["shallow"], table)
    if writer is not None:
        setattr(function, WRITER, writer)
    return function


def _holds_collections(cl: type) -> bool:
    """An object of ``cl`` holds tuples of objects: a tuple of such objects is worth leaving
    for the writer to ask for one at a time (each holds a tree of its own, which then never
    exists beside the others'); smaller objects cost less unstructured at once."""
    try:
        fields = attrs.fields(attrs.resolve_types(cl))
    except Exception:
        return False
    for f in fields:
        args = typing.get_args(f.type)
        if typing.get_origin(f.type) is tuple and len(args) == 2 and attrs.has(args[0]):
            return True
    return False


def _function(
    name: str, required: list[tuple[str, str]], optional: list[tuple[str, str, str]]
) -> list[str]:
    """The lines of one generated function: the required fields' ``(name, value)``, then the
    others' ``(name, test that the value differs from the default, value)``."""
    lines = [f"def {name}(o):", "    res = {"]
    lines += [f"        {field!r}: {value}," for field, value in required]
    lines.append("    }")
    for field, differs, value in optional:
        lines += [f"    if {differs}:", f"        res[{field!r}] = {value}"]
    return [*lines, "    return res"]
