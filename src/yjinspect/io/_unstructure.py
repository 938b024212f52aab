"""Unstructuring functions generated per attrs class, for writing documents.

Each makes exactly the dict cattrs' generated function (``omit_if_default``) makes, keys in the
same order, but calls no hook for a field whose value is written as it is (strings, numbers,
booleans, enums, and optional ones of these), writes arrays of tables in one comprehension,
and computes a default made by a plain factory (``dict``, ``tuple``...) once per class rather
than once per object.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any, cast

import attrs
import cattrs
from cattrs.fns import identity

from ..model._coerce import PASSES

__all__ = ["fast_unstructure"]

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


def fast_unstructure(conv: cattrs.Converter, cl: type) -> Callable[[Any], Any] | None:
    """The unstructuring function of ``cl``, or ``None`` for a class it does not handle (fields
    that are renamed or left out of ``__init__``), which then keeps cattrs' function."""
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
    required: list[str] = []
    optional: list[str] = []
    for f in fields:
        name, t = f.name, f.type
        hook = conv.get_unstructure_hook(t)
        if _written_as_is(t) or hook is identity:
            value = f"o.{name}"
        else:
            item = typing.get_args(t)[0] if typing.get_origin(t) is tuple else None
            item_hook = conv.get_unstructure_hook(item) if item is not None else None
            if (
                item is not None
                and len(typing.get_args(t)) == 2
                and typing.get_args(t)[1] is Ellipsis
                and attrs.has(item)
                and item_hook is not None
            ):
                names[f"__i_{name}"] = item_hook
                value = f"[__i_{name}(x) for x in o.{name}]"
            elif _optional_of(t) is not None:
                names[f"__h_{name}"] = conv.get_unstructure_hook(_optional_of(t))
                value = f"(None if o.{name} is None else __h_{name}(o.{name}))"
            else:
                names[f"__h_{name}"] = hook
                value = f"__h_{name}(o.{name})"
        d = f.default
        if d is attrs.NOTHING:
            required.append(f"        {name!r}: {value},")
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
        optional += [f"    if {differs}:", f"        res[{name!r}] = {value}"]
    lines = ["def unstructure(o):", "    res = {", *required, "    }", *optional, "    return res"]
    # The code is made from the class's field names (checked to be identifiers) and nothing else.
    code = compile("\n".join(lines), f"<yjinspect fast unstructure {cl.__qualname__}>", "exec")
    exec(code, names)  # noqa: S102
    return cast(Callable[[Any], Any], names["unstructure"])
