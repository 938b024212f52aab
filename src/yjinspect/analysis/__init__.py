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

from typing import TYPE_CHECKING

from .._lazy import make_getattr as _make_getattr

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

# name -> (the module of this package that defines it, the name).
_LAZY: dict[str, tuple[str, str | None]] = {
    "ActionState": (".coverage_report", "ActionState"),
    "AreaChange": (".comparison", "AreaChange"),
    "AreaCoverage": (".coverage_report", "AreaCoverage"),
    "AreaOutcome": (".effectiveness_report", "AreaOutcome"),
    "Change": (".comparison", "Change"),
    "Cohort": (".cohorts", "Cohort"),
    "CohortCount": (".cohorts", "CohortCount"),
    "Comparison": (".comparison", "Comparison"),
    "Coverage": (".coverage_report", "Coverage"),
    "CoverageItem": (".coverage_report", "CoverageItem"),
    "DEFAULT_WINDOW": ("._coverage", "DEFAULT_WINDOW"),
    "Dangling": (".coverage_report", "Dangling"),
    "DifferentServices": (".rules", "DifferentServices"),
    "DistributionRow": (".cohorts", "DistributionRow"),
    "Effectiveness": (".effectiveness_report", "Effectiveness"),
    "Gap": (".coverage_report", "Gap"),
    "GapKind": (".coverage_report", "GapKind"),
    "Improvement": (".improvement_report", "Improvement"),
    "ImprovementSide": (".improvement_report", "ImprovementSide"),
    "InspectionCounts": (".cohorts", "InspectionCounts"),
    "ItemKind": (".coverage_report", "ItemKind"),
    "LeagueRow": (".cohorts", "LeagueRow"),
    "LeagueTable": (".cohorts", "LeagueTable"),
    "OverallChange": (".comparison", "OverallChange"),
    "OverallReading": (".rules", "OverallReading"),
    "RatingDistribution": (".cohorts", "RatingDistribution"),
    "ReversedInspections": ("._compare", "ReversedInspections"),
    "ThemeCoverage": (".coverage_report", "ThemeCoverage"),
    "TimeBetween": (".timing", "TimeBetween"),
    "Trajectory": (".history", "Trajectory"),
    "TrajectoryPoint": (".history", "TrajectoryPoint"),
    "cohort": (".cohorts", "cohort"),
    "compare": ("._compare", "compare"),
    "coverage": ("._coverage", "coverage"),
    "effectiveness": ("._coverage", "effectiveness"),
    "improvement": (".improvement_report", "improvement"),
    "read_overall": (".rules", "read_overall"),
    "same_inspection": (".rules", "same_inspection"),
    "same_service": (".rules", "same_service"),
    "time_between": (".timing", "time_between"),
    "trajectory": (".history", "trajectory"),
}
__getattr__ = _make_getattr(__name__, _LAZY)


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
