"""Reports for people: plain text, committee-style Markdown and HTML.

An inspection (:func:`inspection_markdown`, :func:`inspection_html`), a comparison of two
inspections (:func:`comparison_markdown`, :func:`comparison_html`) and a plan's coverage as of
a date (:func:`coverage_markdown`, :func:`coverage_html`). HTML reports are fragments for a
notebook or a page of your own, or whole pages with ``standalone=True``; ratings are shown on
the colours inspection reports use (red for the worst level, through amber, to green).
"""

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

__all__ = [
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
]
