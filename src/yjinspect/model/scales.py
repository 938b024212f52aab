"""Rating scales: ordered levels with codes, labels and scores.

Levels of one scale compare with ``<`` and ``==`` in the scale's order (worst first). Ordering
levels of two different scales raises ``TypeError``: "Good" on the HMIP four-point scale is not
"Good" on the FJI scale. For views across scales use :attr:`Level.position`, a number in [0, 1].

Example:
    >>> from yjinspect.scales import HMIP_FOUR_POINT as hmip
    >>> hmip.level("Requires Improvement") < hmip.level("good")
    True
    >>> hmip.level("outstanding").score, hmip.level("good").position
    (3, 0.6666666666666666)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from ..errors import InvalidDocument, Problem, UnknownRating
from . import _coerce
from .provenance import Confidence

__all__ = [
    "CARE_INSPECTORATE_SIX_POINT",
    "CCI_IMPROVEMENT",
    "CJI_PROGRESS",
    "FJI_JUDGEMENT",
    "HMIP_FOUR_POINT",
    "MAX_LEVEL_SCORE",
    "Level",
    "RatingScale",
    "available",
    "get",
    "normalise",
]

_SEPARATORS = re.compile(r"[\s_\-/]+")

MAX_LEVEL_SCORE = 1000
"""The highest score a level may be worth (scores are whole numbers from 0)."""


def normalise(text: str) -> str:
    """Fold a rating text for look-up: case, spaces, hyphens and underscores do not matter.

    >>> normalise("  Requires-Improvement ")
    'requires improvement'

    .. versionadded:: 0.1.0
    """
    return _SEPARATORS.sub(" ", text.casefold()).strip()


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


_coerce.passes(_str_tuple, tuple)


@attrs.frozen(slots=True, kw_only=True, order=False)
class Level:
    """One level of a :class:`RatingScale`.

    Attributes:
        code: short identifier, unique in the scale ("requires-improvement").
        label: the words a report prints ("Requires improvement").
        score: the points the level is worth where a framework sums ratings.
        description: what the level means, and any caveat about it.
        concern: True for levels that call for improvement (the lower part of the scale);
            plan coverage treats a judgement at such a level as something a plan must answer.
        aliases: other spellings seen in the record, accepted by :meth:`RatingScale.level`.
        confidence: how the level is known (see :class:`~yjinspect.provenance.Confidence`).
        scale: the code of the scale the level belongs to (set by the scale).
        rank: 0 for the worst level, counting up (set by the scale).
        position: ``rank / (number of levels - 1)``, in [0, 1] (set by the scale).

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=attrs.validators.min_len(1))
    label: str = attrs.field(validator=attrs.validators.min_len(1))
    score: int = attrs.field(
        # What _scale_problems checks of each score, beside the order of the scores.
        metadata={"schema": {"minimum": 0, "maximum": MAX_LEVEL_SCORE}}
    )
    description: str = ""
    concern: bool = False
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    confidence: Confidence = Confidence.PUBLISHED
    scale: str = ""
    rank: int = 0
    position: float = 0.0

    def _check(self, other: object, op: str) -> Level:
        if not isinstance(other, Level):
            raise TypeError(f"cannot compare a Level with {type(other).__name__} using {op!r}")
        if other.scale != self.scale:
            raise TypeError(
                f"cannot order levels of different scales ({self.scale!r} and {other.scale!r});"
                " compare their .position instead"
            )
        return other

    def __lt__(self, other: object) -> bool:
        return self.rank < self._check(other, "<").rank

    def __le__(self, other: object) -> bool:
        return self.rank <= self._check(other, "<=").rank

    def __gt__(self, other: object) -> bool:
        return self.rank > self._check(other, ">").rank

    def __ge__(self, other: object) -> bool:
        return self.rank >= self._check(other, ">=").rank

    def __str__(self) -> str:
        return self.label


def _level_list(value: Iterable[Level]) -> tuple[Level, ...]:
    return tuple(value)


_coerce.passes(_level_list, tuple)


@attrs.frozen(slots=True, kw_only=True)
class RatingScale:
    """An ordered rating scale.

    Attributes:
        code: identifier ("hmip-4").
        title: human name.
        levels: the levels, **worst first**.
        source: where the scale is published.
        confidence: how the scale as a whole is known.

    Levels given to the constructor need not carry ``scale``, ``rank`` or ``position``: the scale
    fills them in.

    .. versionadded:: 0.1.0
    """

    code: str = attrs.field(validator=attrs.validators.min_len(1))
    title: str
    levels: tuple[Level, ...] = attrs.field(
        converter=_level_list,
        metadata={"schema": {"minItems": 1}},  # _scale_problems: at least one level
    )
    source: str = ""
    confidence: Confidence = Confidence.PUBLISHED
    _index: Mapping[str, Level] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_index"
    )

    def __attrs_post_init__(self) -> None:
        problems = _scale_problems(self.levels)
        if problems:
            raise InvalidDocument(problems, source=f"scale {self.code!r}")
        top = max(len(self.levels) - 1, 1)
        placed = tuple(
            attrs.evolve(
                lv, scale=self.code, rank=i, position=i / top if len(self.levels) > 1 else 1.0
            )
            for i, lv in enumerate(self.levels)
        )
        index: dict[str, Level] = {}
        for lv in placed:
            for key in (lv.code, lv.label, *lv.aliases):
                folded = normalise(key)
                clash = index.get(folded)
                if clash is not None and clash.code != lv.code:
                    raise InvalidDocument(
                        [
                            Problem(
                                path=f"$.levels[{lv.rank}]",
                                message=f"{key!r} names both {clash.code!r} and {lv.code!r}; "
                                "expected each code, label and alias to name one level",
                            )
                        ],
                        source=f"scale {self.code!r}",
                    )
                index[folded] = lv
        object.__setattr__(self, "levels", placed)
        # Exact spellings first, so the common look-ups skip folding.
        for lv in placed:
            for key in (lv.code, lv.label, *lv.aliases):
                index.setdefault(key, lv)
        object.__setattr__(self, "_index", index)

    def level(self, text: str | Level) -> Level:
        """Return the level named by ``text`` (its code, label or an alias).

        Case, spacing, hyphens and underscores are ignored. A :class:`Level` of this scale is
        returned as it is.

        Raises:
            UnknownRating: the text names no level; the message lists the valid ones.
        """
        if text.__class__ is str:  # the common case: an exact spelling
            exact = self._index.get(text)
            if exact is not None:
                return exact
        if isinstance(text, Level):
            if text.scale == self.code and self._index.get(normalise(text.code)) == text:
                return text
            raise UnknownRating(text.label, self.code, self.labels)
        if not isinstance(text, str):
            raise UnknownRating(text, self.code, self.labels)
        found = self._index.get(text)
        if found is None:
            found = self._index.get(normalise(text))
        if found is None:
            raise UnknownRating(text, self.code, self.labels)
        return found

    def __contains__(self, text: object) -> bool:
        if isinstance(text, Level):
            return text in self.levels
        return isinstance(text, str) and (text in self._index or normalise(text) in self._index)

    def __iter__(self) -> Iterator[Level]:
        return iter(self.levels)

    def __len__(self) -> int:
        return len(self.levels)

    @property
    def codes(self) -> tuple[str, ...]:
        """The level codes, worst first."""
        return tuple(lv.code for lv in self.levels)

    @property
    def labels(self) -> tuple[str, ...]:
        """The level labels, worst first."""
        return tuple(lv.label for lv in self.levels)

    @property
    def worst(self) -> Level:
        """The lowest level."""
        return self.levels[0]

    @property
    def best(self) -> Level:
        """The highest level."""
        return self.levels[-1]

    @property
    def concerns(self) -> tuple[Level, ...]:
        """The levels that call for improvement (``Level.concern``), worst first."""
        return tuple(lv for lv in self.levels if lv.concern)

    def position(self, text: str | Level) -> float:
        """The normalised position of a level, 0.0 for the worst and 1.0 for the best."""
        return self.level(text).position

    def __str__(self) -> str:
        return f"{self.title} ({' < '.join(self.labels)})"


def _scale_problems(levels: tuple[Level, ...]) -> list[Problem]:
    """What makes a list of levels not a scale: none at all, a code given twice, a score that
    is not a whole number from 0 to :data:`MAX_LEVEL_SCORE`, or a level that does not score
    more than the worse one before it. Paths are inside the scale's document."""
    if not levels:
        return [Problem(path="$.levels", message="expected at least one level, found none")]
    out: list[Problem] = []
    first: dict[str, int] = {}
    for i, lv in enumerate(levels):
        if lv.code in first:
            out.append(
                Problem(
                    path=f"$.levels[{i}].code",
                    message=f"duplicate level {lv.code!r} (the same code as level "
                    f"{first[lv.code]}, counting from 0); expected each level once",
                )
            )
        else:
            first[lv.code] = i
        score = lv.score
        if isinstance(score, bool) or not isinstance(score, int):
            out.append(
                Problem(
                    path=f"$.levels[{i}].score", message=f"expected a whole number, found {score!r}"
                )
            )
            continue
        if not 0 <= score <= MAX_LEVEL_SCORE:
            out.append(
                Problem(
                    path=f"$.levels[{i}].score",
                    message=f"expected a score from 0 to {MAX_LEVEL_SCORE}, found {score}",
                )
            )
        elif i and isinstance(levels[i - 1].score, int) and score <= levels[i - 1].score:
            out.append(
                Problem(
                    path=f"$.levels[{i}].score",
                    message=f"levels are listed worst first, each scoring more than the one "
                    f"before: expected a score above {levels[i - 1].score} "
                    f"({levels[i - 1].code!r}), found {score}",
                )
            )
    return out


def _lv(code: str, label: str, score: int, description: str = "", **kw: Any) -> Level:
    return Level(code=code, label=label, score=score, description=description, **kw)


HMIP_FOUR_POINT = RatingScale(
    code="hmip-4",
    title="HMIP four-point rating",
    source="HMIP youth inspection reports, 2018 onwards (scores 3/2/1/0 printed in reports)",
    levels=(
        _lv("inadequate", "Inadequate", 0, concern=True),
        _lv("requires-improvement", "Requires improvement", 1, concern=True),
        _lv("good", "Good", 2),
        _lv("outstanding", "Outstanding", 3),
    ),
)
"""Outstanding (3), Good (2), Requires improvement (1), Inadequate (0): HMIP standards 2018-."""

FJI_JUDGEMENT = RatingScale(
    code="hmip-fji",
    title="HMIP Full Joint Inspection judgement",
    source="HMIP press releases on Full Joint Inspections, 2012-2017",
    levels=(
        _lv("poor", "Poor", 0, "The lowest judgement.", concern=True),
        _lv("unsatisfactory", "Unsatisfactory", 1, concern=True),
        _lv("satisfactory", "Satisfactory", 2),
        _lv("good", "Good", 3),
        _lv(
            "very-good",
            "Very good",
            4,
            "Seen once, in a 2013 press release; not confirmed as a level of the scale. Kept "
            "so that such a record can be held without loss; its confidence is 'reported'.",
            confidence=Confidence.REPORTED,
        ),
    ),
)
"""Poor < Unsatisfactory < Satisfactory < Good (< Very good, reported once in 2013)."""

CCI_IMPROVEMENT = RatingScale(
    code="hmip-cci-improvement",
    title="HMIP Core Case Inspection: improvement required",
    source="HMIP Core Case Inspection reports and press releases, 2009-2012",
    levels=(
        _lv(
            "drastic",
            "Drastic improvement",
            0,
            aliases=("drastic improvement required",),
            concern=True,
        ),
        _lv(
            "substantial",
            "Substantial improvement",
            1,
            aliases=("substantial improvement required",),
            concern=True,
        ),
        _lv("moderate", "Moderate improvement", 2, aliases=("moderate improvement required",)),
        _lv("minimum", "Minimum improvement", 3, aliases=("minimum improvement required",)),
    ),
)
"""The comment printed beside each CCI headline score. Scores are ordinal positions only."""

CARE_INSPECTORATE_SIX_POINT = RatingScale(
    code="care-inspectorate-6",
    title="Care Inspectorate (Scotland) six-point scale",
    source="Care Inspectorate quality framework",
    levels=(
        _lv("unsatisfactory", "Unsatisfactory", 1, concern=True),
        _lv("weak", "Weak", 2, concern=True),
        _lv(
            "adequate",
            "Adequate",
            3,
            "Education Scotland says 'Satisfactory' for this level.",
            aliases=("satisfactory",),
            concern=True,
        ),
        _lv("good", "Good", 4),
        _lv("very-good", "Very good", 5),
        _lv("excellent", "Excellent", 6),
    ),
)
"""6 Excellent, 5 Very good, 4 Good, 3 Adequate, 2 Weak, 1 Unsatisfactory."""

CJI_PROGRESS = RatingScale(
    code="cji-ni-progress",
    title="CJI Northern Ireland recommendation progress",
    source="Criminal Justice Inspection Northern Ireland follow-up reviews",
    levels=(
        _lv("no-progress", "No progress", 0, concern=True),
        _lv("limited-progress", "Limited progress", 1, concern=True),
        _lv("substantial-progress", "Substantial progress", 2),
        _lv("achieved", "Achieved", 3),
    ),
)
"""Achieved > Substantial progress > Limited progress > No progress."""

_BUILTIN: dict[str, RatingScale] = {
    s.code: s
    for s in (
        HMIP_FOUR_POINT,
        FJI_JUDGEMENT,
        CCI_IMPROVEMENT,
        CARE_INSPECTORATE_SIX_POINT,
        CJI_PROGRESS,
    )
}


def available() -> tuple[str, ...]:
    """The codes of the built-in scales, sorted.

    .. versionadded:: 0.1.0
    """
    return tuple(sorted(_BUILTIN))


def get(code: str) -> RatingScale:
    """Return a built-in scale by code.

    Raises:
        LookupError: no built-in scale has that code (the message lists the known ones).

    .. versionadded:: 0.1.0
    """
    try:
        return _BUILTIN[code]
    except KeyError:
        raise LookupError(
            f"unknown scale {code!r}; built-in scales: {', '.join(available())}"
        ) from None
