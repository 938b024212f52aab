"""The classes of the effectiveness report (see :func:`yjinspect.effectiveness`)."""

from __future__ import annotations

import html
from enum import StrEnum
from typing import TYPE_CHECKING

import attrs

from ._coverage_report import _tuple

if TYPE_CHECKING:
    import pandas as pd

    from .scales import Level

__all__ = ["AreaOutcome", "Change", "Effectiveness"]


class Change(StrEnum):
    """How an area's rating moved from one inspection to the next."""

    IMPROVED = "improved"
    UNCHANGED = "unchanged"
    DECLINED = "declined"
    NOT_KNOWN = "not-known"
    """Either rating is not known, not rated or not recorded."""
    NOT_COMPARABLE = "not-comparable"
    """The two ratings are on different scales."""


@attrs.frozen(slots=True, kw_only=True)
class AreaOutcome:
    """One judgement area before and after the plan.

    Attributes:
        area: the area's code.
        title: the area's title.
        covered: True when an action of the plan answered the area (or an item about it).
        concern: True when the earlier rating was a level of concern.
        before: the earlier rating, ``None`` when not known.
        after: the later rating, ``None`` when not known.
        change: :class:`Change`.
    """

    area: str
    title: str
    covered: bool
    concern: bool
    before: Level | None
    after: Level | None
    change: Change

    def __str__(self) -> str:
        before = self.before.label if self.before else "not known"
        after = self.after.label if self.after else "not known"
        cov = "covered" if self.covered else "not covered"
        return f"{self.title} ({cov}): {before} -> {after}: {self.change.value}"


@attrs.frozen(slots=True, kw_only=True)
class Effectiveness:
    """The plan set beside the next inspection, area by area.

    Attributes:
        plan: the plan's id.
        before: the id of the inspection the plan answered.
        after: the id of the later inspection.
        areas: one outcome per judgement area, in framework order.
    """

    plan: str
    before: str
    after: str
    areas: tuple[AreaOutcome, ...] = attrs.field(converter=_tuple)

    def area(self, code: str) -> AreaOutcome:
        """The outcome of one area.

        Raises:
            KeyError: the area is not in the report.
        """
        for a in self.areas:
            if a.area == code:
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
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from ._html import rating_cell

        esc = html.escape
        rows = "".join(
            f"<tr><td>{esc(a.title)}</td><td>{'yes' if a.covered else 'no'}</td>"
            + rating_cell(a.before)
            + rating_cell(a.after)
            + f"<td>{esc(a.change.value)}</td></tr>"
            for a in self.areas
        )
        return (
            f"<div class='yjinspect-effectiveness'><p><strong>{esc(self.summary())}"
            "</strong></p><table><thead><tr><th>Area</th><th>Covered</th><th>Before</th>"
            f"<th>After</th><th>Change</th></tr></thead><tbody>{rows}</tbody></table></div>"
        )

    def to_frame(self) -> pd.DataFrame:
        """One row per area (needs pandas).

        Raises:
            ModuleNotFoundError: pandas is not installed.
        """
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "area": a.area,
                    "title": a.title,
                    "covered": a.covered,
                    "concern": a.concern,
                    "before": a.before.label if a.before else None,
                    "after": a.after.label if a.after else None,
                    "change": a.change.value,
                }
                for a in self.areas
            ]
        )


def _tally(outcomes: list[AreaOutcome], what: str) -> str:
    improved = sum(1 for a in outcomes if a.change is Change.IMPROVED)
    text = f"{improved} of {len(outcomes)} {what} improved"
    rest = [
        (c, sum(1 for a in outcomes if a.change is c)) for c in Change if c is not Change.IMPROVED
    ]
    extra = ", ".join(f"{n} {c.value.replace('-', ' ')}" for c, n in rest if n)
    return f"{text} ({extra})" if extra else text
