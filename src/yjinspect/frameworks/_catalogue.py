"""The catalogue of known frameworks: the built-in TOML files and any a user registers."""

from __future__ import annotations

from os import PathLike

from ..errors import UnknownFramework
from ..io import Catalogue
from ..model import Framework, framework_problems

__all__ = ["available", "builtin_codes", "get", "load", "loads", "register", "unregister"]

_catalogue: Catalogue[Framework] = Catalogue(
    package=__name__.rpartition(".")[0],
    kind="framework",
    unknown=UnknownFramework,
    check=framework_problems,
)


def builtin_codes() -> tuple[str, ...]:
    """The codes of the frameworks shipped with yjinspect, sorted.

    .. versionadded:: 0.1.0
    """
    return _catalogue.builtin_codes()


def available() -> tuple[str, ...]:
    """The codes of every known framework (built-in and registered), sorted.

    .. versionadded:: 0.1.0
    """
    return _catalogue.available()


def get(code: str) -> Framework:
    """Return a known framework by code.

    Raises:
        UnknownFramework: no framework has that code (a LookupError naming the known ones).

    .. versionadded:: 0.1.0
    """
    return _catalogue.get(code)


def register(framework: Framework, *, replace: bool = False) -> Framework:
    """Make a framework known to :func:`get`, to validation and to document loading.

    Raises:
        ValueError: a different framework with the same code is known and ``replace`` is False.

    .. versionadded:: 0.1.0
    """
    return _catalogue.register(framework, replace=replace)


def unregister(code: str) -> None:
    """Forget a registered framework.

    Unregistering a built-in code removes it until the process ends.

    .. versionadded:: 0.1.0
    """
    _catalogue.unregister(code)


def loads(text: str, *, format: str = "toml", source: str | None = None) -> Framework:
    """Read a framework document from text (TOML by default, or JSON).

    Raises:
        InvalidDocument: the text is not a valid framework; each problem names its path.

    .. versionadded:: 0.1.0
    """
    return _catalogue.loads(text, format=format, source=source)


def load(path: str | PathLike[str], *, register_it: bool = False) -> Framework:
    """Read a user's framework file (``.toml`` or ``.json``), by the code built-ins use.

    Args:
        path: the file.
        register_it: also :func:`register` it, so inspections can name it.

    Raises:
        InvalidDocument: the file is not a valid framework; each problem names its path.

    .. versionadded:: 0.1.0
    """
    fw = _catalogue.load(path)
    if register_it:
        register(fw)
    return fw
