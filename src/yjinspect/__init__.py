"""yjinspect: typed models of youth justice inspection frameworks, inspections and plans.

Example:
    >>> import yjinspect as yj
    >>> fw = yj.frameworks.get("hmip-youth-2021")
    >>> fw.band(33).label
    'Outstanding'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._lazy import make_getattr as _make_getattr
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

if TYPE_CHECKING:
    from . import analysis as analysis
    from . import crosswalks, datasets, examples, frameworks, importers, places, scales
    from . import documents as documents
    from . import io as io
    from . import model as model
    from . import validation as validation
    from . import views as views
    from .analysis import Comparison, Coverage, Effectiveness, compare, coverage, effectiveness
    from .documents import dump, dumps, load, loads
    from .frameworks import derived_overall, derived_rating, level_of
    from .model import (
        Action,
        ActionStatus,
        Addressee,
        Agreement,
        Answer,
        Area,
        Confidence,
        Corpus,
        Disagreement,
        DueRevision,
        Finding,
        FindingKind,
        Framework,
        ImprovementPlan,
        Inspection,
        InspectionKind,
        Inspectorate,
        Judgement,
        JudgementStatus,
        Level,
        Milestone,
        MilestoneStatus,
        Nation,
        Overall,
        PartialDate,
        ProgressUpdate,
        RatingCount,
        RatingScale,
        Recommendation,
        RecommendationResponse,
        Service,
        Source,
        SuccessMeasure,
        Theme,
    )
    from .validation import validate
    from .views import to_frame

    __version__: str

# Every public name but the errors is imported on first use (plain PEP 562 laziness), so that
# `import yjinspect`, and the command line, load only what they use: name -> (module, attribute,
# or None for the module itself).
_LAZY: dict[str, tuple[str, str | None]] = {
    "Action": (".model", "Action"),
    "ActionStatus": (".model", "ActionStatus"),
    "Addressee": (".model", "Addressee"),
    "Agreement": (".model", "Agreement"),
    "Answer": (".model", "Answer"),
    "Area": (".model", "Area"),
    "Comparison": (".analysis", "Comparison"),
    "Confidence": (".model", "Confidence"),
    "Corpus": (".model", "Corpus"),
    "Coverage": (".analysis", "Coverage"),
    "Disagreement": (".model", "Disagreement"),
    "DueRevision": (".model", "DueRevision"),
    "Effectiveness": (".analysis", "Effectiveness"),
    "Finding": (".model", "Finding"),
    "FindingKind": (".model", "FindingKind"),
    "Framework": (".model", "Framework"),
    "ImprovementPlan": (".model", "ImprovementPlan"),
    "Inspection": (".model", "Inspection"),
    "InspectionKind": (".model", "InspectionKind"),
    "Inspectorate": (".model", "Inspectorate"),
    "Judgement": (".model", "Judgement"),
    "JudgementStatus": (".model", "JudgementStatus"),
    "Level": (".model", "Level"),
    "Milestone": (".model", "Milestone"),
    "MilestoneStatus": (".model", "MilestoneStatus"),
    "Nation": (".model", "Nation"),
    "Overall": (".model", "Overall"),
    "PartialDate": (".model", "PartialDate"),
    "ProgressUpdate": (".model", "ProgressUpdate"),
    "RatingCount": (".model", "RatingCount"),
    "RatingScale": (".model", "RatingScale"),
    "Recommendation": (".model", "Recommendation"),
    "RecommendationResponse": (".model", "RecommendationResponse"),
    "Service": (".model", "Service"),
    "Source": (".model", "Source"),
    "SuccessMeasure": (".model", "SuccessMeasure"),
    "Theme": (".model", "Theme"),
    "analysis": (".analysis", None),
    "compare": (".analysis", "compare"),
    "coverage": (".analysis", "coverage"),
    "crosswalks": (".crosswalks", None),
    "datasets": (".datasets", None),
    "derived_overall": (".frameworks", "derived_overall"),
    "derived_rating": (".frameworks", "derived_rating"),
    "documents": (".documents", None),
    "dump": (".documents", "dump"),
    "dumps": (".documents", "dumps"),
    "effectiveness": (".analysis", "effectiveness"),
    "examples": (".examples", None),
    "frameworks": (".frameworks", None),
    "importers": (".importers", None),
    "io": (".io", None),
    "level_of": (".frameworks", "level_of"),
    "load": (".documents", "load"),
    "loads": (".documents", "loads"),
    "model": (".model", None),
    "places": (".places", None),
    "scales": (".scales", None),
    "to_frame": (".views", "to_frame"),
    "validate": (".validation", "validate"),
    "validation": (".validation", None),
    "views": (".views", None),
}


_getattr = _make_getattr(__name__, _LAZY)


def __getattr__(name: str) -> Any:
    """Plain PEP 562 laziness: a name is imported the first time it is read."""
    if name == "__version__":
        from ._version import package_version

        globals()[name] = value = package_version()
        return value
    return _getattr(name)


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
