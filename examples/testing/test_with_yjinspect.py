"""Tests a downstream project might write with yjinspect's testing kit.

The fixtures (yj_*) come from yjinspect's pytest plugin, and st.from_type works for
yjinspect's types, with no conftest.py: installing "yjinspect[testing]" is enough.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect.testing import assert_inspections_equal
from yjinspect.testing import strategies as yst


def worst_area(inspection: yj.Inspection) -> str:
    """The code under test: which area did worst? (Ties go to the first in framework order.)"""
    fw = yj.frameworks.get(inspection.framework)
    rated = [j for j in inspection.judgements if j.rating is not None]
    return min(rated, key=lambda j: fw.scale.level(j.rating).rank).area


def test_worst_area_of_a_built_inspection(yj_make_inspection):
    inspection = yj_make_inspection(ratings={"3.2": "inadequate"})
    assert worst_area(inspection) == "3.2"


def test_bromley_2015(yj_bromley):
    assert worst_area(yj_bromley.get("bromley-2015-fji")) == "reducing-reoffending"


@settings(max_examples=25)
@given(yst.inspections(framework="hmip-youth-2021", complete=True))
def test_worst_area_is_never_better_than_any_other(inspection):
    worst = yj.level_of(inspection, worst_area(inspection))
    assert all(worst <= yj.level_of(inspection, j.area) for j in inspection.judgements)


@settings(max_examples=10)
@given(st.from_type(yj.Inspection))
def test_any_inspection_survives_our_storage(inspection):
    stored = yj.dumps(inspection)  # stand-in for the downstream system's own storage
    assert_inspections_equal(yj.loads(stored), inspection)
