import csv
import re

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect import InvalidDocument, JudgementStatus, PartialDate, Severity
from yjinspect.importers import D2I_CSV, parse_d2i_csv, read_d2i_csv

RESULT = read_d2i_csv(D2I_CSV)
HEADER = (
    "la_name,la_ref,score_%,overall_rating,publication_date,report_url,staff,"
    "partnerships_and_services,information_and_facilities,assessment,planning,reviewing,"
    "implementation_and_delivery,resettlement_policy_and_provision,governance_and_leadership,"
    "outofcourt_disposal_policy_and_provision,policy_and_provision,joint_working"
)


def by_name(name, result=RESULT):
    (insp,) = [i for i in result.inspections if i.service.name == name]
    return insp


def rating(insp, area):
    j = insp.judgement(area)
    return j.rating if j.status is JudgementStatus.RATED else j.status.value


def one(rows, **kw):
    return parse_d2i_csv(HEADER + "\n" + "\n".join(rows) + "\n", **kw)


# -- every row of the shipped CSV ------------------------------------------------------------------
def test_every_row_is_imported_or_reported_with_a_reason():
    with open(D2I_CSV, newline="", encoding="utf-8") as fh:
        data_rows = len(list(csv.reader(fh))) - 1
    assert data_rows == 83
    assert sorted(RESULT.rows) == list(range(2, 85))  # spreadsheet rows 2..84
    assert len(RESULT.inspections) == 79
    assert RESULT.skipped == (67, 69, 73, 77)
    for n in RESULT.skipped:
        errors = [p for p in RESULT.problems_for(n) if p.severity is Severity.ERROR]
        assert len(errors) == 1
        assert "left out" in errors[0].message
    for n, ident in RESULT.rows.items():
        if ident is not None:
            assert not [p for p in RESULT.problems_for(n) if p.severity is Severity.ERROR]
    assert {i.id for i in RESULT.inspections} == {i for i in RESULT.rows.values() if i}
    assert str(RESULT) == (
        "83 row(s): 79 inspection(s) read, 4 row(s) left out; 4 error(s), 11 warning(s)"
    )


def test_left_out_rows_are_the_ones_the_date_cannot_place():
    names = {
        n: p.path
        for n in RESULT.skipped
        for p in RESULT.problems_for(n)
        if p.severity is Severity.ERROR
    }
    assert names == {
        67: "row 67 (Bridgend)",
        69: "row 69 (West Mercia)",
        73: "row 73 (Swansea)",
        77: "row 77 (Harrow)",
    }
    msg = RESULT.problems_for(77)[0].message
    assert "hmip-youth-2018, hmip-youth-2021" in msg
    assert "not guessed" in msg


def test_problem_paths_name_row_and_service():
    pattern = re.compile(r"^(row \d+ \([^)]+\)( \[[^\]]+\])?|header \[[^\]]+\])$")
    assert all(pattern.match(p.path) for p in RESULT.problems), [p.path for p in RESULT.problems]


def test_rows_that_disagree_with_their_own_score():
    score_faults = {
        p.path
        for p in RESULT.problems
        if p.path.endswith("[score_%]") or "band of its own score" in p.message
    }
    assert score_faults == {
        "row 8 (Ceredigion) [score_%]",
        "row 65 (West Sussex) [overall_rating]",
        "row 67 (Bridgend) [score_%]",
    }
    # a mis-parsed score is not checked against the printed overall
    assert any("probably a mis-parse" in p.message for p in RESULT.problems_for(67))
    assert "4.17% of 36 is 1.50" in RESULT.problems_for(8)[0].message
    assert by_name("Ceredigion").published_score is None
    ws = by_name("West Sussex")
    assert (ws.published_overall, ws.published_score) == ("requires-improvement", 26)


def test_overall_label_that_is_footnote_text():
    (p,) = RESULT.problems_for(66)
    assert p.path == "row 66 (Portsmouth) [overall_rating]"
    assert "The resettlement standard does not" in p.message
    pm = by_name("Portsmouth")
    assert pm.published_overall is None
    assert pm.published_score == 22


def test_validate_reports_the_published_overall_against_the_score_band():
    problems = yj.validate(by_name("West Sussex"))
    assert [(p.path, p.severity) for p in problems] == [("$.published_overall", Severity.WARNING)]
    assert "band of the published score 26/36 ('Good')" in problems[0].message
    assert yj.validate(by_name("Bromley")) == ()


def test_validate_on_every_imported_row_finds_only_west_sussex():
    found = [(i.id, p.path) for i in RESULT.inspections for p in yj.validate(i)]
    assert found == [("west-sussex-yjs-2022-06-22", "$.published_overall")]


def test_validate_checks_a_partial_record_score_against_its_known_ratings():
    barnet = by_name("Barnet", one(["Barnet,barnet,,,01/03/24,,Inadequate,,,,,,,,,,,"]))
    too_high = attrs.evolve(barnet, published_score=36, published_overall="outstanding")
    (p,) = yj.validate(too_high)
    assert p.path == "$.published_score"
    assert p.severity is Severity.WARNING
    assert "outside the 0-33 that the known ratings allow (11 scored standard(s) not known)" in (
        p.message
    )
    assert (
        yj.validate(attrs.evolve(barnet, published_score=33, published_overall="outstanding")) == ()
    )


def test_imported_inspections_are_valid_documents():
    for insp in RESULT.inspections:
        assert not [p for p in yj.validate(insp) if p.severity is Severity.ERROR]
    corpus = yj.Corpus(inspections=RESULT.inspections, title="D2I")
    assert yj.loads(yj.dumps(corpus)) == corpus


# -- what one row becomes --------------------------------------------------------------------------
def test_bromley_row():
    b = by_name("Bromley")
    assert b.id == "bromleyyjs-2025-01-07"
    assert b.framework == "hmip-youth-2021"
    assert b.published == PartialDate(2025, 1, 7)
    assert (b.published_overall, b.published_score) == ("outstanding", 33)
    assert b.service.codes == {"d2i": "bromleyyjs"}
    assert rating(b, "1.1") == "outstanding"
    assert rating(b, "1.3") == "good"
    assert rating(b, "2.4") == "outstanding"  # 'reviewing' names only 2.4
    assert rating(b, "3.4") == "outstanding"
    assert rating(b, "4.1") == "outstanding"
    for shared in ("2.1", "2.2", "2.3", "3.1", "3.2", "3.3"):
        assert rating(b, shared) == "not-known"
    assert RESULT.unassigned[b.id] == {
        "assessment": "Outstanding",
        "planning": "Outstanding",
        "implementation_and_delivery": "Outstanding",
    }
    assert "assessment = Outstanding (one of 2.1 / 3.1)" in b.notes
    assert b.sources[0].url.endswith("/bromleyyjs2025/")


def test_blank_is_not_known():
    n = by_name("Newcastle")
    assert rating(n, "1.1") == "not-known"  # governance_and_leadership is blank
    assert rating(n, "4.1") == "good"
    assert rating(n, "2.4") == "inadequate"
    assert len(n.judgements) == 13  # every rated area, known or not


def test_ambiguous_columns_reported_once_per_framework():
    header_problems = sorted(p.path for p in RESULT.problems if p.path.startswith("header"))
    assert header_problems == [
        "header [assessment]",
        "header [assessment]",
        "header [implementation_and_delivery]",
        "header [implementation_and_delivery]",
        "header [planning]",
        "header [planning]",
        "header [policy_and_provision]",
    ]
    msg = next(
        p.message
        for p in RESULT.problems
        if p.path == "header [assessment]" and "hmip-youth-2021" in p.message
    )
    assert "2.1 and 3.1" in msg
    assert "68 row(s)" in msg


def test_framework_follows_the_date_and_the_rows_own_columns():
    kc = by_name("Kensington and Chelsea")  # published 09/03/21, rates joint_working
    assert kc.framework == "hmip-youth-2018"
    assert rating(kc, "3.4") == "outstanding"
    assert "joint_working fit only hmip-youth-2018" in kc.notes
    wirral = by_name("Wirral")  # published 26/10/21, rates the 2021 3.4
    assert wirral.framework == "hmip-youth-2021"
    assert rating(wirral, "3.4") == "good"
    # only 'policy_and_provision', a name of both the 2021 3.4 and 4.1: the framework is
    # decided (2018 has neither), the standard is not
    wakefield = by_name("Wakefield")
    assert wakefield.framework == "hmip-youth-2021"
    assert rating(wakefield, "3.4") == "not-known"
    assert rating(wakefield, "4.1") == "not-known"
    assert RESULT.unassigned[wakefield.id]["policy_and_provision"] == "Good"
    devon = by_name("Devon")  # November 2022: only the 2021 standards were in use
    assert devon.framework == "hmip-youth-2021"
    assert "the only one in use" in devon.notes
    frameworks = {i.framework for i in RESULT.inspections}
    assert frameworks == {"hmip-youth-2018", "hmip-youth-2021"}


def test_max_lag_changes_what_the_date_allows():
    shorter = read_d2i_csv(D2I_CSV, max_lag=pendulum.duration(months=3))
    assert shorter.skipped == (73, 77)  # Swansea (Feb 2022) and Harrow (Dec 2021)
    bridgend = by_name("Bridgend", shorter)
    assert bridgend.framework == "hmip-youth-2021"
    assert bridgend.published_score is None


# -- synthetic rows --------------------------------------------------------------------------------
def test_bad_date_never_raises_and_the_import_goes_on():
    r = one(
        [
            "Barnet,barnet,50.0,Requires Improvement,31/02/24,,Good,,,,,,,,,,,",
            "Bexley,bexley,50.0,Requires Improvement,not a date,,Good,,,,,,,,,,,",
            "Bolton,bolton,50.0,Requires Improvement,01/03/24,,Good,,,,,,,,,,,",
        ]
    )
    # without a date (and no year in the URL) a row rating only "staff" could be of any of
    # the three frameworks: it is left out as uncertain, naming them
    assert r.skipped == (2, 3)
    assert [p.path for p in r.errors] == ["row 2 (Barnet)", "row 3 (Bexley)"]
    assert r.uncertain == {
        2: ("hmip-youth-2018", "hmip-youth-2021", "hmip-youth-2025"),
        3: ("hmip-youth-2018", "hmip-youth-2021", "hmip-youth-2025"),
    }
    assert "uncertain and not guessed" in r.errors[0].message
    (date_warning,) = [p for p in r.problems_for(2) if p.path.endswith("[publication_date]")]
    assert "'31/02/24'" in date_warning.message
    assert "not known" in date_warning.message
    assert [i.id for i in r.inspections] == ["bolton-2024-03-01"]


def test_other_dates_and_formats():
    r = one(
        [
            "Early,early,,,14/05/2019,,Good,,,,,,,,,,,",
            "Before,before,,,01/01/2017,,Good,,,,,,,,,,,",
            "Iso,iso,,,2023-06-30,,Good,,,,,,,,,,,",
        ]
    )
    assert by_name("Early", r).framework == "hmip-youth-2018"
    assert by_name("Iso", r).framework == "hmip-youth-2021"
    assert r.skipped == (3,)
    assert "falls in the period of none of" in r.errors[0].message


def test_values_not_on_the_scale_and_bad_scores():
    r = one(
        [
            "Barnet,barnet,abc,Great,01/03/24,,Satisfactory,,,,,,,,,,,",
            "Bexley,bexley,150,,01/03/24,,,,,,,,,,,,,",
        ]
    )
    assert r.skipped == ()
    paths = [p.path for p in r.problems]
    assert paths == [
        "row 2 (Barnet) [staff]",
        "row 2 (Barnet) [overall_rating]",
        "row 2 (Barnet) [score_%]",
        "row 3 (Bexley) [score_%]",
    ]
    barnet = by_name("Barnet", r)
    assert rating(barnet, "1.2") == "not-known"
    assert (barnet.published_overall, barnet.published_score) == (None, None)


def test_score_outside_what_the_rows_ratings_allow():
    # 1.2 Inadequate (0) known, eleven standards unknown: at most 33 points, but 100% is 36
    r = one(["Barnet,barnet,100.0,Outstanding,01/03/24,,Inadequate,,,,,,,,,,,"])
    (p,) = r.problems
    assert p.path == "row 2 (Barnet) [score_%]"
    assert "allow a score from 0 to 33" in p.message
    # an unassigned shared-name value still counts towards the lower bound
    r = one(["Bexley,bexley,0.0,Inadequate,01/03/24,,,,,Good,,,,,,,,"])
    assert [p.path for p in r.problems] == ["row 2 (Bexley) [score_%]", "header [assessment]"]
    assert "from 2 to 35" in r.problems[0].message


def test_ragged_rows_blank_names_duplicates_and_bom():
    text = (
        "\ufeff"
        + HEADER
        + "\n"
        + "\n".join(
            [
                "Barnet,barnet,50.0,Requires Improvement,01/03/24",
                ",,50.0,Requires Improvement,01/03/24,,,,,,,,,,,,,",
                "Barnet,barnet,50.0,Requires Improvement,01/03/24,,,,,,,,,,,,,",
                "",
            ]
        )
    )
    r = parse_d2i_csv(text)
    assert [i.id for i in r.inspections] == ["barnet-2024-03-01", "barnet-2024-03-01-2"]
    assert r.skipped == (3,)
    assert r.problems[0].path == "row 2 (Barnet)"
    assert "expected 18 cells, found 5" in r.problems[0].message
    assert r.problems[1].path == "row 3 (no name) [la_name]"


def test_unknown_column_is_reported_once_and_kept():
    text = HEADER + ",victims\nBarnet,barnet,,,01/03/24,,,,,,,,,,,,,,Good\n"
    r = parse_d2i_csv(text)
    assert [p.path for p in r.problems] == ["header [victims]"]
    assert r.unassigned["barnet-2024-03-01"] == {"victims": "Good"}


def test_header_without_the_d2i_columns_is_a_file_error():
    with pytest.raises(yj.InvalidDocument, match="missing: score_%"):
        parse_d2i_csv("la_name,la_ref\nA,a\n")
    with pytest.raises(yj.InvalidDocument, match="empty"):
        parse_d2i_csv("")


cell = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"
    ),
    max_size=12,
) | st.sampled_from(["Good", "Outstanding", "Inadequate", "01/03/24", "31/12/21", "44.44", ""])


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(cell, min_size=1, max_size=20), min_size=1, max_size=6))
def test_any_rows_never_raise_and_every_row_is_accounted_for(rows):
    lines = [",".join('"' + c.replace('"', '""') + '"' for c in cells) for cells in rows]
    text = HEADER + "\n" + "\n".join(lines) + "\n"
    r = parse_d2i_csv(text)
    expected = {n for n, cells in enumerate(rows, start=2) if any(c.strip() for c in cells)}
    assert set(r.rows) == expected
    assert len(r.inspections) + len(r.skipped) == len(r.rows)
    for n in r.skipped:
        assert any(p.severity is Severity.ERROR for p in r.problems_for(n))
    for insp in r.inspections:
        assert insp.framework in ("hmip-youth-2018", "hmip-youth-2021")


def test_non_utf8_file_is_an_invalid_document(tmp_path):
    path = tmp_path / "latin1.csv"
    header = D2I_CSV.read_text(encoding="utf-8").splitlines()[0]
    path.write_bytes(
        (header + "\nCaf\xe9,cafe,50.0,Good,01/02/24,,,,,,,,,,,,,\n").encode("latin-1")
    )
    with pytest.raises(InvalidDocument) as info:
        read_d2i_csv(path)
    [problem] = info.value.problems
    assert problem.path == "row 2"
    assert "expected UTF-8 text, found the byte 0xe9" in problem.message


def test_duplicated_row_is_reported():
    row = "Barnet,barnet,50.0,Requires Improvement,01/03/24,,Good,,,,,,,,,,,"
    r = one([row, row])
    ids = [i.id for i in r.inspections]
    assert len(ids) == 2
    assert ids[1] == ids[0] + "-2"
    dup = [p for p in r.problems if "same service and publication date" in p.message]
    assert [p.path for p in dup] == ["row 3 (Barnet)"]
