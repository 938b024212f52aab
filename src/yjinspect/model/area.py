"""The areas a framework judges (standards, judgement areas, key questions) and its versions."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, ClassVar

import attrs

from .dates import DateRange, PartialDate
from .provenance import Confidence

__all__ = ["Area", "AreaKind", "FrameworkVersion"]


class AreaKind(StrEnum):
    """What an :class:`Area` is in its framework's tree.

    .. versionadded:: 0.1.0
    """

    DOMAIN = "domain"
    """A group of standards ("Court disposals")."""
    STANDARD = "standard"
    """A rated standard ("2.1 Assessment")."""
    KEY_QUESTION = "key-question"
    """A question a case standard is judged on, reported as a percentage of cases."""
    JUDGEMENT_AREA = "judgement-area"
    """A rated area of a Full Joint Inspection ("Reducing reoffending")."""
    HEADLINE = "headline"
    """A headline score of a Core Case Inspection ("Safeguarding")."""
    BROAD_AREA = "broad-area"
    """A broad area the 2025 HMIP youth framework rates ("Work with children"): rated on its
    own, above or beside the standards rather than a group of them.

    .. versionadded:: 0.2"""


_RATED_BY_DEFAULT = {
    AreaKind.STANDARD,
    AreaKind.JUDGEMENT_AREA,
    AreaKind.HEADLINE,
    AreaKind.BROAD_AREA,
}


def _default_rated(self: Any) -> bool:
    return self.kind in _RATED_BY_DEFAULT


@attrs.frozen(slots=True, kw_only=True)
class Area:
    """One node of a framework: a domain, a standard, a key question or a judgement area.

    Attributes:
        code: identifier, unique in the framework ("2.1", "2.1.desistance", "reducing-reoffending").
        title: the name the inspectorate prints.
        kind: see :class:`AreaKind`.
        parent: the code of the enclosing area, if any.
        rated: True when inspections give this area a rating (standards, judgement areas,
            headlines by default).
        scored: True when the area's rating counts in the framework's overall score.
        computed: True when the framework's standard rule derives the rating from the area's
            key-question percentages (case standards); inspectors may override with a reason.
        percentage: True when a headline percentage is printed for the area (CCI scores).
        description: further detail.
        source: where the area is published.
        confidence: how the area is known.
        aliases: other names for the area seen in the record (for importers).

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=attrs.validators.min_len(1))
    title: str = attrs.field(validator=attrs.validators.min_len(1))
    kind: AreaKind
    parent: str | None = None
    rated: bool = attrs.field(default=attrs.Factory(_default_rated, takes_self=True))
    scored: bool = False
    computed: bool = False
    percentage: bool = False
    description: str = ""
    source: str = ""
    confidence: Confidence = Confidence.PUBLISHED
    aliases: tuple[str, ...] = ()

    # framework_problems: an area that is not rated (given so, or by the default of its kind)
    # cannot be scored.
    _json_schema_rules: ClassVar[tuple[dict[str, Any], ...]] = (
        {
            "if": {"required": ["scored"], "properties": {"scored": {"const": True}}},
            "then": {
                "anyOf": [
                    {"required": ["rated"], "properties": {"rated": {"const": True}}},
                    {
                        "not": {"required": ["rated"]},
                        "properties": {"kind": {"enum": sorted(_RATED_BY_DEFAULT)}},
                    },
                ]
            },
        },
    )

    def __str__(self) -> str:
        return f"{self.code} {self.title}" if self.code[:1].isdigit() else self.title


@attrs.frozen(slots=True, kw_only=True)
class FrameworkVersion:
    """A version or variant of a framework that rates a particular set of areas.

    Attributes:
        code: identifier, unique in the framework ("interventions").
        title: human name.
        areas: the codes of the rated areas this version uses.
        valid_from: first fieldwork date it is known to apply to, if known.
        valid_to: last fieldwork date it is known to apply to, if known.
        source: where this version is seen.
        confidence: how it is known.
        description: further detail.

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=attrs.validators.min_len(1))
    title: str
    areas: tuple[str, ...]
    valid_from: PartialDate | DateRange | None = None
    valid_to: PartialDate | DateRange | None = None
    source: str = ""
    confidence: Confidence = Confidence.PUBLISHED
    description: str = ""
