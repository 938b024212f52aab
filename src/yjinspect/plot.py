"""Plots with matplotlib (the ``plot`` extra). Each function returns a matplotlib Figure.

Figures are built with matplotlib's object interface, never pyplot's global state, so they work
in notebooks, scripts and servers alike: show one in a notebook by leaving it as the cell's
value (it shows as a PNG, with or without ``%matplotlib inline``), or save it with
``fig.savefig("history.png")``.
"""

from .views._plot import (
    cohort_distribution,
    coverage_bars,
    history_heatmap,
)

__all__ = [
    "cohort_distribution",
    "coverage_bars",
    "history_heatmap",
]
