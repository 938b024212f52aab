import csv
from collections import Counter

import pytest

import yjinspect as yj
from yjinspect import Inspection, InspectionKind, Judgement, JudgementStatus, PartialDate, Service
from yjinspect.analysis import DifferentServices, cohort, trajectory

BROMLEY = yj.examples.bromley()
STANDARDS = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4"]


# -- a service's trajectory ------------------------------------------------------------------------
def test_bromley_trajectory_order_and_points():
    t = trajectory(BROMLEY)
    assert [p.inspection for p in t.points] == [
        "bromley-2012-cci",
        "bromley-2015-fji",
        "bromley-2016-fji-reinspection",
        "bromley-2025-standards",
    ]
    assert t.undated == ("bromley-2016-fji-reinspection",)
    assert t.service.name == "Bromley Youth Justice Service"  # as the latest record names it
    # hand counts from the shipped Bromley document
    assert [p.rated for p in t.points] == [3, 6, 5, 1]
    assert [p.not_known for p in t.points] == [0, 0, 1, 12]
    assert [p.concerns for p in t.points] == [0, 5, 0, 0]
    assert [p.overall for p in t.points] == [None, None, None, "outstanding"]
    assert [p.score for p in t.points] == [None, None, None, 33]
    assert [str(p.when) if p.when else None for p in t.points] == [
        "2012-03",
        "2015-02-19",
        None,
        "2025-01",
    ]
    # FJI 2015: Poor x4 (0.0) + Unsatisfactory (0.25) + Satisfactory (0.5), over six
    assert t.points[1].mean_position == pytest.approx(0.75 / 6)


def test_trajectory_orders_by_date_across_frameworks():
    given = [
        BROMLEY.get("bromley-2025-standards"),
        BROMLEY.get("bromley-2015-fji"),
        BROMLEY.get("bromley-2012-cci"),
    ]
    t = trajectory(given)
    assert [i.id for i in t.inspections] == [
        "bromley-2012-cci",
        "bromley-2015-fji",
        "bromley-2025-standards",
    ]
    assert t.undated == ()


def test_trajectory_comparisons():
    comps = trajectory(BROMLEY).comparisons()
    assert comps[0] is None  # no crosswalk from the Core Case Inspection
    assert len(comps[1].improved) == 5
    assert comps[1].unknown == ("interventions",)
    assert comps[2].approximate
    assert comps[2].newly_rated == ("4.1",)


def test_trajectory_frame_and_text():
    t = trajectory(BROMLEY)
    frame = t.to_frame()
    assert list(frame["inspection"]) == [p.inspection for p in t.points]
    assert list(frame["rated"]) == [3, 6, 5, 1]
    assert frame.loc[3, "score"] == 33
    text = str(t)
    assert text.splitlines()[0] == "Bromley Youth Justice Service: 4 inspection(s)"
    assert "date not known  bromley-2016-fji-reinspection" in text
    assert "outstanding 33/36" in text
    assert "<table " in t._repr_html_()


def test_trajectory_of_several_services_needs_a_choice():
    other = Inspection(
        id="o",
        service=Service(name="Other YJS", local_authority="Other"),
        framework="hmip-youth-2021",
        inspection_kind=InspectionKind.STANDARDS,
        published=PartialDate(2023),
    )
    with pytest.raises(DifferentServices, match="pass service="):
        trajectory([*BROMLEY, other])
    t = trajectory([*BROMLEY, other], service=other.service)
    assert [p.inspection for p in t.points] == ["o"]
    with pytest.raises(ValueError, match="no inspections"):
        trajectory([])


# -- a hand-made cohort ----------------------------------------------------------------------------
def _svc(name):
    return Service(name=name, local_authority=f"{name} council")


def hand_cohort():
    a_2019 = Inspection(
        id="a-2019",
        service=_svc("A YJS"),
        framework="hmip-youth-2018",
        inspection_kind=InspectionKind.STANDARDS,
        published=PartialDate(2019, 5),
        judgements=[Judgement(area=c, rating="good") for c in STANDARDS],
        published_overall="good",
    )
    ratings = dict.fromkeys(STANDARDS, "outstanding")
    ratings["2.1"] = "good"
    a_2023 = Inspection(
        id="a-2023",
        service=_svc("A YJS"),
        framework="hmip-youth-2021",
        inspection_kind=InspectionKind.STANDARDS,
        published=PartialDate(2023, 3),
        judgements=[
            *(Judgement(area=c, rating=r) for c, r in ratings.items()),
            Judgement(area="4.1", status=JudgementStatus.NOT_RATED),
        ],
    )
    b_2022 = Inspection(
        id="b-2022",
        service=_svc("B YJS"),
        framework="hmip-youth-2021",
        inspection_kind=InspectionKind.STANDARDS,
        published=PartialDate(2022, 6, 1),
        judgements=[
            Judgement(area="1.1", rating="good"),
            Judgement(area="1.2", rating="requires-improvement"),
        ],
        published_overall="good",
        published_score=24,
    )
    c_2022 = Inspection(
        id="c-2022",
        service=_svc("C YJS"),
        framework="hmip-youth-2021",
        inspection_kind=InspectionKind.STANDARDS,
        published=PartialDate(2022, 9),
        published_score=24,
    )
    return [c_2022, a_2023, b_2022, a_2019]


def test_cohort_counts_match_hand_counts():
    co = cohort(hand_cohort())
    rows = [
        (r.framework, r.year, r.inspections, r.services, r.with_overall) for r in co.counts.rows
    ]
    assert rows == [
        ("hmip-youth-2018", 2019, 1, 1, 1),
        ("hmip-youth-2021", 2022, 2, 2, 2),
        ("hmip-youth-2021", 2023, 1, 1, 1),
    ]
    assert co.counts.total == 4


def test_cohort_distribution_matches_hand_counts():
    d = cohort(hand_cohort()).distribution
    assert d.count("hmip-youth-2018", "1.1", "good", year=2019) == 1
    assert d.count("hmip-youth-2021", "1.1", "good", year=2022) == 1
    assert d.count("hmip-youth-2021", "1.1", "not-known", year=2022) == 1  # C: nothing recorded
    assert d.count("hmip-youth-2021", "1.2", "requires-improvement") == 1
    assert d.count("hmip-youth-2021", "1.1", "outstanding", year=2023) == 1
    assert d.count("hmip-youth-2021", "2.1", "good") == 1
    assert d.count("hmip-youth-2021", "4.1", "not-known", year=2022) == 2
    assert d.count("hmip-youth-2021", "4.1", "not-rated", year=2023) == 1
    assert d.count("hmip-youth-2021", "3.4", "outstanding") == 1
    # every rated area of every inspection is counted exactly once
    assert sum(r.count for r in d.rows) == 12 + 13 + 13 + 13
    frame = d.to_frame()
    assert list(frame.columns) == ["framework", "area", "year", "rating", "count"]
    assert frame["count"].sum() == 51


def test_league_table_ranks_by_score_with_ties():
    league = cohort(hand_cohort()).league
    assert [(r.rank, r.inspection, r.score, r.overall, r.basis) for r in league.rows] == [
        (1, "a-2023", 35, "outstanding", "derived"),
        (2, "a-2019", 24, "good", "derived"),  # a published rating, but no published score
        (2, "b-2022", 24, "good", "published"),
        (2, "c-2022", 24, "good", "published"),
    ]
    assert league.unscored == ()
    latest = cohort(hand_cohort(), latest_per_service=True).league
    assert [(r.rank, r.inspection) for r in latest.rows] == [
        (1, "a-2023"),
        (2, "b-2022"),
        (2, "c-2022"),
    ]
    frame = league.to_frame()
    assert list(frame["inspection"]) == ["a-2023", "a-2019", "b-2022", "c-2022"]
    assert "  1. A YJS: 35/36 outstanding (a-2023, derived)" in str(league)


def test_cohort_of_bromley_lists_unscored_inspections():
    co = cohort(BROMLEY)
    assert [r.inspection for r in co.league.rows] == ["bromley-2025-standards"]
    assert co.league.unscored == (
        "bromley-2012-cci",
        "bromley-2015-fji",
        "bromley-2016-fji-reinspection",
    )
    assert [(r.framework, r.year) for r in co.counts.rows] == [
        ("hmip-cci-2009", 2012),
        ("hmip-fji-2012", 2015),
        ("hmip-fji-2012", None),
        ("hmip-youth-2021", 2025),
    ]


# -- the analysts' CSV as a national cohort -------------------------------------------------------
def _raw_rows():
    with open(yj.importers.D2I_CSV, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_csv_cohort_counts_match_hand_counts():
    result = yj.importers.read_d2i_csv(yj.importers.D2I_CSV)
    co = cohort(result.inspections)
    rows = {(r.framework, r.year): r.inspections for r in co.counts.rows}
    # hand counts from the CSV: 83 rows, four left out (Harrow 2021, Swansea, West Mercia and
    # Bridgend 2022), four 2021 rows with a joint_working rating are 2018 standards
    assert rows == {
        ("hmip-youth-2018", 2021): 4,
        ("hmip-youth-2021", 2021): 4,
        ("hmip-youth-2021", 2022): 23,
        ("hmip-youth-2021", 2023): 21,
        ("hmip-youth-2021", 2024): 22,
        ("hmip-youth-2021", 2025): 5,
    }
    raw = _raw_rows()
    kept = [r for n, r in enumerate(raw, start=2) if result.rows[n] is not None]
    by_year = Counter("20" + r["publication_date"][-2:] for r in kept)
    assert {y: sum(v for (f, yr), v in rows.items() if str(yr) == y) for y in by_year} == by_year


def test_csv_distribution_matches_the_raw_columns():
    result = yj.importers.read_d2i_csv(yj.importers.D2I_CSV)
    d = cohort(result.inspections).distribution
    kept = [
        (r, result.rows[n])
        for n, r in enumerate(_raw_rows(), start=2)
        if result.rows[n] is not None
    ]
    framework = {i.id: i.framework for i in result.inspections}
    staff_good_2021 = sum(
        1 for r, ident in kept if r["staff"] == "Good" and framework[ident] == "hmip-youth-2021"
    )
    assert staff_good_2021 == 41
    assert d.count("hmip-youth-2021", "1.2", "good") == 41
    reviewing_blank = sum(
        1 for r, ident in kept if not r["reviewing"] and framework[ident] == "hmip-youth-2021"
    )
    assert d.count("hmip-youth-2021", "2.4", "not-known") == reviewing_blank == 21
    # the shared-name standards are never assigned: all not known
    assert d.count("hmip-youth-2021", "2.1", "not-known") == 75
    assert d.count("hmip-youth-2021", "3.1", "not-known") == 75


def test_csv_league_table_top():
    result = yj.importers.read_d2i_csv(yj.importers.D2I_CSV)
    league = cohort(result.inspections).league
    top = [(r.rank, r.service, r.score) for r in league.rows[:5]]
    assert top == [
        (1, "Carmarthenshire", 34),
        (1, "Islington", 34),
        (3, "Bromley", 33),
        (4, "Coventry", 32),
        (4, "York", 32),
    ]
    assert league.unscored == ("ceredigionyjs-2024-11-12",)  # 4.17% is not a whole score
    assert league.unscored_services == (("Ceredigion", yj.PartialDate(2024, 11, 12)),)
    assert len(league.rows) == 78


def test_counts_frame_and_text():
    co = cohort(hand_cohort())
    frame = co.counts.to_frame()
    assert list(frame.columns) == ["framework", "year", "inspections", "services", "with_overall"]
    assert list(frame["inspections"]) == [1, 2, 1]
    assert str(co.counts).splitlines()[1] == (
        "hmip-youth-2021 2022: 2 inspection(s), 2 service(s), 2 with an overall rating"
    )
    assert str(co).startswith("cohort of 4 inspection(s)")
    assert "<table " in co.counts._repr_html_()
    assert ">a-2023</td>" in co.league._repr_html_()
    assert ">not-rated</td>" in co.distribution._repr_html_()
