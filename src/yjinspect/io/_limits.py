"""Limits on what a document may ask of the reader, checked before the work is spent.

- Files are read with a limit (:func:`read_limited`): a file larger than the limit is refused
  from its size before a byte is read, and anything else (a pipe, a device such as
  ``/dev/zero``) is read in pieces and refused as soon as it passes the limit. A named pipe with
  no writer is given up after a timeout instead of blocking for ever.
- TOML text is scanned for keys and table headers of more parts than documents may nest
  (:func:`toml_key_problems`) before the parser sees it: the standard parser's memory grows
  with the square of a dotted key's parts.
- Integers longer than Python converts from text (:func:`big_integer_problems`) and lone
  surrogates (:func:`surrogate_problems`) are named by path, in the project's own words.
"""

from __future__ import annotations

import itertools
import os
import re
import select
import stat
import sys
import time
from collections.abc import Iterator
from typing import IO, Any, Final

from ..errors import InvalidDocument, Problem

__all__ = [
    "FIFO_TIMEOUT",
    "MAX_DOCUMENT_BYTES",
    "big_integer_problems",
    "may_hold_surrogates",
    "read_limited",
    "read_stream",
    "surrogate_problems",
    "toml_key_problems",
    "too_large",
]

MAX_DOCUMENT_BYTES: Final = 64 * 1024 * 1024
"""Files and bytes longer than this (64 MiB) are refused before they are read in full."""

FIFO_TIMEOUT: Final = 10.0
"""Seconds a named pipe may stay silent (no writer, or a writer that sends nothing) before
reading it is given up."""

_CHUNK = 1 << 20
_MAX_PROBLEMS = 10  # keys named one by one; the rest are counted


def too_large(
    size: int | None, limit: int, source: str | None, *, unit: str = "bytes"
) -> InvalidDocument:
    """The error for a document over a limit (``size`` ``None``: it was not read to the end)."""
    found = f"{size:,} {unit}" if size is not None else f"more than {limit:,} {unit}"
    return InvalidDocument(
        [Problem(path="$", message=f"the document is {found}; the limit is {limit:,} {unit}")],
        source=source,
    )


def read_limited(
    path: str | os.PathLike[str], limit: int, *, timeout: float | None = None
) -> bytes:
    """The bytes of a file, at most ``limit`` of them.

    Args:
        path: a file, a named pipe or a device.
        limit: the most bytes a document may have.
        timeout: seconds a named pipe may stay silent; default :data:`FIFO_TIMEOUT`.

    Raises:
        InvalidDocument: the file has more than ``limit`` bytes (a regular file is refused from
            its size, before it is read).
        TimeoutError: a named pipe sent nothing for ``timeout`` seconds (no writer).
        OSError: the file cannot be read.
    """
    name = os.fspath(path)
    info = os.stat(name)
    if stat.S_ISREG(info.st_mode) and info.st_size > limit:
        raise too_large(info.st_size, limit, name)
    if stat.S_ISFIFO(info.st_mode) and hasattr(os, "O_NONBLOCK"):
        return _read_fifo(name, limit, FIFO_TIMEOUT if timeout is None else timeout)
    with open(name, "rb") as fh:
        return read_stream(fh, limit, name)


def read_stream(stream: IO[bytes], limit: int, source: str) -> bytes:
    """At most ``limit`` bytes from a binary stream (standard input, an open file).

    Raises:
        InvalidDocument: the stream has more than ``limit`` bytes (refused as soon as it does).
    """
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(None, limit, source)
    return data


def _read_fifo(name: str, limit: int, timeout: float) -> bytes:
    # Opening a pipe for reading blocks until a writer opens it; without O_NONBLOCK the open
    # itself could wait for ever. Every wait below is bounded by ``timeout``.
    fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK)
    try:
        parts: list[bytes] = []
        size = 0
        while True:
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                raise TimeoutError(
                    f"{name}: nothing to read for {timeout:g} seconds (a named pipe with no "
                    "writer?)"
                )
            try:
                part = os.read(fd, _CHUNK)
            except BlockingIOError:
                time.sleep(0.01)
                continue
            if not part:
                return b"".join(parts)
            size += len(part)
            if size > limit:
                raise too_large(None, limit, name)
            parts.append(part)
    finally:
        os.close(fd)


# -- TOML keys --------------------------------------------------------------------------------
_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""


def _key_pattern(limit: int) -> re.Pattern[str]:
    # A key or table header of more than ``limit`` dotted parts, where a key may start: at the
    # start of a line, after "[" (a header), or after "{" or "," (in an inline table).
    # Possessive repetition keeps the scan linear.
    return re.compile(
        rf"(?:^|(?<=[\[{{,]))[ \t]*(?:{_PART}[ \t]*\.[ \t]*){{{limit},}}+{_PART}",
        re.MULTILINE,
    )


_KEY_PATTERNS: dict[int, re.Pattern[str]] = {}
_HEADER = re.compile(r"^[ \t]*\[\[?([^\]\n]*)\]", re.MULTILINE)
_ONE_PART = re.compile(_PART)


def _parts(key: str) -> list[str]:
    """The parts of a dotted key, quotes taken off (escapes are left as written)."""
    return [p.strip("\"'") for p in _ONE_PART.findall(key)]


def toml_key_problems(text: str, max_parts: int) -> list[Problem]:
    """A problem for each key or table header with more than ``max_parts`` dotted parts.

    Such a key nests tables deeper than any document may, and the standard TOML parser's
    memory grows with the square of its parts (60,000 parts take more than 20 GB), so it is
    refused from the text. The scan is linear in the text.
    """
    if text.count(".") < max_parts:
        return []
    # Such a key lies on one line (no part of it may hold a line break) and has a dot between
    # each two parts: a text with no line of ``max_parts`` dots has none. Counting is several
    # times cheaper than the scan, which tries a key at every line start and every comma.
    if max(map(str.count, text.split("\n"), itertools.repeat("."))) < max_parts:
        return []
    pattern = _KEY_PATTERNS.setdefault(max_parts, _key_pattern(max_parts))
    out: list[Problem] = []
    rest = 0
    for m in pattern.finditer(text):
        if len(out) >= _MAX_PROBLEMS:
            rest += 1
            continue
        line = text.count("\n", 0, m.start()) + 1
        parts = _parts(m.group())
        if text[m.start() - 1 : m.start()] not in ("[", "{", ","):
            # a key at the start of a line: it lies in the table of the last header above
            headers = list(_HEADER.finditer(text, 0, m.start()))
            if headers:
                parts = _parts(headers[-1].group(1)) + parts
        out.append(
            Problem(
                path="$." + ".".join(parts[:max_parts]),
                message=f"nested deeper than {max_parts} levels: line {line} has a key of "
                f"{len(parts):,} dotted parts; expected at most {max_parts}",
            )
        )
    if rest:
        out.append(
            Problem(
                path="$", message=f"and {rest:,} more keys nested deeper than {max_parts} levels"
            )
        )
    return out


# -- integers and surrogates ------------------------------------------------------------------
_SENTINEL = "\x00yjinspect-big-integer-"


def _digits_limit() -> int:
    return sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 0


def big_integer_problems(text: str, fmt: str, parse: Any) -> list[Problem] | None:
    """Problems naming each integer too long for Python to read (more than 4,300 digits by
    default), by path; ``None`` when the text holds none.

    ``parse(text, fmt)`` parses text with each such integer replaced by a marker string, to
    find where they are; when that fails, the problem is placed at ``$`` with a line number.
    """
    limit = _digits_limit()
    if not limit:
        return None
    pattern = re.compile(rf"[0-9](?:_?[0-9]){{{limit},}}+")
    found = list(pattern.finditer(text))
    if not found:
        return None
    lengths = [len(m.group().replace("_", "")) for m in found]

    def expected(digits: int) -> str:
        return (
            f"expected a whole number of at most {limit:,} digits, found one of {digits:,} digits"
        )

    counter = itertools.count()
    marker = '"' + _SENTINEL.replace("\x00", "\\u0000") + "{}" + '"'
    marked = pattern.sub(lambda _m: marker.format(next(counter)), text)
    try:
        data = parse(marked, fmt)
    except Exception:
        line = text.count("\n", 0, found[0].start()) + 1
        return [Problem(path="$", message=f"line {line}: {expected(lengths[0])}")]
    out = [
        Problem(path=path, message=expected(lengths[int(value[len(_SENTINEL) :])]))
        for path, value in _strings(data)
        if value.startswith(_SENTINEL)
    ]
    return out or [Problem(path="$", message=expected(lengths[0]))]


def _strings(data: Any) -> Iterator[tuple[str, str]]:
    """(path, text) of every string value in parsed data, depth first, without recursion."""
    stack: list[tuple[Any, str]] = [(data, "$")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, str):
            yield path, node
        elif isinstance(node, dict):
            stack.extend((v, f"{path}.{k}") for k, v in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((v, f"{path}[{i}]") for i, v in reversed(list(enumerate(node))))


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def may_hold_surrogates(text: str) -> bool:
    """True when ``text`` holds a surrogate or an escape of one (cheap, before parsing)."""
    # ``isascii`` reads a flag CPython keeps on every string: no scan for a text that is all ASCII.
    return bool(
        ("\\u" in text and _SURROGATE_ESCAPE.search(text))
        or (not text.isascii() and _SURROGATE.search(text))
    )


def surrogate_problems(data: Any) -> list[Problem]:
    """A problem for each key or string holding a lone surrogate (a half of a UTF-16 pair,
    which is not a character: such text cannot be written as UTF-8, so a document holding it
    could be read but never saved)."""
    out: list[Problem] = []
    stack: list[tuple[Any, str]] = [(data, "$")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, str):
            m = _SURROGATE.search(node)
            if m:
                out.append(_surrogate(path, m.group()))
        elif isinstance(node, dict):
            for k, v in node.items():
                m = _SURROGATE.search(k)
                if m:
                    out.append(_surrogate(f"{path}.{k}", m.group()))
                stack.append((v, f"{path}.{k}"))
        elif isinstance(node, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(node))
    out.sort(key=lambda p: p.path)
    return out


def _surrogate(path: str, char: str) -> Problem:
    return Problem(
        path=path.encode("utf-8", "backslashreplace").decode(),
        message=f"expected text, found a lone surrogate U+{ord(char):04X} (half of a UTF-16 "
        "pair, not a character; it cannot be saved as UTF-8)",
    )
