"""A framework's rating rules, as data: thresholds that rate a standard from its key questions,
and bands that turn a sum of scores into an overall rating."""

from __future__ import annotations

from typing import Any, ClassVar, Final

import attrs
import pendulum

from ._constraints import percent_keywords
from .provenance import Confidence
from .scales import Level

__all__ = [
    "BANDED_SUM",
    "FIELDWORK_BEFORE_PUBLICATION",
    "LOWEST_KEY_QUESTION",
    "Band",
    "NotPublished",
    "NotPublishedSubject",
    "Overall",
    "OverallRule",
    "StandardRule",
    "Threshold",
]

FIELDWORK_BEFORE_PUBLICATION: Final = pendulum.duration(months=6)
"""How long before publication fieldwork is assumed to have begun, at most, when only the
publication date is known (used to tell which framework's period a record falls in)."""


LOWEST_KEY_QUESTION: Final = "lowest-key-question"
"""The one method of a :class:`StandardRule`: the lowest key-question percentage decides."""
BANDED_SUM: Final = "banded-sum"
"""The one method of an :class:`OverallRule`: the scored areas' scores summed, then banded."""


class NotPublishedSubject:
    """The subjects :class:`NotPublished` notes that the library reads (other text is allowed)."""

    STANDARD_RULE: Final = "standard_rule"
    """How a standard's rating follows from its key questions (thresholds)."""
    OVERALL_RULE: Final = "overall_rule"
    """How the overall rating follows from the areas' ratings."""
    AREAS: Final = "areas"
    """The areas under :attr:`NotPublished.area` (a domain whose standards are not published)."""


@attrs.frozen(slots=True, kw_only=True)
class NotPublished:
    """A part of a framework that the public record does not show, kept as a documented gap.

    A framework known only in part (the 2025 HMIP youth framework) leaves the part out and says
    so here, instead of a guess: a missing ``overall_rule`` is then "not published", not "the
    framework has no overall rating".

    Attributes:
        subject: what is missing: ``"standard_rule"``, ``"overall_rule"``, ``"areas"`` (the
            children of :attr:`area`), or any other short text.
        note: what is and is not known.
        area: for ``"areas"``, the code of the area whose children are not published.
        source: where the search for it was made, or what says it exists.
        confidence: how the gap itself is known.

    .. versionadded:: 0.2
    """

    subject: str = attrs.field(validator=attrs.validators.min_len(1))
    note: str = attrs.field(validator=attrs.validators.min_len(1))
    area: str | None = None
    source: str = ""
    confidence: Confidence = Confidence.PUBLISHED

    # framework_problems: a note on areas not published names the area they belong to.
    _json_schema_rules: ClassVar[tuple[dict[str, Any], ...]] = (
        {
            "if": {
                "required": ["subject"],
                "properties": {"subject": {"const": NotPublishedSubject.AREAS}},
            },
            "then": {"required": ["area"], "properties": {"area": {"type": "string"}}},
        },
    )


@attrs.frozen(slots=True, kw_only=True)
class Threshold:
    """A percentage at or above which a standard earns ``level``.

    .. versionadded:: 0.1.0
    """

    minimum: float = attrs.field(
        metadata={"schema": percent_keywords()}  # checked by framework_problems
    )
    level: str


@attrs.frozen(slots=True, kw_only=True)
class StandardRule:
    """How a computed standard is rated from its key-question percentages.

    Method ``lowest-key-question``: the lowest key-question percentage decides; the standard
    earns the level of the highest threshold that percentage reaches. Percentages are compared
    exactly as given, with no rounding, so 79.9 does not reach a threshold of 80.

    Attributes:
        method: the only method defined is ``"lowest-key-question"``.
        thresholds: highest first; the last should have minimum 0.
        source: where the rule is stated.
        confidence: how the rule is known.
        note: caveats (overrides, rounding).

    .. versionadded:: 0.1.0
    """

    method: str = attrs.field(
        default=LOWEST_KEY_QUESTION,
        metadata={"schema": {"enum": [LOWEST_KEY_QUESTION]}},  # checked by framework_problems
    )
    thresholds: tuple[Threshold, ...] = attrs.field(
        metadata={"schema": {"minItems": 1}}  # checked by framework_problems
    )
    source: str = ""
    confidence: Confidence = Confidence.PUBLISHED
    note: str = ""


@attrs.frozen(slots=True, kw_only=True)
class Band:
    """The overall rating for scores from ``minimum`` to ``maximum`` inclusive.

    .. versionadded:: 0.1.0
    """

    # framework_problems checks that the bands run on from 0, so no end lies below 0.
    minimum: int = attrs.field(metadata={"schema": {"minimum": 0}})
    maximum: int = attrs.field(metadata={"schema": {"minimum": 0}})
    level: str


@attrs.frozen(slots=True, kw_only=True)
class OverallRule:
    """How an overall rating is derived.

    Method ``banded-sum``: the scores of the levels of every *scored* area are summed, and the
    sum is placed in a band.

    Attributes:
        method: the only method defined is ``"banded-sum"``.
        bands: contiguous, worst first, starting at 0 and ending at the maximum score.
        source: where the rule is stated.
        confidence: how the rule is known.
        note: caveats.

    .. versionadded:: 0.1.0
    """

    method: str = attrs.field(
        default=BANDED_SUM,
        metadata={"schema": {"enum": [BANDED_SUM]}},  # checked by framework_problems
    )
    bands: tuple[Band, ...] = attrs.field(
        metadata={"schema": {"minItems": 1}}  # checked by framework_problems
    )
    source: str = ""
    confidence: Confidence = Confidence.PUBLISHED
    note: str = ""


@attrs.frozen(slots=True, kw_only=True)
class Overall:
    """An overall rating derived by :meth:`Framework.overall`.

    Attributes:
        score: the summed score.
        max_score: the highest possible score.
        rating: the band's level, a :class:`~yjinspect.scales.Level` (derived results hold
            levels; records such as :attr:`Judgement.rating <yjinspect.Judgement.rating>` hold
            the rating as recorded text, which :func:`~yjinspect.level_of` resolves).

    .. versionadded:: 0.1.0
    """

    score: int
    max_score: int
    rating: Level

    def __str__(self) -> str:
        return f"{self.rating.label} (score {self.score}/{self.max_score})"
