""" "Did it improve?" at the level the record supports, across framework eras.

Two inspections of one service may be years and frameworks apart (a 2016 Full Joint Inspection
and a 2025 standards inspection). :func:`improvement` answers at the highest level both records
support:

1. **overall**: both have an overall rating (published, else derived) on one scale (the 2018,
   2021 and 2025 frameworks share HMIP's four-point scale): the change in that rating.
2. **position**: otherwise, a summary on the common position scale (each level's place from 0,
   the worst, to 1, the best): the share of rated areas in the **lower half** of their scale
   (position below 0.5: Poor and Unsatisfactory; Requires improvement and Inadequate;
   Substantial and Drastic improvement required). Marked approximate: frameworks rate
   different things.

Areas not known are never filled in: they widen the range of the share, and when the ranges
of the two sides overlap the answer is "not known", with the reason.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ..errors import UnknownRating
from ..frameworks import Framework
from ..frameworks import get as get_framework
from ..frameworks._resolve import ratings_with_derived
from ..frameworks._score_range import count_areas, value_range
from ..model import Inspection, JudgementStatus, Level
from .change import Change
from .rules import read_overall

__all__ = ["Improvement", "ImprovementSide", "improvement"]


@attrs.frozen(slots=True, kw_only=True)
class ImprovementSide:
    """One inspection as :func:`improvement` summarises it.

    Attributes:
        inspection: its id.
        when: its date as text ("2016", "2025-01"), or ``None``.
        framework: its framework's code.
        overall: its overall level (published, else derived), or ``None``.
        overall_basis: ``"published"``, ``"derived"``, ``"not known"`` or ``"none"`` (the
            framework has no overall rating).
        areas: how many rated areas it has (areas not rated left out).
        lower_low: the fewest of them that can be in the lower half of the scale.
        lower_high: the most (equal to ``lower_low`` when the record decides).
        not_known: how many of the areas have no rating known (rating counts may still
            decide which half they are in).
    """

    inspection: str
    when: str | None
    framework: str
    overall: Level | None
    overall_basis: str
    areas: int
    lower_low: int | None
    lower_high: int | None
    not_known: int = 0
    name: str = ""

    @property
    def known(self) -> bool:
        """True when the record decides how many areas are in the lower half."""
        return self.lower_low is not None and self.lower_low == self.lower_high

    def lower_words(self) -> str:
        """ "none of 13 areas", "0-1 of 6 areas"..."""
        if self.lower_low is None or self.lower_high is None or not self.areas:
            return "no area rating known"
        n = f"{self.areas} area{'s' if self.areas != 1 else ''}"
        if self.lower_low == self.lower_high:
            return f"{'none' if self.lower_low == 0 else self.lower_low} of {n}"
        return f"{self.lower_low} to {self.lower_high} of {n} ({self.not_known} not known)"

    def label(self) -> str:
        """How the text names the inspection ("the 2015 full-joint inspection")."""
        return self.name or self.inspection


@attrs.frozen(slots=True, kw_only=True)
class Improvement:
    """The answer to "did it improve?" between two inspections.

    Attributes:
        earlier: the earlier inspection's summary.
        later: the later inspection's summary.
        basis: ``"overall"`` (the overall ratings, on one scale), ``"percentage"`` (one
            framework whose areas carry a headline percentage, as the CCI's do: the change in
            percentage points of every area known on both sides) or ``"position"`` (the share
            of rated areas in the lower half of their scale).
        change: :class:`~yjinspect.analysis.Change`: improved, declined, unchanged or unknown.
        approximate: True for the position summary (frameworks rate different things), and
            for the percentage summary when some area's percentage is not known on both sides.
        reason: why the answer is at this level, and why it is not known when it is not.
        bound: when ``change`` is not known, ``"no worse"`` or ``"no better"`` if the ranges
            still decide that much; else empty.
    """

    earlier: ImprovementSide
    later: ImprovementSide
    basis: Literal["overall", "percentage", "position"]
    change: Change
    approximate: bool
    reason: str
    bound: Literal["no worse", "no better", ""] = ""

    def __str__(self) -> str:
        a, b = self.earlier, self.later
        if self.basis == "overall":
            head = _HEADS[self.change]
            return (
                f"Did it improve? {head}: overall {_label(a.overall)} ({a.label()}) -> "
                f"{_label(b.overall)} ({b.label()})."
            )
        if self.basis == "percentage":
            head = _HEADS[self.change] + (" (approximately)" if self.approximate else "")
            return f"Did it improve? {head}: {self.reason}"
        bounds = {"no worse": "No worse, possibly better", "no better": "No better, possibly worse"}
        text = bounds.get(self.bound, _HEADS[self.change])
        if self.change is not Change.UNKNOWN or self.bound:
            text += " (approximately)"
        return (
            f"Did it improve? {text}. Areas rated in the lower half of their scale: "
            f"{a.lower_words()} in {a.label()}; {b.lower_words()} in {b.label()}. "
            + self.reason[:1].upper()
            + self.reason[1:]
        )


_HEADS = {
    Change.IMPROVED: "Yes",
    Change.DECLINED: "No, it declined",
    Change.UNCHANGED: "No change",
    Change.UNKNOWN: "Not known",
}


def _label(level: Level | None) -> str:
    return level.label if level is not None else "not known"


def _lower(level: Level) -> int:
    return 1 if level.position < 0.5 else 0


def _side(insp: Inspection, fw: Framework) -> ImprovementSide:
    reading = read_overall(insp, fw)
    level, basis = reading.level, reading.basis
    rated = count_areas(fw, insp, ())
    not_rated = {j.area for j in insp.judgements if j.status is JudgementStatus.NOT_RATED}
    areas = tuple(code for code in rated if code not in not_rated)
    known = ratings_with_derived(insp)
    try:
        found = value_range(insp, fw, areas, _lower)
    except (UnknownRating, LookupError):
        found = None
    return ImprovementSide(
        inspection=insp.id,
        when=str(insp.when) if insp.when is not None else None,
        framework=fw.code,
        overall=level,
        overall_basis=basis,
        areas=len(areas),
        lower_low=found[0] if found else None,
        lower_high=found[1] if found else None,
        not_known=sum(1 for code in areas if code not in known),
        name=_name(insp),
    )


def _name(insp: Inspection) -> str:
    kind = str(insp.inspection_kind).replace("-", " ")
    if not kind.endswith("inspection"):
        kind += " inspection"
    if insp.when is None:
        return f"the {kind} (date not recorded)"
    return f"the {insp.when.year} {kind}"


def _why_no_overall(side: ImprovementSide) -> str:
    if side.overall is not None:
        return f"{side.label()}: {side.overall.label} overall"
    if side.overall_basis == "none":
        return f"{side.label()}: its framework gives none"
    return f"{side.label()}: not known"


def improvement(earlier: Inspection, later: Inspection) -> Improvement:
    """Did the service improve from ``earlier`` to ``later``? Answered at the level both
    records support (see the module notes). Pure.

    Raises:
        UnknownFramework: an inspection names a framework that is not known.

    .. versionadded:: 0.1.0
    """
    fw_a, fw_b = get_framework(earlier.framework), get_framework(later.framework)
    a, b = _side(earlier, fw_a), _side(later, fw_b)
    if a.overall is not None and b.overall is not None and fw_a.scale.code == fw_b.scale.code:
        steps = b.overall.rank - a.overall.rank
        change = (
            Change.IMPROVED if steps > 0 else Change.DECLINED if steps < 0 else Change.UNCHANGED
        )
        return Improvement(
            earlier=a,
            later=b,
            basis="overall",
            change=change,
            approximate=False,
            reason=f"both have an overall rating on one scale ({fw_b.scale.code})",
        )
    by_points = _by_percentage(earlier, later, fw_b, a, b)
    if by_points is not None:
        return by_points
    why = (
        "Neither has an overall rating on a scale shared with the other ("
        + "; ".join(_why_no_overall(s) for s in (a, b))
        + "), so the areas are compared by where their ratings sit on their scales"
    )
    if not a.areas or not b.areas or a.lower_low is None or b.lower_low is None:
        return Improvement(
            earlier=a,
            later=b,
            basis="position",
            change=Change.UNKNOWN,
            approximate=True,
            reason=why + "; an inspection has no area rating known.",
        )
    assert a.lower_high is not None
    assert b.lower_high is not None
    lo_a, hi_a = a.lower_low / a.areas, a.lower_high / a.areas
    lo_b, hi_b = b.lower_low / b.areas, b.lower_high / b.areas
    bound: Literal["no worse", "no better", ""] = ""
    if hi_b < lo_a:
        change = Change.IMPROVED
    elif lo_b > hi_a:
        change = Change.DECLINED
    elif a.known and b.known and lo_a == lo_b:
        change = Change.UNCHANGED
    else:
        change = Change.UNKNOWN
        if hi_b <= lo_a:
            bound = "no worse"
        elif lo_b >= hi_a:
            bound = "no better"
        unknown = [s.label() for s in (a, b) if not s.known]
        why += (
            f"; the ratings not known in {' and '.join(unknown)} decide the rest"
            if unknown
            else "; the shares do not decide"
        )
    why += "."
    return Improvement(
        earlier=a,
        later=b,
        basis="position",
        change=change,
        approximate=True,
        reason=why,
        bound=bound,
    )


def _by_percentage(
    earlier: Inspection, later: Inspection, fw: Framework, a: ImprovementSide, b: ImprovementSide
) -> Improvement | None:
    """Two inspections of one framework whose areas carry headline percentages (the CCI's):
    the change in percentage points of every area whose percentage is known on both sides, or
    ``None`` when no area's is."""
    if earlier.framework != later.framework:
        return None
    before = {j.area: j.percentage for j in earlier.judgements if j.percentage is not None}
    after = {j.area: j.percentage for j in later.judgements if j.percentage is not None}
    both = [code for code in before if code in after]
    if not both:
        return None
    points = {code: after[code] - before[code] for code in both}
    up = [c for c, p in points.items() if p > _POINTS_EPSILON]
    down = [c for c, p in points.items() if p < -_POINTS_EPSILON]
    if up and not down:
        change = Change.IMPROVED
    elif down and not up:
        change = Change.DECLINED
    elif not up and not down:
        change = Change.UNCHANGED
    else:
        change = Change.UNKNOWN
    areas = {j.area for j in (*earlier.judgements, *later.judgements)}
    rated = max(len(areas), a.areas, b.areas)
    moved = "; ".join(
        f"{fw.area(c).title if fw.has_area(c) else c} {before[c]:g}% -> {after[c]:g}% "
        f"({points[c]:+g} percentage points)"
        for c in both
    )
    reason = f"the headline percentage of each area known on both sides: {moved}"
    if change is Change.UNKNOWN:
        reason += "; the areas moved in different directions"
    left = rated - len(both)
    if left:
        reason += f"; {left} area(s) without a percentage on both sides are left out"
    return Improvement(
        earlier=a,
        later=b,
        basis="percentage",
        change=change,
        approximate=left > 0,
        reason=reason + ".",
    )


_POINTS_EPSILON = 1e-9
