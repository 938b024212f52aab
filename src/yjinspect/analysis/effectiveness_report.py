"""The classes of the effectiveness report (see :func:`yjinspect.effectiveness`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from .. import _escape
from .comparison import AreaChange, Change, _status_word

if TYPE_CHECKING:
    import pandas as pd

    from ..model import Level

__all__ = ["AreaOutcome", "Effectiveness"]


def _word(change: Change) -> str:
    """The change in words: "improved", "newly rated", "not known"."""
    return "not known" if change is Change.UNKNOWN else change.value.replace("-", " ")


@attrs.frozen(slots=True, kw_only=True)
class AreaOutcome:
    """One judgement area before and after the plan.

    Attributes:
        covered: True when an action of the plan answered the area (or an item about it) in
            the earlier inspection.
        concern: True when the earlier rating was a level of concern.
        detail: the area's change as :func:`yjinspect.compare` finds it.

    .. versionadded:: 0.1.0
    """

    covered: bool
    concern: bool
    detail: AreaChange

    @property
    def area(self) -> str:
        """The area's code (in the later framework, through a crosswalk)."""
        return self.detail.area

    @property
    def title(self) -> str:
        """The area's title (both titles, through a crosswalk)."""
        return self.detail.title

    @property
    def before(self) -> Level | None:
        """The earlier rating, ``None`` when not rated or not known."""
        return self.detail.before

    @property
    def after(self) -> Level | None:
        """The later rating, ``None`` when not rated or not known."""
        return self.detail.after

    @property
    def change(self) -> Change:
        """The :class:`~yjinspect.compare.Change`."""
        return self.detail.change

    @property
    def approximate(self) -> bool:
        """True when the change was found through a crosswalk."""
        return self.detail.approximate

    def __str__(self) -> str:
        before = self.before.label if self.before else _status_word(self.detail.before_status)
        after = self.after.label if self.after else _status_word(self.detail.after_status)
        cov = "covered" if self.covered else "not covered"
        approx = " (approximate)" if self.approximate else ""
        return f"{self.title} ({cov}): {before} -> {after}: {_word(self.change)}{approx}"


def _outcomes(value: Iterable[AreaOutcome]) -> tuple[AreaOutcome, ...]:
    return tuple(value)


@attrs.frozen(slots=True, kw_only=True, repr=False)
class Effectiveness:
    """The plan set beside the next inspection, area by area.

    Attributes:
        plan: the plan's id.
        before: the id of the inspection the plan answered.
        after: the id of the later inspection.
        areas: one outcome per area change of the comparison (per crosswalk link when the
            frameworks differ), in the later framework's order.

    .. versionadded:: 0.1.0
    """

    plan: str
    before: str
    after: str
    areas: tuple[AreaOutcome, ...] = attrs.field(converter=_outcomes)

    def __repr__(self) -> str:
        return (
            f"Effectiveness(plan={self.plan!r}, before={self.before!r}, "
            f"after={self.after!r}, areas={len(self.areas)})"
        )

    def area(self, code: str) -> AreaOutcome:
        """The outcome of one area, by its code on either side (the first, through a crosswalk).

        Raises:
            KeyError: the area is not in the report.
        """
        for a in self.areas:
            if a.area == code:
                return a
        for a in self.areas:
            if code in (a.detail.from_area, a.detail.to_area):
                return a
        raise KeyError(code)

    def summary(self) -> str:
        """One line, such as ``"4 of 5 covered areas improved (1 not known)"``."""
        covered = [a for a in self.areas if a.covered]
        others = [a for a in self.areas if not a.covered]
        return f"{_tally(covered, 'covered areas')}; {_tally(others, 'areas not covered')}"

    def __str__(self) -> str:
        lines = [f"{self.plan}, from {self.before} to {self.after}: {self.summary()}"]
        lines.extend(f"  {a}" for a in self.areas)
        return "\n".join(_escape.plain(line) for line in lines)

    def _repr_html_(self) -> str:
        from ..views._results import effectiveness_fragment

        return effectiveness_fragment(self)

    def to_frame(self) -> pd.DataFrame:
        """One row per area (needs pandas).

        Raises:
            ModuleNotFoundError: pandas is not installed.
        """
        from ..views._frames import typed_frame

        return typed_frame(
            [
                {
                    "area": a.area,
                    "title": a.title,
                    "covered": a.covered,
                    "concern": a.concern,
                    "before": a.before.label if a.before else None,
                    "after": a.after.label if a.after else None,
                    "change": a.change.value,
                    "approximate": a.approximate,
                }
                for a in self.areas
            ],
            (
                ("area", "text"),
                ("title", "text"),
                ("covered", "bool"),
                ("concern", "bool"),
                ("before", "text"),
                ("after", "text"),
                ("change", "text"),
                ("approximate", "bool"),
            ),
        )


def _tally(outcomes: list[AreaOutcome], what: str) -> str:
    improved = sum(1 for a in outcomes if a.change is Change.IMPROVED)
    text = f"{improved} of {len(outcomes)} {what} improved"
    rest = [
        (c, sum(1 for a in outcomes if a.change is c)) for c in Change if c is not Change.IMPROVED
    ]
    extra = ", ".join(f"{n} {_word(c)}" for c, n in rest if n)
    return f"{text} ({extra})" if extra else text
