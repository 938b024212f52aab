"""The nouns of yjinspect, and what one object can check alone.

Rating scales, dates, provenance, inspections, improvement plans, corpora, frameworks and
crosswalks: frozen attrs classes that validate on construction what they can see alone. Checks
across objects (references, consistency with a framework) are in :mod:`yjinspect.validation`.

Reading an inspection or a framework needs only some of them: improvement plans, corpora,
crosswalks and places are imported the first time one of their names is read (plain PEP 562
laziness), so that ``import yjinspect`` does not build their classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import make_getattr as _make_getattr
from .area import Area, AreaKind, FrameworkVersion
from .dates import (
    NO,
    YES,
    Answer,
    DateRange,
    PartialDate,
    as_partial,
    date_interval,
    due_before,
    falls_within,
    parse_date,
)
from .framework import Framework, framework_problems
from .framework_rules import (
    FIELDWORK_BEFORE_PUBLICATION,
    Band,
    NotPublished,
    NotPublishedSubject,
    Overall,
    OverallRule,
    StandardRule,
    Threshold,
)
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
    RatingCount,
    Recommendation,
    Service,
)
from .provenance import Confidence, Disagreement, Source
from .scales import Level, RatingScale, normalise
from .scales import available as scale_codes
from .scales import get as get_scale

if TYPE_CHECKING:
    from .corpus import Corpus
    from .crosswalk import Crosswalk, Link, Strength, Unmatched, compose
    from .plan import (
        RAG,
        Action,
        ActionStatus,
        Agreement,
        DueRevision,
        ImprovementPlan,
        Milestone,
        MilestoneStatus,
        ProgressUpdate,
        RecommendationResponse,
        SuccessMeasure,
        Theme,
        add_duration,
    )

# Imported on first use: name -> (the module that defines it, the name).
_LAZY: dict[str, tuple[str, str | None]] = {
    name: (f".{module}", name)
    for module, names in (
        ("corpus", ("Corpus",)),
        ("crosswalk", ("Crosswalk", "Link", "Strength", "Unmatched", "compose")),
        (
            "plan",
            (
                "RAG",
                "Action",
                "ActionStatus",
                "Agreement",
                "DueRevision",
                "ImprovementPlan",
                "Milestone",
                "MilestoneStatus",
                "ProgressUpdate",
                "RecommendationResponse",
                "SuccessMeasure",
                "Theme",
                "add_duration",
            ),
        ),
    )
    for name in names
}
__getattr__ = _make_getattr(__name__, _LAZY)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "FIELDWORK_BEFORE_PUBLICATION",
    "NO",
    "RAG",
    "YES",
    "Action",
    "ActionStatus",
    "Addressee",
    "Agreement",
    "Answer",
    "Area",
    "AreaKind",
    "Band",
    "Confidence",
    "Corpus",
    "Crosswalk",
    "DateRange",
    "Disagreement",
    "DueRevision",
    "Finding",
    "FindingKind",
    "Framework",
    "FrameworkVersion",
    "ImprovementPlan",
    "Inspection",
    "InspectionKind",
    "Inspectorate",
    "Judgement",
    "JudgementStatus",
    "Level",
    "Link",
    "Milestone",
    "MilestoneStatus",
    "Nation",
    "NotPublished",
    "NotPublishedSubject",
    "Overall",
    "OverallRule",
    "PartialDate",
    "ProgressUpdate",
    "RatingCount",
    "RatingScale",
    "Recommendation",
    "RecommendationResponse",
    "Service",
    "Source",
    "StandardRule",
    "Strength",
    "SuccessMeasure",
    "Theme",
    "Threshold",
    "Unmatched",
    "add_duration",
    "as_partial",
    "compose",
    "date_interval",
    "due_before",
    "falls_within",
    "framework_problems",
    "get_scale",
    "normalise",
    "parse_date",
    "scale_codes",
]
