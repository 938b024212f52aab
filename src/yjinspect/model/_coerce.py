"""Converters that let a constructor take what a document holds.

A document gives an enum by its value (``"full-joint"``) and a date as ISO text (``"2015-03"``);
the constructors take the same, as well as the typed values, so that what passes at run time and
what a type checker accepts agree. A value that fits no form raises
:class:`~yjinspect.errors.FieldValueError` naming the field; nothing is stored unconverted.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Final, TypeVar

import pendulum

from ..errors import FieldValueError
from .dates import PartialDate, parse_date

__all__ = [
    "PASSES",
    "day",
    "member",
    "optional_day",
    "optional_partial_date",
    "partial_date",
    "passes",
]

_E = TypeVar("_E", bound=StrEnum)

PASSES: Final = "__yjinspect_passes__"
"""The attribute :func:`passes` sets on a converter: the classes it returns as they are."""


def passes(converter: Callable[..., Any], *classes: type) -> None:
    """Mark ``converter`` as one that returns a value of exactly one of ``classes`` unchanged
    (the very object), so that a reader which has already made such a value may leave the call
    out. ``tests/model/test_converters.py`` checks every mark against the converter itself."""
    setattr(converter, PASSES, frozenset(classes))


def member(cls: type[_E], value: _E | str, field: str) -> _E:
    """The member of ``cls`` that ``value`` is or names (by value).

    Raises:
        FieldValueError: ``value`` is no member's value.
    """
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        known = ", ".join(m.value for m in cls)
        raise FieldValueError(field, f"{field} must be one of: {known}; found {value!r}") from None


def day(value: pendulum.Date | _dt.date | str, field: str) -> pendulum.Date:
    """A :class:`pendulum.Date` from a date or ISO ``YYYY-MM-DD`` text.

    Raises:
        FieldValueError: a time of day, text that is not a day, or another type.
    """
    if isinstance(value, _dt.datetime):
        raise FieldValueError(field, f"{field} must be a day, found a date and time {value}")
    if isinstance(value, pendulum.Date):
        return value
    if isinstance(value, _dt.date):
        return pendulum.Date(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return parse_date(value)
        except ValueError as exc:
            raise FieldValueError(field, f"{field}: {exc}") from None
    raise FieldValueError(field, f"{field} must be a date, found {type(value).__name__}")


def optional_day(value: pendulum.Date | _dt.date | str | None, field: str) -> pendulum.Date | None:
    """:func:`day`, with ``None`` for not known."""
    return None if value is None else day(value, field)


def optional_partial_date(
    value: PartialDate | pendulum.Date | _dt.date | str | None, field: str
) -> PartialDate | None:
    """A :class:`~yjinspect.PartialDate` from one, a date, or ``YYYY[-MM[-DD]]`` text.

    Raises:
        FieldValueError: text that is no such date, or another type.
    """
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, str):
        try:
            return PartialDate.parse(value)
        except ValueError as exc:
            raise FieldValueError(field, f"{field}: {exc}") from None
    return PartialDate.from_date(day(value, field))


def partial_date(value: PartialDate | pendulum.Date | _dt.date | str, field: str) -> PartialDate:
    """:func:`optional_partial_date` for a date that must be given.

    Raises:
        FieldValueError: ``None``, text that is no such date, or another type.
    """
    out = optional_partial_date(value, field)
    if out is None:
        raise FieldValueError(field, f"{field} must be a date, found None")
    return out
