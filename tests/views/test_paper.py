"""Committee papers: an inspection, a comparison and a plan's coverage, in Markdown and HTML."""

import re

import pendulum
import pytest

import yjinspect as yj
from yjinspect import report
from yjinspect._version import package_version

AS_OF = pendulum.Date(2023, 11, 15)


def _sections(markdown):
    return re.findall(r"^## (\d+)\. (.+)$", markdown, re.MULTILINE)


def _row(markdown, first_cell, after=""):
    """The cells of the first Markdown table row (after the text ``after``) that starts with
    ``first_cell``."""
    for line in markdown[markdown.index(after) :].splitlines():
        if line.startswith(f"| {first_cell} |"):
            return [c.strip() for c in line.strip("|").split(" | ")]
    raise AssertionError(f"no row {first_cell!r}")


@pytest.fixture(scope="module")
def bromley():
    return yj.examples.bromley()


def test_inspection_paper_reads_as_a_committee_paper(bromley):
    fji = bromley.get("bromley-2015-fji")
    paper = report.inspection_paper(
        fji, committee="Care Services PDS Committee", meeting_date=pendulum.Date(2015, 7, 22)
    )
    lines = paper.splitlines()
    assert lines[0] == (
        "# Bromley Youth Offending Service: findings of the HMIP Full Joint Inspection "
        "(youth offending), 2015"
    )
    assert lines[2:4] == [
        "- **Committee**: Care Services PDS Committee",
        "- **Date of meeting**: 2015-07-22",
    ]
    assert "- **Fieldwork**: from 2015-02-19 (last day not known)" in lines
    assert "- **Published**: 2015-05" in lines
    assert _sections(paper) == [
        ("1", "Reason for report"),
        ("2", "Summary"),
        ("3", "Ratings"),
        ("4", "Findings"),
        ("5", "Recommendations"),
        ("6", "Sources and background documents"),
        ("7", "About this paper"),
    ]
    # the Bromley paper's own count: four Poor, one Unsatisfactory, one Satisfactory
    assert "Of 6 rated areas: 4 Poor, 1 Unsatisfactory, 1 Satisfactory." in lines
    assert "The record holds 3 strengths, 4 areas for improvement and 1 recommendation." in lines
    assert _row(paper, "Governance and partnership")[1] == "Poor"
    assert _row(paper, "F7") == [
        "F7",
        "area for improvement",
        "Children and young people had to 'fit in' to a group work schedule whether it was the "
        "right time to deliver the work to them or not.",
        "Interventions to reduce reoffending",
    ]
    # the addressee is not recorded: said so, not filled in
    assert _row(paper, "R1")[2] == "not known"
    assert f"Written by yjinspect {package_version()} from the record of bromley-2015-fji." in paper


def test_the_meeting_is_left_out_when_not_given(bromley):
    paper = report.inspection_paper(bromley.get("bromley-2015-fji"))
    assert "Committee" not in paper
    assert "Date of meeting" not in paper


def test_standards_are_named_by_code_and_title_and_unknowns_said(anytown):
    paper = report.inspection_paper(anytown)
    assert _row(paper, "2.1 Assessment")[1:] == ["Good", "Court work was assessed well."]
    assert _row(paper, "3.1 Assessment")[1] == "Inadequate"
    assert _row(paper, "3.2 Planning")[1] == "not known"
    assert _row(paper, "1.2 Staff")[1] == "not known (not in the record)"
    assert _row(paper, "F2")[3] == "3.1 Assessment"
    assert "Of 13 rated areas: 1 Inadequate, 2 Good, 10 not known." in paper
    assert "No overall rating is recorded." in paper
    assert _row(paper, "R2")[1:3] == ["not known (the wording is not recorded)", "not known"]
    assert _row(paper, "R1")[2] == "management board"


def test_published_and_derived_overall_ratings(bromley):
    latest = bromley.get("bromley-2025-standards")
    paper = report.inspection_paper(latest)
    assert "Published overall rating: Outstanding (score 33/36)." in paper
    # its standards are not recorded one by one: "not known", never filled in from the count
    assert "Of 13 rated areas: 1 Outstanding, 12 not known." in paper
    assert "Rating counts: good or outstanding in 13 of 13." in paper
    assert _row(paper, "2.1 Assessment")[1] == "not known (not in the record)"


def test_coverage_paper_sets_the_plan_beside_the_inspection(anytown, anytown_plan):
    paper = report.coverage_paper(
        anytown_plan, anytown, as_of=AS_OF, committee="Anytown Scrutiny Committee"
    )
    assert paper.splitlines()[0].endswith(", 2023, and the improvement plan")
    assert "- **Position as of**: 2023-11-15" in paper
    assert [title for _n, title in _sections(paper)] == [
        "Reason for report",
        "Summary",
        "Ratings",
        "Findings",
        "Recommendations",
        "The improvement plan",
        "Actions",
        "Milestones",
        "What the plan leaves open",
        "Sources and background documents",
        "About this paper",
    ]
    assert _row(paper, "R1")[4] == "partly agreed"
    assert _row(paper, "R2")[4] == "no response recorded"
    assert _row(paper, "3.1 Assessment", after="Coverage by judgement area") == [
        "3.1 Assessment",
        "Inadequate",
        "3 of 3 (100%)",
        "1a, 1b, 1c",
    ]
    # illustrative actions are marked, and the mark explained
    assert _row(paper, "1b \\@SUM(A1\\:A2) (illustrative)")[2] == "not known"
    assert "(illustrative): an action written as an illustration" in paper
    assert _row(paper, "1a Audit out-of-court assessments")[3:7] == [
        "2023-11",
        "in progress",
        "2023-10",
        "amber",
    ]
    assert _row(paper, "1c Train case managers")[7] == (
        "no recent update, due date moved from 2023-10-31"
    )
    assert "- no action answers recommendation R2 (wording not known)" in paper
    assert (
        "- area 3.2: the rating is not known, so whether it needs answering is not known" in paper
    )
    assert "Improvement plan anytown-2023-plan: no source is recorded." in paper


def test_coverage_paper_without_a_date_assesses_no_state(anytown, anytown_plan):
    paper = report.coverage_paper(anytown_plan, anytown)
    assert "Position as of" not in paper
    assert "No date given: the state of each action is not assessed." in paper


def test_coverage_paper_of_a_plan_whose_actions_are_not_recorded(anytown):
    bare = yj.ImprovementPlan(id="p", inspection="anytown-2023", title="Plan")
    paper = report.coverage_paper(bare, anytown)
    assert "what p answers of anytown-2023 is not known: its actions are not in the record" in paper
    assert "## 7. Actions" not in paper


def test_comparison_paper_area_by_area(bromley):
    earlier, later = bromley.get("bromley-2015-fji"), bromley.get("bromley-2016-fji-reinspection")
    paper = report.comparison_paper(earlier, later)
    assert paper.startswith(
        "# Bromley Youth Offending Service: what changed between two inspections\n"
    )
    assert [title for _n, title in _sections(paper)] == [
        "Reason for report",
        "Summary",
        "Ratings area by area",
        "What is not known",
        "Sources and background documents",
        "About this paper",
    ]
    assert "5 improved, 0 declined, 0 unchanged, 1 not known." in paper
    assert _row(paper, "Reducing reoffending")[1:] == [
        "Poor",
        "Satisfactory",
        "Improved (+2 steps)",
    ]
    assert _row(paper, "Interventions to reduce reoffending")[1:] == [
        "Poor",
        "not known",
        "Not known",
    ]
    assert "**Did it improve? Yes (approximately)." in paper
    assert "Inspection bromley-2016-fji-reinspection:" in paper


def test_comparison_paper_without_a_crosswalk_answers_what_it_can(bromley):
    cci, fji = bromley.get("bromley-2012-cci"), bromley.get("bromley-2015-fji")
    paper = report.comparison_paper(cci, fji)
    assert "There is no area-by-area comparison: no crosswalk leads from 'hmip-cci-2009'" in paper
    assert "**Did it improve? No, it declined (approximately)." in paper
    # each side's ratings are given instead
    assert _row(paper, "Safeguarding")[1] == "Minimum improvement (81%)"
    assert _row(paper, "Governance and partnership")[1] == "Poor"
    assert "## 4. Recommendations of the later inspection (bromley-2015-fji)" in paper


def test_comparison_paper_refuses_what_compare_refuses(bromley, anytown):
    fji = bromley.get("bromley-2015-fji")
    other = anytown
    with pytest.raises(yj.analysis.DifferentServices):
        report.comparison_paper(fji, other)
    paper = report.comparison_paper(fji, other, allow_different_services=True)
    assert paper.startswith(
        "# Bromley Youth Offending Service and Anytown Youth Justice Service: two inspections "
        "compared\n"
    )


def test_html_papers_are_whole_pages_with_ratings_in_colour_and_words(
    bromley, anytown, anytown_plan
):
    page = report.coverage_paper(anytown_plan, anytown, as_of=AS_OF, format="html")
    assert page.startswith("<!DOCTYPE html>")
    assert "<h2>6. The improvement plan</h2>" in page
    # Inadequate on the worst colour, with the word
    assert re.search(r'<td style="background:#d55e00;[^"]*">Inadequate</td>', page)
    assert "1b @SUM(A1:A2) (illustrative)" in page
    assert "<a href='https://example.org/anytown-2023'>A made-up report</a>" in page
    assert "href='javascript" not in page
    assert "A made-up note (javascript:alert(1))" in page
    for fn in (report.inspection_paper,):
        assert fn(bromley.get("bromley-2015-fji"), format="html").endswith("</html>\n")
    html = report.comparison_paper(
        bromley.get("bromley-2015-fji"), bromley.get("bromley-2016-fji-reinspection"), format="html"
    )
    assert "<h2>3. Ratings area by area</h2>" in html


@pytest.mark.parametrize("fmt", ["text", "xlsx", "pdf"])
def test_an_unknown_format_is_refused(bromley, fmt):
    fji = bromley.get("bromley-2015-fji")
    with pytest.raises(ValueError, match="expected one of: markdown, html"):
        report.inspection_paper(fji, format=fmt)
    with pytest.raises(ValueError, match="expected one of: markdown, html"):
        report.comparison_paper(fji, bromley.get("bromley-2016-fji-reinspection"), format=fmt)
    with pytest.raises(ValueError, match="expected one of: markdown, html"):
        report.coverage_paper(yj.examples.bromley_plan(), fji, format=fmt)


def test_a_plan_for_another_inspection_is_refused(anytown):
    with pytest.raises(ValueError, match="answers 'bromley-2015-fji', not 'anytown-2023'"):
        report.coverage_paper(yj.examples.bromley_plan(), anytown)


def test_html_paper_gives_the_verdict_in_bold_once_and_keeps_dates_unbroken(anytown, anytown_plan):
    page = report.coverage_paper(anytown_plan, anytown, as_of=AS_OF, format="html")
    verdicts = re.findall(r"<p>(?:<b>)?[^<]*anytown-2023-plan leaves gaps", page)
    # in the summary (in bold) and in the plan's section (not in bold)
    assert verdicts == [
        "<p><b>The improvement plan: anytown-2023-plan leaves gaps",
        "<p>anytown-2023-plan leaves gaps",
    ]
    markdown = report.coverage_paper(anytown_plan, anytown, as_of=AS_OF)
    assert markdown.count("**The improvement plan: ") == 1
    assert "**anytown-2023-plan leaves gaps" not in markdown
    # a date in a narrow column is not broken at its hyphen ("2023-" above "11")
    nowrap = "<span style='white-space:nowrap'>{}</span>"
    assert f'<td style="padding:2px 6px">{nowrap.format("2023-11")}</td>' in page
    assert f'<td style="padding:2px 6px">{nowrap.format("2024-01-31")}</td>' in page
    assert "due date moved from " + nowrap.format("2023-10-31") in page
    assert f"<li><b>Published</b>: {nowrap.format('2023-08')}</li>" in page
