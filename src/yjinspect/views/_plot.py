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
from ._html import RAG_COLOURS, area_label, ink, level_colour

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from ..analysis import Coverage, LeagueTable

__all__ = ["cohort_distribution", "coverage_bars", "history_heatmap", "league_table"]

# Hatching by a level's place on its scale, worst to best, so that a level can be told without
# its colour (in print, or by a reader who cannot tell the colours apart).
_HATCHES = ("xxx", "///", "", "...", "ooo")


def _hatch(position: float | None) -> str:
    if position is None:
        return ""
    return _HATCHES[round(position * (len(_HATCHES) - 1))]


def _axes(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    """The axes to draw on: the one given, or a new figure's (constrained layout, so that
    labels and legends are inside the figure when it is saved)."""
    if ax is not None:
        figure: Figure = ax.figure  # type: ignore[assignment]
        return figure, ax
    fig = _figure(figsize=size, layout="constrained")
    return fig, fig.add_subplot()


def _title(fig: Figure, ax: Axes, text: str, own: bool) -> None:
    """A figure of its own is titled across its whole width (a long title fits); a plot on
    given axes is titled above them."""
    if own:
        fig.suptitle(text, fontsize="medium")
    else:
        ax.set_title(text, pad=24)


_NOT_KNOWN = ("not-known", "not known")
_NOT_RATED = ("not-rated", "not rated")
_PALE = "#f0f0f0"
_SWATCH_EDGE = "#595959"  # a mid-dark grey: 7:1 contrast with white, visible round a pale swatch


def _count_label_style(fill: str) -> dict[str, Any]:
    """How a count is drawn on a bar of colour ``fill`` (``#rrggbb``): white on a dark fill,
    black on a light one (by the fill's luminance, see :func:`ink`), in bold, on a small box of
    the fill colour that keeps the bar's hatching away from the text."""
    return {
        "color": ink(fill),
        "fontweight": "bold",
        "bbox": {"boxstyle": "round,pad=0.3", "facecolor": fill, "edgecolor": "none"},
    }


def _figure(**kwargs: Any) -> Figure:
    try:
        cls = _figure_class()
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise ImportError(
            "plots need matplotlib: install the 'plot' extra "
            '(from a clone of yjinspect: pip install -e ".[plot]")'
        ) from exc
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


def history_heatmap(
    inspections: Iterable[Inspection], *, title: str | None = None, ax: Axes | None = None
) -> Figure:
    """A service's history as a heatmap: one row per rated area, one column per inspection.

    Inspections are ordered by :attr:`~yjinspect.Inspection.when` (undated ones keep their
    place after the dated ones before them). Each cell shows the rating's label on its colour
    (red for the worst level of its scale, green for the best); grey cells are "not known" or
    "not rated", white cells were not recorded. Areas of different frameworks are different
    rows, prefixed with the framework's code.

    Args:
        inspections: the inspections, of one service.
        title: the title (default: the service's council).
        ax: draw on these matplotlib axes (the figure they belong to is returned) instead of a
            new figure.

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
    fig, ax = _axes(ax, (width, height))
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
            ax.add_patch(_rectangle((col, row), colour, ax))
            ax.text(
                col + 0.5,
                row + 0.5,
                text,
                ha="center",
                va="center",
                fontsize=8,
                color=ink(colour),
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


def _rectangle(xy: tuple[float, float], colour: str, _ax: Any = None) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle(xy, 1, 1, facecolor=colour, edgecolor="white", linewidth=2)


def cohort_distribution(
    cohort: Cohort | Iterable[Inspection],
    *,
    framework: str | None = None,
    year: int | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """A cohort's ratings as stacked horizontal bars: one bar per rated area of one framework.

    Each bar is split by level, worst on the left, on the rating colours (red through amber to
    blue, colour-blind safe, each level also hatched: crosses for the worst, dots and rings for
    the best), then "not known" (grey) and "not rated" (pale grey), each segment labelled with
    its count. Bars count inspections, every rated area of every inspection once.

    Args:
        cohort: a :class:`~yjinspect.compare.Cohort`, or inspections to summarise with
            :func:`~yjinspect.compare.cohort`.
        framework: the framework to draw; needed when the cohort holds more than one.
        year: draw only inspections of this year (by :attr:`Inspection.when
            <yjinspect.Inspection.when>`).
        title: the figure's title.
        ax: draw on these matplotlib axes (their figure is returned) instead of a new figure.

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
    hatches = [_hatch(lv.position) for lv in fw.scale.levels] + ["", ""]
    names = [lv.label for lv in fw.scale.levels] + ["not known", "not rated"]
    height = max(2.5, 0.45 * len(areas) + 1.8)
    own = ax is None
    fig, ax = _axes(ax, (9.0, height))
    for k, (code, colour, name) in enumerate(zip(columns, colours, names, strict=True)):
        widths = [counts.get((a.code, code), 0) for a in areas]
        lefts = [sum(counts.get((a.code, c), 0) for c in columns[:k]) for a in areas]
        bars = ax.barh(
            range(len(areas)),
            widths,
            left=lefts,
            color=colour,
            label=name,
            edgecolor="white",
            hatch=hatches[k],
        )
        ax.bar_label(
            bars,
            labels=[str(w) if w else "" for w in widths],
            label_type="center",
            fontsize=7,
            **_count_label_style(colour),
        )
    ax.set_yticks(range(len(areas)))
    ax.set_yticklabels([str(a) for a in areas], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("inspections")
    ax.xaxis.set_major_locator(_integer_locator())
    legend = ax.legend(
        loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=len(columns), fontsize=7, frameon=False
    )
    # The swatches are edged, so that the palest ("not rated", near white) shows on the page.
    for swatch in legend.get_patches():
        swatch.set_edgecolor(_SWATCH_EDGE)
        swatch.set_linewidth(0.8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if title is None:
        title = f"Ratings across the cohort: {fw.code}" + (f", {year}" if year else "")
    _title(fig, ax, title, own)
    return fig


def coverage_bars(cov: Coverage, *, title: str | None = None, ax: Axes | None = None) -> Figure:
    """A plan's coverage as horizontal bars: one bar per judgement area with something to
    answer, split into items the plan answers (green) and items it leaves unanswered (red).

    Each area's label carries its code, title and rating; areas with nothing to answer are
    left out. Unanswered items are hatched as well as coloured. Needs only the
    :class:`~yjinspect.coverage.Coverage` report; ``ax`` draws on given matplotlib axes
    (their figure is returned) instead of a new figure.

    .. versionadded:: 0.1.0
    """
    areas = [a for a in cov.areas if a.total]
    height = max(2.0, 0.45 * len(areas) + 1.6)
    own = ax is None
    fig, ax = _axes(ax, (8.0, height))
    answered = [a.count for a in areas]
    missing = [a.total - a.count for a in areas]
    y = range(len(areas))
    done = ax.barh(y, answered, color=RAG_COLOURS["green"], label="answered", edgecolor="white")
    gaps = ax.barh(
        y,
        missing,
        left=answered,
        color=RAG_COLOURS["red"],
        label="unanswered",
        edgecolor="white",
        hatch="///",
    )
    ax.bar_label(
        done,
        labels=[str(n) if n else "" for n in answered],
        label_type="center",
        fontsize=8,
        color=ink(RAG_COLOURS["green"]),
    )
    ax.bar_label(
        gaps,
        labels=[str(n) if n else "" for n in missing],
        label_type="center",
        fontsize=8,
        **_count_label_style(RAG_COLOURS["red"]),
    )
    ax.set_yticks(list(y))
    ax.set_yticklabels(
        [area_label(a.area, a.title) + (f" ({a.rating})" if a.rating else "") for a in areas],
        fontsize=8,
    )
    ax.invert_yaxis()
    ax.set_xlabel("items to answer")
    ax.xaxis.set_major_locator(_integer_locator())
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=8, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    when = f" as of {cov.as_of}" if cov.as_of is not None else ""
    _title(fig, ax, title or f"{cov.plan}: coverage of {cov.inspection}{when}", own)
    return fig


def league_table(
    league: LeagueTable | Cohort | Iterable[Inspection],
    *,
    top: int | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """A league table as horizontal bars: one bar per inspection, best first, its length the
    overall score as a share of the framework's maximum possible score (34 of 36 is 0.94), its
    colour (and hatching) the overall rating, its label the rank, service, score and rating in
    words. Derived scores are marked "derived"; inspections whose score is not known are named
    below the axis by service and date.

    Args:
        league: a :class:`~yjinspect.analysis.LeagueTable`, a cohort, or inspections to rank
            with :func:`~yjinspect.analysis.cohort`.
        top: draw only the first ``top`` rows.
        title: the title.
        ax: draw on these matplotlib axes (their figure is returned) instead of a new figure.

    .. versionadded:: 0.1.0
    """
    if isinstance(league, Cohort):
        table = league.league
    elif hasattr(league, "unscored") and hasattr(league, "rows"):
        table = league  # type: ignore[assignment]
    else:
        table = make_cohort(league).league
    rows = list(table.rows[:top] if top is not None else table.rows)
    height = max(2.0, 0.38 * len(rows) + 1.6)
    fig, ax = _axes(ax, (8.0, height))
    shares, colours, hatches, labels = [], [], [], []
    for r in rows:
        fw = frameworks.get(r.framework)
        level = fw.scale.level(r.overall) if r.overall is not None else None
        shares.append(r.score / r.max_score if r.max_score else 0.0)
        colours.append(level_colour(level))
        hatches.append(_hatch(level.position if level is not None else None))
        rating = level.label if level is not None else "rating not known"
        derived = ", derived" if r.basis == "derived" else ""
        labels.append(f"{r.rank}. {r.service}: {r.score}/{r.max_score} {rating}{derived}")
    y = list(range(len(rows)))
    ax.barh(y, shares, color=colours, hatch=hatches, edgecolor="white")
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    xlabel = "overall score, as a share of the maximum possible score"
    if table.unscored:
        named = ", ".join(_unscored_names(table)[:6])
        more = f" and {len(table.unscored) - 6} more" if len(table.unscored) > 6 else ""
        xlabel += f"\nscore not known: {named}{more}"
    ax.set_xlabel(xlabel, fontsize=8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_title(title or "League table by overall score")
    return fig


def _unscored_names(table: LeagueTable) -> list[str]:
    """The inspections of a league table without a score, by service and date ("Ceredigion
    (2024-11-12)"); by id when the table does not hold their services."""
    services = getattr(table, "unscored_services", ())
    if len(services) != len(table.unscored):
        return list(table.unscored)
    return [f"{name} ({when or 'date not known'})" for name, when in services]


def _integer_locator() -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)
