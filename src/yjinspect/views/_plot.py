"""Plots with matplotlib (public face: :mod:`yjinspect.plot`)."""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .. import frameworks
from ..analysis import Cohort
from ..analysis import cohort as make_cohort
from ..model import Inspection, JudgementStatus
from ._html import RAG_COLOURS, WORST_COLOUR, level_colour

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ..analysis import Coverage

__all__ = ["cohort_distribution", "coverage_bars", "history_heatmap"]

_NOT_KNOWN = ("not-known", "not known")
_NOT_RATED = ("not-rated", "not rated")
_PALE = "#f0f0f0"


def _figure(**kwargs: Any) -> Figure:
    try:
        cls = _figure_class()
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise ImportError('plots need matplotlib: pip install "yjinspect[plot]"') from exc
    figure: Figure = cls(**kwargs)
    return figure


@functools.cache
def _figure_class() -> type[Any]:
    from matplotlib.figure import Figure

    class NotebookFigure(Figure):
        """A matplotlib Figure that a notebook shows as a PNG when it is a cell's value,
        whatever matplotlib backend is active (or none)."""

        def _repr_png_(self) -> bytes:
            buf = io.BytesIO()
            self.savefig(buf, format="png", bbox_inches="tight")
            return buf.getvalue()

    return NotebookFigure


def history_heatmap(inspections: Iterable[Inspection], *, title: str | None = None) -> Figure:
    """A service's history as a heatmap: one row per rated area, one column per inspection.

    Inspections are ordered by :attr:`~yjinspect.Inspection.when` (undated ones keep their
    place after the dated ones before them). Each cell shows the rating's label on its colour
    (red for the worst level of its scale, green for the best); grey cells are "not known" or
    "not rated", white cells were not recorded. Areas of different frameworks are different
    rows, prefixed with the framework's code.

    .. versionadded:: 0.1.0
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


def cohort_distribution(
    cohort: Cohort | Iterable[Inspection],
    *,
    framework: str | None = None,
    year: int | None = None,
    title: str | None = None,
) -> Figure:
    """A cohort's ratings as stacked horizontal bars: one bar per rated area of one framework.

    Each bar is split by level, worst on the left, on the rating colours (red through amber to
    green), then "not known" (grey) and "not rated" (pale grey), each segment labelled with its
    count. Bars count inspections, every rated area of every inspection once.

    Args:
        cohort: a :class:`~yjinspect.compare.Cohort`, or inspections to summarise with
            :func:`~yjinspect.compare.cohort`.
        framework: the framework to draw; needed when the cohort holds more than one.
        year: draw only inspections of this year (by :attr:`Inspection.when
            <yjinspect.Inspection.when>`).
        title: the figure's title.

    Raises:
        ValueError: the cohort holds several frameworks and ``framework`` is not given, or
            none of the given framework.

    .. versionadded:: 0.1.0
    """
    co = cohort if isinstance(cohort, Cohort) else make_cohort(cohort)
    rows = [r for r in co.distribution.rows if year is None or r.year == year]
    held = sorted({r.framework for r in rows})
    if framework is None:
        if len(held) != 1:
            raise ValueError(
                "the cohort holds "
                + (f"several frameworks ({', '.join(held)})" if held else "no inspections")
                + "; pass framework= to choose one"
            )
        framework = held[0]
    if framework not in held:
        raise ValueError(f"the cohort holds no inspection of {framework!r}")
    fw = frameworks.get(framework)
    rows = [r for r in rows if r.framework == framework]
    areas = [a for a in fw.areas if any(r.area == a.code for r in rows)]
    columns = [lv.code for lv in fw.scale.levels] + ["not-known", "not-rated"]
    counts = {(r.area, r.rating): 0 for r in rows}
    for r in rows:
        counts[(r.area, r.rating)] += r.count
    colours = [level_colour(lv) for lv in fw.scale.levels] + [level_colour(None), _PALE]
    names = [lv.label for lv in fw.scale.levels] + ["not known", "not rated"]
    height = max(2.5, 0.45 * len(areas) + 1.8)
    fig = _figure(figsize=(9.0, height), layout="constrained")
    ax = fig.add_subplot()
    for k, (code, colour, name) in enumerate(zip(columns, colours, names, strict=True)):
        widths = [counts.get((a.code, code), 0) for a in areas]
        lefts = [sum(counts.get((a.code, c), 0) for c in columns[:k]) for a in areas]
        bars = ax.barh(
            range(len(areas)), widths, left=lefts, color=colour, label=name, edgecolor="white"
        )
        ax.bar_label(
            bars,
            labels=[str(w) if w else "" for w in widths],
            label_type="center",
            fontsize=7,
            color="white" if colour == WORST_COLOUR else "black",
        )
    ax.set_yticks(range(len(areas)))
    ax.set_yticklabels([str(a) for a in areas], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("inspections")
    ax.xaxis.set_major_locator(_integer_locator())
    ax.legend(
        loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=len(columns), fontsize=7, frameon=False
    )
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if title is None:
        title = f"Ratings across the cohort: {fw.code}" + (f", {year}" if year else "")
    fig.suptitle(title)
    return fig


def coverage_bars(cov: Coverage, *, title: str | None = None) -> Figure:
    """A plan's coverage as horizontal bars: one bar per judgement area with something to
    answer, split into items the plan answers (green) and items it leaves unanswered (red).

    Each area's label carries its rating; areas with nothing to answer are left out. Needs
    only the :class:`~yjinspect.coverage.Coverage` report.

    .. versionadded:: 0.1.0
    """
    areas = [a for a in cov.areas if a.total]
    height = max(2.0, 0.45 * len(areas) + 1.6)
    fig = _figure(figsize=(8.0, height), layout="constrained")
    ax = fig.add_subplot()
    answered = [a.count for a in areas]
    missing = [a.total - a.count for a in areas]
    y = range(len(areas))
    done = ax.barh(y, answered, color=RAG_COLOURS["green"], label="answered", edgecolor="white")
    gaps = ax.barh(
        y, missing, left=answered, color=RAG_COLOURS["red"], label="unanswered", edgecolor="white"
    )
    ax.bar_label(
        done, labels=[str(n) if n else "" for n in answered], label_type="center", fontsize=8
    )
    ax.bar_label(
        gaps,
        labels=[str(n) if n else "" for n in missing],
        label_type="center",
        fontsize=8,
        color="white",
    )
    ax.set_yticks(list(y))
    ax.set_yticklabels(
        [f"{a.title} ({a.rating})" if a.rating else a.title for a in areas], fontsize=8
    )
    ax.invert_yaxis()
    ax.set_xlabel("items to answer")
    ax.xaxis.set_major_locator(_integer_locator())
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=8, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    when = f" as of {cov.as_of}" if cov.as_of is not None else ""
    fig.suptitle(title or f"{cov.plan}: coverage of {cov.inspection}{when}")
    return fig


def _integer_locator() -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)
