"""Parsing JSON and TOML text into plain data, with the documented limits on size and depth."""

from __future__ import annotations

import json
import types
import typing
from enum import Enum
from typing import Any, Final, cast

import attrs
import pendulum

from ..errors import InvalidDocument, Problem
from ..model import (
    DateRange,
    PartialDate,
)
from ._hooks import _is_homogeneous_tuple, _is_mapping
from ._json import parse as fast_parse
from ._limits import MAX_DOCUMENT_BYTES, big_integer_problems, too_large
from ._toml import parse as fast_toml

MAX_DOCUMENT_CHARS: Final = 64 * 1024 * 1024
"""Documents longer than this many characters (64 Mi) are refused before parsing."""

MAX_DEPTH: Final = 32
"""Documents nested deeper than this many levels of tables and arrays are refused (TOML keys
and table headers of more dotted parts are refused from the text, before parsing)."""


def checked_text(text: str | bytes, format: str, source: str | None) -> str:
    """The text of a document, decoded from UTF-8 if given as bytes, within the size limit.

    Raises:
        InvalidDocument: the bytes are longer than :data:`MAX_DOCUMENT_BYTES` or not UTF-8, the
            text is longer than :data:`MAX_DOCUMENT_CHARS`, or it starts with a byte-order mark
            (which some editors write, and which neither JSON nor TOML has).
        TypeError: ``text`` is neither text nor bytes.
        ValueError: ``format`` is neither ``"json"`` nor ``"toml"``.

    .. versionadded:: 0.1.0
    """
    if isinstance(text, bytes | bytearray):
        if len(text) > MAX_DOCUMENT_BYTES:
            raise too_large(len(text), MAX_DOCUMENT_BYTES, source)
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            before = exc.object[: exc.start]
            line = before.count(b"\n") + 1
            column = exc.start - (before.rfind(b"\n") + 1) + 1
            raise InvalidDocument(
                [
                    Problem(
                        path="$",
                        message=f"expected UTF-8 text, found byte "
                        f"0x{exc.object[exc.start]:02x} at line {line}, column {column} "
                        f"({exc})",
                    )
                ],
                source=source,
            ) from None
    if not isinstance(text, str):
        raise TypeError(f"expected text, found {type(text).__name__}")
    if format not in ("json", "toml"):
        raise ValueError(f"unknown format {format!r}; expected 'json' or 'toml'")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise too_large(len(text), MAX_DOCUMENT_CHARS, source, unit="characters")
    if text.startswith("\ufeff"):
        raise InvalidDocument(
            [
                Problem(
                    path="$",
                    message=f"expected {format.upper()} text, found a byte-order mark (U+FEFF) "
                    "before it; save the file as UTF-8 without a byte-order mark",
                )
            ],
            source=source,
        )
    return text


# -- reading -----------------------------------------------------------------------------------
class _Rejected:
    """A JSON value the parser refused (NaN, Infinity), kept in place so its path can be named."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


class _Duplicated(dict[str, Any]):
    """A JSON object in which some keys appear more than once (the first value is kept)."""

    def __init__(self, items: dict[str, Any], duplicates: list[str]) -> None:
        super().__init__(items)
        self.duplicates = tuple(duplicates)


def _rejections(data: Any) -> list[Problem]:
    """The problems the JSON parser marked: duplicate keys and non-finite numbers, by path."""
    problems: list[Problem] = []
    stack: list[tuple[Any, str]] = [(data, "$")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, _Rejected):
            problems.append(Problem(path=path, message=node.message))
        elif isinstance(node, dict):
            if isinstance(node, _Duplicated):
                problems.extend(
                    Problem(
                        path=f"{path}.{key}",
                        message=f"duplicate key: {key!r} appears more than once in this object; "
                        "expected each key once",
                    )
                    for key in dict.fromkeys(node.duplicates)
                )
            stack.extend((v, f"{path}.{k}") for k, v in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((v, f"{path}[{i}]") for i, v in reversed(list(enumerate(node))))
    return problems


def _parse(text: str, fmt: str, *, fast: bool = True) -> Any:
    """The data of a text; ``fast=False`` when the fast reader (msgspec, tomli) has already
    refused it, or to read it the standard library's way only."""
    if fmt == "json":
        data = fast_parse(text) if fast else None
        if data is not None:
            return data
        marked: list[bool] = []

        def constant(name: str) -> _Rejected:
            marked.append(True)
            return _Rejected(f"expected a finite number, found {name} (JSON has no such number)")

        def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
            fast = dict(items)
            if len(fast) == len(items):
                return fast
            out: dict[str, Any] = {}
            duplicates: list[str] = []
            for key, value in items:
                if key in out:
                    duplicates.append(key)
                else:
                    out[key] = value
            if duplicates:
                marked.append(True)
                return _Duplicated(out, duplicates)
            return out

        try:
            data = json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
        except json.JSONDecodeError as exc:
            raise InvalidDocument(
                [
                    Problem(
                        path="$",
                        message=f"JSON syntax error at line {exc.lineno}, column {exc.colno}: "
                        f"{exc.msg}",
                    )
                ]
            ) from None
        except ValueError as exc:
            big = big_integer_problems(text, fmt, _parse)
            raise InvalidDocument(big or [Problem(path="$", message=str(exc))]) from None
        except RecursionError:
            raise InvalidDocument(
                [Problem(path="$", message=f"nested deeper than {MAX_DEPTH} levels")]
            ) from None
        if marked:
            raise InvalidDocument(_rejections(data))
        return data
    if fmt == "toml":
        table = fast_toml(text) if fast else None
        if table is not None:
            return table
        import tomllib  # only for what tomli refuses: its error, worded as before

        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InvalidDocument(
                [Problem(path="$", message=f"TOML syntax error: {exc}")]
            ) from None
        except ValueError as exc:
            big = big_integer_problems(text, fmt, _parse)
            raise InvalidDocument(big or [Problem(path="$", message=str(exc))]) from None
        except RecursionError:
            raise InvalidDocument(
                [Problem(path="$", message=f"nested deeper than {MAX_DEPTH} levels")]
            ) from None
    raise ValueError(f"unknown format {fmt!r}; expected 'json' or 'toml'")


def _check_depth(data: Any) -> None:
    stack: list[tuple[Any, str, int]] = [(data, "$", 1)]
    while stack:
        node, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InvalidDocument(
                [Problem(path=path, message=f"nested deeper than {MAX_DEPTH} levels")]
            )
        if isinstance(node, dict):
            stack.extend(
                (v, f"{path}.{k}", depth + 1) for k, v in node.items() if isinstance(v, dict | list)
            )
        elif isinstance(node, list):
            stack.extend(
                (v, f"{path}[{i}]", depth + 1)
                for i, v in enumerate(node)
                if isinstance(v, dict | list)
            )


_DEPTH_LEAVES: Final = frozenset(
    {str, int, float, bool, type(None), pendulum.Date, pendulum.DateTime, pendulum.Duration}
)
_MODEL_DEPTH: dict[type, int | None] = {}


def _model_depth(t: Any, outer: tuple[type, ...] = ()) -> int | None:
    """The deepest nesting of tables and arrays a value of type ``t`` can be structured from;
    ``None`` when it is unbounded or cannot be told."""
    if t in _DEPTH_LEAVES or t in (PartialDate, DateRange) or t is pendulum.Interval:
        return 0
    if isinstance(t, type) and issubclass(t, Enum):
        return 0
    if typing.get_origin(t) is pendulum.Interval:
        return 0
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        depths = [_model_depth(a, outer) for a in typing.get_args(t)]
        return None if any(d is None for d in depths) else max(cast(list[int], depths))
    if _is_homogeneous_tuple(t) or _is_mapping(t):
        inner = _model_depth(typing.get_args(t)[-1 if _is_mapping(t) else 0], outer)
        return None if inner is None else inner + 1
    if isinstance(t, type) and attrs.has(t):
        if t in outer:
            return None  # a recursive model
        try:
            attrs.resolve_types(t)
        except Exception:
            return None
        fields = [_model_depth(f.type, (*outer, t)) for f in attrs.fields(t) if f.init]
        if any(d is None for d in fields):
            return None
        return 1 + max(cast(list[int], fields), default=0)
    return None


def _within_depth(cls: type) -> bool:
    """True when every document that structures as ``cls`` is within :data:`MAX_DEPTH`, so the
    depth walk is needed only when structuring fails."""
    if cls not in _MODEL_DEPTH:
        _MODEL_DEPTH[cls] = _model_depth(cls)
    depth = _MODEL_DEPTH[cls]
    return depth is not None and depth <= MAX_DEPTH
