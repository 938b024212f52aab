"""Factories: realistic, valid yjinspect objects in one call, with neither pytest nor
hypothesis installed.

Every factory takes keyword-only overrides, so a test states only what matters to it:

Example:
    >>> from yjinspect.testing import factories
    >>> insp = factories.make_inspection(ratings={"2.1": "inadequate"})
    >>> insp.judgement("2.1").rating, insp.judgement("1.1").rating
    ('inadequate', 'good')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs
import pendulum

from .. import frameworks
from ..frameworks import derived_overall
from ..model import (
    Action,
    Addressee,
    Agreement,
    Finding,
    FindingKind,
    ImprovementPlan,
    Inspection,
    InspectionKind,
    Inspectorate,
    Judgement,
    PartialDate,
    Recommendation,
    RecommendationResponse,
    Service,
    Theme,
    date_interval,
)

__all__ = ["make_inspection", "make_inspection_pair", "make_plan", "make_service"]

_KIND_FOR = {
    "hmip-cci-2009": InspectionKind.CORE_CASE,
    "hmip-fji-2012": InspectionKind.FULL_JOINT,
}


def make_service(**overrides: Any) -> Service:
    """A service ("Example Youth Justice Service" of "Example Council"), in England: it covers
    the area with GSS code E09000006 (a London borough), so its nation is known and
    ``validate`` has nothing to say about its place. Pass ``authorities=()`` for a service
    whose place is not recorded.

    .. versionadded:: 0.1.0
    """
    fields: dict[str, Any] = {
        "name": "Example Youth Justice Service",
        "local_authority": "Example Council",
        "authorities": ("E09000006",),
    }
    fields.update(overrides)
    return Service(**fields)


def make_inspection(
    *,
    framework: str = "hmip-youth-2021",
    version: str | None = None,
    rating: str | None = None,
    ratings: Mapping[str, str] | None = None,
    start: pendulum.Date | None = None,
    findings: bool = True,
    recommendations: bool = True,
    publish_overall: bool = True,
    **overrides: Any,
) -> Inspection:
    """A complete, valid inspection.

    Args:
        framework: the framework's code.
        version: the framework version (the last one, for frameworks that have versions).
        rating: the level every rated area gets (default: the lowest level that is not a
            concern, "good" on the HMIP scale).
        ratings: area code to level, overriding ``rating`` for those areas.
        start: first day of fieldwork (default 2024-09-02, or the first day certainly in the
            framework's period when 2024-09-02 is outside it; the fieldwork lasts two weeks
            and the report is published three months later).
        findings: add one area for improvement for each rated area at a concern level and one
            strength for the best-rated area.
        recommendations: add one recommendation for each area for improvement.
        publish_overall: set the published overall rating and score to the derived ones.
        **overrides: any other :class:`~yjinspect.Inspection` field.

    .. versionadded:: 0.1.0
    """
    fw = frameworks.get(framework)
    if version is None and fw.versions:
        version = fw.versions[-1].code
    default = rating or next(lv.code for lv in fw.scale.levels if not lv.concern)
    chosen = dict(ratings or {})
    judgements = tuple(
        Judgement(area=a.code, rating=chosen.pop(a.code, default)) for a in fw.rated_areas(version)
    )
    if chosen:
        raise ValueError(f"not rated areas of {framework!r}: {', '.join(sorted(chosen))}")
    begin = start or pendulum.Date(2024, 9, 2)
    if start is None and fw.in_use(begin, begin) is False:
        if fw.valid_from is not None and fw.valid_from.latest() > begin:
            begin = fw.valid_from.latest()
        elif fw.valid_to is not None:
            begin = fw.valid_to.earliest().subtract(months=4)
    made_findings: list[Finding] = []
    made_recs: list[Recommendation] = []
    if findings:
        concerns = [j for j in judgements if fw.scale.level(str(j.rating)).concern]
        for i, j in enumerate(concerns, start=1):
            made_findings.append(
                Finding(
                    id=f"F{i}",
                    kind=FindingKind.AREA_FOR_IMPROVEMENT,
                    areas=(j.area,),
                    text=f"Work in {fw.area(j.area).title.lower()} was not done well enough.",
                )
            )
        if judgements:
            best = max(judgements, key=lambda j: fw.scale.level(str(j.rating)).rank)
            made_findings.append(
                Finding(
                    id=f"F{len(made_findings) + 1}",
                    kind=FindingKind.STRENGTH,
                    areas=(best.area,),
                    text=f"Work in {fw.area(best.area).title.lower()} was a strength.",
                )
            )
    if recommendations:
        for i, f in enumerate(
            (f for f in made_findings if f.kind is FindingKind.AREA_FOR_IMPROVEMENT), start=1
        ):
            made_recs.append(
                Recommendation(
                    id=f"R{i}",
                    text=f"Improve {fw.area(f.areas[0]).title.lower()}.",
                    addressee=Addressee.MANAGEMENT_BOARD if i % 2 else Addressee.SERVICE_MANAGER,
                    areas=f.areas,
                )
            )
    fields: dict[str, Any] = {
        "id": f"example-{begin.year}",
        "service": make_service(),
        "framework": framework,
        "framework_version": version,
        "inspection_kind": _KIND_FOR.get(framework, InspectionKind.STANDARDS),
        "fieldwork": date_interval(begin, begin.add(days=11)),
        "published": PartialDate.from_date(begin.add(months=3)),
        "lead_inspectorate": Inspectorate.HMIP,
        "judgements": judgements,
        "findings": tuple(made_findings),
        "recommendations": tuple(made_recs),
    }
    fields.update(overrides)
    insp = Inspection(**fields)
    if publish_overall and "published_overall" not in overrides:
        derived = derived_overall(insp)
        if derived is not None:
            insp = attrs.evolve(
                insp, published_overall=derived.rating.code, published_score=derived.score
            )
    return insp


def make_inspection_pair(
    *,
    framework: str = "hmip-youth-2021",
    before: Mapping[str, str] | None = None,
    after: Mapping[str, str] | None = None,
    years_apart: int = 3,
) -> tuple[Inspection, Inspection]:
    """Two inspections of the same service, ``years_apart`` apart.

    By default the earlier one rates domain 2 "requires-improvement" and everything else
    "good", and the later one rates every area "good": four areas improved.

    .. versionadded:: 0.1.0
    """
    fw = frameworks.get(framework)
    if before is None:
        before = {
            a.code: fw.scale.levels[1].code for a in fw.rated_areas() if a.code.startswith("2.")
        }
    first = make_inspection(framework=framework, ratings=before, start=pendulum.Date(2021, 9, 6))
    second = make_inspection(
        framework=framework, ratings=after, start=pendulum.Date(2021 + years_apart, 9, 2)
    )
    return first, second


def make_plan(
    inspection: Inspection | None = None,
    *,
    coverage: Literal["full", "partial", "none"] = "full",
    **overrides: Any,
) -> ImprovementPlan:
    """An improvement plan answering ``inspection`` (:func:`make_inspection` by default).

    Args:
        inspection: the inspection the plan answers.
        coverage: ``"full"``: one action for each recommendation, each area for improvement and
            each judgement area at a level of concern; ``"partial"``: actions for the
            recommendations only; ``"none"``: one action that answers nothing.
        **overrides: any other :class:`~yjinspect.ImprovementPlan` field.

    Every action is due three months after the plan is approved (a month after publication),
    with monthly reviews.

    .. versionadded:: 0.1.0
    """
    insp = inspection if inspection is not None else make_inspection()
    fw = frameworks.get(insp.framework)
    approved = _approval_day(insp)
    targets: list[str] = [r.id for r in insp.recommendations]
    if coverage == "full":
        targets += [f.id for f in insp.findings if f.kind is FindingKind.AREA_FOR_IMPROVEMENT]
        targets += [
            j.area
            for j in insp.judgements
            if j.rating is not None and fw.scale.level(j.rating).concern
        ]
    actions: tuple[Action, ...]
    if coverage == "none":
        actions = (
            Action(
                id="1a",
                text="Review the service's quality assurance.",
                theme="T1",
                due=approved.add(months=3),
            ),
        )
    else:
        actions = tuple(
            Action(
                id=f"{i}a",
                text=f"Answer {ref}.",
                theme="T1",
                covers=(ref,),
                owner="Head of Service",
                due=approved.add(months=3),
            )
            for i, ref in enumerate(targets, start=1)
        )
    fields: dict[str, Any] = {
        "id": f"{insp.id}-plan",
        "inspection": insp.id,
        "title": f"Improvement plan after {insp.id}",
        "board": "Management Board",
        "approved": approved,
        "submitted": approved,
        "review_cadence": pendulum.duration(months=1),
        "themes": (Theme(id="T1", title="Quality"),),
        "responses": tuple(
            RecommendationResponse(recommendation=r.id, agreement=Agreement.AGREED)
            for r in insp.recommendations
        ),
        "actions": actions,
    }
    fields.update(overrides)
    return ImprovementPlan(**fields)


def _approval_day(insp: Inspection) -> pendulum.Date:
    if insp.published is not None:
        return insp.published.latest().add(months=1)
    if insp.started is not None:
        return insp.started.add(months=4)
    return pendulum.Date(2025, 1, 1)
