"""Writing :mod:`yjinspect.io._codegen_built`: the text of the module that holds the built-in
document kinds' structuring functions compiled ahead of time (used by
``tools/build_structure_code.py`` and its test; nothing in the package imports it)."""

from __future__ import annotations

from ._codegen import BUILT_KINDS, recording
from ._converter import _build
from .document_kinds import kind_named

__all__ = ["module_text"]

_HEADER = '''\
"""The fast structuring functions of the built-in document kinds, compiled ahead of time.

Written by ``python tools/build_structure_code.py`` from what :mod:`yjinspect.io._hooks`
generates (see :mod:`yjinspect.io._codegen`); do not edit. ``CODE`` maps each function's source
to its code.
"""
# mypy: ignore-errors

# Compiled as yjinspect.io._codegen compiles what is not shipped: with this future import.
from __future__ import annotations

from types import CodeType

CODE: dict[str, CodeType] = {}
'''


def module_text() -> str:
    """The text of :mod:`yjinspect.io._codegen_built`: the source of every structuring function
    the fast converter generates for the classes of :data:`BUILT_KINDS`, each compiled with the
    module. Made with a converter built for the purpose, so what other converters of the process
    have made is left out."""
    with recording() as seen:
        conv = _build(False)
        for kind in BUILT_KINDS:
            conv.get_structure_hook(kind_named(kind).cls)
    parts = [_HEADER]
    for source, filename in sorted(seen.items(), key=lambda item: (item[1], item[0])):
        name = source.partition("(")[0].removeprefix("def ")
        if not source.startswith("def ") or not name.isidentifier():
            continue  # pragma: no cover - the generator writes one function
        parts.append(f"\n\n# {filename}\n{source}\n\n\nCODE[{source!r}] = {name}.__code__\n")
    return "".join(parts)
