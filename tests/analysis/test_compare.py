import html

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect import Inspection, InspectionKind, Judgement, JudgementStatus, PartialDate, Service
from yjinspect.analysis import Change, DifferentServices, same_service

BROMLEY = yj.examples.bromley()
FJI_2015 = BROMLEY.get("bromley-2015-fji")
FJI_2016 = BROMLEY.get("bromley-2016-fji-reinspection")
STD_2025 = BROMLEY.get("bromley-2025-standards")

SERVICE = Service(name="Example YJS", local_authority="Example Council")
FW21 = yj.frameworks.get("hmip-youth-2021")
SCORED = [a.code for a in FW21.scored_areas]
LEVELS = [lv.code for lv in FW21.scale.levels]


def make(ident="x", ratings=None, **kw):
    base = {
        "id": ident,
        "service": SERVICE,
        "framework": "hmip-youth-2021",
        "inspection_kind": InspectionKind.STANDARDS,
        "judgements": [Judgement(area=a, rating=r) for a, r in (ratings or {}).items()],
    }
    base.update(kw)
    return Inspection(**base)


# -- Bromley: the FJI and its re-inspection -------------------------------------------------------
def test_bromley_reinspection_five_areas_improved_interventions_unknown():
    c = yj.compare(FJI_2015, FJI_2016)
    assert c.improved == (
        "reducing-reoffending",
        "protecting-the-public",
        "protecting-children",
        "sentence-served",
        "governance-and-partnership",
    )
    assert c.unknown == ("interventions",)
    assert c.declined == ()
    assert c.unchanged == ()
    assert not c.approximate
    assert c.crosswalk is None
    assert all(not ch.approximate for ch in c.changes)


def test_bromley_reinspection_steps_and_levels():
    c = yj.compare(FJI_2015, FJI_2016)
    steps = {ch.area: ch.steps for ch in c.changes}
    assert steps == {
        "reducing-reoffending": 2,
        "protecting-the-public": 2,
        "protecting-children": 1,
        "sentence-served": 1,
        "governance-and-partnership": 2,
        "interventions": None,
    }
    rr = c.change("reducing-reoffending")
    assert (rr.before.label, rr.after.label) == ("Poor", "Satisfactory")
    assert rr.position_change == pytest.approx(0.5)
    iv = c.change("interventions")
    assert iv.before.label == "Poor"
    assert iv.after is None
    assert iv.after_status is JudgementStatus.NOT_KNOWN
    assert "not known" in iv.note


def test_bromley_reinspection_has_no_overall_and_no_time():
    c = yj.compare(FJI_2015, FJI_2016)
    assert c.overall is None  # FJI printed no overall rating
    assert c.time is None  # the re-inspection's dates are not recorded
    assert "time between: not known" in str(c)


def test_str_lists_each_area_and_counts():
    text = str(yj.compare(FJI_2015, FJI_2016))
    assert "Reducing reoffending: Poor -> Satisfactory (improved, +2 steps)" in text
    assert "Interventions to reduce reoffending: Poor -> not known (unknown)" in text
    assert text.splitlines()[-1].strip() == "5 improved, 0 declined, 0 unchanged, 1 unknown"


def test_repr_html_is_a_table_and_escapes():
    svc = Service(name="A & B <YJS>", local_authority="A & B")
    a = make("a<1>", {"1.1": "good"}, service=svc)
    b = make("b&2", {"1.1": "outstanding"}, service=svc)
    out = yj.compare(a, b)._repr_html_()
    assert "<table " in out
    assert "a&lt;1&gt;" in out
    assert "b&amp;2" in out
    assert html.escape("1.1 Governance and leadership") in out
    assert ">improved</td>" in out


def test_to_frame_one_row_per_area():
    frame = yj.compare(FJI_2015, FJI_2016).to_frame()
    assert list(frame["area"]) == [
        "reducing-reoffending",
        "protecting-the-public",
        "protecting-children",
        "sentence-served",
        "governance-and-partnership",
        "interventions",
    ]
    assert list(frame["change"]) == ["improved"] * 5 + ["unknown"]
    assert frame.loc[0, "before"] == "poor"
    assert frame.loc[0, "after"] == "satisfactory"
    assert frame.loc[5, "after_status"] == "not-known"


# -- services --------------------------------------------------------------------------------------
def test_renamed_service_is_the_same_service():
    assert FJI_2015.service.name != STD_2025.service.name
    assert same_service(FJI_2015.service, STD_2025.service)


def test_different_services_need_the_flag():
    other = Service(name="Other YJS", local_authority="Other Council")
    a = make("a", {"1.1": "good"})
    b = make("b", {"1.1": "good"}, service=other)
    with pytest.raises(DifferentServices, match="allow_different_services"):
        yj.compare(a, b)
    with pytest.raises(ValueError, match="different services"):
        yj.compare(a, b)
    c = yj.compare(a, b, allow_different_services=True)
    assert c.different_services
    assert c.unchanged == ("1.1",)
    assert "different services" in str(c)


def test_services_sharing_a_code_are_the_same():
    a = Service(name="X", local_authority="X council", codes={"d2i": "xyjs"})
    b = Service(name="Y", local_authority="Y council", codes={"d2i": "xyjs"})
    c = Service(name="Z", local_authority="Z council", codes={"d2i": "zyjs"})
    assert same_service(a, b)
    assert not same_service(a, c)


# -- within one framework --------------------------------------------------------------------------
def test_overall_change_and_scores():
    a = make("a", dict.fromkeys(SCORED, "good"), published_overall="good", published_score=24)
    ratings = dict.fromkeys(SCORED, "outstanding")
    ratings["2.1"] = "good"
    b = make("b", ratings)  # overall not published: derived
    c = yj.compare(a, b)
    o = c.overall
    assert (o.before.code, o.after.code) == ("good", "outstanding")
    assert (o.before_score, o.after_score, o.max_score) == (24, 35, 36)
    assert (o.before_basis, o.after_basis) == ("published", "derived")
    assert o.change is Change.IMPROVED
    assert o.steps == 1
    assert not o.approximate
    assert len(c.improved) == 11
    assert c.unchanged == ("2.1",)
    assert "overall: Good 24/36 -> Outstanding 35/36 (derived) (improved, +1 step)" in str(c)


def test_newly_rated_and_no_longer_rated():
    a = make(
        "a",
        judgements=[
            Judgement(area="1.1", rating="good"),
            Judgement(area="4.1", status=JudgementStatus.NOT_RATED),
            Judgement(area="1.2", rating="good"),
        ],
    )
    b = make(
        "b",
        judgements=[
            Judgement(area="1.1", rating="inadequate"),
            Judgement(area="4.1", rating="good"),
            Judgement(area="1.2", status=JudgementStatus.NOT_RATED),
        ],
    )
    c = yj.compare(a, b)
    assert c.declined == ("1.1",)
    assert c.change("1.1").steps == -2
    assert c.newly_rated == ("4.1",)
    assert c.no_longer_rated == ("1.2",)
    # areas recorded on neither side are not known, never guessed
    assert c.change("2.1").change is Change.UNKNOWN
    assert c.change("2.1").before_status is JudgementStatus.NOT_KNOWN


def test_not_rated_on_both_sides():
    a = make("a", judgements=[Judgement(area="4.1", status=JudgementStatus.NOT_RATED)])
    b = make("b", judgements=[Judgement(area="4.1", status=JudgementStatus.NOT_RATED)])
    assert yj.compare(a, b).change("4.1").change is Change.NOT_RATED


def test_unrated_inspection_areas_are_not_rated():
    a = make("a", inspection_kind=InspectionKind.UNRATED, framework="hmip-youth-2018")
    b = make("b", {"1.1": "good"}, framework="hmip-youth-2018")
    c = yj.compare(a, b)
    assert c.change("1.1").change is Change.NEWLY_RATED
    assert c.change("1.2").change is Change.UNKNOWN  # not known in b


def test_version_areas_only():
    a = Inspection(
        id="a",
        service=SERVICE,
        framework="hmip-fji-2012",
        framework_version="five-area",
        inspection_kind=InspectionKind.FULL_JOINT,
        judgements=[Judgement(area="reducing-reoffending", rating="poor")],
    )
    b = Inspection(
        id="b",
        service=SERVICE,
        framework="hmip-fji-2012",
        framework_version="court-work",
        inspection_kind=InspectionKind.FULL_JOINT,
        judgements=[
            Judgement(area="reducing-reoffending", rating="good"),
            Judgement(area="court-work", rating="good"),
        ],
    )
    c = yj.compare(a, b)
    assert c.change("court-work").change is Change.NEWLY_RATED
    assert c.change("court-work").before_status is JudgementStatus.NOT_RATED
    assert "interventions" not in {ch.area for ch in c.changes}
    assert c.change("reducing-reoffending").steps == 3


def test_crosswalk_not_wanted_within_one_framework():
    a, b = make("a"), make("b")
    with pytest.raises(ValueError, match="not needed"):
        yj.compare(a, b, crosswalk="hmip-youth-2018--hmip-youth-2021")


# -- time between ----------------------------------------------------------------------------------
def test_exact_time_between_known_days():
    a = make("a", fieldwork_start=pendulum.Date(2021, 3, 1))
    b = make("b", fieldwork_start=pendulum.Date(2024, 3, 15))
    t = yj.compare(a, b).time
    assert not t.approximate
    assert t.interval is not None
    assert t.interval.in_days() == 1110
    assert str(t) == "3 years 14 days"


def test_time_between_partial_dates_is_approximate_and_invents_no_day():
    t = yj.compare(FJI_2015, STD_2025).time
    assert t.approximate
    assert t.interval is None
    assert (t.shortest.start, t.shortest.end) == (
        pendulum.Date(2015, 2, 19),
        pendulum.Date(2025, 1, 1),
    )
    assert (t.longest.start, t.longest.end) == (
        pendulum.Date(2015, 2, 19),
        pendulum.Date(2025, 1, 31),
    )
    assert (t.earlier_basis, t.later_basis) == ("fieldwork", "publication")
    text = str(t)
    assert text.startswith("between 9 years 10 months 13 days and 9 years 11 months 12 days")
    assert "approximate" in text


def test_days_known_but_bases_differ_is_approximate():
    a = make("a", fieldwork_start=pendulum.Date(2021, 3, 1))
    b = make("b", published=PartialDate(2021, 6, 1))
    t = yj.compare(a, b).time
    assert t.interval is not None
    assert t.approximate
    assert "from fieldwork (2021-03-01) to publication (2021-06-01)" in str(t)


# -- properties ------------------------------------------------------------------------------------
ratings_st = st.dictionaries(
    st.sampled_from([*SCORED, "4.1"]), st.sampled_from(LEVELS), max_size=13
)


@settings(max_examples=60, deadline=None)
@given(ratings_st, ratings_st)
def test_comparison_reversed_swaps_improved_and_declined(ra, rb):
    a, b = make("a", ra), make("b", rb)
    ab, ba = yj.compare(a, b), yj.compare(b, a)
    assert set(ab.improved) == set(ba.declined)
    assert set(ab.declined) == set(ba.improved)
    assert set(ab.unchanged) == set(ba.unchanged)
    assert set(ab.newly_rated) == set(ba.no_longer_rated)
    for ch in ab.changes:
        back = ba.change(ch.area)
        assert (ch.steps is None) == (back.steps is None)
        if ch.steps is not None:
            assert ch.steps == -back.steps


@settings(max_examples=60, deadline=None)
@given(ratings_st)
def test_comparison_with_itself_changes_nothing(ra):
    a = make("a", ra)
    c = yj.compare(a, a)
    assert c.improved == c.declined == c.newly_rated == c.no_longer_rated == ()
    assert set(c.unchanged) == set(ra)
    assert len(c.changes) == 13  # every rated area of the framework, once
    assert set(c.unchanged) | set(c.unknown) == {ch.area for ch in c.changes}


@settings(max_examples=60, deadline=None)
@given(ratings_st, ratings_st)
def test_every_area_falls_in_exactly_one_class(ra, rb):
    c = yj.compare(make("a", ra), make("b", rb))
    groups = [c.improved, c.declined, c.unchanged, c.newly_rated, c.no_longer_rated, c.unknown]
    flat = [a for g in groups for a in g]
    assert len(flat) == len(set(flat)) == len(c.changes)
    for ch in c.changes:
        if ch.change is Change.IMPROVED:
            assert ch.steps > 0
            assert ch.position_change > 0
        if ch.change is Change.DECLINED:
            assert ch.steps < 0
            assert ch.position_change < 0


# -- across scales: half a step of the coarser scale ----------------------------------------------
def fji(ident, ratings, **kw):
    return Inspection(
        id=ident,
        service=SERVICE,
        framework="hmip-fji-2012",
        framework_version="interventions",
        inspection_kind=InspectionKind.FULL_JOINT,
        judgements=[Judgement(area=a, rating=r) for a, r in ratings.items()],
        **kw,
    )


def hmip18(ident, ratings, **kw):
    return make(ident, ratings, framework="hmip-youth-2018", **kw)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("good", "good", Change.UNCHANGED),  # 0.75 -> 0.667
        ("satisfactory", "requires-improvement", Change.UNCHANGED),  # 0.5 -> 0.333
        ("very-good", "outstanding", Change.UNCHANGED),  # 1.0 -> 1.0
        ("poor", "inadequate", Change.UNCHANGED),  # 0.0 -> 0.0
        ("poor", "good", Change.IMPROVED),  # 0.0 -> 0.667
        ("unsatisfactory", "good", Change.IMPROVED),  # 0.25 -> 0.667
        ("good", "inadequate", Change.DECLINED),  # 0.75 -> 0.0
        ("very-good", "requires-improvement", Change.DECLINED),  # 1.0 -> 0.333
    ],
)
def test_across_scales_a_change_must_exceed_half_a_coarse_step(before, after, expected):
    c = yj.compare(fji("a", {"sentence-served": before}), hmip18("b", {"2.3": after}))
    ch = next(ch for ch in c.changes if ch.from_area == "sentence-served")
    assert ch.change is expected
    assert ch.approximate
    assert ch.steps is None
    fw_a, fw_b = yj.frameworks.get("hmip-fji-2012"), yj.frameworks.get("hmip-youth-2018")
    delta = fw_b.scale.level(after).position - fw_a.scale.level(before).position
    assert ch.position_change == pytest.approx(delta)  # the difference itself is kept


def test_within_one_scale_every_step_counts():
    c = yj.compare(
        fji("a", {"sentence-served": "satisfactory"}), fji("b", {"sentence-served": "good"})
    )
    ch = c.change("sentence-served")
    assert ch.change is Change.IMPROVED
    assert ch.steps == 1
    assert not ch.approximate


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([lv.code for lv in yj.frameworks.get("hmip-fji-2012").scale.levels]),
    st.sampled_from([lv.code for lv in yj.frameworks.get("hmip-youth-2018").scale.levels]),
)
def test_across_scales_changes_agree_with_the_coarse_threshold(before, after):
    fw_a, fw_b = yj.frameworks.get("hmip-fji-2012"), yj.frameworks.get("hmip-youth-2018")
    delta = fw_b.scale.level(after).position - fw_a.scale.level(before).position
    c = yj.compare(fji("a", {"sentence-served": before}), hmip18("b", {"2.3": after}))
    ch = next(ch for ch in c.changes if ch.from_area == "sentence-served")
    half = 0.5 / (min(len(fw_a.scale.levels), len(fw_b.scale.levels)) - 1)
    if delta > half + 1e-6:
        assert ch.change is Change.IMPROVED
    elif delta < -half - 1e-6:
        assert ch.change is Change.DECLINED
    else:
        assert ch.change is Change.UNCHANGED


# -- the order of the arguments -------------------------------------------------------------------
def test_arguments_the_wrong_way_round_are_refused():
    with pytest.raises(ValueError, match="swap the arguments") as info:
        yj.compare(STD_2025, FJI_2015)
    message = str(info.value)
    assert "bromley-2025-standards (2025-01)" in message
    assert "bromley-2015-fji (2015-02-19)" in message
    # the right way round works and the time between is positive
    c = yj.compare(FJI_2015, STD_2025)
    assert c.time is not None
    assert c.time.shortest.in_days() > 0


def test_undated_and_overlapping_inspections_are_not_refused():
    assert FJI_2016.when is None
    assert yj.compare(FJI_2016, FJI_2015).earlier is FJI_2016  # undated: nothing to check
    a = make("a", {}, published=PartialDate(2016))
    b = make("b", {}, published=PartialDate(2016, 3))
    # "2016" may stand for a day after March 2016: not certainly the wrong way round
    assert yj.compare(b, a).later is a
    with pytest.raises(ValueError, match="took place before"):
        yj.compare(a, make("c", {}, published=PartialDate(2015, 12)))


def test_cli_compare_the_wrong_way_round_exits_1_with_one_line(capsys):
    from pathlib import Path

    from yjinspect.cli import main

    corpus = str(Path(yj.examples.__file__).parent / "data" / "bromley.toml")
    status = main(["compare", "--corpus", corpus, "bromley-2025-standards", "bromley-2015-fji"])
    out, err = capsys.readouterr()
    assert status == 1
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith("yjinspect compare: the later inspection bromley-2015-fji")
    assert err.rstrip().endswith(
        f"give the earlier inspection first: yjinspect compare --corpus {corpus} "
        "bromley-2015-fji bromley-2025-standards"
    )
    assert "compare('" not in err  # command-line terms, not Python's


def test_a_crosswalk_that_links_no_areas_says_so_and_counts_every_kind_of_change():
    from yjinspect import datasets

    earlier, later = sorted(
        datasets.service("wakefield").inspections, key=lambda i: str(i.published)
    )[-2:]
    c = yj.compare(earlier, later)
    lines = [line.strip() for line in str(c).splitlines()]
    assert lines[1] == (
        "through crosswalk hmip-youth-2021--hmip-youth-2025, which links no areas: only the "
        "overall ratings compare"
    )
    # an area of one framework only has no counterpart in the other, whatever its rating
    assert "Work with children: no counterpart -> not known (unknown, approximate)" in lines
    assert (
        "1.3 Partnerships and services: Good -> no counterpart (no longer rated, approximate)"
        in lines
    )
    assert lines[-1] == (
        f"0 improved, 0 declined, 0 unchanged, {len(c.no_longer_rated)} no longer rated, "
        f"{len(c.unknown)} unknown"
    )
    assert (len(c.no_longer_rated), len(c.unknown)) == (3, 12)
