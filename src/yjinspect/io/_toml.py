"""Reading TOML with tomli and writing it with tomli-w.

Reading: tomli is the parser the standard library's :mod:`tomllib` was taken from (PEP 680), by
the same author, and its wheels for common platforms are compiled by mypyc (from release 2.2.0):
it reads a document about three times faster than :mod:`tomllib`, which is pure Python, into the
same data. Releases from 2.4 read TOML 1.1 as well, which :mod:`tomllib` (TOML 1.0) refuses;
tomli's own documentation gives ``tomli<2.4`` for TOML 1.0 parsing, so the dependency stays below
2.4 and a document reads the same wherever it is read (2.3.1 is the first release that bounds
the parts of a key, against time quadratic in them). Whatever tomli refuses is read again by
:mod:`tomllib`, so every error is the standard library's, as it was before tomli was used.

Writing: tomli-w quotes and escapes every key and string that needs it (a key ending in a newline, a
control character), so whatever :func:`dumps` writes, ``tomllib`` reads back equal. It is
imported on first use, so ``import yjinspect`` stays light.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["dumps", "parse"]

_PARSE: list[Callable[[str], dict[str, Any]]] = []


def parse(text: str) -> dict[str, Any] | None:
    """The data of a TOML text, or ``None`` when tomli refuses it (the caller then reads it
    with :mod:`tomllib`, which explains the problem). tomli is imported on first use."""
    if not _PARSE:
        import tomli

        _PARSE.append(tomli.loads)
    try:
        return _PARSE[0](text)
    except Exception:  # TOMLDecodeError, RecursionError (nesting), ValueError (big numbers)
        return None


def dumps(doc: dict[str, Any]) -> str:
    """Write a JSON-shaped mapping as TOML text: top-level tables and arrays of tables become
    sections, anything nested deeper is written in its own section or inline.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0
       Written by tomli-w, which quotes every key that needs it.
    """
    import tomli_w

    return tomli_w.dumps(doc)
