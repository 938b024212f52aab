"""Views of yjinspect objects: pandas DataFrames, reports as text, Markdown and HTML,
committee papers, an Excel workbook of a plan (openpyxl), and matplotlib plots. pandas,
openpyxl and matplotlib are imported by the functions that need them, and each name here is
imported from its module on first use (plain PEP 562 laziness), so that a text report starts
without the papers, frames, workbook and plots, or the analysis only they draw on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import make_getattr as _make_getattr

if TYPE_CHECKING:
    from ._frames import (
        COLUMNS,
        DISTRIBUTION_COLUMNS,
        distribution_frame,
        import_frame,
        inspections_frame,
        plan_frame,
        to_frame,
    )
    from ._paper import (
        PAPER_FORMATS,
        PaperFormat,
        comparison_paper,
        coverage_paper,
        inspection_paper,
    )
    from ._plot import cohort_distribution, coverage_bars, history_heatmap, league_table
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

# Imported on first use: name -> (the module of this package that defines it, the name).
_LAZY: dict[str, tuple[str, str | None]] = {
    name: (f".{module}", name)
    for module, names in (
        (
            "_frames",
            (
                "COLUMNS",
                "DISTRIBUTION_COLUMNS",
                "distribution_frame",
                "import_frame",
                "inspections_frame",
                "plan_frame",
                "to_frame",
            ),
        ),
        (
            "_paper",
            (
                "PAPER_FORMATS",
                "PaperFormat",
                "comparison_paper",
                "coverage_paper",
                "inspection_paper",
            ),
        ),
        ("_plot", ("cohort_distribution", "coverage_bars", "history_heatmap", "league_table")),
        (
            "_report",
            (
                "comparison_html",
                "comparison_markdown",
                "corpus_html",
                "coverage_html",
                "coverage_markdown",
                "framework_html",
                "framework_markdown",
                "framework_text",
                "history_text",
                "inspection_html",
                "inspection_markdown",
                "inspection_text",
                "plan_html",
                "plan_markdown",
                "plan_text",
            ),
        ),
        ("_workbook", ("WORKBOOK_SHEETS", "plan_workbook", "write_plan_workbook")),
    )
    for name in names
}
__getattr__ = _make_getattr(__name__, _LAZY)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
