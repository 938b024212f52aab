"""Crosswalks between frameworks, as data, and the catalogue of known crosswalks.

A crosswalk links the rated areas of one framework (or version) to another's, each link with a
:class:`Strength` (same / close / loose), a rationale and a confidence. Built-in crosswalks are
TOML files in ``yjinspect/crosswalks/data`` read by the same code as a user's own file, like the
frameworks. :func:`find` returns a direct crosswalk, a bidirectional one read backwards, or a
chain of them (:func:`compose`): ``hmip-fji-2012`` reaches ``hmip-youth-2021`` through
``hmip-youth-2018``.

Example:
    >>> import yjinspect as yj
    >>> cw = yj.crosswalks.find("hmip-youth-2018", "hmip-youth-2021")
    >>> [(lk.from_area, lk.to_area, lk.strength.value) for lk in cw.links_to("3.4")]
    [('3.4', '3.4', 'loose')]
    >>> [u.area for u in cw.unmatched_to]
    ['4.1']
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable
from os import PathLike

from .._catalogue import Catalogue
from ..documents import register_kind
from ..errors import Problem, UnknownFramework, YjinspectError
from ..frameworks import get as get_framework
from ..validate import validate
from .model import Crosswalk, Link, Strength, Unmatched, compose

__all__ = [
    "Crosswalk",
    "Link",
    "NoCrosswalk",
    "Strength",
    "Unmatched",
    "available",
    "builtin_codes",
    "compose",
    "find",
    "get",
    "load",
    "loads",
    "register",
    "unregister",
]

register_kind("crosswalk", Crosswalk)


class NoCrosswalk(YjinspectError, LookupError):
    """No known crosswalk, or chain of crosswalks, leads from one framework to another.

    Attributes:
        from_framework: the framework asked from.
        to_framework: the framework asked to.
    """

    def __init__(self, from_framework: str, to_framework: str, known: tuple[str, ...]) -> None:
        self.from_framework = from_framework
        self.to_framework = to_framework
        super().__init__(
            f"no crosswalk leads from {from_framework!r} to {to_framework!r}; known crosswalks: "
            f"{', '.join(known) or 'none'}"
        )

    def __str__(self) -> str:
        return str(self.args[0])


def _unknown(code: str, known: Iterable[str]) -> LookupError:
    return LookupError(f"unknown crosswalk {code!r}; known crosswalks: {', '.join(known)}")


_found: dict[tuple[str, str], Crosswalk | None] = {}
_found_lock = threading.RLock()


def _forget_found() -> None:
    with _found_lock:
        _found.clear()


_catalogue: Catalogue[Crosswalk] = Catalogue(
    package=__name__, kind="crosswalk", unknown=_unknown, changed=_forget_found
)


def builtin_codes() -> tuple[str, ...]:
    """The codes of the crosswalks shipped with yjinspect, sorted."""
    return _catalogue.builtin_codes()


def available() -> tuple[str, ...]:
    """The codes of every known crosswalk (built-in and registered), sorted."""
    return _catalogue.available()


def get(code: str) -> Crosswalk:
    """Return a known crosswalk by code.

    Raises:
        LookupError: no crosswalk has that code (the message lists the known ones).
    """
    return _catalogue.get(code)


def register(crosswalk: Crosswalk, *, replace: bool = False) -> Crosswalk:
    """Make a crosswalk known to :func:`get` and :func:`find`.

    Raises:
        ValueError: a different crosswalk with the same code is known and ``replace`` is False.
    """
    return _catalogue.register(crosswalk, replace=replace)


def unregister(code: str) -> None:
    """Forget a crosswalk (a built-in one until the process ends)."""
    _catalogue.unregister(code)


def find(from_framework: str, to_framework: str) -> Crosswalk:
    """The crosswalk from one framework to another, chaining known crosswalks if needed.

    A direct crosswalk is preferred, then a bidirectional one read backwards, then the shortest
    chain (its links take the weakest strength along the way).

    Raises:
        NoCrosswalk: no crosswalk or chain leads there (a LookupError).
        ValueError: the two codes are the same framework.
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
    """
    return _catalogue.loads(text, format=format, source=source)


def load(path: str | PathLike[str], *, register_it: bool = False) -> Crosswalk:
    """Read a user's crosswalk file (``.toml`` or ``.json``), by the code built-ins use.

    Args:
        path: the file.
        register_it: also :func:`register` it, so :func:`find` and comparisons use it.

    Raises:
        InvalidDocument: the file is not a valid crosswalk; each problem names its path.
    """
    cw = _catalogue.load(path)
    if register_it:
        register(cw)
    return cw


@validate.register
def _(obj: Crosswalk, *, inspection: object = None) -> tuple[Problem, ...]:
    """Every linked or unmatched area must be a rated area of its framework."""
    if inspection is not None:
        raise TypeError("inspection= applies to improvement plans only, not to a Crosswalk")
    out: list[Problem] = []
    sides = (
        ("from_framework", obj.from_framework, "from_area", "unmatched_from"),
        ("to_framework", obj.to_framework, "to_area", "unmatched_to"),
    )
    for field, code, link_field, unmatched in sides:
        try:
            fw = get_framework(code)
        except UnknownFramework as exc:
            out.append(Problem(path=f"$.{field}", message=str(exc)))
            continue
        rated = {a.code for a in fw.rated_areas()}
        for i, link in enumerate(obj.links):
            area = getattr(link, link_field)
            if area not in rated:
                out.append(
                    Problem(
                        path=f"$.links[{i}].{link_field}",
                        message=f"expected a rated area of {code!r}, found {area!r}",
                    )
                )
        for i, u in enumerate(getattr(obj, unmatched)):
            if u.area not in rated:
                out.append(
                    Problem(
                        path=f"$.{unmatched}[{i}].area",
                        message=f"expected a rated area of {code!r}, found {u.area!r}",
                    )
                )
    return tuple(out)
