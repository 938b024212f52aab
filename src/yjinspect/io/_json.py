"""JSON read and written with orjson, where it gives exactly what the standard library gives.

:func:`parse` returns ``None`` whenever orjson's answer could differ from the standard library's
(with the checks :mod:`yjinspect.documents` adds: duplicate keys, non-finite numbers); the caller
then reads the text the standard library's way, which also explains every problem. Likewise
:func:`dumps` returns ``None`` when orjson's text could differ from ``json.dumps(indent=2,
ensure_ascii=False)``. orjson is imported on the first call, to keep ``import yjinspect`` light.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any, Final

__all__ = ["dumps", "parse"]


def _has_negative_exponent(out: bytes) -> bool:
    """``e-`` followed by a digit somewhere in ``out`` (found with ``bytes.find``, which is much
    faster than a regular expression over megabytes)."""
    at = out.find(b"e-")
    while at != -1:
        if out[at + 2 : at + 3].isdigit():
            return True
        at = out.find(b"e-", at + 2)
    return False


_ORJSON: list[ModuleType | None] = []


def _orjson() -> ModuleType | None:
    """orjson, or ``None`` when it writes floats otherwise than Python (releases before 3.11.7
    wrote 1e+16 as 1e16); then nothing goes the fast way."""
    if not _ORJSON:
        import orjson

        agrees = orjson.dumps([1e16, 1.8446744073709552e19]) == b"[1e+16,1.8446744073709552e+19]"
        _ORJSON.append(orjson if agrees else None)
    return _ORJSON[0]


FAST_PARSE_CHARS: Final = 16 * 1024 * 1024
"""Longer texts are read by the standard library: orjson's parser holds about 15 bytes per
byte of text while it reads (a 16 MiB text, about 240 MB at its peak), the standard library's
parse tree only."""


def parse(text: str) -> Any | None:
    """The data of a JSON text, or ``None`` when only the standard library's reading can be
    trusted: orjson refuses the text, the text may have a duplicate key (which orjson would
    silently resolve to the last value), or may hold an integer too long for orjson.

    Long integers: orjson reads an integer beyond 64 bits as a float, which it writes back with
    an exponent (``e+``); any ``e+`` in the written data sends the text to the standard library.

    Duplicate keys: every key is followed by a colon, so a text's colons are its keys plus the
    colons inside its strings. Writing the parsed data back gives its keys plus the colons inside
    its strings again; the counts agree only if no key was dropped. A ``\\u`` escape (which could
    stand for a colon) sends the text to the standard library.
    """
    orjson = _ORJSON[0] if _ORJSON else _orjson()
    if orjson is None or len(text) > FAST_PARSE_CHARS:
        return None
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    if "\\u" in text:
        return None
    written = orjson.dumps(data)
    if b"e+" in written or written.count(b":") != text.count(":"):
        return None
    return data


def dumps(data: Any) -> str | None:
    """``json.dumps(data, indent=2, ensure_ascii=False)``, or ``None`` when orjson cannot
    write the same text (a float it formats otherwise, an integer beyond 64 bits, text that is
    not valid Unicode)."""
    orjson = _ORJSON[0] if _ORJSON else _orjson()
    if orjson is None:
        return None
    try:
        out = orjson.dumps(data, option=orjson.OPT_INDENT_2)
    except TypeError:
        return None
    # orjson writes 1e-05 as 1e-5 (and 0.00001 as such, and NaN and infinities as null); the
    # standard library writes them otherwise, and writes any text holding one of these. (A match
    # inside a string only costs the slower way.)
    if b"null" in out or b"0.0000" in out or _has_negative_exponent(out):
        return None
    return str(out.decode("utf-8"))
