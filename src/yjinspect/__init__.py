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

from . import examples, frameworks, scales
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
from .provenance import Confidence, Source
from .scales import Level, RatingScale
from .validate import validate

try:
    __version__ = _version("yjinspect")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Addressee",
    "Area",
    "Confidence",
    "Corpus",
    "Finding",
    "FindingKind",
    "Framework",
    "IncompleteRatings",
    "Inspection",
    "InspectionKind",
    "Inspectorate",
    "InvalidDocument",
    "Judgement",
    "JudgementStatus",
    "Level",
    "Nation",
    "Overall",
    "PartialDate",
    "Problem",
    "RatingScale",
    "Recommendation",
    "RuleNotDefined",
    "Service",
    "Severity",
    "Source",
    "UnknownArea",
    "UnknownFramework",
    "UnknownRating",
    "YjinspectError",
    "__version__",
    "derived_overall",
    "dump",
    "dumps",
    "examples",
    "frameworks",
    "level_of",
    "load",
    "loads",
    "scales",
    "validate",
]
