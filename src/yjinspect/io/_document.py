"""A whole document: text to object (parse, envelope, structure) and object to plain data."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..errors import InvalidDocument
from . import _converter
from ._converter import structure, unstructure
from ._json import dumps as json_dumps
from ._json import parse as fast_parse
from ._limits import may_hold_surrogates, surrogate_problems, toml_key_problems
from ._parse import MAX_DEPTH, _check_depth, _parse, _within_depth
from ._toml import parse as fast_toml
from ._unstructure import writer_of
from .document_kinds import _envelope, kind_named, kind_of


def read_document(text: str, format: str, kind: str | None, source: str | None) -> Any:
    """Parse text, check its envelope and limits, migrate it and structure it into an object.

    The cross-object checks are not made here (:func:`yjinspect.documents.loads` adds them).

    Raises:
        InvalidDocument: the text is not a well-formed document of a known kind.

    .. versionadded:: 0.1.0
    """

    def too_deep(data: Any) -> None:
        """Refuse data nested deeper than MAX_DEPTH, as the standard library's reading did."""
        try:
            _check_depth(data)
        except InvalidDocument:
            if fast and format == "toml":
                # tomllib gives up on nesting shallower than tomli does: its error, as before
                _parse(text, format, fast=False)
            raise

    try:
        if format == "toml":
            deep_keys = toml_key_problems(text, MAX_DEPTH)
            if deep_keys:
                raise InvalidDocument(deep_keys)
        # msgspec refuses a lone surrogate, and reads no text holding a \u escape: what it
        # reads needs no search for one.
        data: Any = fast_parse(text) if format == "json" else fast_toml(text)
        fast = data is not None
        clean = fast and format == "json"
        if not fast:
            data = _parse(text, format, fast=False)
        if not clean and may_hold_surrogates(text):
            lone = surrogate_problems(data)
            if lone:
                raise InvalidDocument(lone)
    except InvalidDocument as exc:
        raise InvalidDocument(exc.problems, source=source) from None
    return _read_parsed(data, kind, source, too_deep)


def read_data(data: Any, kind: str | None, source: str | None) -> Any:
    """What :func:`read_document` does once the text is parsed: check the envelope and depth,
    migrate and structure ``data`` (JSON-compatible data, as a parser gives it).

    Raises:
        InvalidDocument: the data is not a well-formed document of a known kind.
    """
    return _read_parsed(data, kind, source, _check_depth)


def _read_parsed(
    data: Any, kind: str | None, source: str | None, too_deep: Callable[[Any], None]
) -> Any:
    """Check the envelope and depth of parsed data (``too_deep`` refuses data nested too deep),
    migrate and structure it."""
    try:
        try:
            doc_kind, body = _envelope(data, kind)
        except InvalidDocument:
            too_deep(data)  # a document nested too deep is refused for that first
            raise
        shallow = data.get("schema_version") == doc_kind.version and _within_depth(doc_kind.cls)
        if not shallow:
            too_deep(data)
    except InvalidDocument as exc:
        raise InvalidDocument(exc.problems, source=source) from None
    try:
        obj: object = structure(body, doc_kind.cls, source=source)
    except InvalidDocument:
        if shallow:
            try:
                too_deep(data)
            except InvalidDocument as exc:
                raise InvalidDocument(exc.problems, source=source) from None
        raise
    return obj


# -- writing -----------------------------------------------------------------------------------
def document_data(obj: Any) -> dict[str, Any]:
    """Plain data for an object, with its ``kind`` and ``schema_version`` envelope.

    .. versionadded:: 0.1.0
    """
    name = kind_of(obj)
    body = unstructure(obj)
    return {"kind": name, "schema_version": kind_named(name).version, **body}


def document_json(obj: Any) -> str:
    """An object's document as JSON text: ``json.dumps(document_data(obj), indent=2,
    ensure_ascii=False)`` followed by a newline, byte for byte.

    orjson writes it. For a corpus or a plan, each inspection, plan or action is unstructured
    only when the writer reaches it, so the plain data of the whole document never exists at
    once; where orjson's text could differ from the standard library's (a float it formats
    otherwise, an object of a class the writer was not made for), the plain data is built and
    written the standard library's way.

    Args:
        obj: an object of a document kind.

    Returns:
        The text, ending in a newline.

    Raises:
        TypeError: the object is not of a document kind.

    .. versionadded:: 0.2
    """
    name = kind_of(obj)
    head = {"kind": name, "schema_version": kind_named(name).version}
    writer = writer_of(_converter.converter_for(False).get_unstructure_hook(obj.__class__))
    if writer is not None:
        text = json_dumps({**head, **writer.shallow(obj)}, writer.default)
        if text is not None:
            return text + "\n"
    doc = {**head, **unstructure(obj)}
    text = json_dumps(doc)
    if text is None:
        text = json.dumps(doc, indent=2, ensure_ascii=False)
    return text + "\n"
