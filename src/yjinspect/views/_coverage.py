"""Notebook and DataFrame views of a coverage report."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import _escape
from ..errors import UnknownFramework, UnknownRating
from ..frameworks import get as get_framework
from ..model import Answer
from ._html import area_label, rating_cell

if TYPE_CHECKING:
    import pandas as pd

    from ..analysis.coverage_report import ActionState, Coverage
    from ..model import Level, RatingScale


def coverage_scale(cov: Coverage) -> RatingScale | None:
    """The rating scale of the report's framework, when the report names a known one."""
    if cov.framework is None:
        return None
    try:
        return get_framework(cov.framework).scale
    except UnknownFramework:
        return None


def level_of_label(scale: RatingScale | None, label: str | None) -> Level | None:
    """The level of ``scale`` a rating label names; ``None`` without a scale, label or match."""
    if scale is None or label is None:
        return None
    try:
        return scale.level(label)
    except UnknownRating:
        return None


def coverage_html(cov: Coverage) -> str:
    """The report as an HTML fragment: the verdict, the area and theme tables, the problems."""
    from ..analysis.coverage_report import _pct  # imported already: cov is one of its objects

    esc = _escape.html
    out = [f"<div class='yjinspect-coverage'><p><strong>{esc(cov.verdict())}</strong></p>"]
    scale = coverage_scale(cov)
    if cov.areas:
        out.append(
            "<table><thead><tr><th>Area</th><th>Rating</th><th>Covered</th>"
            "<th>Items</th><th>Share</th><th>Actions</th></tr></thead><tbody>"
        )
        for a in cov.areas:
            out.append(
                f"<tr><td>{esc(area_label(a.area, a.title))}</td>"
                + (
                    rating_cell(level_of_label(scale, a.rating), a.rating or "")
                    if a.rating is not None
                    else ("<td></td>" if a.rating_known else "<td>not known</td>")
                )
                + f"<td>{a.count}</td><td>{a.total}</td><td>{_pct(a.share)}</td>"
                + f"<td>{esc(', '.join(a.actions))}</td></tr>"
            )
        out.append("</tbody></table>")
    if cov.themes:
        out.append(
            "<table><thead><tr><th>Theme</th><th>Covered</th><th>Items</th>"
            "<th>Share</th><th>Actions</th></tr></thead><tbody>"
        )
        for t in cov.themes:
            out.append(
                f"<tr><td>{esc(t.title)}</td><td>{t.count}</td><td>{t.total}</td>"
                f"<td>{_pct(t.share)}</td><td>{len(t.actions)}</td></tr>"
            )
        out.append("</tbody></table>")
    problems = cov.problems
    if problems:
        out.append("<ul>" + "".join(f"<li>{esc(str(p))}</li>" for p in problems) + "</ul>")
    out.append("</div>")
    return "".join(out)


def _questions(a: ActionState) -> tuple[tuple[str, Answer], ...]:
    return (
        ("complete", a.complete),
        ("overdue", a.overdue),
        ("due_soon", a.due_soon),
        ("stale", a.stale),
    )


def coverage_frame(cov: Coverage, table: str) -> pd.DataFrame:
    """One table of the report as a pandas DataFrame."""
    from ._frames import ColumnKind, ordered, typed_frame

    rows: list[dict[str, Any]]
    schema: tuple[tuple[str, ColumnKind], ...]
    if table == "items":
        rows = [
            {
                "kind": i.kind.value,
                "id": i.id,
                "text": i.text,
                "areas": ", ".join(i.areas),
                "covered": i.covered,
                "actions": ", ".join(i.actions),
                "agreement": i.agreement.value if i.agreement else None,
            }
            for i in cov.items
        ]
        schema = (
            ("kind", "text"),
            ("id", "text"),
            ("text", "text"),
            ("areas", "text"),
            ("covered", "bool"),
            ("actions", "text"),
            ("agreement", "text"),
        )
    elif table == "areas":
        rows = [
            {
                "area": a.area,
                "title": a.title,
                "rating": a.rating,
                "rating_known": a.rating_known,
                "concern": a.concern,
                "covered": a.count,
                "items": a.total,
                "share": a.share,
                "actions": len(a.actions),
            }
            for a in cov.areas
        ]
        schema = (
            ("area", "text"),
            ("title", "text"),
            ("rating", "text"),
            ("rating_known", "bool"),
            ("concern", "bool"),
            ("covered", "count"),
            ("items", "count"),
            ("share", "float"),
            ("actions", "count"),
        )
    elif table == "themes":
        rows = [
            {
                "theme": t.theme,
                "title": t.title,
                "covered": t.count,
                "items": t.total,
                "share": t.share,
                "actions": len(t.actions),
            }
            for t in cov.themes
        ]
        schema = (
            ("theme", "text"),
            ("title", "text"),
            ("covered", "count"),
            ("items", "count"),
            ("share", "float"),
            ("actions", "count"),
        )
    elif table == "actions":
        rows = [
            {
                "id": a.id,
                "text": a.text,
                "theme": a.theme,
                "owner": a.owner,
                "due": a.due,
                "status": a.status.value,
                "complete": a.complete.value,
                "overdue": a.overdue.value,
                "due_soon": a.due_soon.value,
                "stale": a.stale.value,
                "not_known": "; ".join(
                    f"{q}: {ans.reason}" for q, ans in _questions(a) if not ans.known
                )
                or None,
                "last_update": a.last_update,
                "original_due": a.original_due,
                "rag": a.rag.value if a.rag else None,
                "covers": ", ".join(a.covers),
                "illustrative": a.illustrative,
            }
            for a in cov.actions
        ]
        schema = (
            ("id", "text"),
            ("text", "text"),
            ("theme", "text"),
            ("owner", "text"),
            ("due", "partial"),
            ("status", "text"),
            ("complete", "flag"),
            ("overdue", "flag"),
            ("due_soon", "flag"),
            ("stale", "flag"),
            ("not_known", "text"),
            ("last_update", "partial"),
            ("original_due", "partial"),
            ("rag", "text"),
            ("covers", "text"),
            ("illustrative", "bool"),
        )
    elif table == "problems":
        rows = [
            {"kind": p.kind.value, "id": p.id, "text": p.text, "message": p.message}
            for p in cov.problems
        ]
        schema = (("kind", "text"), ("id", "text"), ("text", "text"), ("message", "text"))
    else:
        raise ValueError(
            f"unknown table {table!r}; expected one of: items, areas, themes, actions, problems"
        )
    frame = typed_frame(rows, schema)
    scale = coverage_scale(cov)
    if table == "areas" and scale is not None:
        ordered(frame, "rating", scale.labels)
    return frame
