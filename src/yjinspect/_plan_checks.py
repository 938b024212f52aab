"""The checks of an improvement plan (see :func:`yjinspect.plan.plan_problems`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._ids import duplicate_ids
from ._wording import listing
from ._wording import quote as _quote
from .errors import Problem, Severity

if TYPE_CHECKING:
    from .inspection import Inspection
    from .plan import ImprovementPlan

__all__ = ["plan_problems"]


# -- checks ------------------------------------------------------------------------------------
def plan_problems(
    plan: ImprovementPlan, inspection: Inspection | None = None
) -> tuple[Problem, ...]:
    """Every problem in a plan; with ``inspection``, also every reference that resolves to nothing.

    Without the inspection the plan is checked alone: action, theme and response ids are unique,
    every action's theme exists, dates are in order. With the inspection (its id must be the
    plan's ``inspection``), every id an action covers must name a recommendation or finding of
    the inspection or an area of its framework, and every response must name a recommendation;
    a recommendation with no response is a warning. Nothing is raised for a problem in the data.

    Args:
        plan: the plan.
        inspection: the inspection the plan answers, for the reference checks.

    Returns:
        The problems, each with a path from the plan (``$.actions[3].covers[0]``).

    Raises:
        UnknownFramework: the inspection names a framework that is not known.
    """
    out: list[Problem] = []
    out.extend(
        duplicate_ids(((f"$.actions[{i}]", a.id) for i, a in enumerate(plan.actions)), "action")
    )
    out.extend(
        duplicate_ids(((f"$.themes[{i}]", t.id) for i, t in enumerate(plan.themes)), "theme")
    )
    out.extend(
        duplicate_ids(
            ((f"$.responses[{i}]", r.recommendation) for i, r in enumerate(plan.responses)),
            "response to recommendation",
            field="recommendation",
        )
    )
    themes = {t.id for t in plan.themes}
    for i, a in enumerate(plan.actions):
        if a.theme is not None and a.theme not in themes:
            known = listing(sorted(themes)) or "none"
            out.append(
                Problem(
                    path=f"$.actions[{i}].theme",
                    message=f"action {a.id!r} names "
                    f"theme {a.theme!r}, which the plan does not have (themes: {known})",
                )
            )
        if a.completed is not None and a.updates and a.completed < a.updates[0].date:
            out.append(
                Problem(
                    path=f"$.actions[{i}].completed",
                    severity=Severity.WARNING,
                    message=f"action {a.id!r} was completed on {a.completed}, before "
                    f"its first progress update ({a.updates[0].date})",
                )
            )
        seen: set[str] = set()
        for k, ref in enumerate(a.covers):
            if ref in seen:
                out.append(
                    Problem(
                        path=f"$.actions[{i}].covers[{k}]",
                        severity=Severity.WARNING,
                        message=f"action {a.id!r} lists {ref!r} twice",
                    )
                )
            seen.add(ref)
    if plan.submitted and plan.approved and plan.submitted < plan.approved:
        out.append(
            Problem(
                path="$.submitted",
                severity=Severity.WARNING,
                message=f"the plan was submitted ({plan.submitted}) before the board "
                f"approved it ({plan.approved})",
            )
        )
    if inspection is not None:
        out.extend(_reference_problems(plan, inspection))
    return tuple(out)


def _reference_problems(plan: ImprovementPlan, inspection: Inspection) -> list[Problem]:
    from .frameworks import get as get_framework

    out: list[Problem] = []
    if plan.inspection != inspection.id:
        out.append(
            Problem(
                path="$.inspection",
                message=f"the plan answers {plan.inspection!r}, "
                f"but was checked against {inspection.id!r}",
            )
        )
    fw = get_framework(inspection.framework)
    recs = {r.id for r in inspection.recommendations}
    items = recs | {f.id for f in inspection.findings}
    for i, a in enumerate(plan.actions):
        for k, ref in enumerate(a.covers):
            if ref not in items and not fw.has_area(ref):
                out.append(
                    Problem(
                        path=f"$.actions[{i}].covers[{k}]",
                        message=f"action {a.id!r} covers {ref!r}, which is no "
                        f"recommendation or finding of {inspection.id!r} and no area "
                        f"of {fw.code!r}",
                    )
                )
    for i, t in enumerate(plan.themes):
        for k, code in enumerate(t.areas):
            if not fw.has_area(code):
                out.append(
                    Problem(
                        path=f"$.themes[{i}].areas[{k}]",
                        message=f"theme {t.id!r} serves {code!r}, which is no area of {fw.code!r}",
                    )
                )
    answered = set()
    for i, r in enumerate(plan.responses):
        answered.add(r.recommendation)
        if r.recommendation not in recs:
            out.append(
                Problem(
                    path=f"$.responses[{i}].recommendation",
                    message=f"the plan answers recommendation {r.recommendation!r}, "
                    f"which {inspection.id!r} does not make",
                )
            )
    for rec in inspection.recommendations:
        if rec.id not in answered:
            out.append(
                Problem(
                    path="$.responses",
                    severity=Severity.WARNING,
                    message=f"no response to recommendation {rec.id} {_quote(rec.text)}",
                )
            )
    return out
