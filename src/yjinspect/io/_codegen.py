"""Functions made from generated source, with the built-in document kinds' ones compiled ahead of
time.

The fast path (:func:`yjinspect.io._hooks._fast_table`) writes a structuring function for each
attrs class as Python source. Compiling that source is most of what building the converter
costs, so the functions for the classes of the built-in document kinds are compiled ahead of
time: :mod:`yjinspect.io._codegen_built` holds each one's source and its compiled code, and is
read from its bytecode cache like any module. :func:`function_of` uses the shipped code only for
source that is exactly the source it was compiled from, and compiles anything else, so a
generator that changes, or a class a user adds, is never given stale code; it is only slower
until ``python tools/build_structure_code.py`` (with
:mod:`yjinspect.io._codegen_build`) is run again (``tests/test_structure_code.py`` fails
until then).
"""

from __future__ import annotations

import builtins
import contextlib
import types
from collections.abc import Callable, Iterator
from typing import Any, cast

__all__ = ["BUILT_KINDS", "function_of", "recording"]

BUILT_KINDS = ("inspection", "framework", "corpus", "improvement-plan", "crosswalk")
"""The document kinds whose classes' structuring functions are compiled ahead of time (every
class reached from theirs is included)."""

_RECORDING: list[dict[str, str]] = []  # while recording(): source -> the file name given


def function_of(source: str, filename: str, names: dict[str, Any], name: str) -> Callable[..., Any]:
    """The function ``name`` defined by ``source``, with ``names`` as its globals (as
    ``exec(compile(source, filename, "exec"), names)`` would make it).

    The code shipped in :mod:`yjinspect.io._codegen_built` is used when it was compiled from
    exactly ``source``; otherwise ``source`` is compiled here.
    """
    for seen in _RECORDING:
        seen.setdefault(source, filename)
    from ._codegen_built import CODE

    shipped = CODE.get(source)
    if shipped is None or shipped.co_name != name:
        exec(compile(source, filename, "exec"), names)  # noqa: S102
        return cast(Callable[..., Any], names[name])
    # As exec would: the globals hold the builtins, and the code names the source it was made
    # from (its lines counted from the first line of that source).
    names.setdefault("__builtins__", vars(builtins))
    code = _moved(shipped, filename, 1 - shipped.co_firstlineno)
    function = types.FunctionType(code, names, name)
    names[name] = function
    return function


def _moved(code: types.CodeType, filename: str, shift: int) -> types.CodeType:
    """``code`` and the code nested in it (comprehensions) named ``filename``, its lines moved
    by ``shift``."""
    consts = tuple(
        _moved(c, filename, shift) if isinstance(c, types.CodeType) else c for c in code.co_consts
    )
    return code.replace(
        co_filename=filename, co_firstlineno=code.co_firstlineno + shift, co_consts=consts
    )


@contextlib.contextmanager
def recording() -> Iterator[dict[str, str]]:
    """Collect, while in the block, every source :func:`function_of` is given (source -> the
    file name given with it)."""
    seen: dict[str, str] = {}
    _RECORDING.append(seen)
    try:
        yield seen
    finally:
        _RECORDING.remove(seen)
