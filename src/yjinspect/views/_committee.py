"""Committee-style reports of a comparison and of a plan's coverage (Markdown and HTML)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._escape import html as escape
from .._escape import md
from ..errors import UnknownFramework
from ..frameworks import get as get_framework
from ..model._wording import every
from ._coverage import coverage_scale, level_of_label
from ._html import (
    RAG_COLOURS,
    WORST_COLOUR,
    area_label,
    cell,
    colour_cell,
    page,
    rating_cell,
    table,
)

if TYPE_CHECKING:
    from ..analysis.comparison import AreaChange, Comparison
    from ..analysis.coverage_report import ActionState, Coverage
    from ..model import ImprovementPlan, Inspection, Level, RatingScale

_CHANGE_WORDS = {
    "improved": "Improved",
    "declined": "Declined",
    "unchanged": "Unchanged",
    "newly-rated": "Newly rated",
    "no-longer-rated": "No longer rated",
    "unknown": "Not known",
    "not-rated": "Not rated",
    "records-disagree": "The records disagree",
}


# -- comparisons -----------------------------------------------------------------------------
def _describe(insp: Inspection) -> str:
    try:
        title = get_framework(insp.framework).title
    except UnknownFramework:
        title = insp.framework
    return f"{insp.id} ({title}, {insp.when if insp.when is not None else 'date not known'})"


def _side(level: Level | None, status: str) -> str:
    if level is not None:
        return level.label
    return "not rated" if status == "not-rated" else "not known"


def _change_words(ch: AreaChange) -> str:
    text = _CHANGE_WORDS[ch.change.value]
    if ch.points_change is not None:
        text += f" ({ch.points_change:+g} percentage points)"
    elif ch.steps:
        text += f" ({ch.steps:+d} step{'s' if abs(ch.steps) != 1 else ''})"
    if ch.before_derived or ch.after_derived:
        text += ", a side derived from its key questions"
    if ch.approximate:
        text += ", approximate"
    return text


def _pct(percentage: float | None) -> str:
    return f" ({percentage:g}%)" if percentage is not None else ""


def _counts(c: Comparison) -> str:
    parts = [
        f"{len(c.improved)} improved",
        f"{len(c.declined)} declined",
        f"{len(c.unchanged)} unchanged",
    ]
    if c.newly_rated:
        parts.append(f"{len(c.newly_rated)} newly rated")
    if c.no_longer_rated:
        parts.append(f"{len(c.no_longer_rated)} no longer rated")
    parts.append(f"{len(c.unknown)} not known")
    return ", ".join(parts)


def _comparison_intro(c: Comparison) -> list[str]:
    if c.same_inspection is not None:
        lines = [
            f"{_describe(c.earlier)} and {_describe(c.later)} are two records of one "
            f"inspection ({c.same_inspection}): nothing changed between them."
        ]
        if c.differences:
            lines.append("The records disagree: " + "; ".join(c.differences) + ".")
        else:
            lines.append("The records agree.")
        return lines
    lines = [
        f"From {_describe(c.earlier)} to {_describe(c.later)}.",
        f"Time between: {c.time if c.time is not None else 'not known'}.",
    ]
    if c.crosswalk is not None:
        lines.append(
            f"The frameworks differ: the comparison goes through the crosswalk "
            f"{c.crosswalk.code}, so every change is approximate."
        )
    if c.different_services:
        lines.append(
            f"These are inspections of different services: {c.earlier.service.name} and "
            f"{c.later.service.name}."
        )
    return lines


def comparison_markdown(c: Comparison) -> str:
    """A committee-style Markdown account of a comparison: what changed, area by area, and
    what cannot be said because a rating is not known.

    .. versionadded:: 0.1.0
    """
    out = [f"# {md(c.later.service.name)}: what changed between two inspections", ""]
    out += [md(line) + "\n" for line in _comparison_intro(c)]
    out += ["## Summary", "", f"{_counts(c)}.", ""]
    if c.overall is not None:
        out += [f"Overall rating: {md(str(c.overall).removeprefix('overall: '))}.", ""]
    out += [md(str(c.improvement)), ""]
    out += ["## Area by area", "", "| Area | Before | After | Change |", "|---|---|---|---|"]
    for ch in c.changes:
        before = md(_side(ch.before, ch.before_status.value)) + _pct(ch.before_percentage)
        after = md(_side(ch.after, ch.after_status.value)) + _pct(ch.after_percentage)
        out.append(f"| {md(ch.title)} | {before} | {after} | {md(_change_words(ch))} |")
    out.append("")
    notes = [ch for ch in c.changes if ch.note and ch.change.value in ("unknown", "not-rated")]
    if notes:
        out += ["## What is not known", ""]
        out += [f"- **{md(ch.title)}**: {md(ch.note)}." for ch in notes]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def comparison_html(c: Comparison, *, standalone: bool = False) -> str:
    """The comparison as HTML with rating colours (a fragment, or a whole page with
    ``standalone=True``).

    .. versionadded:: 0.1.0
    """
    rows = [
        cell(ch.title)
        + rating_cell(ch.before, None if ch.before else _side(None, ch.before_status.value))
        + rating_cell(ch.after, None if ch.after else _side(None, ch.after_status.value))
        + cell(_change_words(ch))
        + cell(ch.note)
        for ch in c.changes
    ]
    parts = [f"<h2>{escape(c.later.service.name)}: what changed between two inspections</h2>"]
    parts += [f"<p>{escape(line)}</p>" for line in _comparison_intro(c)]
    parts.append(f"<p><b>{escape(_counts(c))}</b></p>")
    if c.overall is not None:
        parts.append(f"<p>Overall rating: {escape(str(c.overall).removeprefix('overall: '))}.</p>")
    parts.append(f"<p>{escape(str(c.improvement))}</p>")
    parts.append(table(["Area", "Before", "After", "Change", "Note"], rows))
    body = "\n".join(parts)
    if standalone:
        return page(f"{c.earlier.id} to {c.later.id}", body)
    return f"<div>{body}</div>"


# -- coverage --------------------------------------------------------------------------------
def _scale(cov: Coverage) -> RatingScale | None:
    return coverage_scale(cov)


def _state(a: ActionState) -> str:
    if a.status.value == "dropped":
        return "dropped"
    if a.complete:
        return "complete"
    words = [w for w, on in (("overdue", a.overdue), ("due soon", a.due_soon)) if on]
    if a.stale:
        words.append("no recent update")
    maybe = [
        w
        for w, ans in (("overdue", a.overdue), ("due soon", a.due_soon), ("stale", a.stale))
        if not ans.known
    ]
    if maybe:
        words.append("whether " + " or ".join(maybe) + " not known")
    if a.original_due is not None:
        words.append(f"due date moved from {a.original_due}")
    if words:
        return ", ".join(words)
    return "status not known" if a.status.value == "not-known" else "open"


def _plan_lines(cov: Coverage, plan: ImprovementPlan | None) -> list[str]:
    lines = [f"Answers inspection {cov.inspection}."]
    if plan is not None:
        who = []
        if plan.board:
            who.append(f"Board: {plan.board}")
        if plan.chair:
            who.append(f"chair: {plan.chair}")
        if plan.review_cadence is not None:
            who.append(f"progress reviewed {every(plan.review_cadence)}")
        if who:
            lines.append("; ".join(who) + ".")
    if cov.as_of is not None:
        lines.append(f"Position as of {cov.as_of}.")
    else:
        lines.append("No date given: the state of each action is not assessed.")
    return lines


def _title(cov: Coverage, plan: ImprovementPlan | None) -> str:
    return f"{plan.title} ({plan.id})" if plan is not None else f"Improvement plan {cov.plan}"


def coverage_markdown(cov: Coverage, *, plan: ImprovementPlan | None = None) -> str:
    """A committee-style Markdown report of a plan's coverage (as of ``cov.as_of``): the
    verdict, coverage by judgement area and by theme, the actions' state and every problem.

    Args:
        cov: the coverage report (see :func:`yjinspect.coverage`).
        plan: the plan, for its title, board, chair and review cadence.

    .. versionadded:: 0.1.0
    """
    out = [f"# {md(_title(cov, plan))}", ""]
    out += [md(line) + "\n" for line in _plan_lines(cov, plan)]
    out += [f"**{md(cov.verdict())}.**", ""]
    if cov.areas:
        out += [
            "## Coverage by judgement area",
            "",
            "| Area | Rating | Items answered | Actions |",
            "|---|---|---|---|",
        ]
        for area in cov.areas:
            share = f" ({area.share:.0%})" if area.share is not None else ""
            out.append(
                f"| {md(area_label(area.area, area.title))} | "
                f"{md(area.rating or ('not rated' if area.rating_known else 'not known'))} | "
                f"{area.count} of {area.total}{share} | {md(', '.join(area.actions) or '-')} |"
            )
        out.append("")
    if cov.themes:
        out += ["## Coverage by theme", "", "| Theme | Items answered | Actions |", "|---|---|---|"]
        for t in cov.themes:
            share = f" ({t.share:.0%})" if t.share is not None else ""
            out.append(
                f"| {md(t.title)} | {t.count} of {t.total}{share} | "
                f"{md(', '.join(t.actions) or '-')} |"
            )
        out.append("")
    if cov.actions:
        heading = "## Actions" + (f" as of {cov.as_of}" if cov.as_of is not None else "")
        out += [
            heading,
            "",
            "| Action | Owner | Due | Status | Last update | RAG | State |",
            "|---|---|---|---|---|---|---|",
        ]
        for a in cov.actions:
            mark = " _(illustrative)_" if a.illustrative else ""
            out.append(
                f"| **{md(a.id)}** {md(a.text)}{mark} | {md(a.owner or '-')} | "
                f"{md(a.due or '-')} | {a.status.value} | {md(a.last_update or '-')} | "
                f"{a.rag.value if a.rag else '-'} | {_state(a)} |"
            )
        out.append("")
        if any(a.illustrative for a in cov.actions):
            out += [
                "_(illustrative)_: an action written as an illustration, not taken from the "
                "record of the plan.",
                "",
            ]
    problems = cov.problems
    out += ["## Problems", ""]
    out += [f"- {md(p)}" for p in problems] if problems else ["None found."]
    out.append("")
    return "\n".join(out).rstrip() + "\n"


def _day_cell(day: object) -> str:
    text = "-" if day is None else str(day)
    return f"<td style='padding:2px 6px;white-space:nowrap'>{escape(text)}</td>"


def state_colour(a: ActionState) -> str | None:
    """The colour of an action's state: the worst colour when overdue, amber when due soon or
    without a recent update, green when complete; ``None`` otherwise."""
    if a.overdue:
        return WORST_COLOUR
    if a.due_soon or a.stale:
        return RAG_COLOURS["amber"]
    if a.complete:
        return RAG_COLOURS["green"]
    return None


def _state_cell(a: ActionState) -> str:
    colour = state_colour(a)
    return cell(_state(a)) if colour is None else colour_cell(_state(a), colour)


def coverage_html(
    cov: Coverage, *, plan: ImprovementPlan | None = None, standalone: bool = False
) -> str:
    """The coverage report as HTML with rating and RAG colours (a fragment, or a whole page
    with ``standalone=True``).

    Args:
        cov: the coverage report (see :func:`yjinspect.coverage`).
        plan: the plan, for its title, board, chair and review cadence.
        standalone: return a whole HTML page.

    .. versionadded:: 0.1.0
    """
    scale = _scale(cov)
    parts = [f"<h2>{escape(_title(cov, plan))}</h2>"]
    parts += [f"<p>{escape(line)}</p>" for line in _plan_lines(cov, plan)]
    parts.append(f"<p><b>{escape(cov.verdict())}.</b></p>")
    if cov.areas:
        rows = [
            cell(area_label(a.area, a.title))
            + (
                rating_cell(level_of_label(scale, a.rating), a.rating)
                if a.rating
                else cell("not rated" if a.rating_known else "not known")
            )
            + cell(f"{a.count} of {a.total}" + (f" ({a.share:.0%})" if a.share is not None else ""))
            + cell(", ".join(a.actions) or "-")
            for a in cov.areas
        ]
        parts.append(
            table(
                ["Area", "Rating", "Items answered", "Actions"],
                rows,
                caption="Coverage by judgement area",
            )
        )
    if cov.themes:
        rows = [
            cell(t.title)
            + cell(f"{t.count} of {t.total}" + (f" ({t.share:.0%})" if t.share is not None else ""))
            + cell(", ".join(t.actions) or "-")
            for t in cov.themes
        ]
        parts.append(
            table(["Theme", "Items answered", "Actions"], rows, caption="Coverage by theme")
        )
    if cov.actions:
        rows = [
            cell(f"{a.id} {a.text}" + (" (illustrative)" if a.illustrative else ""))
            + cell(a.owner or "-")
            + _day_cell(a.due)
            + cell(a.status.value)
            + _day_cell(a.last_update)
            + (colour_cell(a.rag.value, RAG_COLOURS[a.rag.value]) if a.rag else cell("-"))
            + _state_cell(a)
            for a in cov.actions
        ]
        caption = "Actions" + (f" as of {cov.as_of}" if cov.as_of is not None else "")
        parts.append(
            table(
                ["Action", "Owner", "Due", "Status", "Last update", "RAG", "State"],
                rows,
                caption=caption,
            )
        )
    problems = cov.problems
    parts.append("<h3>Problems</h3>")
    if problems:
        parts.append("<ul>" + "".join(f"<li>{escape(str(p))}</li>" for p in problems) + "</ul>")
    else:
        parts.append("<p>None found.</p>")
    body = "\n".join(parts)
    if standalone:
        return page(_title(cov, plan), body)
    return f"<div>{body}</div>"
