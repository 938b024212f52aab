"""Shipped example documents: the Bromley series.

Example:
    >>> import yjinspect as yj
    >>> for inspection in yj.examples.bromley():
    ...     print(inspection.id)
    bromley-2012-cci
    bromley-2015-fji
    bromley-2016-fji-reinspection
    bromley-2025-standards
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import cast

from ..documents import loads
from ..model import Corpus, ImprovementPlan

__all__ = ["bromley", "bromley_plan", "read_text"]


def read_text(name: str) -> str:
    """The text of a shipped example document (for example ``"bromley.toml"``).

    .. versionadded:: 0.1.0
    """
    return resources.files(__name__).joinpath("data", name).read_text(encoding="utf-8")


@cache
def bromley() -> Corpus:
    """The Bromley Youth Offending Service series, oldest first.

    Four inspections: the 2012 Core Case Inspection, the 2015 Full Joint Inspection, its
    re-inspection (the interventions rating is not known) and the 2025 standards inspection (only
    the published overall rating, score, resettlement rating and recommendation count are known).
    Facts come from the Bromley committee report ED15104 (July 2015) and HMIP press releases and
    reports; anything the record does not hold is left unknown.
    """
    corpus = loads(
        read_text("bromley.toml"),
        "toml",
        kind="corpus",
        source="yjinspect/examples/data/bromley.toml",
    )
    return cast(Corpus, corpus)


@cache
def bromley_plan() -> ImprovementPlan:
    """The Bromley post-inspection improvement plan of 2015, answering ``bromley-2015-fji``.

    Its themes, board, chair, monthly review, and milestones (the YJB mock inspection at the end
    of January 2016, the HMIP re-inspection) come from the Bromley committee report ED15104 (July
    2015), as does action 1a, the single YOT Management Board. The report does not list the
    plan's other actions: those here are illustrations, marked ``illustrative`` in the document.

    Example:
        >>> import yjinspect as yj
        >>> plan = yj.examples.bromley_plan()
        >>> [t.title for t in plan.themes][:2], plan.chair
        (['Leadership and Partnership', 'Quality'], 'Chief Executive')
    """
    plan = loads(
        read_text("bromley-2015-plan.toml"),
        "toml",
        kind="improvement-plan",
        source="yjinspect/examples/data/bromley-2015-plan.toml",
    )
    return cast(ImprovementPlan, plan)
