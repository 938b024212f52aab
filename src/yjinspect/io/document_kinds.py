"""Document kinds (the ``kind`` and ``schema_version`` envelope), their registry and migrations."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import Any, Final, Literal

import attrs

from ..errors import InvalidDocument, Problem
from ..model import Framework, Inspection, PartialDate
from ..model.inspection import nation_of
from ._hooks import _found

Format = Literal["json", "toml"]

SCHEMA_VERSION: Final = 1
"""The schema version of a kind registered without one. Built-in kinds: "inspection" and
"corpus" are at 2 (services record their authorities' GSS codes; see the migrations below),
the others at 1."""


# -- document kinds and migrations -------------------------------------------------------------
@attrs.frozen(slots=True, kw_only=True)
class DocumentKind:
    """A kind of top-level document.

    Attributes:
        name: the value of the document's ``kind`` field.
        cls: the class a document of this kind becomes.
        version: the ``schema_version`` this release reads and writes.

    .. versionadded:: 0.1.0
    """

    name: str
    cls: type
    version: int = SCHEMA_VERSION


_KINDS: dict[str, DocumentKind] = {}

# Built-in kinds whose classes are imported on first use, so that reading an inspection or a
# framework does not build the classes of plans, corpora and crosswalks: kind name -> (module,
# class name, schema version). A kind moves to _KINDS when its class is first needed.
_LATER: dict[str, tuple[str, str, int]] = {}
_LATER_LOCK = threading.Lock()


def _register_later(name: str, module: str, cls_name: str, *, version: int) -> None:
    _LATER[name] = (module, cls_name, version)


def _resolve(name: str) -> DocumentKind | None:
    """The kind ``name``, importing its class if it is registered for later; None if unknown."""
    kind = _KINDS.get(name)
    if kind is not None or name not in _LATER:
        return kind
    with _LATER_LOCK:
        spec = _LATER.get(name)
        if spec is not None:
            module, cls_name, version = spec
            cls = getattr(importlib.import_module(module), cls_name)
            if name not in _KINDS:
                register_kind(name, cls, version=version)
            _LATER.pop(name, None)
    return _KINDS.get(name)


def _resolve_class(cls: type) -> None:
    """Register the kind held for later whose class is ``cls`` (its module is imported, since
    ``cls`` exists)."""
    for name, (module, cls_name, _version) in list(_LATER.items()):
        if cls.__module__ == module and cls.__qualname__ == cls_name:
            _resolve(name)


def all_kinds() -> dict[str, DocumentKind]:
    """The registry of document kinds: kind name to :class:`DocumentKind`.

    Imports the class of every kind (see :func:`kind_named` for one).

    .. versionadded:: 0.1.0
    """
    for name in list(_LATER):
        _resolve(name)
    return _KINDS


def kind_named(name: str) -> DocumentKind:
    """The document kind called ``name``.

    Raises:
        KeyError: no kind has that name.

    .. versionadded:: 0.1.0
    """
    kind = _resolve(name)
    if kind is None:
        raise KeyError(name)
    return kind


_MIGRATIONS: dict[tuple[str, int], Callable[[dict[str, Any]], dict[str, Any]]] = {}


def register_kind(name: str, cls: type, *, version: int = SCHEMA_VERSION) -> DocumentKind:
    """Make a class loadable and dumpable as a top-level document of kind ``name``.

    .. versionadded:: 0.1.0
    """
    clash = {"kind", "schema_version"} & {f.name for f in attrs.fields(cls)}
    if clash:
        raise ValueError(
            f"{cls.__name__} has field(s) {sorted(clash)} that the document envelope uses"
        )
    kind = DocumentKind(name=name, cls=cls, version=version)
    _KINDS[name] = kind
    _LATER.pop(name, None)
    return kind


def register_migration(
    kind: str, from_version: int
) -> Callable[
    [Callable[[dict[str, Any]], dict[str, Any]]], Callable[[dict[str, Any]], dict[str, Any]]
]:
    """Decorator: register the step that turns a ``kind`` document of ``from_version`` into
    one of ``from_version + 1``. Steps take and return plain data (without ``kind`` and
    ``schema_version``) and run in order until the current version is reached.

    .. versionadded:: 0.1.0
    """

    def decorate(
        fn: Callable[[dict[str, Any]], dict[str, Any]],
    ) -> Callable[[dict[str, Any]], dict[str, Any]]:
        _MIGRATIONS[(kind, from_version)] = fn
        return fn

    return decorate


def kind_for(cls: type, kind: str | None = None) -> str:
    """The kind a class is registered for; ``kind``, if given, must agree.

    Raises:
        TypeError: ``cls`` is not the class of a document kind.
        ValueError: ``kind`` is another kind.
    """
    _resolve_class(cls)
    for doc_kind in _KINDS.values():
        if doc_kind.cls is cls:
            if kind is not None and kind != doc_kind.name:
                raise ValueError(
                    f"cls={cls.__name__} reads {doc_kind.name!r} documents, not kind={kind!r}"
                )
            return doc_kind.name
    raise TypeError(
        f"{getattr(cls, '__name__', cls)!r} is not the class of a document kind "
        f"(kinds: {', '.join(kinds())})"
    )


def kinds() -> tuple[str, ...]:
    """The document kinds that can be loaded, sorted.

    .. versionadded:: 0.1.0
    """
    return tuple(sorted(set(_KINDS) | set(_LATER)))


def kind_of(obj: object) -> str:
    """The document kind of an object.

    Raises:
        TypeError: the object is not of a document kind.

    .. versionadded:: 0.1.0
    """
    _resolve_class(type(obj))
    for kind in _KINDS.values():
        if type(obj) is kind.cls:
            return kind.name
    raise TypeError(
        f"a {type(obj).__name__} is not a yjinspect document (kinds: {', '.join(kinds())})"
    )


register_kind("inspection", Inspection, version=2)
register_kind("framework", Framework)
_MODEL = f"{__package__.rpartition('.')[0]}.model"
_register_later("corpus", f"{_MODEL}.corpus", "Corpus", version=2)
_register_later("improvement-plan", f"{_MODEL}.plan", "ImprovementPlan", version=SCHEMA_VERSION)
_register_later("crosswalk", f"{_MODEL}.crosswalk", "Crosswalk", version=SCHEMA_VERSION)


# -- migrations of the built-in kinds ----------------------------------------------------------
def _record_days(data: dict[str, Any]) -> tuple[Any, Any] | None:
    """The first and last day an inspection record can speak of (its fieldwork start, else its
    publication date, to the precision given), or None when it gives none."""
    for text in (
        data.get("fieldwork_start"),
        data["fieldwork"].split("/")[0] if isinstance(data.get("fieldwork"), str) else None,
        data.get("published"),
    ):
        if isinstance(text, str):
            try:
                when = PartialDate.parse(text)
            except ValueError:
                continue
            return when.earliest(), when.latest()
    return None


def _service_v1_to_v2(inspection: dict[str, Any]) -> None:
    """Schema 1 stored a service's nation (England unless told otherwise); schema 2 stores the
    GSS codes of the authorities it covers and derives the nation. The codes are filled in when
    the service's names resolve (see :mod:`yjinspect.places`) to the same authorities on the
    record's first and last possible day, in the nation the document gave; otherwise they stay
    empty, the nation is not known, and ``validate`` says so."""
    service = inspection.get("service")
    if not isinstance(service, dict):
        return
    from ..model import places

    stored = service.pop("nation", None)
    if "authorities" in service:
        return
    days = _record_days(inspection)
    found: set[tuple[str, ...]] = set()
    for on in days or (None,):
        for name in (service.get("local_authority"), service.get("name")):
            if not isinstance(name, str):
                continue
            try:
                found.add(tuple(a.gss_code for a in places.service_authorities(name, on=on)))
                break
            except places.UnknownPlace:
                continue
        else:
            return
    if len(found) != 1:
        return
    (codes,) = found
    nation = nation_of(codes)
    if stored is not None and (nation is None or nation.value != stored):
        return
    service["authorities"] = list(codes)


@register_migration("inspection", 1)
def _inspection_v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    _service_v1_to_v2(data)
    return data


@register_migration("corpus", 1)
def _corpus_v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    for inspection in data.get("inspections") or ():
        if isinstance(inspection, dict):
            _service_v1_to_v2(inspection)
    return data


def _envelope(data: Any, kind: str | None) -> tuple[DocumentKind, dict[str, Any]]:
    if not isinstance(data, dict):
        raise InvalidDocument(
            [
                Problem(
                    path="$",
                    message=f"expected a table with 'kind' and 'schema_version', found "
                    f"{_found(data)}",
                )
            ]
        )
    problems: list[Problem] = []
    body = dict(data)
    declared = body.pop("kind", None)
    version = body.pop("schema_version", None)
    if declared is None:
        problems.append(
            Problem(
                path="$.kind",
                message="required field missing; expected one of: " + ", ".join(kinds()),
            )
        )
    elif not isinstance(declared, str) or _resolve(declared) is None:
        problems.append(
            Problem(
                path="$.kind",
                message=f"expected one of: {', '.join(kinds())}; found {_found(declared)}",
            )
        )
    elif kind is not None and declared != kind:
        problems.append(Problem(path="$.kind", message=f"expected {kind!r}, found {declared!r}"))
    if version is None:
        problems.append(Problem(path="$.schema_version", message="required field missing"))
    elif isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.append(
            Problem(
                path="$.schema_version",
                message=f"expected a whole number from 1, found {_found(version)}",
            )
        )
    if problems:
        raise InvalidDocument(problems)
    doc_kind = kind_named(str(declared))
    assert isinstance(version, int)
    if version > doc_kind.version:
        raise InvalidDocument(
            [
                Problem(
                    path="$.schema_version",
                    message=f"schema_version {version} is newer than this "
                    f"release of yjinspect reads ({doc_kind.version}); upgrade yjinspect",
                )
            ]
        )
    while version < doc_kind.version:
        step = _MIGRATIONS.get((doc_kind.name, version))
        if step is None:
            raise InvalidDocument(
                [
                    Problem(
                        path="$.schema_version",
                        message=f"no migration from schema_version {version} "
                        f"of {doc_kind.name!r} documents",
                    )
                ]
            )
        try:
            body = step(dict(body))
            if not isinstance(body, dict):
                raise TypeError(f"the migration returned a {type(body).__name__}, not a dict")
        except Exception as exc:
            raise InvalidDocument(
                [
                    Problem(
                        path="$",
                        message=f"cannot migrate this {doc_kind.name!r} document from "
                        f"schema_version {version}: {type(exc).__name__}: {exc}",
                    )
                ]
            ) from None
        version += 1
    return doc_kind, body
