"""Reports for people: plain text, committee-style Markdown and HTML.

An inspection (:func:`inspection_markdown`, :func:`inspection_html`), a comparison of two
inspections (:func:`comparison_markdown`, :func:`comparison_html`) and a plan's coverage as of
a date (:func:`coverage_markdown`, :func:`coverage_html`). HTML reports are fragments for a
notebook or a page of your own, or whole pages with ``standalone=True``; ratings are shown on
the colours inspection reports use (red for the worst level, through amber, to green).

Committee papers, written the way a council committee report is, for an inspection
(:func:`inspection_paper`), two inspections (:func:`comparison_paper`) and an inspection with the
improvement plan that answers it (:func:`coverage_paper`), in Markdown or as a whole HTML page;
and an Excel workbook of a plan and its coverage (:func:`plan_workbook`,
:func:`write_plan_workbook`; needs the ``excel`` extra, openpyxl).
"""

from .views._paper import (
    PAPER_FORMATS,
    PaperFormat,
    comparison_paper,
    coverage_paper,
    inspection_paper,
)
from .views._report import (
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
from .views._workbook import WORKBOOK_SHEETS, plan_workbook, write_plan_workbook

__all__ = [
    "PAPER_FORMATS",
    "WORKBOOK_SHEETS",
    "PaperFormat",
    "comparison_html",
    "comparison_markdown",
    "comparison_paper",
    "corpus_html",
    "coverage_html",
    "coverage_markdown",
    "coverage_paper",
    "framework_html",
    "framework_markdown",
    "framework_text",
    "history_text",
    "inspection_html",
    "inspection_markdown",
    "inspection_paper",
    "inspection_text",
    "plan_html",
    "plan_markdown",
    "plan_text",
    "plan_workbook",
    "write_plan_workbook",
]
