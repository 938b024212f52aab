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

from ..model import (
    Area,
    AreaKind,
    Band,
    Framework,
    FrameworkVersion,
    NotPublished,
    NotPublishedSubject,
    Overall,
    OverallRule,
    StandardRule,
    Threshold,
)
from ._catalogue import available, builtin_codes, get, load, loads, register, unregister
from ._resolve import derived_overall, level_of

__all__ = [
    "Area",
    "AreaKind",
    "Band",
    "Framework",
    "FrameworkVersion",
    "NotPublished",
    "NotPublishedSubject",
    "Overall",
    "OverallRule",
    "StandardRule",
    "Threshold",
    "available",
    "builtin_codes",
    "derived_overall",
    "get",
    "level_of",
    "load",
    "loads",
    "register",
    "unregister",
]
