"""Every published form of the data-to-insight CSV, and the field cases about the importer.

Form excerpts: tests/importers/data/d2i-forms (README there names each source commit; MIT licence).
Field cases: tests/importers/data/field-cases, copied from the project's field-case notes.
"""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yjinspect import JudgementStatus, PartialDate, Severity
from yjinspect.importers import D2I_CSV, parse_d2i_csv, read_d2i_csv

DATA = Path(__file__).parent / "data"
FORMS = ("909d727", "7a538c4", "b55c03e", "23af6a9", "3359e62")
UNDATED = ("909d727", "7a538c4")


def form(commit):
    return read_d2i_csv(DATA / "d2i-forms" / f"{commit}.csv")


def case(name):
    return read_d2i_csv(DATA / "field-cases" / name)


def by_name(result, name):
    (insp,) = [i for i in result.inspections if i.service.name == name]
    return insp


def status(insp, area):
    j = insp.judgement(area)
    return j.rating if j.status is JudgementStatus.RATED else j.status.value


# -- every form ------------------------------------------------------------------------------------
@pytest.mark.parametrize("commit", FORMS)
def test_every_row_of_every_form_is_read(commit):
    result = form(commit)
    assert len(result.rows) == 7
    assert result.skipped == ()
    assert result.errors == ()
    names = sorted(i.service.name for i in result.inspections)
    assert names == [
        "Bath and North East Somerset",
        "Bromley",
        "Kensington and Chelsea",
        "Portsmouth",
        "Powys",
        "Slough",
        "Wakefield",
    ]


@pytest.mark.parametrize("commit", FORMS)
def test_every_form_gives_the_same_frameworks_ratings_and_scores(commit):
    result = form(commit)
    frameworks = {i.service.name: i.framework for i in result.inspections}
    assert frameworks["Kensington and Chelsea"] == "hmip-youth-2018"  # rates joint_working
    assert {f for n, f in frameworks.items() if n != "Kensington and Chelsea"} == {
        "hmip-youth-2021"
    }
    bromley = by_name(result, "Bromley")
    assert (bromley.published_overall, bromley.published_score) == ("outstanding", 33)
    slough = by_name(result, "Slough")
    assert (slough.published_overall, slough.published_score) == ("inadequate", 3)
    assert by_name(result, "Wakefield").published_overall == "requires-improvement"
    assert status(by_name(result, "Bath and North East Somerset"), "2.4") == "good"
    kc = by_name(result, "Kensington and Chelsea")
    assert status(kc, "3.4") == "outstanding"


@pytest.mark.parametrize("commit", UNDATED)
def test_a_form_without_publication_date_reads_the_year_from_the_url_or_says_not_known(commit):
    result = form(commit)
    assert [p.path for p in result.problems if p.path == "header [publication_date]"] == [
        "header [publication_date]"
    ]
    bromley = by_name(result, "Bromley")  # .../bromleyyjs2025/
    assert bromley.published == PartialDate(2025)
    assert "read from the report URL" in bromley.notes
    powys = by_name(result, "Powys")  # .../powys-yjs/: no year
    assert powys.published is None
    assert "not in the record" in powys.notes
    (warning,) = [p for p in result.problems_for(6) if p.path.endswith("[publication_date]")]
    assert "publication date is not known" in warning.message


@pytest.mark.parametrize("commit", ["b55c03e", "23af6a9", "3359e62"])
def test_a_dated_form_keeps_the_day(commit):
    result = form(commit)
    assert by_name(result, "Bromley").published == PartialDate(2025, 1, 7)
    assert by_name(result, "Wakefield").published == PartialDate(2021, 12, 17)


def test_the_first_form_renamed_score_column_and_report_title_names():
    result = form("909d727")
    paths = {p.path: p.message for p in result.problems}
    assert "read as score_%" in paths["header [score_]"]
    assert (
        "the place is read as 'Bromley'"
        in paths["row 4 (An inspection of youth justice services in Bromley) [la_name]"]
    )
    assert "read as 'Inadequate'" in paths["row 3 (Slough) [overall_rating]"]


@pytest.mark.parametrize("commit", ["909d727", "7a538c4", "b55c03e"])
def test_the_wrapped_heading_of_early_forms_names_partnerships_and_services(commit):
    kc = by_name(form(commit), "Kensington and Chelsea")
    assert status(kc, "1.3") == "outstanding"
    assert not [p for p in form(commit).problems if "partners_hips" in p.path]


def test_a_header_without_a_column_every_form_has_is_refused():
    import yjinspect as yj

    with pytest.raises(yj.InvalidDocument, match="missing: report_url"):
        parse_d2i_csv("la_name,la_ref,score_%,overall_rating\nA,a,,\n")


# -- field cases -----------------------------------------------------------------------------------
def test_field_case_row_after_the_2021_framework():
    result = case("d2i-row-after-2021-framework.csv")
    (insp,) = result.inspections
    assert insp.framework == "hmip-youth-2025"
    assert insp.published == PartialDate(2025, 9, 9)
    assert insp.published_overall == "good"
    assert [j.area for j in insp.judgements] == ["children", "victims"]
    assert all(j.status is JudgementStatus.NOT_KNOWN for j in insp.judgements)
    assert "carries its reports' title" in insp.notes


def test_field_case_policy_and_provision_is_never_assigned_by_guess():
    result = case("d2i-policy-and-provision.csv")
    for name in ("Wakefield", "Plymouth"):
        insp = by_name(result, name)
        assert insp.framework == "hmip-youth-2021"
        assert status(insp, "3.4") == "not-known"
        assert status(insp, "4.1") == "not-known"
        assert result.unassigned[insp.id]["policy_and_provision"] == "Good"
        assert "policy_and_provision = Good (one of 3.4 / 4.1)" in insp.notes
    (warning,) = [p for p in result.problems if p.path == "header [policy_and_provision]"]
    assert warning.severity is Severity.WARNING
    assert "3.4 and 4.1" in warning.message


def test_field_case_without_publication_date():
    result = case("d2i-without-publication-date.csv")
    (insp,) = result.inspections
    assert insp.service.name == "Bath and North East Somerset"
    assert insp.published == PartialDate(2025)
    # the report URL's year allows the 2021 and the 2025 frameworks; the filled case-standard
    # columns fit only the 2021 standards
    assert insp.framework == "hmip-youth-2021"
    assert "allows hmip-youth-2021, hmip-youth-2025" in insp.notes
    assert insp.published_score == 26
    assert status(insp, "2.4") == "good"


# -- generalisations -------------------------------------------------------------------------------
HEADER = "la_name,la_ref,score_%,overall_rating,publication_date,report_url,staff,assessment"

spring_2025 = st.dates(
    min_value=PartialDate(2025, 3).earliest(), max_value=PartialDate(2025, 11).latest()
)


@settings(max_examples=40, deadline=None)
@given(day=spring_2025, domain_one=st.booleans())
def test_a_row_the_2025_framework_could_be_of_is_never_filed_as_2021(day, domain_one):
    """Published from March 2025 on, with no report title in the URL: fieldwork may fall under
    the 2021 standards or the 2025 framework. Blank rows and rows rating only an
    organisational-delivery standard (whose 2025 form is not published) are uncertain."""
    staff = "Good" if domain_one else ""
    row = f"Anytown,anytown,,Good,{day:%d/%m/%y},https://example.org/anytown/,{staff},"
    result = parse_d2i_csv(HEADER + "\n" + row + "\n")
    assert result.inspections == ()
    assert result.uncertain == {2: ("hmip-youth-2021", "hmip-youth-2025")}
    (error,) = result.errors
    assert "hmip-youth-2021" in error.message
    assert "hmip-youth-2025" in error.message


@settings(max_examples=40, deadline=None)
@given(day=spring_2025)
def test_a_rated_case_standard_column_rules_out_the_2025_framework(day):
    row = f"Anytown,anytown,,Good,{day:%d/%m/%y},https://example.org/anytown/,,Good"
    result = parse_d2i_csv(HEADER + "\n" + row + "\n")
    (insp,) = result.inspections
    assert insp.framework == "hmip-youth-2021"
    assert "assessment fit only hmip-youth-2021" in insp.notes


@settings(max_examples=40, deadline=None)
@given(
    day=st.dates(
        min_value=PartialDate(2025, 6).earliest(), max_value=PartialDate(2026, 12).latest()
    ),
    place=st.sampled_from(["wakefield", "camden", "south-gloucestershire"]),
)
def test_a_report_title_in_the_url_decides_the_2025_framework(day, place):
    url = (
        "https://hmiprobation.justiceinspectorates.gov.uk/document/"
        f"an-inspection-of-youth-justice-work-with-children-and-victims-in-{place}-2025/"
    )
    row = f"{place},{place},,Requires improvement,{day:%d/%m/%y},{url},,"
    (insp,) = parse_d2i_csv(HEADER + "\n" + row + "\n").inspections
    assert insp.framework == "hmip-youth-2025"
    assert insp.published_overall == "requires-improvement"


def test_no_row_of_the_shipped_csv_is_given_a_framework_its_record_does_not_decide():
    result = read_d2i_csv(D2I_CSV)
    assert result.uncertain == {
        67: ("hmip-youth-2018", "hmip-youth-2021"),
        69: ("hmip-youth-2018", "hmip-youth-2021"),
        73: ("hmip-youth-2018", "hmip-youth-2021"),
        77: ("hmip-youth-2018", "hmip-youth-2021"),
    }
    assert result.skipped == tuple(result.uncertain)
    for insp in result.inspections:
        # every framework given is explained in the notes by the date or by the columns
        assert "the only one in use" in insp.notes or "fit only" in insp.notes
    # published no later than February 2025: the 2025 framework cannot apply
    assert "hmip-youth-2025" not in {i.framework for i in result.inspections}


# The first published forms carry 1.3 twice: "partnerships_and_services" and the line-wrapped
# "partners_hips_and_services" (the field case d2i-without-publication-date.csv).
_TWICE_HEADER = (
    "la_name,la_ref,score_%,overall_rating,report_url,governance_and_leadership,staff,"
    "partnerships_and_services,information_and_facilities,assessment,planning,"
    "implementation_and_delivery,reviewing,outofcourt_disposal_policy_and_provision,"
    "resettlement_policy_and_provision,policy_and_provision,joint_working,"
    "partners_hips_and_services"
)
_TWICE_ROW = (
    "Bath and North East Somerset,bnesyjs,72.22,Good,"
    "https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/bnesyjs2025/,"
    "Good,Outstanding,{first},Good,Good,Outstanding,Good,Good,Good,Good,,,{second}"
)


@pytest.mark.parametrize(
    ("first", "second", "rating"),
    [
        ("Good", "", "good"),
        ("", "Good", "good"),
        ("Good", "Good", "good"),
        ("Good", "Inadequate", None),
    ],
)
def test_a_standard_rated_by_two_columns(first, second, rating):
    from yjinspect.importers.d2i import parse_d2i_csv

    result = parse_d2i_csv(_TWICE_HEADER + "\n" + _TWICE_ROW.format(first=first, second=second))
    (inspection,) = result.inspections
    (judgement,) = [j for j in inspection.judgements if j.area == "1.3"]
    assert judgement.rating == rating
    disagree = [p for p in result.warnings if "a second column rates 1.3" in p.message]
    if rating is None:
        # the columns disagree: neither is taken by guess
        assert judgement.status.value == "not-known"
        (problem,) = disagree
        assert problem.message == (
            "a second column rates 1.3 'Inadequate' where another rates it 'Good'; its rating "
            "is kept as not known"
        )
    else:
        assert disagree == []
