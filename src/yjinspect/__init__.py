"""yjinspect: typed models of youth justice inspection frameworks, inspections and plans.

Example:
    >>> import yjinspect as yj
    >>> fw = yj.frameworks.get("hmip-youth-2021")
    >>> fw.band(33).label
    'Outstanding'
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from . import frameworks, scales
from .corpus import Corpus
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
from .provenance import Confidence, Disagreement, Source
from .scales import Level, RatingScale

if TYPE_CHECKING:
    from . import crosswalks, datasets, examples, importers
    from .compare import Comparison, compare
    from .coverage import Coverage, Effectiveness, coverage, effectiveness
    from .frames import to_frame
    from .plan import (
        Action,
        ActionStatus,
        Agreement,
        ImprovementPlan,
        Milestone,
        MilestoneStatus,
        ProgressUpdate,
        RecommendationResponse,
        SuccessMeasure,
        Theme,
    )
    from .validate import validate

    __version__: str

# Imported on first use, to keep `import yjinspect` light: name -> (module, attribute or None).
_LAZY: dict[str, tuple[str, str | None]] = {
    "Action": (".plan", "Action"),
    "ActionStatus": (".plan", "ActionStatus"),
    "Agreement": (".plan", "Agreement"),
    "Comparison": (".compare", "Comparison"),
    "Coverage": (".coverage", "Coverage"),
    "Effectiveness": (".coverage", "Effectiveness"),
    "ImprovementPlan": (".plan", "ImprovementPlan"),
    "Milestone": (".plan", "Milestone"),
    "MilestoneStatus": (".plan", "MilestoneStatus"),
    "ProgressUpdate": (".plan", "ProgressUpdate"),
    "RecommendationResponse": (".plan", "RecommendationResponse"),
    "SuccessMeasure": (".plan", "SuccessMeasure"),
    "Theme": (".plan", "Theme"),
    "compare": (".compare", "compare"),
    "coverage": (".coverage", "coverage"),
    "crosswalks": (".crosswalks", None),
    "datasets": (".datasets", None),
    "effectiveness": (".coverage", "effectiveness"),
    "examples": (".examples", None),
    "importers": (".importers", None),
    "to_frame": (".frames", "to_frame"),
    "validate": (".validate", "validate"),
}


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("yjinspect")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


def __getattr__(name: str) -> Any:
    import importlib

    if name == "__version__":
        value: Any = _package_version()
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


class _Package(types.ModuleType):
    """The package module: a submodule that shares its name with a function it defines
    (``compare``, ``coverage``) must not replace that function when the submodule is first
    imported (``import yjinspect.compare`` sets the package's attribute)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _LAZY.get(name, ("", None))[1] == name:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

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
    "Disagreement",
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
    "to_frame",
    "validate",
]
