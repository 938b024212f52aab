"""Documents: lossless JSON and TOML for every yjinspect object, through one converter.

Every top-level document carries ``kind`` ("inspection", "corpus", "framework",
"improvement-plan") and ``schema_version``. Loading is strict: wrong types, unknown or missing
fields, impossible dates, unknown frameworks, areas and ratings, duplicate ids, a
``schema_version`` newer than this library, and documents larger or deeper than the documented
bounds all raise :class:`~yjinspect.errors.InvalidDocument`, whose problems name the path
(``$.judgements[2].rating``) and say what was expected and what was found.

Example:
    >>> import yjinspect as yj
    >>> insp = yj.examples.bromley().get("bromley-2015-fji")
    >>> yj.loads(yj.dumps(insp)) == insp
    True
"""

from __future__ import annotations

import json
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import io as _io
from .errors import InvalidDocument, Problem
from .io import (
    MAX_DEPTH,
    MAX_DOCUMENT_CHARS,
    SCHEMA_VERSION,
    DocumentKind,
    Format,
    all_kinds,
    checked_text,
    document_data,
    document_schema,
    format_for,
    json_dumps,
    kind_of,
    kinds,
    read_document,
    register_kind,
    register_migration,
    structure,
    toml_dumps,
    unstructure,
    write_atomic,
)
from .validation import errors_only, validate

if TYPE_CHECKING:
    import cattrs

    converter: cattrs.Converter
    """The one converter (cattrs, preconfigured for JSON, with pendulum hooks and strict types).

    Detailed validation is off on this fast path; a document that fails is structured again
    with a detailed converter so that every problem gets its path.
    """

__all__ = [
    "MAX_DEPTH",
    "MAX_DOCUMENT_CHARS",
    "SCHEMA_VERSION",
    "DocumentKind",
    "Format",
    "converter",
    "dump",
    "dumps",
    "kind_of",
    "kinds",
    "load",
    "loads",
    "register_kind",
    "register_migration",
    "schema",
    "structure",
    "unstructure",
]


def __getattr__(name: str) -> Any:
    if name == "converter":  # built on first use
        return _io.converter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _semantic_problems(obj: Any) -> tuple[Problem, ...]:
    try:
        return errors_only(validate(obj))
    except TypeError:
        return ()


def loads(
    text: str | bytes,
    format: Format | str = "json",
    *,
    kind: str | None = None,
    source: str | None = None,
) -> Any:
    """Read a document from text.

    Reading leaves the cyclic garbage collector alone: it runs, or not, as the process has it.

    Args:
        text: the document.
        format: ``"json"`` or ``"toml"``.
        kind: if given, the document must be of this kind.
        source: a name for the text, used in error messages.

    Returns:
        An :class:`~yjinspect.Inspection`, :class:`~yjinspect.Corpus`,
        :class:`~yjinspect.frameworks.Framework` or :class:`~yjinspect.ImprovementPlan`.

    Raises:
        InvalidDocument: the text is not a valid document; nothing else escapes.

    .. versionadded:: 0.1.0
    """
    text = checked_text(text, format, source)
    return _read(text, format, kind, source)


def _read(text: str, format: str, kind: str | None, source: str | None) -> Any:
    obj = read_document(text, format, kind, source)
    problems = _semantic_problems(obj)
    if problems:
        raise InvalidDocument(problems, source=source)
    return obj


def load(
    path: str | PathLike[str], *, format: Format | str | None = None, kind: str | None = None
) -> Any:
    """Read a document from a file; the format follows the suffix (``.json``, ``.toml``).

    Raises:
        InvalidDocument: the file is not a valid document (the message names the file).
        OSError: the file cannot be read.

    .. versionadded:: 0.1.0
    """
    p = Path(path)
    fmt = format_for(p, format)
    raw = p.read_bytes()
    return loads(raw, fmt, kind=kind, source=str(p))


def dumps(obj: Any, format: Format | str = "json") -> str:
    """Write an object as a document (with ``kind`` and ``schema_version``).

    JSON is indented by two spaces and keeps non-ASCII text as it is; TOML puts each list of
    objects in ``[[arrays of tables]]``.

    .. versionadded:: 0.1.0
    """
    doc = document_data(obj)
    if format == "json":
        text = json_dumps(doc)
        if text is None:
            text = json.dumps(doc, indent=2, ensure_ascii=False)
        return text + "\n"
    if format == "toml":
        return toml_dumps(doc)
    raise ValueError(f"unknown format {format!r}; expected 'json' or 'toml'")


def dump(obj: Any, path: str | PathLike[str], *, format: Format | str | None = None) -> None:
    """Write an object to a file atomically.

    The document is written to a temporary file in the same folder, flushed to disk, then
    renamed over the target. On any failure the old file is intact and no temporary file is left.
    A file that is replaced keeps its permissions; a new file gets those the umask gives.

    Raises:
        ValueError: the format cannot be told from the suffix and ``format`` is not given.
        TypeError: the object is not of a document kind.
        FileNotFoundError: the folder does not exist (the error names the folder).
        OSError: the file cannot be written (the old file, if any, is left as it was).

    .. versionadded:: 0.1.0
    """
    p = Path(path)
    write_atomic(p, dumps(obj, format_for(p, format)))


def schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a document kind.

    Raises:
        LookupError: no such kind.

    .. versionadded:: 0.1.0
    """
    try:
        doc_kind = all_kinds()[kind]
    except KeyError:
        raise LookupError(f"unknown document kind {kind!r}; kinds: {', '.join(kinds())}") from None
    return document_schema(doc_kind.name, doc_kind.cls, doc_kind.version)
