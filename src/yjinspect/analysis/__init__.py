"""Pure analysis of inspections and plans: compare, coverage, effectiveness, service histories
and cohorts. No I/O and no clock: every "today" is an ``as_of`` argument.

Example:
    >>> import yjinspect as yj
    >>> from yjinspect.analysis import cohort, trajectory
    >>> series = yj.examples.bromley()
    >>> len(trajectory(series.inspections).points)
    4
"""

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
from .rules import DifferentServices, OverallReading, read_overall, same_inspection, same_service
from .timing import TimeBetween, time_between

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
