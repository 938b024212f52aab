"""Rules the analyses share: which service a record is of, which areas an inspection rates, an
area's state, and the overall rating "published, else derived"."""

from __future__ import annotations

from ..errors import UnknownRating, YjinspectError
from ..frameworks import Framework, derived_overall
from ..model import Inspection, InspectionKind, JudgementStatus, Level, Service

__all__ = [
    "NOT_KNOWN",
    "NOT_RATED",
    "DifferentServices",
    "area_states",
    "published_else_derived",
    "rated_codes",
    "same_service",
]

NOT_KNOWN = "not-known"
NOT_RATED = "not-rated"


class DifferentServices(YjinspectError, ValueError):
    """Inspections of different services were given where one service was expected (see
    :func:`same_service`)."""


def same_service(a: Service, b: Service) -> bool:
    """True when two records name the same service.

    Services are renamed (Bromley's records name a Youth Offending Service in 2015 and a Youth
    Justice Service in 2025), so two records are the same service when their names, their
    local authorities (ignoring case), or any identifier of the same scheme in :attr:`Service.codes
    <yjinspect.Service.codes>` agree.
    """
    if a.name.casefold() == b.name.casefold():
        return True
    if a.local_authority.casefold() == b.local_authority.casefold():
        return True
    return any(b.codes.get(scheme) == code for scheme, code in a.codes.items())


def rated_codes(fw: Framework, insp: Inspection) -> tuple[str, ...]:
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


def published_else_derived(insp: Inspection, fw: Framework) -> tuple[Level | None, int | None, str]:
    """The overall level and score: published where held, else derived."""
    level: Level | None = None
    basis = "not known"
    if insp.published_overall is not None:
        try:
            level, basis = fw.scale.level(insp.published_overall), "published"
        except UnknownRating:
            level = None
    score = insp.published_score
    if score is not None and fw.overall_rule is not None and not 0 <= score <= fw.max_score:
        score = None
    if score is not None:
        if level is None and fw.overall_rule is not None:
            level = fw.band(score)
        basis = "published"
    if level is None or score is None:
        derived = derived_overall(insp) if fw.overall_rule is not None else None
        if derived is not None:
            if level is None:
                level, basis = derived.rating, "derived"
            if score is None:
                score = derived.score
    return level, score, basis
