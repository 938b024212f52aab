"""The installed package's version, read from its metadata (no import of the package's API)."""

from __future__ import annotations

__all__ = ["package_version"]


def package_version() -> str:
    """The version of the installed distribution; "0.0.0" when running from a source tree."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("yjinspect")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"
