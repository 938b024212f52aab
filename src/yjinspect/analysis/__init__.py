"""Pure analysis of inspections and plans: compare, coverage, effectiveness, service histories
and cohorts. No I/O and no clock: every "today" is an ``as_of`` argument.

Example:
    >>> import yjinspect as yj
    >>> from yjinspect.analysis import cohort, trajectory
    >>> series = yj.examples.bromley()
    >>> len(trajectory(series.inspections).points)
    4

Each name is imported from its module on first use (plain PEP 562 laziness), so that a command
or view that needs comparisons does not build the classes of cohorts, coverage and the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._compare import ReversedInspections, compare
    from ._coverage import DEFAULT_WINDOW, coverage, effectiveness
    from .cohorts import (
        Cohort,
        CohortCount,
        DistributionRow,
        InspectionCounts,
        LeagueRow,
        LeagueTable,
        RatingDistribution,
        cohort,
    )
    from .comparison import AreaChange, Change, Comparison, OverallChange
    from .coverage_report import (
        ActionState,
        AreaCoverage,
        Coverage,
        CoverageItem,
        Dangling,
        Gap,
        GapKind,
        ItemKind,
        ThemeCoverage,
    )
    from .effectiveness_report import AreaOutcome, Effectiveness
    from .history import Trajectory, TrajectoryPoint, trajectory
    from .improvement_report import Improvement, ImprovementSide, improvement
    from .rules import (
        DifferentServices,
        OverallReading,
        read_overall,
        same_inspection,
        same_service,
    )
    from .timing import TimeBetween, time_between

# name -> the module of this package that defines it.
_LAZY: dict[str, str] = {
    "ActionState": "coverage_report",
    "AreaChange": "comparison",
    "AreaCoverage": "coverage_report",
    "AreaOutcome": "effectiveness_report",
    "Change": "comparison",
    "Cohort": "cohorts",
    "CohortCount": "cohorts",
    "Comparison": "comparison",
    "Coverage": "coverage_report",
    "CoverageItem": "coverage_report",
    "DEFAULT_WINDOW": "_coverage",
    "Dangling": "coverage_report",
    "DifferentServices": "rules",
    "DistributionRow": "cohorts",
    "Effectiveness": "effectiveness_report",
    "Gap": "coverage_report",
    "GapKind": "coverage_report",
    "Improvement": "improvement_report",
    "ImprovementSide": "improvement_report",
    "InspectionCounts": "cohorts",
    "ItemKind": "coverage_report",
    "LeagueRow": "cohorts",
    "LeagueTable": "cohorts",
    "OverallChange": "comparison",
    "OverallReading": "rules",
    "RatingDistribution": "cohorts",
    "ReversedInspections": "_compare",
    "ThemeCoverage": "coverage_report",
    "TimeBetween": "timing",
    "Trajectory": "history",
    "TrajectoryPoint": "history",
    "cohort": "cohorts",
    "compare": "_compare",
    "coverage": "_coverage",
    "effectiveness": "_coverage",
    "improvement": "improvement_report",
    "read_overall": "rules",
    "same_inspection": "rules",
    "same_service": "rules",
    "time_between": "timing",
    "trajectory": "history",
}


def __getattr__(name: str) -> Any:
    """Plain PEP 562 laziness: a name is imported from its module the first time it is read."""
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module_name}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "DEFAULT_WINDOW",
    "ActionState",
    "AreaChange",
    "AreaCoverage",
    "AreaOutcome",
    "Change",
    "Cohort",
    "CohortCount",
    "Comparison",
    "Coverage",
    "CoverageItem",
    "Dangling",
    "DifferentServices",
    "DistributionRow",
    "Effectiveness",
    "Gap",
    "GapKind",
    "Improvement",
    "ImprovementSide",
    "InspectionCounts",
    "ItemKind",
    "LeagueRow",
    "LeagueTable",
    "OverallChange",
    "OverallReading",
    "RatingDistribution",
    "ReversedInspections",
    "ThemeCoverage",
    "TimeBetween",
    "Trajectory",
    "TrajectoryPoint",
    "cohort",
    "compare",
    "coverage",
    "effectiveness",
    "improvement",
    "read_overall",
    "same_inspection",
    "same_service",
    "time_between",
    "trajectory",
]
