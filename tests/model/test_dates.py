import datetime as _dt

import pendulum
import pytest
from hypothesis import given

from yjinspect import PartialDate
from yjinspect.model import parse_date
from yjinspect.testing import strategies as yst


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("2016", "year", "2016-01-01", "2016-12-31"),
        ("2015-05", "month", "2015-05-01", "2015-05-31"),
        ("2024-02", "month", "2024-02-01", "2024-02-29"),
        ("2025-01-14", "day", "2025-01-14", "2025-01-14"),
    ],
)
def test_partial_dates(text, precision, earliest, latest):
    d = PartialDate.parse(text)
    assert d.precision == precision
    assert str(d.earliest()) == earliest
    assert str(d.latest()) == latest
    assert str(d) == text
    assert isinstance(d.earliest(), pendulum.Date)


@pytest.mark.parametrize("text", ["2015-02-30", "2015-13", "15-05", "2015/05", "May 2015", ""])
def test_bad_partial_dates(text):
    with pytest.raises(ValueError, match=r"2015|date"):
        PartialDate.parse(text)


def test_as_date_only_when_day_known():
    assert PartialDate.parse("2015-05").as_date() is None
    assert PartialDate.parse("2015-05-12").as_date() == pendulum.Date(2015, 5, 12)


def test_parse_date_names_impossible_day():
    with pytest.raises(ValueError, match="February 2015 has 28 days"):
        parse_date("2015-02-30")
    assert parse_date("2016-02-29") == pendulum.Date(2016, 2, 29)


def test_ordering_by_known_parts():
    assert (
        PartialDate.parse("2015") < PartialDate.parse("2015-05") < PartialDate.parse("2015-05-02")
    )
    assert sorted([PartialDate.parse("2016"), PartialDate.parse("2012-03")])[0].year == 2012


@given(yst.partial_dates())
def test_text_round_trip(d):
    assert PartialDate.parse(str(d)) == d
    assert d.earliest() <= d.latest()


@given(yst.partial_dates(min_year=1, max_year=9999))
def test_text_is_the_iso_text_of_the_known_parts(d):
    # Every year from 1 to 9999 in four digits, as the standard library writes a day.
    iso = _dt.date(d.year, d.month or 1, d.day or 1).isoformat()
    assert str(d) == iso[: {"year": 4, "month": 7, "day": 10}[d.precision]]
