"""The time between two inspections, exact only when both days are known."""

from __future__ import annotations

from typing import Literal

import attrs
import pendulum

from ..model import NO, YES, Answer, Inspection, PartialDate, add_duration

__all__ = ["TimeBetween", "time_between"]


def _basis(insp: Inspection) -> Literal["fieldwork", "publication"]:
    return "fieldwork" if insp.started is not None else "publication"


def _interval(start: pendulum.Date, end: pendulum.Date) -> pendulum.Interval[pendulum.Date]:
    return pendulum.interval(start, end)  # type: ignore[arg-type,return-value]


def _words(interval: pendulum.Interval[pendulum.Date]) -> str:
    sign = "-" if interval.start > interval.end else ""
    start, end = min(interval.start, interval.end), max(interval.start, interval.end)
    iv = pendulum.interval(start, end)  # type: ignore[arg-type]
    days = (end - start.add(years=iv.years, months=iv.months)).in_days()
    parts = []
    for amount, unit in ((iv.years, "year"), (iv.months, "month"), (days, "day")):
        if amount:
            parts.append(f"{amount} {unit}{'s' if amount != 1 else ''}")
    return sign + (" ".join(parts) if parts else "0 days")


@attrs.frozen(slots=True, kw_only=True)
class TimeBetween:
    """The time from one inspection to the next.

    Each inspection is dated by :attr:`Inspection.when <yjinspect.Inspection.when>` (the first
    day of fieldwork, else the publication date). When both are known to the day the time is
    exact; otherwise it lies between :attr:`shortest` and :attr:`longest` and
    :attr:`approximate` is True. No day is ever invented.

    Attributes:
        earlier: the earlier inspection's date, to the precision known.
        later: the later inspection's date, to the precision known.
        earlier_basis: ``"fieldwork"`` or ``"publication"``: what the earlier date is.
        later_basis: the same for the later date.
        shortest: from the last day the earlier date can stand for to the first day the later
            can.
        longest: from the first day the earlier date can stand for to the last day the later
            can.

    .. versionadded:: 0.1.0
    """

    earlier: PartialDate
    later: PartialDate
    earlier_basis: Literal["fieldwork", "publication"]
    later_basis: Literal["fieldwork", "publication"]
    shortest: pendulum.Interval[pendulum.Date]
    longest: pendulum.Interval[pendulum.Date]

    @property
    def approximate(self) -> bool:
        """True when either date is not known to the day, or the two dates are of different
        kinds (one the start of fieldwork, the other a publication date)."""
        return (
            self.earlier.precision != "day"
            or self.later.precision != "day"
            or self.earlier_basis != self.later_basis
        )

    @property
    def interval(self) -> pendulum.Interval[pendulum.Date] | None:
        """The exact interval when both days are known (whatever their basis), else ``None``."""
        if self.earlier.precision == "day" and self.later.precision == "day":
            return self.shortest
        return None

    def longer_than(self, duration: pendulum.Duration) -> Answer:
        """Were the inspections more than ``duration`` apart? Yes when even the shortest
        time the dates allow is longer, no when even the longest is not, otherwise not known
        with the reason. Durations count by the calendar (years and months, then days).

        .. versionadded:: 0.1.0
        """
        start, end = self.shortest.start, self.shortest.end
        if add_duration(start, duration) < end:
            return YES
        if add_duration(self.longest.start, duration) >= self.longest.end:
            return NO
        return Answer(
            None,
            f"the dates are known as {self.earlier} and {self.later}: between "
            f"{_words(self.shortest)} and {_words(self.longest)} apart",
        )

    def __str__(self) -> str:
        exact = self.interval
        if exact is not None:
            text = _words(exact)
        else:
            low, high = _words(self.shortest), _words(self.longest)
            text = f"between {low} and {high}"
        notes = []
        if self.earlier.precision != "day" or self.later.precision != "day":
            notes.append(f"approximate: dates known as {self.earlier} and {self.later}")
        if self.earlier_basis != self.later_basis:
            notes.append(
                f"from {self.earlier_basis} ({self.earlier}) to {self.later_basis} ({self.later})"
            )
        return text + (f" ({'; '.join(notes)})" if notes else "")


def time_between(earlier: Inspection, later: Inspection) -> TimeBetween | None:
    """The :class:`TimeBetween` two inspections, or ``None`` when either has no date.

    .. versionadded:: 0.1.0
    """
    a, b = earlier.when, later.when
    if a is None or b is None:
        return None
    return TimeBetween(
        earlier=a,
        later=b,
        earlier_basis=_basis(earlier),
        later_basis=_basis(later),
        shortest=_interval(a.latest(), b.earliest()),
        longest=_interval(a.earliest(), b.latest()),
    )
