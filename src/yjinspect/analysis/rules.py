"""Rules the analyses share, written once: which service a record is of, which areas an
inspection rates, an area's state, and the overall rating and score "published, else derived".

:func:`~yjinspect.analysis.compare`, :func:`~yjinspect.analysis.trajectory`,
:func:`~yjinspect.analysis.cohort`, :func:`~yjinspect.analysis.coverage` and the views built on
them all read an inspection through these functions, so they cannot disagree."""

from __future__ import annotations

import attrs

from ..errors import UnknownRating, YjinspectError
from ..frameworks import Framework, derived_overall
from ..model import Inspection, InspectionKind, JudgementStatus, Level, NotPublishedSubject, Service

__all__ = [
    "NOT_KNOWN",
    "NOT_RATED",
    "DifferentServices",
    "OverallReading",
    "area_states",
    "rated_codes",
    "read_overall",
    "same_inspection",
    "same_service",
]

NOT_KNOWN = "not-known"
NOT_RATED = "not-rated"


class DifferentServices(YjinspectError, ValueError):
    """Inspections of different services were given where one service was expected (see
    :func:`same_service`).

    .. versionadded:: 0.1.0
    """


def same_service(a: Service, b: Service) -> bool:
    """True when two records name the same service.

    Services are renamed (Bromley's records name a Youth Offending Service in 2015 and a Youth
    Justice Service in 2025), so two records are the same service when their names, their
    local authorities (ignoring case), or any identifier of the same scheme in :attr:`Service.codes
    <yjinspect.Service.codes>` agree.

    .. versionadded:: 0.1.0
    """
    if a.name.casefold() == b.name.casefold():
        return True
    if a.local_authority.casefold() == b.local_authority.casefold():
        return True
    return any(b.codes.get(scheme) == code for scheme, code in a.codes.items())


def _report_url(url: str) -> str:
    """A report URL folded for comparison: no scheme, no ``www.``, no trailing slash, any case."""
    text = url.strip().casefold()
    for prefix in ("https://", "http://"):
        text = text.removeprefix(prefix)
    return text.removeprefix("www.").rstrip("/")


def same_inspection(a: Inspection, b: Inspection) -> str | None:
    """Why two records are records of one inspection, or ``None`` when they are not.

    Two records are of one inspection when they cite the same URL (and their publication dates,
    where both are known, can be the same day), or when they are of
    the same service (:func:`same_service`) and published on the same day, as far as both
    record it: a record dated to the month ("2025-01") and one dated to the day in that month
    ("2025-01-07") agree; a record dated only to the year is too vague to tell.

    Returns:
        ``"same report URL"`` or ``"same service and publication date"``, or ``None``.

    .. versionadded:: 0.2
    """
    pa, pb = a.published, b.published
    overlap = (
        pa is None or pb is None or (pa.earliest() <= pb.latest() and pb.earliest() <= pa.latest())
    )
    if not overlap:
        return None
    urls_a = {_report_url(s.url) for s in a.sources if s.url}
    urls_b = {_report_url(s.url) for s in b.sources if s.url}
    if urls_a & urls_b:
        return "same report URL"
    if (
        pa is not None
        and pb is not None
        and "year" not in (pa.precision, pb.precision)
        and same_service(a.service, b.service)
    ):
        return "same service and publication date"
    return None


def rated_codes(fw: Framework, insp: Inspection) -> tuple[str, ...]:
    """The areas an inspection's framework (version) rates."""
    if insp.framework_version is not None:
        try:
            return fw.version(insp.framework_version).areas
        except LookupError:
            pass
    return tuple(a.code for a in fw.rated_areas())


def area_states(insp: Inspection, fw: Framework) -> dict[str, str]:
    """Area code -> level code, ``not-known`` or ``not-rated``, for every rated area."""
    out: dict[str, str] = {}
    unrated = insp.inspection_kind is InspectionKind.UNRATED
    for code in rated_codes(fw, insp):
        out[code] = NOT_RATED if unrated else NOT_KNOWN
    for j in insp.judgements:
        if not fw.has_area(j.area) or not fw.area(j.area).rated:
            continue
        if j.rating is not None:
            try:
                out[j.area] = fw.scale.level(j.rating).code
            except UnknownRating:
                out[j.area] = NOT_KNOWN
        else:
            out[j.area] = NOT_RATED if j.status is JudgementStatus.NOT_RATED else NOT_KNOWN
    return out


@attrs.frozen(slots=True, kw_only=True)
class OverallReading:
    """An inspection's overall rating and score as the analyses read them: what was published
    where the record holds it, else what its framework's rule derives from the standards.

    Attributes:
        level: the overall level, or ``None`` when not known (or the framework has none).
        score: the overall score, or ``None`` when not known (or the framework has none).
        basis: where ``level`` comes from: ``"published"`` (the published rating, or the band
            of the published score), ``"derived"``, ``"not known"``, or ``"none"`` when the
            framework has no overall rating and none was published.
        score_basis: where ``score`` comes from: ``"published"``, ``"derived"``,
            ``"not known"``, or ``"none"`` when the framework has no overall score.

    .. versionadded:: 0.1.0
    """

    level: Level | None
    score: int | None
    basis: str
    score_basis: str


def read_overall(insp: Inspection, fw: Framework) -> OverallReading:
    """The overall level and score of an inspection: published where held, else derived.

    The level and the score are read apart: a published rating with no published score keeps its
    rating as published and takes the derived score (if the standards give one) as *derived*,
    never as published. A published score outside the framework's range counts as not published.

    .. versionadded:: 0.1.0
    """
    has_rule = fw.overall_rule is not None
    level: Level | None = None
    # a framework whose overall rule is not published still rates an overall
    rated = has_rule or fw.gap(NotPublishedSubject.OVERALL_RULE) is not None
    basis = "not known" if rated else "none"
    if insp.published_overall is not None:
        try:
            level, basis = fw.scale.level(insp.published_overall), "published"
        except UnknownRating:
            level = None
    score = insp.published_score if has_rule else None
    if score is not None and not 0 <= score <= fw.max_score:
        score = None
    score_basis = "published" if score is not None else ("not known" if has_rule else "none")
    if score is not None and level is None:
        level, basis = fw.band(score), "published"
    if has_rule and (level is None or score is None):
        derived = derived_overall(insp)
        if derived is not None:
            if level is None:
                level, basis = derived.rating, "derived"
            if score is None:
                score, score_basis = derived.score, "derived"
    return OverallReading(level=level, score=score, basis=basis, score_basis=score_basis)
