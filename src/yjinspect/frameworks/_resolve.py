"""An inspection read on its framework, found in the catalogue by code: the level it gave an
area, and the overall rating its judgements derive."""

from __future__ import annotations

from ..model import Framework, Inspection, JudgementStatus, Level, Overall
from ._catalogue import get

__all__ = ["derived_overall", "derived_rating", "level_of", "ratings_with_derived"]


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


def derived_rating(inspection: Inspection, area: str) -> Level | None:
    """The rating of a standard the record does not rate, derived from its key-question
    percentages by the framework's standard rule (the lowest decides).

    ``None`` when the judgement has a rating or status ``not-rated``, the area is not a
    computed standard, the framework has no standard rule, or not every key question has a
    percentage. A derived rating is never a published one: reports mark it "derived".

    Raises:
        UnknownFramework: the inspection names a framework that is not known.

    .. versionadded:: 0.1.0
    """
    j = inspection.judgement(area)
    if j is None or j.rating is not None or j.status is JudgementStatus.NOT_RATED:
        return None
    fw = _framework_of(inspection)
    if fw.standard_rule is None or not fw.has_area(area) or not fw.area(area).computed:
        return None
    codes = fw.key_question_codes(area)
    given = {k if k in codes else f"{area}.{k}" for k in j.key_questions}
    if not codes or given != codes or len(j.key_questions) != len(codes):
        return None
    return fw._standard_level(min(j.key_questions.values()))


def ratings_with_derived(inspection: Inspection) -> dict[str, str]:
    """Area code to rating code: the recorded ratings, and the :func:`derived_rating` of
    every standard the record does not rate but whose key-question percentages are known."""
    ratings = inspection.ratings()
    for j in inspection.judgements:
        if j.area not in ratings and j.key_questions:
            level = derived_rating(inspection, j.area)
            if level is not None:
                ratings[j.area] = level.code
    return ratings


def derived_overall(inspection: Inspection) -> Overall | None:
    """The overall rating derived from the inspection's judgements by its framework's rule.

    A standard the record does not rate but whose key-question percentages are all known
    counts at its :func:`derived rating <derived_rating>`. ``None`` when the framework has no
    overall rule or a scored area's rating is not known.

    .. versionadded:: 0.1.0
    """
    fw = _framework_of(inspection)
    if fw.overall_rule is None:
        return None
    ratings = ratings_with_derived(inspection)
    if any(a.code not in ratings for a in fw.scored_areas):
        return None
    return fw.overall({a.code: ratings[a.code] for a in fw.scored_areas})
