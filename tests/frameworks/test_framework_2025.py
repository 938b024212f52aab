"""The 2025 HMIP youth framework, which framework a record is of, and two records of one
inspection. Field-case source: the project's field-case notes (d2i-row-after-2021-framework)."""

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect import Judgement, PartialDate, Severity
from yjinspect.analysis import Change, same_inspection
from yjinspect.errors import RuleNotDefined
from yjinspect.importers import D2I_CSV, read_d2i_csv
from yjinspect.model import Confidence, DateRange, Source

FW = yj.frameworks.get("hmip-youth-2025")
WAKEFIELD_2025 = (
    "https://hmiprobation.justiceinspectorates.gov.uk/document/"
    "an-inspection-of-youth-justice-work-with-children-and-victims-in-wakefield-2025"
)


def inspection_2025(**kw):
    fields = {
        "id": "wakefield-2025",
        "service": yj.Service(
            name="Wakefield", local_authority="Wakefield", authorities=["E08000036"]
        ),
        "framework": "hmip-youth-2025",
        "inspection_kind": yj.InspectionKind.STANDARDS,
        "published": PartialDate(2025, 10),
        "judgements": (
            Judgement(area="children", rating="good"),
            Judgement(area="victims", status=yj.JudgementStatus.NOT_KNOWN),
        ),
        "published_overall": "good",
        "sources": (Source(title="HMIP report, Wakefield, 2025", url=WAKEFIELD_2025),),
    }
    fields.update(kw)
    return yj.Inspection(**fields)


def inspection_2021(**kw):
    fields = {
        "id": "wakefield-2021",
        "service": yj.Service(
            name="Wakefield", local_authority="Wakefield", authorities=["E08000036"]
        ),
        "framework": "hmip-youth-2021",
        "inspection_kind": yj.InspectionKind.STANDARDS,
        "published": PartialDate(2021, 12, 17),
        "judgements": (Judgement(area="2.4", rating="inadequate"),),
        "published_overall": "requires-improvement",
        "published_score": 10,
    }
    fields.update(kw)
    return yj.Inspection(**fields)


# -- the framework ---------------------------------------------------------------------------------
def test_the_2025_framework_as_far_as_the_record_goes():
    assert FW.title == "Inspection of youth justice work with children and victims"
    assert FW.scale.code == "hmip-4"
    assert [(a.code, a.kind.value) for a in FW.rated_areas()] == [
        ("children", "broad-area"),
        ("victims", "broad-area"),
    ]
    assert [a.code for a in FW.key_questions("V1")] == ["V1.1", "V1.2"]
    for code in ("V1", "V1.1", "V1.2"):
        assert FW.area(code).confidence is Confidence.REPORTED
    assert (
        "court work, out-of-court disposals, resettlement, bail and remand"
        in FW.area("2.standard").title
    )
    assert FW.overall_rule is None
    assert FW.standard_rule is None
    assert {(g.subject, g.area) for g in FW.not_published} == {
        ("overall_rule", None),
        ("standard_rule", None),
        ("areas", "1"),
        ("areas", "2.standard"),
    }
    assert FW.valid_from == DateRange(PartialDate(2025, 3), PartialDate(2025, 5))
    assert FW.valid_to is None
    with pytest.raises(RuleNotDefined, match="not published"):
        FW.overall({"children": "good", "victims": "good"})


def test_every_fact_has_a_source_and_a_confidence():
    assert FW.source
    for a in FW.areas:
        assert a.source, a.code
    for g in FW.not_published:
        assert g.source
        assert g.note


def test_the_2021_standards_do_not_run_to_the_end_of_2025():
    fw21 = yj.frameworks.get("hmip-youth-2021")
    assert fw21.valid_to.latest() == pendulum.Date(2025, 5, 31)
    assert fw21.in_use(pendulum.Date(2025, 9, 1), pendulum.Date(2025, 9, 1)) is False
    # spring 2025: either framework may apply
    assert fw21.in_use(pendulum.Date(2025, 4, 1), pendulum.Date(2025, 4, 1)) is None
    assert FW.in_use(pendulum.Date(2025, 4, 1), pendulum.Date(2025, 4, 1)) is None
    assert FW.in_use(pendulum.Date(2025, 6, 1), pendulum.Date(2025, 6, 1)) is True


@settings(max_examples=60, deadline=None)
@given(
    first=st.dates(min_value=pendulum.Date(2000, 1, 1), max_value=pendulum.Date(2030, 12, 1)),
    span=st.integers(min_value=0, max_value=400),
    probe=st.dates(min_value=pendulum.Date(1999, 1, 1), max_value=pendulum.Date(2032, 1, 1)),
)
def test_a_period_known_as_a_range_answers_in_use_honestly(first, span, probe):
    first = pendulum.Date(first.year, first.month, first.day)
    start = DateRange(PartialDate.from_date(first), PartialDate.from_date(first.add(days=span)))
    fw = attrs.evolve(FW, valid_from=start)
    day = pendulum.Date(probe.year, probe.month, probe.day)
    answer = fw.in_use(day, day)
    if day < start.earliest():
        assert answer is False
    elif day >= start.latest():
        assert answer is True
    else:
        assert answer is None


# -- a 2025 inspection -----------------------------------------------------------------------------
def test_a_2025_inspection_loads_validates_and_round_trips():
    insp = inspection_2025()
    problems = yj.validate(insp)
    assert [(p.path, p.severity) for p in problems] == [("$.published_overall", Severity.WARNING)]
    assert "cannot be checked" in problems[0].message
    for fmt in ("json", "toml"):
        text = yj.dumps(insp, format=fmt)
        assert yj.loads(text, format=fmt) == insp


def test_a_2025_framework_round_trips_with_its_range_and_gaps():
    text = yj.dumps(FW, format="toml")
    assert 'valid_from = "2025-03/2025-05"' in text
    again = yj.loads(text, format="toml")
    assert again == FW
    assert again.gap("overall_rule").note == FW.gap("overall_rule").note
    assert yj.loads(yj.dumps(FW, format="json"), format="json") == FW


def test_a_2025_inspection_shows_in_the_demo_style():
    from yjinspect import report

    text = report.inspection_text(inspection_2025())
    assert "Inspection of youth justice work with children and victims" in text
    assert "Work with children" in text
    assert "Good" in text
    assert "Work with victims" in text


def test_a_2025_inspection_compares_with_the_services_2021_one_on_the_overall():
    c = yj.compare(inspection_2021(), inspection_2025())
    assert c.crosswalk.code == "hmip-youth-2021--hmip-youth-2025"
    assert c.overall.before.code == "requires-improvement"
    assert c.overall.after.code == "good"
    assert c.overall.change is Change.IMPROVED
    assert c.overall.approximate
    assert c.overall.after_basis == "published"
    assert set(c.newly_rated) == {"children"}
    assert "victims" in c.unknown
    assert c.improved == ()  # no area has a published counterpart


def test_a_2025_inspection_without_an_overall_is_not_known_not_absent():
    c = yj.compare(inspection_2021(), inspection_2025(published_overall=None))
    assert c.overall.after is None
    assert c.overall.after_basis == "not known"
    assert c.overall.change is Change.UNKNOWN


# -- validate: dates against the framework's period ------------------------------------------------
def test_validate_says_when_a_date_does_not_fit_the_framework():
    early = inspection_2025(published=PartialDate(2024, 6, 1))
    (problem,) = [p for p in yj.validate(early) if p.path == "$.published"]
    assert problem.severity is Severity.WARNING
    assert "outside the period of hmip-youth-2025" in problem.message


def test_validate_says_when_the_framework_is_uncertain():
    # spring 2025, rating only what both frameworks may have
    insp = inspection_2021(
        published=None,
        published_score=None,
        published_overall=None,
        fieldwork_start=pendulum.Date(2025, 4, 7),
        judgements=(Judgement(area="1.2", rating="good"),),
    )
    (problem,) = [p for p in yj.validate(insp) if p.path == "$.fieldwork_start"]
    assert "hmip-youth-2021" in problem.message
    assert "hmip-youth-2025" in problem.message
    assert "uncertain" in problem.message
    # a case standard is not a 2025 rating: the record decides
    decided = attrs.evolve(insp, judgements=(Judgement(area="2.4", rating="good"),))
    assert not [p for p in yj.validate(decided) if p.path == "$.fieldwork_start"]


def test_bromleys_2025_inspection_under_the_2021_standards_is_kept_as_is():
    insp = yj.examples.bromley().get("bromley-2025-standards")
    assert insp.framework == "hmip-youth-2021"
    assert yj.validate(insp) == ()


# -- two records of one inspection -----------------------------------------------------------------
def csv_bromley():
    result = read_d2i_csv(D2I_CSV)
    return next(i for i in result.inspections if i.service.name == "Bromley")


def hand_bromley(**kw):
    hand = yj.examples.bromley().get("bromley-2025-standards")
    return attrs.evolve(hand, service=attrs.evolve(hand.service, name="Bromley"), **kw)


def test_a_csv_row_and_a_hand_record_of_one_report_are_one_inspection():
    row, hand = csv_bromley(), hand_bromley()
    assert same_inspection(hand, row) == "same service and publication date"
    c = yj.compare(hand, row)
    assert c.same_inspection == "same service and publication date"
    assert c.time is None
    assert c.improved == c.declined == ()
    assert c.differences == ()  # where both hold a value, they agree
    assert "published: 2025-01 / 2025-01-07" in c.held_by_one
    assert "records agree" in str(c)
    assert "days" not in str(c)


def test_records_that_disagree_say_so_with_the_differing_fields():
    row = csv_bromley()
    hand = hand_bromley(judgements=(Judgement(area="1.3", rating="outstanding"),))
    c = yj.compare(hand, row)
    assert c.records_disagree
    assert c.change("1.3").change is Change.RECORDS_DISAGREE
    assert c.differences == ("1.3 Partnerships and services: Outstanding / Good",)
    assert "the records disagree" in str(c)
    assert "improved" not in str(c)
    from yjinspect.analysis import trajectory

    history = trajectory([hand, row])
    assert history.same_inspections == ((hand.id, row.id, "same service and publication date"),)
    assert "two records of one inspection" in str(history)
    from yjinspect import report

    text = report.history_text([hand, row])
    assert "another record of the same inspection" in text
    assert "the records disagree: 1.3 Partnerships and services: Outstanding / Good" in text


def test_the_same_report_url_is_one_inspection_whatever_the_service_is_called():
    a = inspection_2025(id="a", service=yj.Service(name="Wakefield YJS", local_authority="W"))
    b = inspection_2025(id="b", published_overall="outstanding", published=PartialDate(2025, 10, 2))
    assert same_inspection(a, b) == "same report URL"
    c = yj.compare(a, b)
    assert c.overall.change is Change.RECORDS_DISAGREE
    assert "published_overall: good / outstanding" in c.differences


@settings(max_examples=40, deadline=None)
@given(
    day=st.dates(min_value=pendulum.Date(2021, 1, 1), max_value=pendulum.Date(2024, 12, 31)),
    gap=st.integers(min_value=1, max_value=2000),
)
def test_two_inspections_on_different_days_are_never_one(day, gap):
    day = pendulum.Date(day.year, day.month, day.day)
    a = inspection_2021(id="a", published=PartialDate.from_date(day))
    b = inspection_2021(id="b", published=PartialDate.from_date(day.add(days=gap)))
    assert same_inspection(a, b) is None
    assert yj.compare(a, b).same_inspection is None


# -- league tables ---------------------------------------------------------------------------------
def test_a_league_row_whose_label_disagrees_with_its_score_is_marked():
    from yjinspect.analysis import cohort

    result = read_d2i_csv(D2I_CSV)
    league = cohort(result.inspections).league
    marked = [r.service for r in league.rows if r.label_disagrees]
    assert marked == ["West Sussex"]  # published 'Requires improvement' with 26/36 (Good)
    assert "[published label disagrees with the score]" in str(league)
