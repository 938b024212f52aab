import pytest
from hypothesis import given
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect import scales
from yjinspect.testing import strategies as yst


def test_hmip_four_point_order_and_scores():
    s = scales.HMIP_FOUR_POINT
    assert s.labels == ("Inadequate", "Requires improvement", "Good", "Outstanding")
    assert [lv.score for lv in s] == [0, 1, 2, 3]
    assert s.level("inadequate") < s.level("requires-improvement") < s.level("good")
    assert s.level("good") < s.level("outstanding")
    assert s.level("Good") == s.level("good")
    assert s.best.code == "outstanding"
    assert s.worst.code == "inadequate"


@pytest.mark.parametrize(
    "text",
    [
        "Requires Improvement",
        "requires-improvement",
        "REQUIRES_IMPROVEMENT",
        "  requires   improvement ",
    ],
)
def test_lookup_is_tolerant(text):
    assert scales.HMIP_FOUR_POINT.level(text).code == "requires-improvement"


def test_unknown_rating_lists_valid_levels():
    with pytest.raises(yj.UnknownRating) as info:
        scales.HMIP_FOUR_POINT.level("Excellent")
    assert isinstance(info.value, ValueError)
    assert info.value.valid == ("Inadequate", "Requires improvement", "Good", "Outstanding")
    assert "Requires improvement" in str(info.value)


def test_unknown_rating_for_non_text():
    with pytest.raises(yj.UnknownRating):
        scales.HMIP_FOUR_POINT.level(3)  # type: ignore[arg-type]


def test_levels_of_different_scales_do_not_order():
    good_hmip = scales.HMIP_FOUR_POINT.level("good")
    good_fji = scales.FJI_JUDGEMENT.level("good")
    with pytest.raises(TypeError, match="different scales"):
        _ = good_hmip < good_fji
    with pytest.raises(TypeError):
        _ = good_hmip >= good_fji
    assert good_hmip != good_fji


def test_level_does_not_order_with_text():
    with pytest.raises(TypeError):
        _ = scales.HMIP_FOUR_POINT.level("good") < "outstanding"


def test_positions_are_normalised():
    s = scales.HMIP_FOUR_POINT
    assert [lv.position for lv in s] == [0.0, 1 / 3, 2 / 3, 1.0]
    assert s.position("Good") == pytest.approx(2 / 3)


def test_fji_scale_carries_very_good_as_reported():
    s = scales.FJI_JUDGEMENT
    assert s.codes == ("poor", "unsatisfactory", "satisfactory", "good", "very-good")
    very_good = s.level("Very good")
    assert very_good.confidence is yj.Confidence.REPORTED
    assert s.level("good").confidence is yj.Confidence.PUBLISHED
    assert s.level("poor") < s.level("unsatisfactory") < s.level("satisfactory") < s.level("good")
    assert [lv.code for lv in s.concerns] == ["poor", "unsatisfactory"]


def test_cci_comment_scale_accepts_printed_wording():
    s = scales.CCI_IMPROVEMENT
    assert s.level("Minimum improvement required").code == "minimum"
    assert s.level("Drastic") < s.level("Substantial") < s.level("Moderate") < s.level("Minimum")


def test_care_inspectorate_six_point():
    s = scales.CARE_INSPECTORATE_SIX_POINT
    assert [(lv.score, lv.label) for lv in s] == [
        (1, "Unsatisfactory"),
        (2, "Weak"),
        (3, "Adequate"),
        (4, "Good"),
        (5, "Very good"),
        (6, "Excellent"),
    ]
    assert s.level("Satisfactory").code == "adequate"  # Education Scotland's word


def test_cji_progress_scale():
    s = scales.CJI_PROGRESS
    assert s.labels == ("No progress", "Limited progress", "Substantial progress", "Achieved")


def test_builtin_catalogue():
    assert scales.available() == (
        "care-inspectorate-6",
        "cji-ni-progress",
        "hmip-4",
        "hmip-cci-improvement",
        "hmip-fji",
    )
    assert scales.get("hmip-4") is scales.HMIP_FOUR_POINT
    with pytest.raises(LookupError, match="hmip-4"):
        scales.get("nope")


def test_scale_rejects_clashing_names():
    with pytest.raises(ValueError, match="names both"):
        yj.RatingScale(
            code="x",
            title="x",
            levels=(
                yj.Level(code="a", label="Same", score=0),
                yj.Level(code="b", label="same", score=1),
            ),
        )


def test_scale_needs_levels():
    with pytest.raises(yj.InvalidDocument, match="expected at least one level"):
        yj.RatingScale(code="x", title="x", levels=())


@given(yst.rating_scales(builtin=False), st.data())
def test_order_matches_rank_and_position(scale, data):
    a = data.draw(st.sampled_from(scale.levels))
    b = data.draw(st.sampled_from(scale.levels))
    assert (a < b) == (a.rank < b.rank) == (a.position < b.position)
    assert (a == b) == (a.code == b.code)
    assert 0.0 <= a.position <= 1.0
    assert scale.level(a.label) == a
    assert scale.level(a.code.upper()) == a
