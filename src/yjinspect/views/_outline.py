"""Readable views of an improvement plan and a framework: text, Markdown and HTML."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._escape import html as escape
from .._escape import md, md_code, plain
from ..model import MilestoneStatus
from ..model._wording import every
from ._html import RAG_COLOURS, cell, colour_cell, table

if TYPE_CHECKING:
    from ..model import Framework, ImprovementPlan, Milestone


# -- plans -----------------------------------------------------------------------------------
def plan_html(plan: ImprovementPlan) -> str:
    """A compact HTML view of a plan: who owns it, its actions (with the RAG rating of each
    one's latest update) and its milestones.

    .. versionadded:: 0.1.0
    """
    head = [f"<h3>{escape(plan.title)} ({escape(plan.id)})</h3>"]
    facts = [f"answers {plan.inspection}"]
    if plan.board:
        facts.append(f"board: {plan.board}")
    if plan.chair:
        facts.append(f"chair: {plan.chair}")
    if plan.review_cadence is not None:
        facts.append(f"reviewed {every(plan.review_cadence)}")
    head.append(f"<p>{escape('; '.join(facts))}</p>")
    themes = {t.id: t.title for t in plan.themes}
    rows = []
    for a in plan.actions:
        last = a.last_update()
        rows.append(
            cell(a.id)
            + cell(a.text + (" (illustrative)" if a.illustrative else ""))
            + cell(themes.get(a.theme, a.theme) if a.theme else "-")
            + cell(a.owner or "-")
            + cell(a.due or "-")
            + cell(a.status.value)
            + (colour_cell(last.rag.value, RAG_COLOURS[last.rag.value]) if last else cell("-"))
            + cell(", ".join(a.covers))
        )
    heads = ["Action", "Text", "Theme", "Owner", "Due", "Status", "RAG", "Answers"]
    parts = [*head, table(heads, rows)]
    if plan.milestones:
        ms = [
            cell(m.title)
            + cell(m.due or (m.window or "-"))
            + cell(m.status.value)
            + cell(m.done or "-")
            for m in plan.milestones
        ]
        parts.append(table(["Milestone", "Due", "Status", "Done"], ms, caption="Milestones"))
    return "<div>" + "\n".join(parts) + "</div>"


def plan_text(plan: ImprovementPlan) -> str:
    """A readable account of a plan: who owns it, its themes, actions and milestones.

    .. versionadded:: 0.1.0
    """
    lines = [f"{plan.title} ({plan.id})", f"  answers {plan.inspection}"]
    for label, value in (
        ("board", plan.board),
        ("chair", plan.chair),
        ("submitted", plan.submitted),
        ("approved", plan.approved),
        ("reviewed every", plan.review_cadence.in_words() if plan.review_cadence else None),
    ):
        if value is not None:
            lines.append(f"  {label}: {value}")
    by_theme: dict[str | None, list[str]] = {}
    for a in plan.actions:
        due = f", due {a.due}" if a.due else ""
        owner = f", {a.owner}" if a.owner else ""
        mark = " [illustrative]" if a.illustrative else ""
        answers = f" -> {', '.join(a.covers)}" if a.covers else ""
        by_theme.setdefault(a.theme, []).append(
            f"    {a.id} {a.text} ({a.status.value}{due}{owner}){answers}{mark}"
        )
    for t in plan.themes:
        lines.append(f"  Theme {t.id}: {t.title}")
        lines.extend(by_theme.pop(t.id, ["    (no actions)"]))
    for theme, items in by_theme.items():
        lines.append(f"  Theme {theme}: (not a theme of the plan)" if theme else "  No theme:")
        lines.extend(items)
    for m in plan.milestones:
        due = str(m.due or m.window or "date not known")
        lines.append(f"  Milestone: {m.title} ({due}; {_milestone_state(m)})")
    return "\n".join(plain(line) for line in lines) + "\n"


def _milestone_state(m: Milestone) -> str:
    """A milestone's status in words: pending, done (and when, if known), or not known."""
    if m.status is MilestoneStatus.DONE:
        return f"done {m.done}" if m.done else "done, date not known"
    if m.status is MilestoneStatus.NOT_KNOWN:
        return "status not known"
    return m.status.value


def plan_markdown(plan: ImprovementPlan) -> str:
    """A plan as Markdown: its owners, then one table of actions per theme, then milestones.

    .. versionadded:: 0.1.0
    """
    out = [f"# {md(plan.title)}", "", f"Answers inspection {md(plan.inspection)}.", ""]
    for label, value in (
        ("Board", plan.board),
        ("Chair", plan.chair),
        ("Reviewed", every(plan.review_cadence) if plan.review_cadence else None),
    ):
        if value is not None:
            out.append(f"- {label}: {md(value)}")
    out.append("")
    themes: list[tuple[str | None, str]] = [(t.id, t.title) for t in plan.themes]
    if any(a.theme is None for a in plan.actions):
        themes.append((None, "Actions without a theme"))
    for theme, title in themes:
        actions = [a for a in plan.actions if a.theme == theme]
        out += [f"## {md(title)}", ""]
        if not actions:
            out += ["No actions.", ""]
            continue
        out += ["| Action | Owner | Due | Status | Answers |", "|---|---|---|---|---|"]
        for a in actions:
            mark = " _(illustrative)_" if a.illustrative else ""
            out.append(
                f"| **{md(a.id)}** {md(a.text)}{mark} | {md(a.owner or '-')} | "
                f"{md(a.due or '-')} | {a.status.value} | {md(', '.join(a.covers) or '-')} |"
            )
        out.append("")
    if any(a.illustrative for a in plan.actions):
        out += [
            "_(illustrative)_: an action written as an illustration, not taken from the record "
            "of the plan.",
            "",
        ]
    if plan.milestones:
        out += ["## Milestones", ""]
        for m in plan.milestones:
            due = m.due or m.window or "date not known"
            out.append(f"- {md(m.title)}: {md(due)} ({md(_milestone_state(m))})")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def framework_text(fw: Framework) -> str:
    """A framework's areas as an indented outline, with how each is rated and scored.

    .. versionadded:: 0.1.0
    """
    lines = [f"{fw.code}: {fw.title}", f"  scale: {fw.scale}"]
    if fw.versions:
        lines.append("  versions: " + ", ".join(v.code for v in fw.versions))
    depths = _depths(fw)
    for a in fw.areas:
        depth = depths[a.code]
        how = "scored" if a.scored else ("rated" if a.rated else a.kind.value)
        lines.append(f"  {'  ' * depth}{a} [{how}; {a.confidence.value}]")
    if fw.overall_rule is not None:
        bands = ", ".join(
            f"{b.minimum}-{b.maximum} {fw.scale.level(b.level).label}"
            for b in fw.overall_rule.bands
        )
        lines.append(f"  overall: sum of the scored areas, 0-{fw.max_score}: {bands}")
    return "\n".join(plain(line) for line in lines) + "\n"


def framework_markdown(fw: Framework) -> str:
    """A framework as Markdown: its scale and one table row per area.

    .. versionadded:: 0.1.0
    """
    out = [f"# {md(fw.title)} ({md_code(fw.code)})", "", f"Scale: {md(fw.scale)}.", ""]
    out += ["| Area | Kind | Rating | Confidence |", "|---|---|---|---|"]
    depths = _depths(fw)
    for a in fw.areas:
        indent = "&nbsp;" * 4 * depths[a.code]
        how = "scored" if a.scored else ("rated" if a.rated else "")
        out.append(f"| {indent}{md(a)} | {a.kind.value} | {how} | {a.confidence.value} |")
    return "\n".join(out) + "\n"


MAX_INDENT = 6
"""Views indent an area by its depth in the framework's tree, up to this many levels."""


def _depths(fw: Framework) -> dict[str, int]:
    """Each area's indentation: its depth in the tree, at most :data:`MAX_INDENT`.

    One pass, since parents come before their children: linear in the number of areas.
    """
    depths: dict[str, int] = {}
    for a in fw.areas:
        depths[a.code] = 0 if a.parent is None else min(depths[a.parent] + 1, MAX_INDENT)
    return depths
