"""The catalogue of known crosswalks (the built-in TOML files and any a user registers), and the
search for a crosswalk or a chain of them from one framework to another."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable
from os import PathLike

from ..errors import NoCrosswalk
from ..io import Catalogue
from ..model import Crosswalk, compose
from ..validation import validate

__all__ = [
    "NoCrosswalk",
    "available",
    "builtin_codes",
    "find",
    "get",
    "load",
    "loads",
    "register",
    "unregister",
]


def _unknown(code: str, known: Iterable[str]) -> LookupError:
    return LookupError(f"unknown crosswalk {code!r}; known crosswalks: {', '.join(known)}")


_found: dict[tuple[str, str], Crosswalk | None] = {}
_found_lock = threading.RLock()


def _forget_found() -> None:
    with _found_lock:
        _found.clear()


_catalogue: Catalogue[Crosswalk] = Catalogue(
    package=__name__.rpartition(".")[0],
    kind="crosswalk",
    unknown=_unknown,
    check=validate,
    changed=_forget_found,
)


def builtin_codes() -> tuple[str, ...]:
    """The codes of the crosswalks shipped with yjinspect, sorted.

    .. versionadded:: 0.1.0
    """
    return _catalogue.builtin_codes()


def available() -> tuple[str, ...]:
    """The codes of every known crosswalk (built-in and registered), sorted.

    .. versionadded:: 0.1.0
    """
    return _catalogue.available()


def get(code: str) -> Crosswalk:
    """Return a known crosswalk by code.

    Raises:
        LookupError: no crosswalk has that code (the message lists the known ones).

    .. versionadded:: 0.1.0
    """
    return _catalogue.get(code)


def register(crosswalk: Crosswalk, *, replace: bool = False) -> Crosswalk:
    """Make a crosswalk known to :func:`get` and :func:`find`.

    Raises:
        ValueError: a different crosswalk with the same code is known and ``replace`` is False.

    .. versionadded:: 0.1.0
    """
    return _catalogue.register(crosswalk, replace=replace)


def unregister(code: str) -> None:
    """Forget a crosswalk (a built-in one until the process ends).

    .. versionadded:: 0.1.0
    """
    _catalogue.unregister(code)


def find(from_framework: str, to_framework: str) -> Crosswalk:
    """The crosswalk from one framework to another, chaining known crosswalks if needed.

    A direct crosswalk is preferred, then a bidirectional one read backwards, then the shortest
    chain (its links take the weakest strength along the way).

    Raises:
        NoCrosswalk: no crosswalk or chain leads there (a LookupError).
        ValueError: the two codes are the same framework.

    .. versionadded:: 0.1.0
    """
    if from_framework == to_framework:
        raise ValueError(f"{from_framework!r} needs no crosswalk to itself")
    key = (from_framework, to_framework)
    with _found_lock:
        if key not in _found:
            _found[key] = _search(from_framework, to_framework)
        found = _found[key]
    if found is None:
        raise NoCrosswalk(from_framework, to_framework, available())
    return found


def _edges() -> dict[str, list[Crosswalk]]:
    edges: dict[str, list[Crosswalk]] = {}
    known = _catalogue.items()
    for cw in known:
        edges.setdefault(cw.from_framework, []).append(cw)
    for cw in known:
        if cw.bidirectional:
            edges.setdefault(cw.to_framework, []).append(cw.reversed())
    return edges


def _search(start: str, goal: str) -> Crosswalk | None:
    """The shortest chain of crosswalks from ``start`` to ``goal``, composed; breadth first,
    each framework remembering the crosswalk that reached it (linear in the crosswalks)."""
    edges = _edges()
    queue: deque[str] = deque([start])
    came_by: dict[str, Crosswalk | None] = {start: None}
    while queue:
        node = queue.popleft()
        for cw in edges.get(node, []):
            if cw.to_framework in came_by:
                continue
            came_by[cw.to_framework] = cw
            if cw.to_framework == goal:
                chain: list[Crosswalk] = []
                step: Crosswalk | None = cw
                while step is not None:
                    chain.append(step)
                    step = came_by[step.from_framework]
                chain.reverse()
                return chain[0] if len(chain) == 1 else compose(*chain)
            queue.append(cw.to_framework)
    return None


def loads(text: str, *, format: str = "toml", source: str | None = None) -> Crosswalk:
    """Read a crosswalk document from text (TOML by default, or JSON).

    Raises:
        InvalidDocument: the text is not a valid crosswalk; each problem names its path.

    .. versionadded:: 0.1.0
    """
    return _catalogue.loads(text, format=format, source=source)


def load(path: str | PathLike[str], *, register_it: bool = False) -> Crosswalk:
    """Read a user's crosswalk file (``.toml`` or ``.json``), by the code built-ins use.

    Args:
        path: the file.
        register_it: also :func:`register` it, so :func:`find` and comparisons use it.

    Raises:
        InvalidDocument: the file is not a valid crosswalk; each problem names its path.

    .. versionadded:: 0.1.0
    """
    cw = _catalogue.load(path)
    if register_it:
        register(cw)
    return cw
