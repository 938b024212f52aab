"""yjinspect: typed models of youth justice inspection frameworks, inspections and plans.

Example:
    >>> import yjinspect as yj
    >>> fw = yj.frameworks.get("hmip-youth-2021")
    >>> fw.band(33).label
    'Outstanding'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import frameworks, scales
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
from .frameworks import derived_overall, derived_rating, level_of
from .model import (
    Addressee,
    Answer,
    Area,
    Confidence,
    Disagreement,
    Finding,
    FindingKind,
    Framework,
    Inspection,
    InspectionKind,
    Inspectorate,
    Judgement,
    JudgementStatus,
    Level,
    Nation,
    Overall,
    PartialDate,
    RatingCount,
    RatingScale,
    Recommendation,
    Service,
    Source,
)
from .validation import validate

if TYPE_CHECKING:
    from . import crosswalks, datasets, examples, importers, places
    from .analysis import Comparison, Coverage, Effectiveness, compare, coverage, effectiveness
    from .model import (
        Action,
        ActionStatus,
        Agreement,
        Corpus,
        DueRevision,
        ImprovementPlan,
        Milestone,
        MilestoneStatus,
        ProgressUpdate,
        RecommendationResponse,
        SuccessMeasure,
        Theme,
    )
    from .views import to_frame

    __version__: str

# Imported on first use, to keep `import yjinspect` light: name -> (module, attribute or None).
_LAZY: dict[str, tuple[str, str | None]] = {
    "Action": (".model", "Action"),
    "ActionStatus": (".model", "ActionStatus"),
    "Agreement": (".model", "Agreement"),
    "Comparison": (".analysis", "Comparison"),
    "Corpus": (".model", "Corpus"),
    "Coverage": (".analysis", "Coverage"),
    "DueRevision": (".model", "DueRevision"),
    "Effectiveness": (".analysis", "Effectiveness"),
    "ImprovementPlan": (".model", "ImprovementPlan"),
    "Milestone": (".model", "Milestone"),
    "MilestoneStatus": (".model", "MilestoneStatus"),
    "ProgressUpdate": (".model", "ProgressUpdate"),
    "RecommendationResponse": (".model", "RecommendationResponse"),
    "SuccessMeasure": (".model", "SuccessMeasure"),
    "Theme": (".model", "Theme"),
    "compare": (".analysis", "compare"),
    "coverage": (".analysis", "coverage"),
    "crosswalks": (".crosswalks", None),
    "datasets": (".datasets", None),
    "effectiveness": (".analysis", "effectiveness"),
    "examples": (".examples", None),
    "importers": (".importers", None),
    "places": (".places", None),
    "to_frame": (".views", "to_frame"),
}


def __getattr__(name: str) -> Any:
    """Plain PEP 562 laziness: the heavier names are imported the first time they are read."""
    import importlib

    if name == "__version__":
        from ._version import package_version

        value: Any = package_version()
    elif name in _LAZY:
        module_name, attribute = _LAZY[name]
        module = importlib.import_module(module_name, __name__)
        value = module if attribute is None else getattr(module, attribute)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "Action",
    "ActionStatus",
    "Addressee",
    "Agreement",
    "Answer",
    "Area",
    "Comparison",
    "Confidence",
    "Corpus",
    "Coverage",
    "Disagreement",
    "DueRevision",
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
    "MilestoneStatus",
    "Nation",
    "Overall",
    "PartialDate",
    "Problem",
    "ProgressUpdate",
    "RatingCount",
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
    "datasets",
    "derived_overall",
    "derived_rating",
    "dump",
    "dumps",
    "effectiveness",
    "examples",
    "frameworks",
    "importers",
    "level_of",
    "load",
    "loads",
    "places",
    "scales",
    "to_frame",
    "validate",
]
