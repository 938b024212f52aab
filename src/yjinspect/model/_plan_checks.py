"""The checks an improvement plan can make alone (the reference checks against the inspection it
answers are in :func:`yjinspect.validation.plan_problems`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import Problem, Severity
from ._ids import duplicate_ids
from ._wording import listing

if TYPE_CHECKING:
    from .plan import ImprovementPlan

__all__ = ["plan_alone_problems"]


# -- checks ------------------------------------------------------------------------------------
def plan_alone_problems(plan: ImprovementPlan) -> tuple[Problem, ...]:
    """Every problem a plan shows alone (see :func:`yjinspect.validation.plan_problems`).

    Action, theme and response ids are unique, every action's theme exists, dates are in
    order. Nothing is raised for a problem in the data.

    Returns:
        The problems, each with a path from the plan (``$.actions[3].covers[0]``).
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
        if (
            a.completed is not None
            and a.updates
            and a.completed.latest() < a.updates[0].date.earliest()
        ):
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
    if plan.submitted and plan.approved and plan.submitted.latest() < plan.approved.earliest():
        out.append(
            Problem(
                path="$.submitted",
                severity=Severity.WARNING,
                message=f"the plan was submitted ({plan.submitted}) before the board "
                f"approved it ({plan.approved})",
            )
        )
    return tuple(out)
