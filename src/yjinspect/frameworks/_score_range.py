"""The overall score a partial record allows, narrowed by the rating counts its sources state.

A record that holds some standards' ratings and a count such as "outstanding in nine of 13
standards" fixes the score less than a full record but more than nothing. The range is worked
out exactly: every way of rating the standards the record does not rate is tried against the
counts (a small dynamic programme over the standards, never a guess).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from ..errors import UnknownRating
from ..model import Framework, Inspection, JudgementStatus, Level
from ._resolve import ratings_with_derived

__all__ = ["ScoreRange", "count_areas", "score_range", "value_range"]


@attrs.frozen(slots=True, kw_only=True)
class ScoreRange:
    """The overall scores a record allows.

    Attributes:
        low: the lowest score the known ratings and counts allow; ``None`` when they
            contradict each other (no rating of the unknown standards fits the counts).
        high: the highest.
        max_score: the framework's highest score.
        unknown: how many scored standards' ratings are not known.
        counted: True when rating counts narrowed the range.
    """

    low: int | None
    high: int | None
    max_score: int
    unknown: int
    counted: bool = False

    @property
    def consistent(self) -> bool:
        """False when the rating counts contradict the known ratings."""
        return self.low is not None

    def allows(self, score: int) -> bool:
        """True when ``score`` lies in the range."""
        return self.low is not None and self.high is not None and self.low <= score <= self.high

    def __str__(self) -> str:
        if self.low is None:
            return "no score: the rating counts contradict the ratings"
        if self.low == self.high:
            return f"{self.low}/{self.max_score}"
        return f"{self.low}-{self.high}/{self.max_score}"


def count_areas(fw: Framework, insp: Inspection, areas: tuple[str, ...]) -> tuple[str, ...]:
    """The areas a count is over: ``areas`` when given, else those the framework (version of
    the inspection) rates."""
    if areas:
        return tuple(dict.fromkeys(areas))
    version = insp.framework_version
    try:
        return tuple(a.code for a in fw.rated_areas(version))
    except LookupError:
        return tuple(a.code for a in fw.rated_areas())


def value_range(
    insp: Inspection,
    fw: Framework,
    areas: tuple[str, ...],
    value: Callable[[Level], int],
    *,
    not_rated_free: bool = False,
) -> tuple[int, int] | None:
    """The lowest and highest sum of ``value(level)`` over ``areas`` that the record allows.

    Areas with a rating (recorded, or derived from key-question percentages) count at it; areas
    not rated count nothing (or, with ``not_rated_free``, may be at any level, as for a score
    whose standards a record marks not rated); every other area may be at any level that the
    rating counts allow. ``None`` when the counts contradict the ratings.

    Raises:
        UnknownRating: a recorded rating or a counted rating is not on the scale.
        UnknownArea: a count names an area the framework does not have.
    """
    fixed: dict[str, Level | None] = {
        code: fw.scale.level(text) for code, text in ratings_with_derived(insp).items()
    }
    for j in insp.judgements:
        if j.status is JudgementStatus.NOT_RATED and not not_rated_free:
            fixed.setdefault(j.area, None)
    counts = []
    for c in insp.rating_counts:
        levels = frozenset(fw.scale.level(r).code for r in c.ratings)
        over = count_areas(fw, insp, c.areas)
        for code in over:
            fw.area(code)
        counts.append((levels, frozenset(over), c.count))
    wanted = set(areas)
    free = [
        code
        for code in dict.fromkeys([*areas, *(a for _, over, _ in counts for a in over)])
        if code not in fixed
    ]
    base = sum(value(lv) for code, lv in fixed.items() if lv is not None and code in wanted)
    start = tuple(
        sum(1 for code in over if _level_code(fixed.get(code)) in levels)
        for levels, over, _ in counts
    )
    # state: how many counted so far per statement -> (lowest, highest) sum over the free areas
    states: dict[tuple[int, ...], tuple[int, int]] = {start: (0, 0)}
    for code in free:
        nxt: dict[tuple[int, ...], tuple[int, int]] = {}
        for state, (lo, hi) in states.items():
            for level in fw.scale.levels:
                key = tuple(
                    n + (1 if code in over and level.code in levels else 0)
                    for n, (levels, over, _) in zip(state, counts, strict=True)
                )
                if any(n > want for n, (_, _, want) in zip(key, counts, strict=True)):
                    continue
                add = value(level) if code in wanted else 0
                old = nxt.get(key, (lo + add, hi + add))
                nxt[key] = (min(old[0], lo + add), max(old[1], hi + add))
        states = nxt
    final = states.get(tuple(want for _, _, want in counts))
    if final is None:
        return None
    return base + final[0], base + final[1]


def score_range(insp: Inspection, fw: Framework) -> ScoreRange | None:
    """The range of overall scores the record allows; ``None`` without an overall rule.

    Raises:
        UnknownRating: a recorded rating or a counted rating is not on the scale.
        UnknownArea: a count names an area the framework does not have.
    """
    if fw.overall_rule is None:
        return None
    scored = tuple(a.code for a in fw.scored_areas)
    known = ratings_with_derived(insp)
    unknown = sum(1 for code in scored if code not in known)
    found = value_range(insp, fw, scored, lambda level: level.score, not_rated_free=True)
    counted = bool(insp.rating_counts)
    if found is None:
        return ScoreRange(
            low=None, high=None, max_score=fw.max_score, unknown=unknown, counted=True
        )
    return ScoreRange(
        low=found[0], high=found[1], max_score=fw.max_score, unknown=unknown, counted=counted
    )


def _level_code(level: Level | None) -> str | None:
    return level.code if level is not None else None


def _safe_range(insp: Inspection, fw: Framework) -> ScoreRange | None:
    try:
        return score_range(insp, fw)
    except (UnknownRating, LookupError):
        return None
