"""Plain-text reports for people: a service's inspection history."""

from __future__ import annotations

from collections.abc import Iterable

from . import frameworks
from .inspection import Inspection, JudgementStatus, derived_overall

__all__ = ["history_text", "inspection_text"]


def inspection_text(insp: Inspection) -> str:
    """A readable account of one inspection: framework, dates, ratings and what is unknown."""
    fw = frameworks.get(insp.framework)
    lines: list[str] = []
    when = []
    if insp.started is not None:
        when.append(
            f"fieldwork from {insp.started}"
            + (f" to {insp.fieldwork.end}" if insp.fieldwork is not None else "")
        )
    if insp.published is not None:
        when.append(f"published {insp.published}")
    head = f"{insp.service.name}: {fw.title}"
    if insp.framework_version:
        head += f" [{fw.version(insp.framework_version).title}]"
    lines.append(head)
    lines.append(
        f"  {insp.inspection_kind.value.replace('-', ' ')}; "
        + ("; ".join(when) if when else "date not recorded")
        + f"; led by {insp.lead_inspectorate}"
        + (f" with {', '.join(insp.partner_inspectorates)}" if insp.partner_inspectorates else "")
    )
    recorded = {j.area: j for j in insp.judgements}
    areas = fw.rated_areas(insp.framework_version)
    width = max((len(str(a)) for a in areas), default=0)
    shown = 0
    for area in areas:
        j = recorded.get(area.code)
        if j is None:
            continue
        shown += 1
        if j.status is JudgementStatus.RATED and j.rating is not None:
            value = fw.scale.level(j.rating).label
        else:
            value = "not known" if j.status is JudgementStatus.NOT_KNOWN else "not rated"
        extra = f" ({j.percentage:g}%)" if j.percentage is not None else ""
        apart = "" if area.scored or fw.overall_rule is None else "  [not scored]"
        lines.append(f"  {area!s:<{width}}  {value}{extra}{apart}")
    unrecorded = len(areas) - shown
    if unrecorded:
        lines.append(f"  ({unrecorded} rated area(s) not recorded)")
    if insp.published_overall is not None or insp.published_score is not None:
        label = (
            fw.scale.level(insp.published_overall).label
            if insp.published_overall is not None
            else "not recorded"
        )
        score = (
            f", score {insp.published_score}/{fw.max_score}"
            if insp.published_score is not None
            else ""
        )
        lines.append(f"  Published overall: {label}{score}")
    derived = derived_overall(insp)
    if derived is not None:
        lines.append(f"  Derived overall: {derived}")
    if insp.findings:
        kinds = [f.kind.value for f in insp.findings]
        lines.append(
            f"  Findings: {kinds.count('strength')} strength(s), "
            f"{kinds.count('area-for-improvement')} area(s) for improvement"
        )
    if insp.recommendations:
        lines.append(f"  Recommendations: {len(insp.recommendations)}")
    return "\n".join(lines)


def history_text(inspections: Iterable[Inspection], *, title: str | None = None) -> str:
    """A readable history of inspections, oldest first (undated ones keep their order)."""
    items = list(inspections)
    if title is None and items:
        title = f"Inspection history: {items[0].service.local_authority}"
    out = [title or "Inspection history", "=" * len(title or "Inspection history"), ""]
    for insp in items:
        out.append(inspection_text(insp))
        out.append("")
    return "\n".join(out).rstrip() + "\n"
