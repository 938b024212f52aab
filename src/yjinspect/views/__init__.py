"""Views of yjinspect objects: pandas DataFrames, reports as text, Markdown and HTML,
committee papers, an Excel workbook of a plan (openpyxl), and matplotlib plots. pandas,
openpyxl and matplotlib are imported by the functions that need them, and the plots (with the
analysis they draw on) on first use, so that a text report starts quickly.
"""

from typing import TYPE_CHECKING, Any

from ._frames import (
    COLUMNS,
    DISTRIBUTION_COLUMNS,
    distribution_frame,
    import_frame,
    inspections_frame,
    plan_frame,
    to_frame,
)
from ._paper import PAPER_FORMATS, PaperFormat, comparison_paper, coverage_paper, inspection_paper
from ._report import (
    comparison_html,
    comparison_markdown,
    corpus_html,
    coverage_html,
    coverage_markdown,
    framework_html,
    framework_markdown,
    framework_text,
    history_text,
    inspection_html,
    inspection_markdown,
    inspection_text,
    plan_html,
    plan_markdown,
    plan_text,
)
from ._workbook import WORKBOOK_SHEETS, plan_workbook, write_plan_workbook

if TYPE_CHECKING:
    from ._plot import cohort_distribution, coverage_bars, history_heatmap, league_table

__all__ = [
    "COLUMNS",
    "DISTRIBUTION_COLUMNS",
    "PAPER_FORMATS",
    "WORKBOOK_SHEETS",
    "PaperFormat",
    "cohort_distribution",
    "comparison_html",
    "comparison_markdown",
    "comparison_paper",
    "corpus_html",
    "coverage_bars",
    "coverage_html",
    "coverage_markdown",
    "coverage_paper",
    "distribution_frame",
    "framework_html",
    "framework_markdown",
    "framework_text",
    "history_heatmap",
    "history_text",
    "import_frame",
    "inspection_html",
    "inspection_markdown",
    "inspection_paper",
    "inspection_text",
    "inspections_frame",
    "league_table",
    "plan_frame",
    "plan_html",
    "plan_markdown",
    "plan_text",
    "plan_workbook",
    "to_frame",
    "write_plan_workbook",
]


_PLOTS = frozenset({"cohort_distribution", "coverage_bars", "history_heatmap", "league_table"})


def __getattr__(name: str) -> Any:
    if name in _PLOTS:
        from . import _plot

        return getattr(_plot, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
