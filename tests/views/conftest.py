"""Fixtures of the view tests.

``anytown`` and ``anytown_plan``, for the committee-paper and workbook tests: an inspection on
the 2021 standards (court and out-of-court "Assessment" both rated, one standard not known) and
a plan answering it with dates to the day, the month and the year, progress updates, an
illustrative action, an action whose status is not known, a revised due date, and text a
spreadsheet would read as a formula. The records are made up for the tests; they describe no
real service."""

import pendulum
import pytest

import yjinspect as yj
from yjinspect.model.plan import Action, DueRevision, Milestone, ProgressUpdate, Theme

FORMULA = '=HYPERLINK("http://evil.example","click")'
PLUS = "+44 20 7946 0000"
MINUS = "-1 case a month"
AT = "@SUM(A1:A2)"


@pytest.fixture
def anytown():
    return yj.Inspection(
        id="anytown-2023",
        service=yj.Service(name="Anytown Youth Justice Service", local_authority="Anytown"),
        framework="hmip-youth-2021",
        inspection_kind="standards",
        fieldwork_start="2023-05-08",
        published="2023-08",
        judgements=(
            yj.Judgement(area="1.1", rating="good"),
            yj.Judgement(area="2.1", rating="good", summary="Court work was assessed well."),
            yj.Judgement(area="3.1", rating="inadequate"),
            yj.Judgement(area="3.2", status="not-known"),
        ),
        findings=(
            yj.Finding(id="F1", kind="strength", text="Leaders know the service.", areas=("1.1",)),
            yj.Finding(
                id="F2",
                kind="area-for-improvement",
                text="Out-of-court assessments missed risks to others.",
                areas=("3.1",),
            ),
        ),
        recommendations=(
            yj.Recommendation(id="R1", text=FORMULA, addressee="management-board", areas=("3.1",)),
            yj.Recommendation(id="R2", areas=("1.1",)),
        ),
        sources=(
            yj.Source(title="A made-up report", url="https://example.org/anytown-2023"),
            yj.Source(title="A made-up note", url="javascript:alert(1)"),
        ),
    )


@pytest.fixture
def anytown_plan():
    return yj.ImprovementPlan(
        id="anytown-2023-plan",
        inspection="anytown-2023",
        title="Anytown improvement plan",
        board="Anytown Youth Justice Management Board",
        review_cadence=pendulum.duration(months=1),
        themes=(Theme(id="ooc", title="Out-of-court work"),),
        responses=(yj.RecommendationResponse(recommendation="R1", agreement="partly-agreed"),),
        actions=(
            Action(
                id="1a",
                text="Audit out-of-court assessments",
                theme="ooc",
                owner=PLUS,
                due="2023-11",
                covers=("F2", "R1"),
                status="in-progress",
                updates=(
                    ProgressUpdate(date="2023-10", rag="amber", note=MINUS),
                    ProgressUpdate(date="2023-12-04", rag="green", note="Audit done", value=80),
                ),
            ),
            Action(
                id="1b",
                text=AT,
                theme="ooc",
                due="2024",
                covers=("3.1",),
                illustrative=True,
            ),
            Action(
                id="1c",
                text="Train case managers",
                due=pendulum.Date(2023, 10, 31),
                revisions=(DueRevision(due="2024-01-31", reason="staff changes"),),
                covers=("3.1",),
                status="not-started",
            ),
        ),
        milestones=(Milestone(title="Mock inspection", due="2024-03"),),
    )
