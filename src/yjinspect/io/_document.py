"""A whole document: text to object (parse, envelope, structure) and object to plain data."""

from __future__ import annotations

from typing import Any

from ..errors import InvalidDocument
from ._converter import structure, unstructure
from ._limits import may_hold_surrogates, surrogate_problems, toml_key_problems
from ._parse import MAX_DEPTH, _check_depth, _parse, _within_depth
from .document_kinds import _envelope, kind_named, kind_of


def read_document(text: str, format: str, kind: str | None, source: str | None) -> Any:
    """Parse text, check its envelope and limits, migrate it and structure it into an object.

    The cross-object checks are not made here (:func:`yjinspect.documents.loads` adds them).

    Raises:
        InvalidDocument: the text is not a well-formed document of a known kind.

    .. versionadded:: 0.1.0
    """
    try:
        if format == "toml":
            too_deep = toml_key_problems(text, MAX_DEPTH)
            if too_deep:
                raise InvalidDocument(too_deep)
        data = _parse(text, format)
        if may_hold_surrogates(text):
            lone = surrogate_problems(data)
            if lone:
                raise InvalidDocument(lone)
    except InvalidDocument as exc:
        raise InvalidDocument(exc.problems, source=source) from None
    return read_data(data, kind, source)


def read_data(data: Any, kind: str | None, source: str | None) -> Any:
    """What :func:`read_document` does once the text is parsed: check the envelope and depth,
    migrate and structure ``data`` (JSON-compatible data, as a parser gives it).

    Raises:
        InvalidDocument: the data is not a well-formed document of a known kind.
    """
    try:
        try:
            doc_kind, body = _envelope(data, kind)
        except InvalidDocument:
            _check_depth(data)  # a document nested too deep is refused for that first
            raise
        shallow = data.get("schema_version") == doc_kind.version and _within_depth(doc_kind.cls)
        if not shallow:
            _check_depth(data)
    except InvalidDocument as exc:
        raise InvalidDocument(exc.problems, source=source) from None
    try:
        obj: object = structure(body, doc_kind.cls, source=source)
    except InvalidDocument:
        if shallow:
            try:
                _check_depth(data)
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
