"""HTML fragments of analysis results, for notebooks: what ``_repr_html_`` of a
:class:`~yjinspect.analysis.Comparison` or an :class:`~yjinspect.analysis.Effectiveness` shows."""

from __future__ import annotations

from .._escape import html as escape
from ..analysis import Comparison, Effectiveness
from ..analysis.comparison import _status_word
from ..analysis.effectiveness_report import _word
from ._html import cell, rating_cell, table

__all__ = ["comparison_fragment", "effectiveness_fragment"]


def comparison_fragment(c: Comparison) -> str:
    """Two inspections side by side: a heading, the overall change and one row per area; two
    records of one inspection: what they disagree on."""
    if c.same_inspection is not None:
        items = "".join(f"<li>{escape(d)}</li>" for d in c.differences)
        return (
            f"<p><b>{escape(c.earlier.id)} and {escape(c.later.id)}</b>: two records of one "
            f"inspection ({escape(c.same_inspection)}); "
            + (f"the records disagree:</p><ul>{items}</ul>" if items else "the records agree</p>")
        )
    head = f"<p><b>{escape(c.earlier.id)} &rarr; {escape(c.later.id)}</b>"
    if c.time is not None:
        head += f"; {escape(str(c.time))}"
    if c.crosswalk is not None:
        head += f"; through <code>{escape(c.crosswalk.code)}</code> (approximate)"
    head += "</p>"
    rows = [
        cell(a.title)
        + rating_cell(a.before, None if a.before else _status_word(a.before_status))
        + rating_cell(a.after, None if a.after else _status_word(a.after_status))
        + cell(a.change.value)
        + cell("" if a.steps is None else f"{a.steps:+d}")
        + cell("yes" if a.approximate else "")
        for a in c.changes
    ]
    overall = f"<p>{escape(str(c.overall))}</p>" if c.overall is not None else ""
    columns = ["area", "before", "after", "change", "steps", "approximate"]
    return head + overall + table(columns, rows)


def effectiveness_fragment(e: Effectiveness) -> str:
    """Whether a plan worked: the summary and one row per area, covered or not."""
    rows = [
        cell(a.title)
        + cell("yes" if a.covered else "no")
        + rating_cell(a.before)
        + rating_cell(a.after)
        + cell(_word(a.change))
        for a in e.areas
    ]
    return (
        f"<div class='yjinspect-effectiveness'><p><strong>{escape(e.summary())}</strong></p>"
        + table(["Area", "Covered", "Before", "After", "Change"], rows)
        + "</div>"
    )
