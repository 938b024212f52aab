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

from ..model import Crosswalk, Link, Strength, Unmatched, compose
from ._catalogue import (
    NoCrosswalk,
    available,
    builtin_codes,
    find,
    get,
    load,
    loads,
    register,
    unregister,
)

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
