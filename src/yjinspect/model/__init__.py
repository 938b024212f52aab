"""The nouns of yjinspect, and what one object can check alone.

Rating scales, dates, provenance, inspections, improvement plans, corpora, frameworks and
crosswalks: frozen attrs classes that validate on construction what they can see alone. Checks
across objects (references, consistency with a framework) are in :mod:`yjinspect.validation`.
"""

from ._area import Area, AreaKind, FrameworkVersion
from ._corpus import Corpus
from ._crosswalk import Crosswalk, Link, Strength, Unmatched, compose
from ._dates import (
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
from ._framework import Framework, framework_problems
from ._framework_rules import (
    FIELDWORK_BEFORE_PUBLICATION,
    Band,
    NotPublished,
    NotPublishedSubject,
    Overall,
    OverallRule,
    StandardRule,
    Threshold,
)
from ._inspection import (
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
from ._plan import (
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
from ._provenance import Confidence, Disagreement, Source
from ._scales import Level, RatingScale, normalise
from ._scales import available as scale_codes
from ._scales import get as get_scale

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
