"""Dates known to the day, the month or only the year.

The record is often vague: a press release dated "March 2012", a re-inspection known only as
"2016". :class:`PartialDate` keeps exactly what is known, so nothing is invented; it orders by its
earliest possible day and turns into a :class:`pendulum.Date` when the day is known.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Literal

import attrs
import pendulum

__all__ = [
    "NO",
    "YES",
    "Answer",
    "DateRange",
    "PartialDate",
    "as_partial",
    "date_interval",
    "due_before",
    "falls_within",
    "parse_date",
    "parse_partial_or_range",
]

_PARTIAL = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


def parse_date(text: str) -> pendulum.Date:
    """Parse an ISO ``YYYY-MM-DD`` text to a :class:`pendulum.Date`.

    Raises:
        ValueError: the text is not such a date, or names a day that does not exist
            (``2015-02-30``); the message says which.

    .. versionadded:: 0.1.0
    """
    m = _PARTIAL.match(text)
    if not m or m.group(3) is None:
        raise ValueError(f"expected a date as YYYY-MM-DD, found {text!r}")
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        return pendulum.Date(year, month, day)
    except ValueError:
        _check_day(year, month, day, text)  # says which month or day does not exist
        raise


def date_interval(start: pendulum.Date, end: pendulum.Date) -> pendulum.Interval[pendulum.Date]:
    """The :class:`pendulum.Interval` from ``start`` to ``end`` (both days included).

    Raises:
        ValueError: ``end`` is before ``start``.

    .. versionadded:: 0.1.0
    """
    if end < start:
        raise ValueError(f"the interval ends {end} before it starts {start}")
    return pendulum.interval(start, end)  # type: ignore[arg-type,return-value]


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _last_day(year: int, month: int) -> int:
    """The number of days in a month (1-12) of the proleptic Gregorian calendar."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


def _check_day(year: int, month: int, day: int, text: str) -> None:
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r} is not a date: month {month} does not exist")
    last = _last_day(year, month)
    if not 1 <= day <= last:
        raise ValueError(
            f"{text!r} is not a date: {calendar.month_name[month]} {year} has {last} days"
        )


def _month(value: int | None) -> int | None:
    if value is not None and not 1 <= value <= 12:
        raise ValueError(f"month {value} does not exist")
    return value


@attrs.frozen(slots=True, order=False)
class PartialDate:
    """A date known to the year, the month or the day.

    Written as ISO text of matching precision: ``"2016"``, ``"2015-05"``, ``"2025-01-14"``.

    Example:
        >>> d = PartialDate.parse("2015-05")
        >>> d.precision, str(d.earliest()), str(d.latest())
        ('month', '2015-05-01', '2015-05-31')

    .. versionadded:: 0.1.0
    """

    year: int = attrs.field(
        validator=attrs.validators.and_(attrs.validators.ge(1), attrs.validators.le(9999))
    )
    month: int | None = attrs.field(default=None, validator=lambda _s, _a, v: _month(v))
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            if not (1 <= self.month <= 12 and 1 <= self.day <= _last_day(self.year, self.month)):
                _check_day(self.year, self.month, self.day, str(self))

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            ValueError: the text is none of these, or names a month or day that does not exist.
        """
        m = _PARTIAL.match(text)
        if not m:
            raise ValueError(f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found {text!r}")
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{text!r} is not a date: month {month} does not exist")
        if day is not None and month is not None:
            _check_day(year, month, day, text)
        return cls(year, month, day)

    @classmethod
    def from_date(cls, date: pendulum.Date) -> PartialDate:
        """The partial date for a known day."""
        return cls(date.year, date.month, date.day)

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        """How much is known: ``"year"``, ``"month"`` or ``"day"``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def earliest(self) -> pendulum.Date:
        """The first day the date can stand for."""
        return pendulum.Date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> pendulum.Date:
        """The last day the date can stand for."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return pendulum.Date(self.year, month, day)

    def as_date(self) -> pendulum.Date | None:
        """The :class:`pendulum.Date`, or ``None`` when the day is not known."""
        return self.earliest() if self.day is not None else None

    def _key(self) -> tuple[int, int, int, int]:
        return (self.year, self.month or 0, self.day or 0, 0)

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()

    def __str__(self) -> str:
        # Writing a document calls this for every date; %-formatting of the whole text takes
        # about half the time of formatting and joining the parts with f-strings.
        month, day = self.month, self.day
        if month is None:
            return "%04d" % self.year  # noqa: UP031
        if day is None:
            return "%04d-%02d" % (self.year, month)  # noqa: UP031
        return "%04d-%02d-%02d" % (self.year, month, day)  # noqa: UP031


@attrs.frozen(slots=True)
class Answer:
    """The answer to a yes-or-no question asked of dates that may be known only to the month or
    year: yes, no, or not known with the reason.

    It is truthy only for a certain yes, so ``if state.overdue:`` never treats "not known" as a
    yes; test :attr:`known` (or compare :attr:`value` with ``None``) to tell "no" from "not
    known".

    Attributes:
        value: ``True`` (yes), ``False`` (no) or ``None`` (not known).
        reason: why the answer is not known (empty for yes and no).

    Example:
        >>> due = PartialDate.parse("2013-03")
        >>> due_before(due, pendulum.Date(2013, 3, 15)).value
        False
        >>> due_before(due, pendulum.Date(2013, 4, 1)).value
        True
    """

    value: bool | None
    reason: str = ""

    @property
    def known(self) -> bool:
        """True for yes or no."""
        return self.value is not None

    def __bool__(self) -> bool:
        return self.value is True

    def __str__(self) -> str:
        if self.value is None:
            return f"not known: {self.reason}" if self.reason else "not known"
        return "yes" if self.value else "no"


YES = Answer(True)
NO = Answer(False)


def _precision_words(date: PartialDate) -> str:
    return f"{date} (known to the {date.precision})"


def due_before(due: PartialDate, as_of: pendulum.Date) -> Answer:
    """Is something due by ``due`` overdue on ``as_of``: is ``as_of`` after every day ``due`` can
    stand for?

    A date known to the month or year means by the end of it, as council plans print them ("by
    March 2013"): overdue from the first day after the month, never inside it. A day due on
    ``as_of`` itself is not overdue.

    Returns:
        :data:`YES` or :data:`NO`; the precision of ``due`` never leaves the answer open.
    """
    return YES if due.latest() < as_of else NO


def falls_within(
    date: PartialDate, start: pendulum.Date, end: pendulum.Date, *, what: str = "due"
) -> Answer:
    """Does ``date`` fall from ``start`` to ``end`` (both included): yes when every day it can
    stand for does, no when none does, else not known with the reason."""
    if start <= date.earliest() and date.latest() <= end:
        return YES
    if date.latest() < start or date.earliest() > end:
        return NO
    return Answer(
        None, f"{what} {_precision_words(date)}; only part of it falls from {start} to {end}"
    )


def as_partial(value: PartialDate | _dt.date | str | None) -> PartialDate | None:
    """``value`` as a :class:`PartialDate`: a day (:class:`pendulum.Date` or
    :class:`datetime.date`) becomes a day-precision date, ISO text is parsed, ``None`` stays.

    Raises:
        TypeError: a datetime or any other type.
        ValueError: text that is not a date.
    """
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, _dt.datetime):
        raise TypeError(f"expected a date, not a date and time ({value!r})")
    if isinstance(value, _dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, str):
        return PartialDate.parse(value)
    raise TypeError(f"expected a date, found {type(value).__name__}")


def as_partial_required(value: PartialDate | _dt.date | str) -> PartialDate:
    """:func:`as_partial` for a date that must be given."""
    out = as_partial(value)
    if out is None:
        raise TypeError("expected a date, found None")
    return out


@attrs.frozen(slots=True)
class DateRange:
    """A day known only to lie between two partial dates, both included.

    For a date the record gives as a season or "late 2024": the 2025 HMIP youth framework went
    live "from spring 2025", a day from March to May 2025. Written as ``"first/last"``, each
    side a :class:`PartialDate` (``"2025-03/2025-05"``).

    .. versionadded:: 0.2

    Example:
        >>> r = DateRange.parse("2025-03/2025-05")
        >>> str(r.earliest()), str(r.latest()), r.precision
        ('2025-03-01', '2025-05-31', 'range')
    """

    first: PartialDate
    last: PartialDate

    def __attrs_post_init__(self) -> None:
        if self.last.latest() < self.first.earliest():
            raise ValueError(f"the range {self} ends before it starts")

    @classmethod
    def parse(cls, text: str) -> DateRange:
        """Read ``"first/last"``, each side ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            ValueError: the text is not two such dates joined by ``/``, or ends before it starts.
        """
        parts = text.split("/")
        if len(parts) != 2:
            raise ValueError(
                f"expected a range as first/last (e.g. 2025-03/2025-05), found {text!r}"
            )
        return cls(PartialDate.parse(parts[0]), PartialDate.parse(parts[1]))

    @property
    def precision(self) -> Literal["range"]:
        """Always ``"range"``: the day lies somewhere in it."""
        return "range"

    def earliest(self) -> pendulum.Date:
        """The first day the date can stand for."""
        return self.first.earliest()

    def latest(self) -> pendulum.Date:
        """The last day the date can stand for."""
        return self.last.latest()

    def as_date(self) -> pendulum.Date | None:
        """Always ``None``: the day is not known."""
        return None

    def __str__(self) -> str:
        return f"{self.first}/{self.last}"


def parse_partial_or_range(text: str) -> PartialDate | DateRange:
    """Read a :class:`PartialDate` (``"2021"``) or a :class:`DateRange` (``"2025-03/2025-05"``).

    Raises:
        ValueError: the text is neither.
    """
    return DateRange.parse(text) if "/" in text else PartialDate.parse(text)
