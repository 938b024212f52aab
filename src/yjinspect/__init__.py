"""yjinspect: typed models of youth justice inspection frameworks, inspections and plans.

Example:
    >>> import yjinspect as yj
    >>> fw = yj.frameworks.get("hmip-youth-2021")
    >>> fw.band(33).label
    'Outstanding'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from . import crosswalks, examples, frameworks, importers, scales
from .compare import Comparison, compare
from .corpus import Corpus
from .coverage import Coverage, Effectiveness, coverage, effectiveness
from .dates import PartialDate
from .documents import dump, dumps, load, loads
from .errors import (
    IncompleteRatings,
    InvalidDocument,
    Problem,
    RuleNotDefined,
    Severity,
    UnknownArea,
    UnknownFramework,
    UnknownRating,
    YjinspectError,
)
from .frameworks import Area, Framework, Overall
from .inspection import (
    Addressee,
    Finding,
    FindingKind,
    Inspection,
    InspectionKind,
    Inspectorate,
    Judgement,
    JudgementStatus,
    Nation,
    Recommendation,
    Service,
    derived_overall,
    level_of,
)
from .plan import (
    Action,
    ActionStatus,
    Agreement,
    ImprovementPlan,
    Milestone,
    ProgressUpdate,
    RecommendationResponse,
    SuccessMeasure,
    Theme,
)
from .provenance import Confidence, Source
from .scales import Level, RatingScale
from .validate import validate

try:
    __version__ = _version("yjinspect")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Action",
    "ActionStatus",
    "Addressee",
    "Agreement",
    "Area",
    "Comparison",
    "Confidence",
    "Corpus",
    "Coverage",
    "Effectiveness",
    "Finding",
    "FindingKind",
    "Framework",
    "ImprovementPlan",
    "IncompleteRatings",
    "Inspection",
    "InspectionKind",
    "Inspectorate",
    "InvalidDocument",
    "Judgement",
    "JudgementStatus",
    "Level",
    "Milestone",
    "Nation",
    "Overall",
    "PartialDate",
    "Problem",
    "ProgressUpdate",
    "RatingScale",
    "Recommendation",
    "RecommendationResponse",
    "RuleNotDefined",
    "Service",
    "Severity",
    "Source",
    "SuccessMeasure",
    "Theme",
    "UnknownArea",
    "UnknownFramework",
    "UnknownRating",
    "YjinspectError",
    "__version__",
    "compare",
    "coverage",
    "crosswalks",
    "derived_overall",
    "dump",
    "dumps",
    "effectiveness",
    "examples",
    "frameworks",
    "importers",
    "level_of",
    "load",
    "loads",
    "scales",
    "validate",
]
