"""A catalogue of documents of one kind: built-ins shipped as TOML package data, plus any a
user registers. Frameworks and crosswalks each keep one."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, cast

from ..errors import InvalidDocument, Problem, Severity
from ._document import read_data, read_document
from ._files import format_for
from ._parse import checked_text


class _Coded(Protocol):
    @property
    def code(self) -> str: ...


if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

T = TypeVar("T", bound=_Coded)

COPIES = "json"
"""The folder, inside a catalogue's ``data`` folder, of the JSON copies of its TOML files."""


class Catalogue(Generic[T]):
    """Built-in documents of one ``kind`` (the ``data`` folder of ``package``) and registered
    ones, looked up by code. The built-ins are read on first use, once, under a lock.

    Args:
        package: the package whose ``data`` folder holds the built-in TOML files.
        kind: the document kind ("framework", "crosswalk").
        unknown: makes the error for a code that is not known, given the code and the known ones.
        check: the problems of a document just read (its errors make it invalid).
        changed: called after a document is registered or forgotten (to drop caches).

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        *,
        package: str,
        kind: str,
        unknown: Callable[[str, Iterable[str]], Exception],
        check: Callable[[T], Iterable[Problem]],
        changed: Callable[[], None] | None = None,
    ) -> None:
        self._package = package
        self._kind = kind
        self._unknown = unknown
        self._check = check
        self._changed = changed
        self._lock = threading.RLock()
        self._registry: dict[str, T] = {}
        self._loaded = False

    def _data_files(self) -> list[Traversable]:
        """The built-in TOML files (in ``data``), by name."""
        from importlib import resources  # only needed when the built-ins are first read

        folder = resources.files(self._package).joinpath("data")
        return sorted(
            (entry for entry in folder.iterdir() if entry.name.endswith(".toml")),
            key=lambda e: e.name,
        )

    def _builtin_documents(self) -> list[tuple[str, str, str]]:
        """The built-in documents as (file name in ``data``, text, format): each TOML file's
        JSON copy (in ``data/json``, made by ``tools/build_catalogue_index.py``), which is read
        many times faster than TOML, or the TOML file itself when it has no copy."""
        from importlib import resources

        copies = resources.files(self._package).joinpath("data", COPIES)
        out: list[tuple[str, str, str]] = []
        for entry in self._data_files():
            copy = copies.joinpath(entry.name.removesuffix(".toml") + ".json")
            if copy.is_file():
                out.append((f"{COPIES}/{copy.name}", copy.read_text(encoding="utf-8"), "json"))
            else:
                out.append((entry.name, entry.read_text(encoding="utf-8"), "toml"))
        return out

    def _ensure(self) -> dict[str, T]:
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    folder = self._package.replace(".", "/")
                    for name, text, fmt in self._builtin_documents():
                        source = f"{folder}/data/{name}"
                        if fmt == "json":
                            # A copy written by json.dumps from tomllib's data: the standard
                            # library reads it back exactly (no duplicate keys, no surrogates).
                            data = json.loads(text)
                            item = self._checked(read_data(data, self._kind, source), source)
                        else:
                            item = self.loads(text, format=fmt, source=source)
                        self._registry.setdefault(item.code, item)
                    self._loaded = True
        return self._registry

    def builtin_codes(self) -> tuple[str, ...]:
        """The codes of the built-in documents, sorted."""
        return tuple(sorted(entry.name.removesuffix(".toml") for entry in self._data_files()))

    def available(self) -> tuple[str, ...]:
        """The codes of every known document, sorted."""
        return tuple(sorted(self._ensure()))

    def get(self, code: str) -> T:
        """The document with this code; raises the catalogue's ``unknown`` error otherwise."""
        registry = self._ensure()
        try:
            return registry[code]
        except KeyError:
            raise self._unknown(code, sorted(registry)) from None

    def items(self) -> list[T]:
        """Every known document, in code order."""
        registry = self._ensure()
        return [registry[code] for code in sorted(registry)]

    def register(self, item: T, *, replace: bool = False) -> T:
        """Make a document known; refuse a different one with the same code unless
        ``replace``."""
        registry = self._ensure()
        with self._lock:
            known = registry.get(item.code)
            if known is not None and known != item and not replace:
                raise ValueError(
                    f"a different {self._kind} {item.code!r} is already registered;"
                    " pass replace=True to replace it"
                )
            registry[item.code] = item
        if self._changed is not None:
            self._changed()
        return item

    def unregister(self, code: str) -> None:
        """Forget a document (a built-in one until the process ends)."""
        registry = self._ensure()
        with self._lock:
            registry.pop(code, None)
        if self._changed is not None:
            self._changed()

    def loads(self, text: str | bytes, *, format: str = "toml", source: str | None = None) -> T:
        """Read a document of this kind from text.

        Raises:
            InvalidDocument: the text is not a valid document of this kind.
        """
        text = checked_text(text, format, source)
        return self._checked(read_document(text, format, self._kind, source), source)

    def _checked(self, obj: object, source: str | None) -> T:
        item = cast(T, obj)
        problems = [p for p in self._check(item) if p.severity is Severity.ERROR]
        if problems:
            raise InvalidDocument(problems, source=source)
        return item

    def load(self, path: str | PathLike[str]) -> T:
        """Read a document of this kind from a file (``.toml`` or ``.json``)."""
        p = Path(path)
        return self.loads(p.read_bytes(), format=format_for(p, None), source=str(p))
