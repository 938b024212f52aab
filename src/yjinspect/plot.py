"""Plots with matplotlib (the ``plot`` extra). Each function returns a matplotlib Figure.

Figures are built with matplotlib's object interface, never pyplot's global state, so they work
in notebooks, scripts and servers alike: show one in a notebook by leaving it as the cell's
value, or save it with ``fig.savefig("history.png")``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from . import frameworks
from ._html import WORST_COLOUR, level_colour
from .inspection import Inspection, JudgementStatus

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["history_heatmap"]


def _figure(**kwargs: Any) -> Figure:
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise ImportError('plots need matplotlib: pip install "yjinspect[plot]"') from exc
    return Figure(**kwargs)


def history_heatmap(inspections: Iterable[Inspection], *, title: str | None = None) -> Figure:
    """A service's history as a heatmap: one row per rated area, one column per inspection.

    Inspections are ordered by :attr:`~yjinspect.Inspection.when` (undated ones keep their
    place after the dated ones before them). Each cell shows the rating's label on its colour
    (red for the worst level of its scale, green for the best); grey cells are "not known" or
    "not rated", white cells were not recorded. Areas of different frameworks are different
    rows, prefixed with the framework's code.
    """
    items = list(inspections)
    rows: list[tuple[str, str]] = []  # (framework, area)
    for insp in items:
        fw = frameworks.get(insp.framework)
        recorded = {j.area for j in insp.judgements}
        for area in fw.rated_areas(insp.framework_version):
            if area.code in recorded and (insp.framework, area.code) not in rows:
                rows.append((insp.framework, area.code))
    width = max(4.0, 1.9 * len(items) + 3.5)
    height = max(2.0, 0.42 * len(rows) + 1.4)
    fig = _figure(figsize=(width, height), layout="constrained")
    ax = fig.add_subplot()
    ax.set_xlim(0, len(items))
    ax.set_ylim(len(rows), 0)
    for col, insp in enumerate(items):
        fw = frameworks.get(insp.framework)
        by_area = {j.area: j for j in insp.judgements}
        for row, (code, area_code) in enumerate(rows):
            j = by_area.get(area_code) if code == insp.framework else None
            if j is None:
                colour, text = "#ffffff", ""
            elif j.rating is None:
                colour = level_colour(None)
                text = "not known" if j.status is JudgementStatus.NOT_KNOWN else "not rated"
            else:
                level = fw.scale.level(j.rating)
                colour, text = level_colour(level), level.label
            ax.add_patch(_rectangle((col, row), colour))
            ax.text(
                col + 0.5,
                row + 0.5,
                text,
                ha="center",
                va="center",
                fontsize=8,
                color="white" if colour == WORST_COLOUR else "black",
            )
    ax.set_xticks([c + 0.5 for c in range(len(items))])
    ax.set_xticklabels([f"{i.id}\n{i.when or 'date unknown'}" for i in items], fontsize=8)
    ax.set_yticks([r + 0.5 for r in range(len(rows))])
    ax.set_yticklabels(
        [f"{code}: {frameworks.get(code).area(area)}" for code, area in rows], fontsize=8
    )
    ax.tick_params(length=0)
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    if title is None and items:
        title = f"Inspection history: {items[0].service.local_authority}"
    ax.set_title(title or "Inspection history")
    return fig


def _rectangle(xy: tuple[float, float], colour: str) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle(xy, 1, 1, facecolor=colour, edgecolor="white", linewidth=2)
