"""The results of a comparison: :class:`Comparison`, :class:`AreaChange`, :class:`OverallChange`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .. import _escape
from ..errors import UnknownFramework
from ..frameworks import get as get_framework
from ..model import Crosswalk, Inspection, JudgementStatus, Level, Link, RatingScale
from .change import Change
from .improvement_report import Improvement, improvement
from .timing import TimeBetween

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["AreaChange", "Change", "Comparison", "OverallChange"]


@attrs.frozen(slots=True, kw_only=True)
class AreaChange:
    """The change in one area (or, through a crosswalk, one link) between two inspections.

    Attributes:
        area: the area's code: in the later framework where it has one, else the earlier's.
        title: the area's title (both titles, through a crosswalk link).
        from_area: the area's code in the earlier inspection's framework (``None``: no
            counterpart).
        to_area: the area's code in the later inspection's framework (``None``: no counterpart).
        before: the earlier level, or ``None`` when not rated or not known.
        after: the later level, or ``None``.
        before_status: :class:`~yjinspect.JudgementStatus` of the earlier side; an area the
            record does not hold is ``NOT_KNOWN``, an area the framework (or version) does not
            rate is ``NOT_RATED``.
        after_status: the same for the later side.
        change: :class:`Change`.
        steps: levels moved on the scale (positive is better) when both levels are on one
            scale; ``None`` otherwise.
        position_change: the change in normalised scale position (-1.0 to 1.0), when both
            sides are rated (kept as it is when, across two scales, it is too small to count
            as a change).
        approximate: True when the comparison goes through a crosswalk.
        link: the crosswalk link used, if any.
        note: why a side is not rated or not known, in words.
        before_percentage: the earlier headline percentage (the CCI score), if printed.
        after_percentage: the later one.
        points_change: the change in percentage points, when both sides have a headline
            percentage; then it decides ``change`` and the printed comments (``before`` and
            ``after``, when known) ride alongside.
        before_derived: True when ``before`` is derived from key-question percentages.
        after_derived: the same for ``after``.

    .. versionadded:: 0.1.0
    """

    area: str
    title: str
    from_area: str | None
    to_area: str | None
    before: Level | None
    after: Level | None
    before_status: JudgementStatus
    after_status: JudgementStatus
    change: Change
    steps: int | None = None
    position_change: float | None = None
    approximate: bool = False
    link: Link | None = None
    note: str = ""
    before_percentage: float | None = None
    after_percentage: float | None = None
    points_change: float | None = None
    before_derived: bool = False
    after_derived: bool = False

    def __str__(self) -> str:
        # Across two frameworks an area of one may have no counterpart in the other.
        before = (
            "no counterpart"
            if self.approximate and self.from_area is None
            else _side_text(
                self.before, self.before_status, self.before_percentage, self.before_derived
            )
        )
        after = (
            "no counterpart"
            if self.approximate and self.to_area is None
            else _side_text(
                self.after, self.after_status, self.after_percentage, self.after_derived
            )
        )
        text = f"{self.title}: {before} -> {after} ({self.change.value.replace('-', ' ')}"
        if self.points_change is not None:
            text += f", {self.points_change:+g} percentage points"
        if self.steps:
            text += f", {self.steps:+d} step{'s' if abs(self.steps) != 1 else ''}"
        if self.approximate:
            text += ", approximate"
            if self.link is not None:
                text += f" [{self.link.strength.value} link]"
        return text + ")"


def _one_scale(c: Comparison) -> RatingScale | None:
    """The scale of both inspections' frameworks when they share one, else ``None``."""
    try:
        a, b = get_framework(c.earlier.framework), get_framework(c.later.framework)
    except UnknownFramework:
        return None
    return b.scale if a.scale.code == b.scale.code else None


def _side_text(
    level: Level | None, status: JudgementStatus, percentage: float | None, derived: bool
) -> str:
    if percentage is not None:
        text = f"{percentage:g}%"
        if level is not None:
            text += f" ({level.label})"
        return text
    if level is None:
        return _status_word(status)
    return level.label + (" (derived)" if derived else "")


def _status_word(status: JudgementStatus) -> str:
    return "not rated" if status is JudgementStatus.NOT_RATED else "not known"


@attrs.frozen(slots=True, kw_only=True)
class OverallChange:
    """The change in the overall rating.

    Each side is the published overall rating and score where the record holds them, else the
    ones derived from the standards; the ``basis`` fields say which, for the level and the score
    apart (see :class:`~yjinspect.analysis.OverallReading`).

    Attributes:
        before: the earlier overall level, or ``None`` when not known.
        after: the later overall level, or ``None``.
        before_score: the earlier overall score, if known.
        after_score: the later overall score, if known.
        max_score: the highest score when both sides share one, else ``None``.
        before_basis: where the earlier level comes from: ``"published"``, ``"derived"``,
            ``"not known"``, or ``"none"`` when the framework has no overall rating.
        after_basis: the same for the later side.
        before_score_basis: where the earlier score comes from, in the same words (a score
            that was not published is never ``"published"``).
        after_score_basis: the same for the later side.
        change: :class:`Change`.
        steps: levels moved when both levels are on one scale.
        approximate: True when the two overall ratings are of different frameworks.

    .. versionadded:: 0.1.0
    """

    before: Level | None
    after: Level | None
    before_score: int | None
    after_score: int | None
    max_score: int | None
    before_basis: str
    after_basis: str
    before_score_basis: str
    after_score_basis: str
    change: Change
    steps: int | None = None
    approximate: bool = False

    def __str__(self) -> str:
        def side(level: Level | None, score: int | None, basis: str, score_basis: str) -> str:
            if level is None:
                return "no overall rating" if basis == "none" else "not known"
            shown = score is not None and bool(self.max_score)
            text = level.label + (f" {score}/{self.max_score}" if shown else "")
            if basis == "derived":
                return text + " (derived)"
            return text + (" (score derived)" if shown and score_basis == "derived" else "")

        before = side(self.before, self.before_score, self.before_basis, self.before_score_basis)
        after = side(self.after, self.after_score, self.after_basis, self.after_score_basis)
        text = f"overall: {before} -> {after} ({self.change.value.replace('-', ' ')}"
        if self.steps:
            text += f", {self.steps:+d} step{'s' if abs(self.steps) != 1 else ''}"
        return text + (", approximate)" if self.approximate else ")")


@attrs.frozen(slots=True, kw_only=True, repr=False)
class Comparison:
    """Two inspections side by side. Build one with :func:`compare`.

    Attributes:
        earlier: the earlier inspection.
        later: the later inspection.
        changes: one :class:`AreaChange` per area (per link, through a crosswalk), in the later
            framework's order.
        overall: the change in the overall rating, when either framework has one.
        time: the time between the inspections, or ``None`` when either has no date.
        crosswalk: the crosswalk used, when the frameworks differ.
        different_services: True when the inspections are of different services.
        same_inspection: why the two are records of one inspection ("same report URL"),
            or ``None``. Then nothing is said to have changed: a rating that differs is
            :attr:`Change.RECORDS_DISAGREE`, and :attr:`differences` lists every field in
            which the records disagree; ``time`` is ``None``.
        differences: for two records of one inspection, each field both records hold with
            different values, in words ("2.1: Good / Outstanding").
        held_by_one: for two records of one inspection, each field only one of them holds, or
            holds more precisely ("published: 2025-01 / 2025-01-07"): not a disagreement.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2
       ``same_inspection``, ``differences`` and ``held_by_one``.
    """

    earlier: Inspection
    later: Inspection
    changes: tuple[AreaChange, ...]
    overall: OverallChange | None
    time: TimeBetween | None
    crosswalk: Crosswalk | None = None
    different_services: bool = False
    same_inspection: str | None = None
    differences: tuple[str, ...] = ()
    held_by_one: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return (
            f"Comparison(earlier={self.earlier.id!r}, later={self.later.id!r}, "
            f"changes={len(self.changes)}, crosswalk="
            f"{self.crosswalk.code if self.crosswalk is not None else None!r})"
        )

    @property
    def records_disagree(self) -> bool:
        """True when two records of one inspection differ in any field (see
        :attr:`differences`)."""
        return self.same_inspection is not None and bool(self.differences)

    @property
    def approximate(self) -> bool:
        """True when the comparison goes through a crosswalk."""
        return self.crosswalk is not None

    @property
    def improvement(self) -> Improvement:
        """ "Did it improve?" at the level the two records support: the overall rating where
        both have one on one scale, else the share of areas in the lower half of their scale
        (approximate); see :func:`yjinspect.analysis.improvement`.

        .. versionadded:: 0.1.0
        """
        return improvement(self.earlier, self.later)

    def _areas(self, change: Change) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.area for c in self.changes if c.change is change))

    @property
    def improved(self) -> tuple[str, ...]:
        """The codes of the areas whose rating improved."""
        return self._areas(Change.IMPROVED)

    @property
    def declined(self) -> tuple[str, ...]:
        """The codes of the areas whose rating declined."""
        return self._areas(Change.DECLINED)

    @property
    def unchanged(self) -> tuple[str, ...]:
        """The codes of the areas whose rating did not change."""
        return self._areas(Change.UNCHANGED)

    @property
    def newly_rated(self) -> tuple[str, ...]:
        """The codes of the areas rated now but not before."""
        return self._areas(Change.NEWLY_RATED)

    @property
    def no_longer_rated(self) -> tuple[str, ...]:
        """The codes of the areas rated before but not now."""
        return self._areas(Change.NO_LONGER_RATED)

    @property
    def unknown(self) -> tuple[str, ...]:
        """The codes of the areas whose rating is not known on one side or both."""
        return self._areas(Change.UNKNOWN)

    def change(self, area: str) -> AreaChange:
        """The change of one area, by its code on either side.

        Raises:
            KeyError: no change concerns that area.
        """
        for c in self.changes:
            if area in (c.area, c.from_area, c.to_area):
                return c
        raise KeyError(area)

    def __str__(self) -> str:
        if self.same_inspection is not None:
            lines = [
                f"{self.earlier.id} and {self.later.id}: two records of one inspection "
                f"({self.same_inspection})"
            ]
            if not self.differences:
                lines.append("  the records agree where both hold a value")
            else:
                lines.append("  the records disagree:")
                lines.extend(f"    {d}" for d in self.differences)
            if self.held_by_one:
                lines.append("  held by one record only (or more precisely):")
                lines.extend(f"    {d}" for d in self.held_by_one)
            return "\n".join(lines)
        lines = [f"{self.earlier.id} -> {self.later.id}"]
        if self.crosswalk is not None and not self.crosswalk.links:
            lines.append(
                f"  through crosswalk {self.crosswalk.code}, which links no areas: only the "
                "overall ratings compare"
            )
        elif self.crosswalk is not None:
            lines.append(f"  through crosswalk {self.crosswalk.code}: every change is approximate")
        if self.different_services:
            lines.append(
                f"  different services: {self.earlier.service.name} / {self.later.service.name}"
            )
        lines.append(f"  time between: {self.time if self.time is not None else 'not known'}")
        if self.overall is not None:
            lines.append(f"  {self.overall}")
        lines.append(f"  {self.improvement}")
        for c in self.changes:
            lines.append(f"  {c}")
        counts = [
            f"{len(self.improved)} improved",
            f"{len(self.declined)} declined",
            f"{len(self.unchanged)} unchanged",
        ]
        counts += [
            f"{len(group)} {word}"
            for group, word in (
                (self.newly_rated, "newly rated"),
                (self.no_longer_rated, "no longer rated"),
            )
            if group
        ]
        counts.append(f"{len(self.unknown)} unknown")
        lines.append("  " + ", ".join(counts))
        return "\n".join(_escape.plain(line) for line in lines)

    def _repr_html_(self) -> str:
        from ..views._results import comparison_fragment

        return comparison_fragment(self)

    def to_frame(self) -> pd.DataFrame:
        """A pandas DataFrame, one row per area change (needs pandas).

        Columns: area, title, from_area, to_area, before, after (level codes), before_status,
        after_status, change, steps, position_change, approximate, strength. When every level
        on both sides is of one scale, ``before`` and ``after`` are ordered categoricals
        following that scale (worst first), so sorting and plotting follow it.
        """
        from ..views._frames import ordered, typed_frame

        frame = typed_frame(
            [
                {
                    "area": c.area,
                    "title": c.title,
                    "from_area": c.from_area,
                    "to_area": c.to_area,
                    "before": c.before.code if c.before else None,
                    "after": c.after.code if c.after else None,
                    "before_status": c.before_status.value,
                    "after_status": c.after_status.value,
                    "change": c.change.value,
                    "steps": c.steps,
                    "position_change": c.position_change,
                    "approximate": c.approximate,
                    "strength": c.link.strength.value if c.link else None,
                }
                for c in self.changes
            ],
            (
                ("area", "text"),
                ("title", "text"),
                ("from_area", "text"),
                ("to_area", "text"),
                ("before", "text"),
                ("after", "text"),
                ("before_status", "text"),
                ("after_status", "text"),
                ("change", "text"),
                ("steps", "int"),
                ("position_change", "float"),
                ("approximate", "bool"),
                ("strength", "text"),
            ),
        )
        scale = _one_scale(self)
        if scale is not None:
            codes = [lv.code for lv in scale.levels]
            for column in ("before", "after"):
                ordered(frame, column, codes)
        return frame
