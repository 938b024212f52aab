"""Writing TOML: by tomli-w, a well-kept writer (reading uses the standard library's tomllib).

tomli-w quotes and escapes every key and string that needs it (a key ending in a newline, a
control character), so whatever :func:`dumps` writes, ``tomllib`` reads back equal. It is
imported on first use, so ``import yjinspect`` stays light.
"""

from __future__ import annotations

from typing import Any

__all__ = ["dumps"]


def dumps(doc: dict[str, Any]) -> str:
    """Write a JSON-shaped mapping as TOML text: top-level tables and arrays of tables become
    sections, anything nested deeper is written in its own section or inline.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0
       Written by tomli-w, which quotes every key that needs it.
    """
    import tomli_w

    return tomli_w.dumps(doc)
