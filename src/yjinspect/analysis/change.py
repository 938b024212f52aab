"""What happened to a rating between two inspections: :class:`Change`."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Change"]


class Change(StrEnum):
    """What happened to an area's rating between two inspections.

    .. versionadded:: 0.1.0
    """

    IMPROVED = "improved"
    DECLINED = "declined"
    UNCHANGED = "unchanged"
    """Rated on both sides at the same level; across two scales, at positions less than half a
    step of the coarser scale apart."""
    NEWLY_RATED = "newly-rated"
    """Not rated before (not rated, or not an area of the earlier framework), rated now."""
    NO_LONGER_RATED = "no-longer-rated"
    """Rated before, not rated now (not rated, or not an area of the later framework)."""
    UNKNOWN = "unknown"
    """The rating is not known on one side or both; no change can be stated."""
    NOT_RATED = "not-rated"
    """Rated on neither side."""
    RECORDS_DISAGREE = "records-disagree"
    """Two records of one inspection (see :func:`~yjinspect.compare.same_inspection`) give
    different ratings: nothing changed, the record is inconsistent.

    .. versionadded:: 0.2"""
