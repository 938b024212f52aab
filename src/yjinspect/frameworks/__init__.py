"""Inspection frameworks as data, and the catalogue of known frameworks.

Every built-in framework is a TOML file in ``yjinspect/frameworks/data`` read by the same code
as a user's own file, so a new framework (the 2025 HMIP framework, a council's local
self-assessment) needs no code change.

Example:
    >>> import yjinspect as yj
    >>> "hmip-youth-2021" in yj.frameworks.available()
    True
    >>> fw = yj.frameworks.get("hmip-youth-2021")
    >>> fw.area("4.1").scored
    False
"""

from __future__ import annotations

import threading
from os import PathLike

from ..errors import UnknownFramework
from .model import (
    Area,
    AreaKind,
    Band,
    Framework,
    FrameworkVersion,
    Overall,
    OverallRule,
    StandardRule,
    Threshold,
)

__all__ = [
    "Area",
    "AreaKind",
    "Band",
    "Framework",
    "FrameworkVersion",
    "Overall",
    "OverallRule",
    "StandardRule",
    "Threshold",
    "available",
    "builtin_codes",
    "get",
    "load",
    "loads",
    "register",
    "unregister",
]

_lock = threading.RLock()
_registry: dict[str, Framework] = {}
_builtin_loaded = False


def _data_files() -> list[tuple[str, str]]:
    from importlib import resources  # only needed when the built-ins are first read

    folder = resources.files(__name__).joinpath("data")
    return sorted(
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    )


def _ensure_builtin() -> None:
    global _builtin_loaded
    if _builtin_loaded:
        return
    with _lock:
        if _builtin_loaded:
            return
        for name, text in _data_files():
            fw = loads(text, source=f"yjinspect/frameworks/data/{name}")
            _registry.setdefault(fw.code, fw)
        _builtin_loaded = True


def builtin_codes() -> tuple[str, ...]:
    """The codes of the frameworks shipped with yjinspect, sorted."""
    return tuple(sorted(name.removesuffix(".toml") for name, _ in _data_files()))


def available() -> tuple[str, ...]:
    """The codes of every known framework (built-in and registered), sorted."""
    _ensure_builtin()
    return tuple(sorted(_registry))


def get(code: str) -> Framework:
    """Return a known framework by code.

    Raises:
        UnknownFramework: no framework has that code (a LookupError naming the known ones).
    """
    _ensure_builtin()
    try:
        return _registry[code]
    except KeyError:
        raise UnknownFramework(code, _registry) from None


def register(framework: Framework, *, replace: bool = False) -> Framework:
    """Make a framework known to :func:`get`, to validation and to document loading.

    Raises:
        ValueError: a different framework with the same code is known and ``replace`` is False.
    """
    _ensure_builtin()
    with _lock:
        known = _registry.get(framework.code)
        if known is not None and known != framework and not replace:
            raise ValueError(
                f"a different framework {framework.code!r} is already registered;"
                " pass replace=True to replace it"
            )
        _registry[framework.code] = framework
    return framework


def unregister(code: str) -> None:
    """Forget a registered framework.

    Unregistering a built-in code removes it until the process ends.
    """
    _ensure_builtin()
    with _lock:
        _registry.pop(code, None)


def loads(text: str, *, format: str = "toml", source: str | None = None) -> Framework:
    """Read a framework document from text (TOML by default, or JSON).

    Raises:
        InvalidDocument: the text is not a valid framework; each problem names its path.
    """
    from ..documents import loads as _loads

    fw = _loads(text, format=format, kind="framework", source=source)
    assert isinstance(fw, Framework)
    return fw


def load(path: str | PathLike[str], *, register_it: bool = False) -> Framework:
    """Read a user's framework file (``.toml`` or ``.json``), by the code built-ins use.

    Args:
        path: the file.
        register_it: also :func:`register` it, so inspections can name it.

    Raises:
        InvalidDocument: the file is not a valid framework; each problem names its path.
    """
    from ..documents import load as _load

    fw = _load(path, kind="framework")
    assert isinstance(fw, Framework)
    if register_it:
        register(fw)
    return fw
