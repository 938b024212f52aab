"""JSON read with msgspec and written with orjson, where they give exactly what the standard
library gives.

:func:`parse` returns ``None`` whenever msgspec's answer could differ from the standard
library's (with the checks :mod:`yjinspect.documents` adds: duplicate keys, non-finite numbers);
the caller then reads the text the standard library's way, which also explains every problem.
Likewise :func:`dumps` returns ``None`` when orjson's text could differ from
``json.dumps(indent=2, ensure_ascii=False)``. Both are imported on their first call, to keep
``import yjinspect`` light.

msgspec reads: it builds the Python objects straight from the text, so that reading holds no more
than the result (orjson's parser holds about 15 bytes per byte of text while it reads), and it is
the faster of the two at it. orjson writes: it writes indented text directly, several times faster
than msgspec's encoder followed by its formatter, and formats floats as Python does (``1e+16``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType
from typing import Any, Final

__all__ = ["dumps", "parse"]


_SUSPECT: Final = (re.compile(rb"null"), re.compile(rb"0\.0000"), re.compile(rb"e-[0-9]"))
"""What orjson writes otherwise than the standard library: ``null`` for NaN and the infinities
(as for ``None``), and a float below 1e-4 as ``0.00001`` or with a negative exponent (``1e-5``,
where the standard library writes ``1e-05``). A match inside a string only costs the slower way.
Each is searched for alone: a literal pattern is searched faster than ``bytes.find`` finds it,
and an alternation of them is many times slower than the three searches."""


_ORJSON: list[ModuleType | None] = []


def _orjson() -> ModuleType | None:
    """orjson, or ``None`` when it writes floats otherwise than Python (releases before 3.11.7
    wrote 1e+16 as 1e16); then nothing goes the fast way."""
    if not _ORJSON:
        import orjson

        agrees = orjson.dumps([1e16, 1.8446744073709552e19]) == b"[1e+16,1.8446744073709552e+19]"
        _ORJSON.append(orjson if agrees else None)
    return _ORJSON[0]


_DECODE: list[Callable[[str], Any]] = []
_DECODE_ERROR: list[type[Exception]] = []


def _decoder() -> Callable[[str], Any]:
    import msgspec

    _DECODE_ERROR.append(msgspec.DecodeError)  # ValidationError (1e400) is one too
    _DECODE.append(msgspec.json.Decoder().decode)
    return _DECODE[0]


def parse(text: str) -> Any | None:
    """The data of a JSON text, or ``None`` when only the standard library's reading can be
    trusted: msgspec refuses the text (a syntax error, NaN, a number too large for a float, a
    lone surrogate, a byte-order mark: all of which the standard library reads or explains), the
    text may have a duplicate key (which msgspec would silently resolve to the last value), or
    holds an integer beyond 64 bits (which orjson cannot write back for the count below).

    Duplicate keys: every key is followed by a colon, so a text's colons are its keys plus the
    colons inside its strings. Writing the parsed data back gives its keys plus the colons inside
    its strings again; the counts agree only if no key was dropped. A ``\\u`` escape (which could
    stand for a colon) sends the text to the standard library.
    """
    orjson = _ORJSON[0] if _ORJSON else _orjson()
    if orjson is None or "\\u" in text:
        return None
    decode = _DECODE[0] if _DECODE else _decoder()
    try:
        data = decode(text)
    except (_DECODE_ERROR[0], UnicodeEncodeError, RecursionError):
        return None  # UnicodeEncodeError: a lone surrogate, which UTF-8 cannot hold
    try:
        written = orjson.dumps(data)
    except TypeError:  # an integer beyond 64 bits, nesting deeper than orjson writes
        return None
    if written.count(b":") != text.count(":"):
        return None
    return data


def dumps(data: Any, default: Callable[[Any], Any] | None = None) -> str | None:
    """``json.dumps(data, indent=2, ensure_ascii=False)``, or ``None`` when orjson cannot
    write the same text (a float it formats otherwise, an integer beyond 64 bits, text that is
    not valid Unicode, an object ``default`` refuses).

    ``default`` is called for each object orjson cannot write itself, and returns what to write
    in its place (as :func:`json.dumps` would be given the data with every such object replaced
    by what ``default`` returns for it)."""
    orjson = _ORJSON[0] if _ORJSON else _orjson()
    if orjson is None:
        return None
    try:
        out = orjson.dumps(data, default=default, option=orjson.OPT_INDENT_2)
    except TypeError:
        return None
    if any(suspect.search(out) for suspect in _SUSPECT):
        return None
    return str(out.decode("utf-8"))
