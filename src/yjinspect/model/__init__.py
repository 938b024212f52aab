"""The nouns of yjinspect, and what one object can check alone.

Rating scales, dates, provenance, inspections, improvement plans, corpora, frameworks and
crosswalks: frozen attrs classes that validate on construction what they can see alone. Checks
across objects (references, consistency with a framework) are in :mod:`yjinspect.validation`.
"""

from .area import Area, AreaKind, FrameworkVersion
from .corpus import Corpus
from .crosswalk import Crosswalk, Link, Strength, Unmatched, compose
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
from .provenance import Confidence, Disagreement, Source
from .scales import Level, RatingScale, normalise
from .scales import available as scale_codes
from .scales import get as get_scale

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
