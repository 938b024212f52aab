"""MkDocs hook: the charts of :mod:`yjinspect.plot`, drawn from the built-in data at build time.

A page asks for a chart with a marker on a line of its own::

    <!-- chart: national-league-table -->

The hook draws every chart in :data:`CHARTS` (matplotlib's object interface, no display
needed) as PNG, adds each to the site as ``charts/NAME.png``, and replaces each marker with the
image and its alt text. The alt text is written from the same data as the chart (how many
inspections, which rating is commonest, who ranks first and last), so neither the picture nor
its description can drift from the data the package ships. An unknown name fails the build.

Nothing here needs MkDocs to draw: :func:`draw` and :func:`image_markdown` are plain functions,
and the MkDocs objects are used only inside the hooks.
"""

from __future__ import annotations

import io
import posixpath
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import pendulum

import yjinspect as yj
from yjinspect import plot
from yjinspect.analysis import cohort

MARKER = re.compile(r"^<!-- chart: (?P<name>[a-z0-9-]+) -->$", re.MULTILINE)
FOLDER = "charts"
FRAMEWORK_2021 = "hmip-youth-2021"
LEAGUE_TOP = 25
DPI = 110


def _rating_label(framework: str, code: str) -> str:
    if code in ("not-known", "not-rated"):
        return code.replace("-", " ")
    return yj.frameworks.get(framework).scale.level(code).label


def _national_2021() -> list[yj.Inspection]:
    """The national record's inspections under the 2021 standards; those that may be of
    another framework (``framework_candidates``) are left out, as the alt text says."""
    return [
        i
        for i in yj.datasets.national()
        if i.framework == FRAMEWORK_2021 and not i.framework_candidates
    ]


_LEFT_OUT = "leaving out those whose framework is not decided"


def national_league_table() -> tuple[Any, str]:
    """The league table of the 2021 standards inspections in the national record."""
    table = cohort(_national_2021()).league
    first, last = table.rows[0], table.rows[-1]
    fw = yj.frameworks.get(FRAMEWORK_2021)
    rating = _rating_label(first.framework, first.overall or "not-known")
    alt = (
        f"League table of the {min(LEAGUE_TOP, len(table.rows))} highest of the "
        f"{len(table.rows)} inspections under {fw.code}, the {fw.title}, with an overall "
        f"score in the built-in national record ({_LEFT_OUT}), best first, one bar each: "
        f"the score as a share of {first.max_score}. "
        f"First: {first.service}, {first.score}/{first.max_score} ({rating}). "
        f"Lowest of all (not drawn): {last.service}, {last.score}/{last.max_score}. "
        f"{len(table.unscored)} inspections have no score known and are named below the axis."
    )
    return plot.league_table(table, top=LEAGUE_TOP), alt


def national_distribution() -> tuple[Any, str]:
    """The ratings of every standard of the 2021 framework across the national record."""
    inspections = _national_2021()
    co = cohort(inspections)
    rows = [row for row in co.distribution.rows if row.framework == FRAMEWORK_2021]
    counts: Counter[str] = Counter()
    for row in rows:
        counts[row.rating] += row.count
    rated = {k: v for k, v in counts.items() if k not in ("not-known", "not-rated")}
    commonest = max(rated, key=rated.__getitem__)
    fw = yj.frameworks.get(FRAMEWORK_2021)
    alt = (
        f"Stacked bars, one for each of the {len({row.area for row in rows})} rated areas of "
        f"{fw.code}, the {fw.title}, counting the ratings of the {len(inspections)} "
        f"inspections under it in the built-in national record ({_LEFT_OUT}), worst rating "
        f"on the left. Of {sum(counts.values())} area ratings, {counts['not-known']} are not "
        f"known; the commonest known rating is {_rating_label(FRAMEWORK_2021, commonest)} "
        f"({rated[commonest]})."
    )
    return plot.cohort_distribution(co, framework=FRAMEWORK_2021), alt


def bromley_history() -> tuple[Any, str]:
    """Bromley's inspections, area by area."""
    series = yj.examples.bromley()
    years = [str(i.when) for i in series.inspections if i.when is not None]
    alt = (
        f"Heatmap of the {len(series.inspections)} inspections of "
        f"{series.inspections[0].service.name} in the built-in example ({min(years)[:4]} to "
        f"{max(years)[:4]}), one column each, one row per rated area of each framework, each "
        "cell the rating named in words on its colour; grey cells are not known."
    )
    return plot.history_heatmap(series.inspections), alt


def bromley_coverage() -> tuple[Any, str]:
    """What Bromley's 2015 plan answers of its inspection, on 1 February 2016."""
    fji = yj.examples.bromley().get("bromley-2015-fji")
    cov = yj.coverage(yj.examples.bromley_plan(), fji, as_of=pendulum.date(2016, 2, 1))
    shown = [a for a in cov.areas if a.items]
    answered = sum(len(a.covered) for a in shown)
    total = sum(len(a.items) for a in shown)
    alt = (
        f"Bars for the {len(shown)} judgement areas of {fji.id} with something to answer, each "
        f"split into items the improvement plan answers and items it leaves unanswered: the "
        f"plan answers {answered} of {total} items."
    )
    return plot.coverage_bars(cov), alt


CHARTS: dict[str, Callable[[], tuple[Any, str]]] = {
    "national-league-table": national_league_table,
    "national-distribution": national_distribution,
    "bromley-history": bromley_history,
    "bromley-coverage": bromley_coverage,
}
"""Each chart's name (its file is ``charts/NAME.png``) and what draws it: a function returning
the matplotlib figure and its alt text."""


def draw(name: str) -> tuple[bytes, str]:
    """One chart as PNG, and its alt text."""
    figure, alt = CHARTS[name]()
    buffer = io.BytesIO()
    # PNG with matplotlib's own fonts: the page shows what a saved chart shows, whatever fonts
    # the reader has. No version in the file: the same data draws the same bytes.
    figure.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight", metadata={"Software": None})
    return buffer.getvalue(), alt


def image_markdown(name: str, alt: str, page_uri: str) -> str:
    """The Markdown image of a chart, with its path relative to the page at ``page_uri``."""
    if "[" in alt or "]" in alt:
        raise ValueError(f"alt text of {name} holds a bracket: {alt!r}")
    target = posixpath.relpath(f"{FOLDER}/{name}.png", posixpath.dirname(page_uri) or ".")
    return f"![{alt}]({target})"


_drawn: dict[str, tuple[bytes, str]] = {}


def on_files(files: Any, config: Any) -> Any:
    """Draw every chart and add it to the site's files."""
    from mkdocs.structure.files import File

    for name in CHARTS:
        png, _alt = _drawn[name] = draw(name)
        files.append(File.generated(config, f"{FOLDER}/{name}.png", content=png))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Replace each chart marker with the chart's image and alt text."""

    def image(match: re.Match[str]) -> str:
        name = match.group("name")
        if name not in _drawn:
            raise ValueError(
                f"{page.file.src_uri}: no chart named {name!r}; the charts are: {', '.join(CHARTS)}"
            )
        return image_markdown(name, _drawn[name][1], page.file.src_uri)

    return MARKER.sub(image, markdown)
