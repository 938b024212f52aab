import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect import Inspection, InspectionKind, Judgement, JudgementStatus, Service
from yjinspect.analysis import Change
from yjinspect.crosswalks import Crosswalk, Link, NoCrosswalk, Strength, Unmatched, compose

SERVICE = Service(name="Example YJS", local_authority="Example Council")
BROMLEY = yj.examples.bromley()
FW_STEPS = {"inadequate": 0, "requires-improvement": 1, "good": 2, "outstanding": 3}
STANDARDS = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4"]


def make(ident, framework, ratings, **kw):
    return Inspection(
        id=ident,
        service=SERVICE,
        framework=framework,
        inspection_kind=InspectionKind.STANDARDS,
        judgements=[Judgement(area=a, rating=r) for a, r in ratings.items()],
        **kw,
    )


# -- the catalogue ---------------------------------------------------------------------------------
def test_builtin_crosswalks_are_data():
    assert yj.crosswalks.builtin_codes() == (
        "hmip-fji-2012--hmip-youth-2018",
        "hmip-youth-2018--hmip-youth-2021",
        "hmip-youth-2021--hmip-youth-2025",
    )
    assert set(yj.crosswalks.builtin_codes()) <= set(yj.crosswalks.available())
    for code in yj.crosswalks.builtin_codes():
        cw = yj.crosswalks.get(code)
        assert yj.validate(cw) == ()
        assert all(link.rationale.strip() for link in cw.links)
        assert all(u.rationale.strip() for u in (*cw.unmatched_from, *cw.unmatched_to))


def test_unknown_crosswalk_code():
    with pytest.raises(LookupError, match="known crosswalks: hmip-fji-2012--hmip-youth-2018"):
        yj.crosswalks.get("nope")


# -- 2018 <-> 2021 ---------------------------------------------------------------------------------
def test_2018_to_2021_links():
    cw = yj.crosswalks.find("hmip-youth-2018", "hmip-youth-2021")
    assert cw.bidirectional
    same = [lk.from_area for lk in cw.links if lk.strength is Strength.SAME]
    assert same == STANDARDS[:11]
    assert all(lk.from_area == lk.to_area for lk in cw.links)
    (link,) = cw.links_from("3.4")
    assert link.strength is Strength.LOOSE
    assert "Joint working" in link.rationale
    assert [u.area for u in cw.unmatched_to] == ["4.1"]
    assert cw.unmatched_from == ()


def test_2021_to_2018_is_the_same_crosswalk_read_backwards():
    back = yj.crosswalks.find("hmip-youth-2021", "hmip-youth-2018")
    assert (back.from_framework, back.to_framework) == ("hmip-youth-2021", "hmip-youth-2018")
    assert [u.area for u in back.unmatched_from] == ["4.1"]
    assert back.unmatched_to == ()
    assert len(back.links) == 12


def test_compare_2018_with_2021_goes_through_the_crosswalk():
    earlier = dict.fromkeys(STANDARDS, "good")
    earlier["3.4"] = "requires-improvement"
    earlier["2.1"] = "outstanding"
    later = dict.fromkeys(STANDARDS, "good")
    later["3.4"] = "outstanding"
    later["4.1"] = "good"
    later["1.2"] = "inadequate"
    a = make("a", "hmip-youth-2018", earlier)
    b = make("b", "hmip-youth-2021", later)
    c = yj.compare(a, b)
    assert c.approximate
    assert c.crosswalk.code == "hmip-youth-2018--hmip-youth-2021"
    assert all(ch.approximate for ch in c.changes)
    assert c.improved == ("3.4",)
    assert c.declined == ("1.2", "2.1")
    assert c.newly_rated == ("4.1",)
    assert len(c.unchanged) == 9
    assert c.change("3.4").link.strength is Strength.LOOSE
    assert c.change("3.4").position_change == pytest.approx(2 / 3)
    assert c.change("3.4").steps == 2  # one scale on both sides
    assert (
        c.change("3.4").title
        == "3.4 Joint working -> 3.4 Out-of-court disposal policy and provision"
    )
    assert c.overall.approximate
    assert "every change is approximate" in str(c)
    assert "loose link" in str(c)


def test_compare_2021_with_2018_reads_the_crosswalk_backwards():
    a = make("a", "hmip-youth-2021", {"4.1": "good", "1.1": "good"})
    b = make("b", "hmip-youth-2018", {"1.1": "outstanding"})
    c = yj.compare(a, b, crosswalk="hmip-youth-2018--hmip-youth-2021")
    assert c.improved == ("1.1",)
    assert c.no_longer_rated == ("4.1",)


def test_crosswalk_in_the_wrong_direction_is_refused():
    fji = BROMLEY.get("bromley-2015-fji")
    std = attrs.evolve(make("s", "hmip-youth-2018", {}), service=fji.service)
    with pytest.raises(ValueError, match="leads from 'hmip-youth-2018'"):
        yj.compare(fji, std, crosswalk="hmip-youth-2018--hmip-youth-2021")


# -- FJI -> standards (approximate) ---------------------------------------------------------------
def test_fji_crosswalk_runs_one_way():
    with pytest.raises(NoCrosswalk, match="no crosswalk leads from 'hmip-youth-2018'"):
        yj.crosswalks.find("hmip-youth-2018", "hmip-fji-2012")
    with pytest.raises(LookupError):
        yj.crosswalks.find("hmip-cci-2009", "hmip-fji-2012")


def test_fji_to_2021_is_a_chain_with_the_weaker_strength():
    cw = yj.crosswalks.find("hmip-fji-2012", "hmip-youth-2021")
    pairs = {(lk.from_area, lk.to_area): lk.strength.value for lk in cw.links}
    assert pairs == {
        ("governance-and-partnership", "1.1"): "close",
        ("governance-and-partnership", "1.3"): "loose",
        ("interventions", "2.3"): "loose",
        ("sentence-served", "2.3"): "loose",
        ("court-work", "2.1"): "loose",
    }
    assert {u.area for u in cw.unmatched_from} == {
        "reducing-reoffending",
        "protecting-the-public",
        "protecting-children",
    }
    assert {u.area for u in cw.unmatched_to} == {
        "1.2",
        "1.4",
        "2.2",
        "2.4",
        "3.1",
        "3.2",
        "3.3",
        "3.4",
        "4.1",
    }


def test_cross_era_comparison_bromley_2015_to_2025_is_approximate():
    fji, std = BROMLEY.get("bromley-2015-fji"), BROMLEY.get("bromley-2025-standards")
    c = yj.compare(fji, std)
    assert c.approximate
    assert all(ch.approximate for ch in c.changes)
    assert c.crosswalk.from_framework == "hmip-fji-2012"
    assert c.crosswalk.to_framework == "hmip-youth-2021"
    assert c.newly_rated == ("4.1",)
    assert c.no_longer_rated == (
        "reducing-reoffending",
        "protecting-the-public",
        "protecting-children",
    )
    # the 2025 record holds only the overall, the score and resettlement: nothing is guessed
    assert c.improved == c.declined == c.unchanged == ()
    assert set(c.unknown) == set(STANDARDS)
    gov = [ch for ch in c.changes if ch.from_area == "governance-and-partnership"]
    assert [(ch.to_area, ch.before.label, ch.change) for ch in gov] == [
        ("1.1", "Poor", Change.UNKNOWN),
        ("1.3", "Poor", Change.UNKNOWN),
    ]
    assert c.overall.after.label == "Outstanding"
    assert c.overall.after_score == 33
    assert c.overall.change is Change.NEWLY_RATED  # FJI printed no overall rating
    assert c.overall.before_basis == "none"
    assert str(c.overall) == "overall: no overall rating -> Outstanding (newly rated, approximate)"
    assert c.overall.approximate
    assert c.time.approximate


def test_cross_era_positions_are_compared():
    fji = Inspection(
        id="f",
        service=SERVICE,
        framework="hmip-fji-2012",
        framework_version="interventions",
        inspection_kind=InspectionKind.FULL_JOINT,
        judgements=[
            Judgement(area="governance-and-partnership", rating="satisfactory"),
            Judgement(area="sentence-served", rating="good"),
            Judgement(area="interventions", status=JudgementStatus.NOT_KNOWN),
        ],
    )
    std = make(
        "s", "hmip-youth-2018", {"1.1": "good", "1.3": "requires-improvement", "2.3": "good"}
    )
    c = yj.compare(fji, std)
    g11 = next(ch for ch in c.changes if ch.to_area == "1.1")
    # Satisfactory is 2/4 = 0.5 on the FJI scale, Good 2/3 on the HMIP scale
    assert g11.position_change == pytest.approx(2 / 3 - 0.5)
    # across scales a change counts only beyond half a step of the coarser (four-level) scale
    assert g11.change is Change.UNCHANGED
    assert g11.approximate
    assert g11.steps is None  # different scales: no steps
    g13 = next(ch for ch in c.changes if ch.to_area == "1.3")
    assert g13.change is Change.UNCHANGED  # Satisfactory 0.5 -> Requires improvement 0.333
    ss = next(ch for ch in c.changes if ch.from_area == "sentence-served")
    assert ss.change is Change.UNCHANGED  # Good 0.75 -> Good 0.667: the same judgement
    assert ss.position_change == pytest.approx(2 / 3 - 0.75)
    iv = next(ch for ch in c.changes if ch.from_area == "interventions")
    assert iv.change is Change.UNKNOWN


# -- crosswalk documents ---------------------------------------------------------------------------
CUSTOM = """
kind = "crosswalk"
schema_version = 1
code = "custom-2018-2021"
title = "A council's own reading"
from_framework = "hmip-youth-2018"
to_framework = "hmip-youth-2021"

[[links]]
from_area = "3.4"
to_area = "3.4"
strength = "close"
rationale = "Our reading."
"""


def test_user_crosswalk_from_text_and_file(tmp_path):
    cw = yj.crosswalks.loads(CUSTOM)
    assert cw.links == (
        Link(from_area="3.4", to_area="3.4", strength=Strength.CLOSE, rationale="Our reading."),
    )
    path = tmp_path / "cw.toml"
    path.write_text(CUSTOM, encoding="utf-8")
    assert yj.crosswalks.load(path) == cw
    a = make("a", "hmip-youth-2018", {"3.4": "good", "1.1": "good"})
    b = make("b", "hmip-youth-2021", {"3.4": "good", "1.1": "good"})
    c = yj.compare(a, b, crosswalk=cw)
    assert c.unchanged == ("3.4",)
    # areas the custom crosswalk does not link are listed on each side, never matched by guess
    sides = [(ch.from_area, ch.to_area, ch.change) for ch in c.changes if ch.area == "1.1"]
    assert sides == [(None, "1.1", Change.NEWLY_RATED), ("1.1", None, Change.NO_LONGER_RATED)]


def test_crosswalk_round_trips_as_a_document():
    cw = yj.crosswalks.get("hmip-youth-2018--hmip-youth-2021")
    assert yj.loads(yj.dumps(cw)) == cw
    assert yj.loads(yj.dumps(cw, format="toml"), format="toml") == cw


def test_bad_crosswalk_documents_name_the_path():
    bad_area = CUSTOM.replace('to_area = "3.4"', 'to_area = "9.9"')
    with pytest.raises(yj.InvalidDocument) as info:
        yj.crosswalks.loads(bad_area)
    assert [p.path for p in info.value.problems] == ["$.links[0].to_area"]
    bad_strength = CUSTOM.replace('strength = "close"', 'strength = "identical"')
    with pytest.raises(yj.InvalidDocument) as info:
        yj.crosswalks.loads(bad_strength)
    assert info.value.problems[0].path == "$.links[0].strength"
    unknown_fw = CUSTOM.replace('to_framework = "hmip-youth-2021"', 'to_framework = "nope"')
    with pytest.raises(yj.InvalidDocument) as info:
        yj.crosswalks.loads(unknown_fw)
    assert info.value.problems[0].path == "$.to_framework"


def test_duplicate_links_and_linked_unmatched_are_refused():
    link = Link(from_area="1.1", to_area="1.1", strength=Strength.SAME, rationale="r")
    with pytest.raises(yj.InvalidDocument, match="duplicate link"):
        Crosswalk(code="c", title="t", from_framework="a", to_framework="b", links=[link, link])
    with pytest.raises(yj.InvalidDocument, match="cannot also be unmatched"):
        Crosswalk(
            code="c",
            title="t",
            from_framework="a",
            to_framework="b",
            links=[link],
            unmatched_to=[Unmatched(area="1.1", rationale="r")],
        )


def test_compose_needs_a_shared_framework():
    a = yj.crosswalks.get("hmip-fji-2012--hmip-youth-2018")
    with pytest.raises(ValueError, match="cannot chain"):
        compose(a, a)
    with pytest.raises(ValueError, match="runs one way only"):
        a.reversed()


levels = st.sampled_from(["inadequate", "requires-improvement", "good", "outstanding"])
standard_ratings = st.dictionaries(st.sampled_from(STANDARDS), levels, max_size=12)


@settings(max_examples=50, deadline=None)
@given(standard_ratings, standard_ratings)
def test_through_the_crosswalk_every_change_is_approximate_and_symmetric(ra, rb):
    a = make("a", "hmip-youth-2018", ra)
    b = make("b", "hmip-youth-2021", rb)
    ab = yj.compare(a, b)
    ba = yj.compare(b, a)
    assert all(ch.approximate for ch in ab.changes)
    assert set(ab.improved) == set(ba.declined)
    assert set(ab.unchanged) == set(ba.unchanged)
    # eleven 'same' links and the loose 3.4 link: one change per standard, plus resettlement
    assert [ch.area for ch in ab.changes] == [*STANDARDS, "4.1"]
    for code in STANDARDS:
        if code in ra and code in rb:
            expected = FW_STEPS[rb[code]] - FW_STEPS[ra[code]]
            assert ab.change(code).steps == expected
            assert ab.change(code).position_change == pytest.approx(expected / 3)
