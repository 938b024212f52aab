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

from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from . import io as _io
from .errors import InvalidDocument, Problem
from .io import (
    MAX_DEPTH,
    MAX_DOCUMENT_BYTES,
    MAX_DOCUMENT_CHARS,
    SCHEMA_VERSION,
    DocumentKind,
    Format,
    checked_text,
    document_data,
    document_json,
    document_schema,
    format_for,
    kind_for,
    kind_of,
    kinds,
    read_document,
    read_limited,
    register_kind,
    register_migration,
    structure,
    toml_dumps,
    unstructure,
    write_atomic,
)
from .io import all_kinds as all_kinds  # read as documents.all_kinds
from .io.document_kinds import kind_named
from .validation import errors_of

if TYPE_CHECKING:
    import cattrs

    from .model import Corpus, Crosswalk, Framework, ImprovementPlan, Inspection

    converter: cattrs.Converter
    """The one converter (cattrs, preconfigured for JSON, with pendulum hooks and strict types).

    Detailed validation is off on this fast path; a document that fails is structured again
    with a detailed converter so that every problem gets its path.
    """

__all__ = [
    "MAX_DEPTH",
    "MAX_DOCUMENT_BYTES",
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
        return errors_of(obj)
    except TypeError:
        return ()


_T = TypeVar("_T")


@overload
def loads(
    text: str | bytes,
    format: Format | str = "json",
    *,
    cls: type[_T],
    kind: str | None = None,
    source: str | None = None,
) -> _T: ...


@overload
def loads(
    text: str | bytes,
    format: Format | str = "json",
    *,
    kind: Literal["inspection"],
    source: str | None = None,
) -> Inspection: ...


@overload
def loads(
    text: str | bytes,
    format: Format | str = "json",
    *,
    kind: Literal["corpus"],
    source: str | None = None,
) -> Corpus: ...


@overload
def loads(
    text: str | bytes,
    format: Format | str = "json",
    *,
    kind: Literal["framework"],
    source: str | None = None,
) -> Framework: ...


@overload
def loads(
    text: str | bytes,
    format: Format | str = "json",
    *,
    kind: Literal["improvement-plan"],
    source: str | None = None,
) -> ImprovementPlan: ...


@overload
def loads(
    text: str | bytes,
    format: Format | str = "json",
    *,
    kind: Literal["crosswalk"],
    source: str | None = None,
) -> Crosswalk: ...


@overload
def loads(
    text: str | bytes,
    format: Format | str = "json",
    *,
    kind: str | None = None,
    source: str | None = None,
) -> object: ...


def loads(
    text: str | bytes,
    format: Format | str = "json",
    *,
    cls: type[Any] | None = None,
    kind: str | None = None,
    source: str | None = None,
) -> Any:
    """Read a document from text.

    Reading leaves the cyclic garbage collector alone: it runs, or not, as the process has it.

    Args:
        text: the document.
        format: ``"json"`` or ``"toml"``.
        cls: if given, the document must be of the kind this class is registered for
            (:class:`~yjinspect.Inspection`, :class:`~yjinspect.Corpus`, ...), and a type
            checker knows the result is a ``cls``.
        kind: if given, the document must be of this kind; a literal kind name
            (``kind="inspection"``) types the result as well.
        source: a name for the text, used in error messages.

    Returns:
        An :class:`~yjinspect.Inspection`, :class:`~yjinspect.Corpus`,
        :class:`~yjinspect.frameworks.Framework`, :class:`~yjinspect.ImprovementPlan`,
        :class:`~yjinspect.crosswalks.Crosswalk` or an object of a registered kind. Without
        ``cls`` or a literal ``kind`` its static type is ``object``: narrow it with
        ``isinstance`` or pass ``cls=``.

    Raises:
        InvalidDocument: the text is not a valid document, or not of the kind asked for.
        TypeError: ``cls`` is not the class of a document kind.
        ValueError: ``cls`` and ``kind`` disagree, or ``format`` is not known.

    Example:
        >>> import yjinspect as yj
        >>> text = yj.dumps(yj.examples.bromley().get("bromley-2015-fji"))
        >>> yj.loads(text, cls=yj.Inspection).framework
        'hmip-fji-2012'

    .. versionchanged:: 0.1.0
        ``cls=`` added; the result is typed.

    .. versionadded:: 0.1.0
    """
    if cls is not None:
        kind = kind_for(cls, kind)
    text = checked_text(text, format, source)
    return _read(text, format, kind, source)


def _read(text: str, format: str, kind: str | None, source: str | None) -> Any:
    obj = read_document(text, format, kind, source)
    problems = _semantic_problems(obj)
    if problems:
        raise InvalidDocument(problems, source=source)
    return obj


@overload
def load(
    path: str | PathLike[str],
    *,
    format: Format | str | None = None,
    cls: type[_T],
    kind: str | None = None,
) -> _T: ...


@overload
def load(
    path: str | PathLike[str],
    *,
    format: Format | str | None = None,
    kind: Literal["inspection"],
) -> Inspection: ...


@overload
def load(
    path: str | PathLike[str],
    *,
    format: Format | str | None = None,
    kind: Literal["corpus"],
) -> Corpus: ...


@overload
def load(
    path: str | PathLike[str],
    *,
    format: Format | str | None = None,
    kind: Literal["framework"],
) -> Framework: ...


@overload
def load(
    path: str | PathLike[str],
    *,
    format: Format | str | None = None,
    kind: Literal["improvement-plan"],
) -> ImprovementPlan: ...


@overload
def load(
    path: str | PathLike[str],
    *,
    format: Format | str | None = None,
    kind: Literal["crosswalk"],
) -> Crosswalk: ...


@overload
def load(
    path: str | PathLike[str],
    *,
    format: Format | str | None = None,
    kind: str | None = None,
) -> object: ...


def load(
    path: str | PathLike[str],
    *,
    format: Format | str | None = None,
    cls: type[Any] | None = None,
    kind: str | None = None,
) -> Any:
    """Read a document from a file; the format follows the suffix (``.json``, ``.toml``).

    ``cls`` and ``kind`` work as for :func:`loads`: ``load(path, cls=Inspection)`` checks
    the document's kind and is typed as an :class:`~yjinspect.Inspection`.

    Raises:
        InvalidDocument: the file is not a valid document (the message names the file), or it
            is larger than :data:`MAX_DOCUMENT_BYTES` (a regular file is refused from its size,
            before it is read; a pipe or device as soon as it passes the limit).
        OSError: the file cannot be read (``TimeoutError`` for a named pipe that sends nothing
            for 10 seconds).

    .. versionadded:: 0.1.0
    """
    p = Path(path)
    fmt = format_for(p, format)
    if cls is not None:
        kind = kind_for(cls, kind)
    raw = read_limited(p, MAX_DOCUMENT_BYTES)
    return loads(raw, fmt, kind=kind, source=str(p))


def dumps(obj: object, format: Format | str = "json") -> str:
    """Write an object as a document (with ``kind`` and ``schema_version``).

    JSON is indented by two spaces and keeps non-ASCII text as it is; TOML is written by
    tomli-w, which puts each list of objects in ``[[arrays of tables]]``.

    .. versionadded:: 0.1.0
    """
    if format == "json":
        return document_json(obj)
    if format == "toml":
        return toml_dumps(document_data(obj))
    raise ValueError(f"unknown format {format!r}; expected 'json' or 'toml'")


def dump(obj: object, path: str | PathLike[str], *, format: Format | str | None = None) -> None:
    """Write an object to a file atomically.

    The document is written to a temporary file in the same folder, flushed to disk, then
    renamed over the target. On any failure the old file is intact and no temporary file is left.
    Where the platform allows (Linux), the temporary file has no name until it is complete, so a
    process killed while writing leaves nothing; elsewhere, a kill can leave a file
    ``.<name>.<8 hex digits>.tmp`` beside the target, which is safe to delete. A file that is
    replaced keeps its permissions; a new file gets those the umask gives. Writing through a
    symbolic link writes the file it points to.

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
    """The JSON Schema (draft 2020-12) of a document kind, at its current ``schema_version``.

    As strict as :func:`load` wherever JSON Schema can say what ``load`` checks; the page on
    documents lists what it cannot (references, unique ids, order between values, ...). Days
    carry ``"format": "date"``: validate with format checking on (``jsonschema``'s
    ``FormatChecker``) to refuse a day its month does not have.

    Args:
        kind: a document kind (:func:`kinds`).

    Returns:
        The schema, as plain JSON data.

    Raises:
        LookupError: no such kind.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2
       As strict as ``load`` where JSON Schema can say it; ``schema_version`` is a constant.
    """
    try:
        doc_kind = kind_named(kind)
    except KeyError:
        raise LookupError(f"unknown document kind {kind!r}; kinds: {', '.join(kinds())}") from None
    return document_schema(doc_kind.name, doc_kind.cls, doc_kind.version)
