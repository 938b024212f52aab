"""Pure analysis of inspections and plans: compare, coverage, effectiveness, service histories
and cohorts. No I/O and no clock: every "today" is an ``as_of`` argument.

Example:
    >>> import yjinspect as yj
    >>> from yjinspect.analysis import cohort, trajectory
    >>> series = yj.examples.bromley()
    >>> len(trajectory(series.inspections).points)
    4
"""

from ._cohort import (
    Cohort,
    CohortCount,
    DistributionRow,
    InspectionCounts,
    LeagueRow,
    LeagueTable,
    RatingDistribution,
    cohort,
)
from ._compare import compare
from ._comparison import AreaChange, Change, Comparison, OverallChange
from ._coverage import DEFAULT_WINDOW, coverage, effectiveness
from ._coverage_report import (
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
from ._effectiveness import AreaOutcome, Effectiveness
from ._history import Trajectory, TrajectoryPoint, trajectory
from ._rules import DifferentServices, OverallReading, read_overall, same_inspection, same_service
from ._timebetween import TimeBetween, time_between

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
    "InspectionCounts",
    "ItemKind",
    "LeagueRow",
    "LeagueTable",
    "OverallChange",
    "OverallReading",
    "RatingDistribution",
    "ThemeCoverage",
    "TimeBetween",
    "Trajectory",
    "TrajectoryPoint",
    "cohort",
    "compare",
    "coverage",
    "effectiveness",
    "read_overall",
    "same_inspection",
    "same_service",
    "time_between",
    "trajectory",
]
