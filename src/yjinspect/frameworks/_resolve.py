"""An inspection read on its framework, found in the catalogue by code: the level it gave an
area, and the overall rating its judgements derive."""

from __future__ import annotations

from ..model import Framework, Inspection, Level, Overall
from ._catalogue import get

__all__ = ["derived_overall", "level_of"]


def _framework_of(inspection: Inspection) -> Framework:
    return get(inspection.framework)


def level_of(inspection: Inspection, area: str) -> Level | None:
    """The :class:`~yjinspect.scales.Level` an inspection gave an area, resolved on its
    framework's scale; ``None`` when the area is not rated, not known or not recorded.

    Raises:
        UnknownFramework: the inspection names a framework that is not known.
        UnknownRating: the recorded rating is not on the framework's scale.

    .. versionadded:: 0.1.0
    """
    j = inspection.judgement(area)
    if j is None or j.rating is None:
        return None
    return _framework_of(inspection).scale.level(j.rating)


def derived_overall(inspection: Inspection) -> Overall | None:
    """The overall rating derived from the inspection's judgements by its framework's rule.

    ``None`` when the framework has no overall rule or a scored area's rating is not known.

    .. versionadded:: 0.1.0
    """
    fw = _framework_of(inspection)
    if fw.overall_rule is None:
        return None
    ratings = inspection.ratings()
    if any(a.code not in ratings for a in fw.scored_areas):
        return None
    return fw.overall({a.code: ratings[a.code] for a in fw.scored_areas})
