"""Plan coverage and effectiveness."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs
import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect.analysis import Change, CoverageItem, GapKind, ItemKind
from yjinspect.model import (
    RAG,
    Action,
    ActionStatus,
    FindingKind,
    ImprovementPlan,
    MilestoneStatus,
    PartialDate,
    ProgressUpdate,
    Theme,
)
from yjinspect.testing._plan_strategies import actions, inspections_and_plans, plan_inspections

D = pendulum.Date
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def series() -> yj.Corpus:
    return yj.examples.bromley()


def fji_2015() -> yj.Inspection:
    return series().get("bromley-2015-fji")


def must_answer(inspection: yj.Inspection) -> set[tuple[str, str]]:
    fw = yj.frameworks.get(inspection.framework)
    out = {("recommendation", r.id) for r in inspection.recommendations}
    out |= {
        ("finding", f.id) for f in inspection.findings if f.kind is FindingKind.AREA_FOR_IMPROVEMENT
    }
    for j in inspection.judgements:
        if j.rating is not None and fw.scale.level(j.rating).concern:
            out.add(("area", j.area))
    return out


def keys(items: Iterable[CoverageItem]) -> set[tuple[str, str]]:
    return {(i.kind.value, i.id) for i in items}


# -- properties --------------------------------------------------------------------------------
@SETTINGS
@given(st.data())
def test_adding_an_action_never_uncovers_anything(data: st.DataObject) -> None:
    inspection, plan = data.draw(inspections_and_plans(coverage="partial"))
    pool = sorted({r.id for r in inspection.recommendations} | {f.id for f in inspection.findings})
    pool += [a.code for a in yj.frameworks.get(inspection.framework).areas][:6]
    refs = data.draw(st.lists(st.sampled_from(pool), max_size=3, unique=True))
    extra = data.draw(actions(id="99z", covers=tuple(refs)))
    before = yj.coverage(plan, inspection)
    after = yj.coverage(attrs.evolve(plan, actions=(*plan.actions, extra)), inspection)
    assert keys(before.covered) <= keys(after.covered)
    later = {a.area: a for a in after.areas}
    for a in before.areas:
        assert later[a.area].count >= a.count
        assert set(a.covered) <= set(later[a.area].covered)
    if extra.status is not ActionStatus.DROPPED:
        for ref in refs:
            for item in after.items:
                if item.id == ref and item.kind is not ItemKind.AREA:
                    assert "99z" in item.actions


@SETTINGS
@given(plan_inspections())
def test_a_plan_whose_actions_are_not_recorded_is_not_known(inspection: yj.Inspection) -> None:
    plan = ImprovementPlan(id="empty", inspection=inspection.id, title="Nothing recorded")
    cov = yj.coverage(plan, inspection)
    assert not cov.known
    assert keys(cov.items) == must_answer(inspection)
    assert cov.uncovered == ()
    assert cov.covered == ()
    assert cov.no_response == ()
    assert cov.complete_coverage is False
    assert [g.kind for g in cov.problems] == [GapKind.ACTIONS_NOT_RECORDED]
    assert "not known" in cov.verdict()
    assert "unanswered" not in cov.verdict()


@SETTINGS
@given(inspections_and_plans(coverage="full"))
def test_full_plans_answer_everything(pair: tuple[yj.Inspection, ImprovementPlan]) -> None:
    inspection, plan = pair
    cov = yj.coverage(plan, inspection)
    assert cov.uncovered == ()
    assert keys(cov.items) == must_answer(inspection)
    assert cov.dangling == ()
    assert cov.complete_coverage
    assert all(a.share in (None, 1.0) for a in cov.areas)


@SETTINGS
@given(inspections_and_plans(coverage="none"))
def test_plans_answering_nothing_cover_nothing(pair: tuple[yj.Inspection, ImprovementPlan]) -> None:
    inspection, plan = pair
    cov = yj.coverage(plan, inspection)
    assert cov.covered == ()
    assert keys(cov.uncovered) == must_answer(inspection)


@SETTINGS
@given(inspections_and_plans(coverage="partial", dangling=True))
def test_dangling_references_are_reported_not_raised(
    pair: tuple[yj.Inspection, ImprovementPlan],
) -> None:
    inspection, plan = pair
    cov = yj.coverage(plan, inspection)
    ghosts = [r for a in plan.actions for r in a.covers if r.startswith("zz-missing-")]
    assert ghosts
    assert {d.ref for d in cov.dangling} >= set(ghosts)
    assert not cov.complete_coverage
    holder = plan.actions[-1]
    assert any(
        g.kind is GapKind.DANGLING and g.id == holder.id and holder.covers[0] in g.message
        for g in cov.problems
    )
    assert "dangling reference" in cov.verdict()


# -- the Bromley plan --------------------------------------------------------------------------
def test_bromley_plan_covers_the_2015_inspection_area_by_area() -> None:
    cov = yj.coverage(yj.examples.bromley_plan(), fji_2015())
    assert cov.complete_coverage
    assert [(i.kind.value, i.id) for i in cov.items] == [
        ("recommendation", "R1"),
        ("finding", "F2"),
        ("finding", "F3"),
        ("finding", "F6"),
        ("finding", "F7"),
        ("area", "reducing-reoffending"),
        ("area", "protecting-the-public"),
        ("area", "protecting-children"),
        ("area", "governance-and-partnership"),
        ("area", "interventions"),
    ]
    rows = {
        a.area: (a.rating, a.concern, a.items, a.covered, a.actions, a.share) for a in cov.areas
    }
    assert rows == {
        "reducing-reoffending": (
            "Poor",
            True,
            ("reducing-reoffending",),
            ("reducing-reoffending",),
            ("2c", "4b"),
            1.0,
        ),
        "protecting-the-public": (
            "Poor",
            True,
            ("protecting-the-public", "F2"),
            ("protecting-the-public", "F2"),
            ("2a",),
            1.0,
        ),
        "protecting-children": (
            "Unsatisfactory",
            True,
            ("protecting-children", "F3"),
            ("protecting-children", "F3"),
            ("2b", "3a"),
            1.0,
        ),
        "sentence-served": ("Satisfactory", False, (), (), (), None),
        "governance-and-partnership": (
            "Poor",
            True,
            ("governance-and-partnership", "R1", "F6"),
            ("governance-and-partnership", "R1", "F6"),
            ("1a",),
            1.0,
        ),
        "interventions": (
            "Poor",
            True,
            ("interventions", "F7"),
            ("interventions", "F7"),
            ("4a", "4b"),
            1.0,
        ),
    }
    assert [(t.theme, t.count, t.total, t.actions) for t in cov.themes] == [
        ("leadership", 3, 3, ("1a",)),
        ("quality", 5, 5, ("2a", "2b", "2c")),
        ("looked-after-children", 1, 1, ("3a",)),
        ("voice", 3, 3, ("4a", "4b")),
    ]
    assert cov.item("R1").agreement is yj.Agreement.AGREED
    assert cov.problems == ()
    assert str(cov).splitlines()[0] == (
        "bromley-2015-plan answers all 10 items of bromley-2015-fji (1 recommendation, "
        "4 areas for improvement, 5 judgements of concern) with 7 actions"
    )


def test_bromley_plan_as_of_the_mock_inspection() -> None:
    cov = yj.coverage(yj.examples.bromley_plan(), fji_2015(), as_of=D(2016, 2, 1))
    assert [a.id for a in cov.overdue] == ["2a", "2b", "2c", "3a", "4a", "4b"]
    assert [a.id for a in cov.complete] == ["1a"]
    assert cov.due_soon == ()
    assert [a.id for a in cov.stale] == ["2a", "2b", "2c", "3a", "4a", "4b"]
    # The record does not say whether or when the mock inspection took place: never overdue.
    mock = yj.examples.bromley_plan().milestones[0]
    assert mock.title == "YJB mock inspection"
    assert mock.status is MilestoneStatus.NOT_KNOWN
    assert mock.done is None
    assert cov.milestones_overdue == ()
    lines = [str(p) for p in cov.problems]
    assert (
        "action 2a 'Audit the assessment of the risk each child or young person poses to "
        "others a...' was due 2015-12-31 and is in progress"
    ) in lines
    assert not [line for line in lines if "milestone" in line]


@pytest.mark.parametrize(
    ("status", "overdue"),
    [
        (MilestoneStatus.PENDING, True),
        (MilestoneStatus.DONE, False),
        (MilestoneStatus.NOT_KNOWN, False),
    ],
)
def test_only_pending_milestones_are_overdue(status: MilestoneStatus, overdue: bool) -> None:
    plan = yj.examples.bromley_plan()
    mock = attrs.evolve(plan.milestones[0], status=status)
    plan = attrs.evolve(plan, milestones=(mock, *plan.milestones[1:]))
    cov = yj.coverage(plan, fji_2015(), as_of=D(2016, 2, 1))
    assert [m.title for m in cov.milestones_overdue] == (["YJB mock inspection"] if overdue else [])
    message = "milestone 'YJB mock inspection' was due by 2016-01-31; it is not recorded as done"
    assert (message in [str(p) for p in cov.problems]) is overdue
    # A day inside January: not yet late, whatever the status.
    jan = yj.coverage(plan, fji_2015(), as_of=D(2016, 1, 31))
    assert jan.milestones_overdue == ()


def reinspection_plan() -> ImprovementPlan:
    """A plan answering the 2016 re-inspection, whose interventions rating is not known."""
    return ImprovementPlan(
        id="bromley-2016-plan",
        inspection="bromley-2016-fji-reinspection",
        title="Post re-inspection plan",
        actions=(
            Action(id="1a", text="Keep the board's grip", covers=("governance-and-partnership",)),
        ),
    )


def test_a_rating_not_known_is_reported_not_settled() -> None:
    reinspection = series().get("bromley-2016-fji-reinspection")
    assert reinspection.judgement("interventions").status is yj.JudgementStatus.NOT_KNOWN
    cov = yj.coverage(reinspection_plan(), reinspection)
    assert cov.not_known == ("interventions",)
    assert cov.items == ()  # nothing rated of concern, but one rating not known
    verdict = cov.verdict()
    assert verdict.endswith(
        "; 1 area's rating not known, so whether it needs answering is not known"
    )
    area = cov.area("interventions")
    assert area.rating is None
    assert area.rating_known is False
    assert cov.area("reducing-reoffending").rating_known is True
    assert "  Interventions to reduce reoffending (rating not known): 0 of 0 covered" in str(cov)
    gaps = [p for p in cov.problems if p.kind is GapKind.RATING_NOT_KNOWN]
    assert [(g.id, g.message) for g in gaps] == [
        (
            "interventions",
            "area interventions: the rating is not known, so whether it needs answering is not "
            "known",
        )
    ]
    html = cov._repr_html_()
    assert "1 area&#x27;s rating not known" in html
    assert "<td>not known</td>" in html
    frame = cov.to_frame("areas")
    known = {area: bool(v) for area, v in zip(frame["area"], frame["rating_known"], strict=True)}
    assert [area for area, v in known.items() if not v] == ["interventions"]
    problems = cov.to_frame("problems")
    assert list(problems["kind"]) == ["rating-not-known"]


def test_two_ratings_not_known_are_counted_in_the_verdict() -> None:
    reinspection = series().get("bromley-2016-fji-reinspection")
    judgements = tuple(
        yj.Judgement(area=j.area, status=yj.JudgementStatus.NOT_KNOWN)
        if j.area == "sentence-served"
        else j
        for j in reinspection.judgements
    )
    cov = yj.coverage(reinspection_plan(), attrs.evolve(reinspection, judgements=judgements))
    assert cov.not_known == ("sentence-served", "interventions")
    assert cov.verdict().endswith(
        "; 2 areas' ratings not known, so whether they need answering is not known"
    )


def test_as_of_takes_a_datetime_date() -> None:
    import datetime

    plan = yj.examples.bromley_plan()
    cov = yj.coverage(plan, fji_2015(), as_of=datetime.date(2016, 2, 1))
    assert type(cov.as_of) is pendulum.Date
    assert cov.as_of == D(2016, 2, 1)
    assert cov == yj.coverage(plan, fji_2015(), as_of=D(2016, 2, 1))


@pytest.mark.parametrize("bad", ["2016-02-01", 20160201, pendulum.datetime(2016, 2, 1), object()])
def test_as_of_refuses_anything_but_a_date(bad: object) -> None:
    with pytest.raises(TypeError, match="as_of must be a date"):
        yj.coverage(yj.examples.bromley_plan(), fji_2015(), as_of=bad)  # type: ignore[arg-type]


def test_bromley_plan_effectiveness_against_the_reinspection() -> None:
    eff = yj.effectiveness(
        yj.examples.bromley_plan(), fji_2015(), series().get("bromley-2016-fji-reinspection")
    )
    rows = {
        a.area: (
            a.covered,
            a.before.label if a.before else None,
            a.after.label if a.after else None,
            a.change,
        )
        for a in eff.areas
    }
    assert rows == {
        "reducing-reoffending": (True, "Poor", "Satisfactory", Change.IMPROVED),
        "protecting-the-public": (True, "Poor", "Satisfactory", Change.IMPROVED),
        "protecting-children": (True, "Unsatisfactory", "Satisfactory", Change.IMPROVED),
        "sentence-served": (False, "Satisfactory", "Good", Change.IMPROVED),
        "governance-and-partnership": (True, "Poor", "Satisfactory", Change.IMPROVED),
        "interventions": (True, "Poor", None, Change.UNKNOWN),
    }
    assert eff.area("interventions").change is not Change.UNCHANGED
    assert eff.summary() == (
        "4 of 5 covered areas improved (1 not known); 1 of 1 areas not covered improved"
    )
    assert "Interventions to reduce reoffending (covered): Poor -> not known: not known" in str(eff)
    frame = eff.to_frame()
    assert list(frame["change"]) == [
        "improved",
        "improved",
        "improved",
        "improved",
        "improved",
        "unknown",
    ]
    assert "<table " in eff._repr_html_()


# -- as_of edges -------------------------------------------------------------------------------
def one_action_plan(action: Action, **kw: object) -> ImprovementPlan:
    return ImprovementPlan(
        id="p",
        inspection="bromley-2015-fji",
        title="Plan",
        actions=(action,),
        **kw,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("due", "overdue"),
    [(D(2016, 3, 1), False), (D(2016, 2, 29), True), (D(2016, 3, 2), False)],
)
def test_due_today_is_not_overdue_due_yesterday_is(due: pendulum.Date, overdue: bool) -> None:
    plan = one_action_plan(
        Action(id="1a", text="x", due=due, covers=("R1",), status=ActionStatus.IN_PROGRESS)
    )
    state = yj.coverage(plan, fji_2015(), as_of=D(2016, 3, 1)).actions[0]
    assert state.overdue.value is overdue


@SETTINGS
@given(st.integers(-400, 400), st.sampled_from(list(ActionStatus)))
def test_overdue_is_open_and_strictly_before_as_of(offset: int, status: ActionStatus) -> None:
    as_of = D(2016, 3, 1)
    due = as_of.add(days=offset)
    plan = one_action_plan(Action(id="1a", text="x", due=due, status=status))
    state = yj.coverage(plan, fji_2015(), as_of=as_of).actions[0]
    open_ = status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
    if status is ActionStatus.NOT_KNOWN:
        # where it stands is not recorded: past its due date with no completion recorded, it
        # is overdue (the field case plan-month-dates); whether it is complete stays not known
        assert state.overdue.value is (offset < 0)
        assert state.complete.value is None
    else:
        assert state.overdue.value is (open_ and offset < 0)
        assert state.complete.value is (status is ActionStatus.COMPLETE)


def test_completed_after_as_of_is_not_yet_complete() -> None:
    action = Action(
        id="1a", text="x", due=D(2016, 1, 1), status=ActionStatus.COMPLETE, completed=D(2016, 2, 1)
    )
    cov = yj.coverage(one_action_plan(action), fji_2015(), as_of=D(2016, 1, 15))
    assert cov.complete == ()
    assert [a.id for a in cov.overdue] == ["1a"]
    later = yj.coverage(one_action_plan(action), fji_2015(), as_of=D(2016, 2, 1))
    assert [a.id for a in later.complete] == ["1a"]
    assert later.overdue == ()


def test_due_soon_window_is_inclusive() -> None:
    as_of = D(2016, 1, 1)
    plan = ImprovementPlan(
        id="p",
        inspection="bromley-2015-fji",
        title="Plan",
        actions=(
            Action(id="1a", text="today", due=as_of, status=ActionStatus.NOT_STARTED),
            Action(id="1b", text="last day", due=D(2016, 1, 29), status=ActionStatus.NOT_STARTED),
            Action(id="1c", text="too far", due=D(2016, 1, 30), status=ActionStatus.NOT_STARTED),
            Action(id="1d", text="no date", status=ActionStatus.NOT_STARTED),
        ),
    )
    cov = yj.coverage(plan, fji_2015(), as_of=as_of)
    assert cov.window == pendulum.duration(days=28)
    assert [a.id for a in cov.due_soon] == ["1a", "1b"]
    monthly = attrs.evolve(plan, review_cadence=pendulum.duration(months=1))
    cov = yj.coverage(monthly, fji_2015(), as_of=as_of)
    assert [a.id for a in cov.due_soon] == ["1a", "1b", "1c"]
    narrow = yj.coverage(plan, fji_2015(), as_of=as_of, window=pendulum.duration(days=0))
    assert [a.id for a in narrow.due_soon] == ["1a"]


def test_stale_after_one_review_cadence_without_update() -> None:
    update = ProgressUpdate(date=D(2016, 1, 10), rag=RAG.AMBER, note="slow")
    action = Action(id="1a", text="x", updates=(update,), status=ActionStatus.IN_PROGRESS)
    plan = one_action_plan(
        action, review_cadence=pendulum.duration(months=1), approved=D(2015, 12, 1)
    )
    assert yj.coverage(plan, fji_2015(), as_of=D(2016, 2, 10)).stale == ()
    cov = yj.coverage(plan, fji_2015(), as_of=D(2016, 2, 11))
    assert [a.id for a in cov.stale] == ["1a"]
    assert cov.actions[0].last_update == PartialDate(2016, 1, 10)
    assert cov.actions[0].rag is RAG.AMBER
    assert any(
        g.kind is GapKind.STALE
        and "last progress update 2016-01-10" in g.message
        and "every month" in g.message
        for g in cov.problems
    )
    # Before the first update, the plan's approval starts the clock.
    early = yj.coverage(plan, fji_2015(), as_of=D(2016, 1, 2))
    assert [a.id for a in early.stale] == ["1a"]
    assert early.actions[0].last_update is None
    assert early.actions[0].rag is None
    assert any("no progress update recorded" in g.message for g in early.problems)
    assert yj.coverage(plan, fji_2015(), as_of=D(2016, 1, 1)).stale == ()
    # Without a cadence, nothing is stale.
    no_cadence = one_action_plan(action)
    assert yj.coverage(no_cadence, fji_2015(), as_of=D(2017, 1, 1)).stale == ()


def test_without_as_of_nothing_is_dated() -> None:
    plan = one_action_plan(Action(id="1a", text="x", due=D(2000, 1, 1)))
    cov = yj.coverage(plan, fji_2015())
    assert cov.as_of is None
    assert cov.window is None
    assert cov.overdue == ()
    assert cov.due_soon == ()
    assert cov.stale == ()
    assert "as of" not in cov.verdict()


# -- problems and rendering --------------------------------------------------------------------
def test_problems_name_items_by_id_and_text() -> None:
    plan = ImprovementPlan(
        id="p",
        inspection="bromley-2015-fji",
        title="Plan",
        themes=(Theme(id="t", title="Theme", areas=("no-such-area",)),),
        actions=(
            Action(id="1a", text="Hold a board", covers=("F6",)),
            Action(id="1b", text="Do something vague"),
            Action(id="1c", text="Answer a ghost", covers=("R9",)),
            Action(id="1d", text="Dropped", covers=("F2",), status=ActionStatus.DROPPED),
        ),
    )
    cov = yj.coverage(plan, fji_2015())
    lines = [str(g) for g in cov.problems]
    assert (
        "no action answers recommendation R1 'Create a single, strengthened YOT Management Board "
        "with senior representation.'"
    ) in lines
    assert any(
        line.startswith("no action answers finding F2 'Neither the assessment") for line in lines
    )
    assert "the plan gives no response to recommendation R1 'Create a single, strengthened " in (
        "\n".join(lines)
    )
    assert (
        "dangling reference at $.actions[2].covers[0]: 1c 'Answer a ghost' refers to 'R9', "
        "which resolves to nothing"
    ) in lines
    assert (
        "dangling reference at $.themes[0].areas[0]: t 'Theme' refers to 'no-such-area', "
        "which resolves to nothing"
    ) in lines
    assert "action 1b 'Do something vague' answers nothing in bromley-2015-fji" in lines
    assert "action 1c 'Answer a ghost' answers nothing in bromley-2015-fji" in lines
    assert [a.id for a in cov.covers_nothing] == ["1b", "1c"]
    assert cov.item("F2").actions == ()  # the dropped action answers nothing
    assert cov.item("F6").actions == ("1a",)
    assert cov.area("governance-and-partnership").covered == ("governance-and-partnership", "F6")
    verdict = cov.verdict()
    assert verdict.startswith("p leaves gaps in bromley-2015-fji: 8 of 10 items unanswered")
    assert "2 dangling references" in verdict
    assert "2 actions answer nothing" in verdict


def test_repr_html_escapes_and_tabulates() -> None:
    plan = ImprovementPlan(
        id="p<1>",
        inspection="bromley-2015-fji",
        title="Plan",
        actions=(Action(id="1a", text="<b>bold</b>", covers=("nowhere",)),),
    )
    out = yj.coverage(plan, fji_2015())._repr_html_()
    assert "<table>" in out
    assert "&lt;b&gt;bold&lt;/b&gt;" in out
    assert "<b>bold</b>" not in out
    assert "p&lt;1&gt;" in out


def test_to_frame_tables() -> None:
    cov = yj.coverage(yj.examples.bromley_plan(), fji_2015(), as_of=D(2016, 2, 1))
    items = cov.to_frame()
    assert list(items["id"])[:2] == ["R1", "F2"]
    assert items["covered"].all()
    areas = cov.to_frame("areas")
    assert list(areas["area"]) == [
        "reducing-reoffending",
        "protecting-the-public",
        "protecting-children",
        "sentence-served",
        "governance-and-partnership",
        "interventions",
    ]
    assert list(areas["covered"]) == [1, 2, 2, 0, 3, 2]
    assert len(cov.to_frame("themes")) == 4
    assert int(cov.to_frame("actions")["overdue"].sum()) == 6
    assert len(cov.to_frame("problems")) == len(cov.problems)
    with pytest.raises(ValueError, match="unknown table"):
        cov.to_frame("nope")


def test_a_plan_for_another_inspection_is_refused() -> None:
    plan = yj.examples.bromley_plan()
    with pytest.raises(ValueError, match="answers 'bromley-2015-fji'"):
        yj.coverage(plan, series().get("bromley-2016-fji-reinspection"))


def test_unknown_rating_is_reported_not_raised() -> None:
    insp = fji_2015()
    judgements = (yj.Judgement(area="interventions", rating="dreadful"), *insp.judgements[:5])
    odd = attrs.evolve(insp, judgements=judgements)
    cov = yj.coverage(yj.examples.bromley_plan(), odd)
    assert cov.unknown_ratings == ("interventions",)
    assert ("area", "interventions") not in keys(cov.items)
    assert any(g.kind is GapKind.UNKNOWN_RATING for g in cov.problems)


def test_theme_scope_includes_the_areas_it_serves() -> None:
    plan = ImprovementPlan(
        id="p",
        inspection="bromley-2015-fji",
        title="Plan",
        themes=(
            Theme(
                id="safety", title="Safety", areas=("protecting-the-public", "protecting-children")
            ),
            Theme(id="other", title="Other"),
        ),
        actions=(
            Action(id="1a", text="Risk audit", theme="safety", covers=("F2",)),
            Action(id="2a", text="Board", theme="other", covers=("F3",)),
        ),
    )
    cov = yj.coverage(plan, fji_2015())
    safety = cov.theme("safety")
    assert safety.items == ("F2", "F3", "protecting-the-public", "protecting-children")
    assert safety.covered == ("F2", "protecting-the-public")
    assert safety.share == 0.5
    other = cov.theme("other")
    assert other.items == ("F3", "protecting-children")
    assert other.covered == ("F3", "protecting-children")


# -- effectiveness edges -----------------------------------------------------------------------
def test_effectiveness_reports_declines_and_no_change() -> None:
    before = fji_2015()
    after = attrs.evolve(
        series().get("bromley-2016-fji-reinspection"),
        judgements=(
            yj.Judgement(area="reducing-reoffending", rating="poor"),
            yj.Judgement(area="sentence-served", rating="unsatisfactory"),
        ),
    )
    eff = yj.effectiveness(yj.examples.bromley_plan(), before, after)
    assert eff.area("reducing-reoffending").change is Change.UNCHANGED
    assert eff.area("sentence-served").change is Change.DECLINED
    assert eff.area("protecting-the-public").change is Change.UNKNOWN
    assert eff.summary() == (
        "0 of 5 covered areas improved (1 unchanged, 4 not known); "
        "0 of 1 areas not covered improved (1 declined)"
    )


def test_effectiveness_across_frameworks_goes_through_the_crosswalk() -> None:
    later = series().get("bromley-2025-standards")
    eff = yj.effectiveness(yj.examples.bromley_plan(), fji_2015(), later)
    c = yj.compare(fji_2015(), later)
    # the same changes as compare(), one outcome per change, in its order
    assert [a.detail for a in eff.areas] == list(c.changes)
    assert all(a.approximate for a in eff.areas)
    gov = [a for a in eff.areas if a.detail.from_area == "governance-and-partnership"]
    assert [(a.area, a.covered, a.before.label if a.before else None, a.change) for a in gov] == [
        ("1.1", True, "Poor", Change.UNKNOWN),
        ("1.3", True, "Poor", Change.UNKNOWN),
    ]
    resettlement = eff.area("4.1")
    assert resettlement.before is None
    assert resettlement.after is not None
    assert resettlement.after.label == "Outstanding"
    assert resettlement.change is Change.NEWLY_RATED
    assert resettlement.covered is False
    assert str(resettlement) == (
        "4.1 Resettlement policy and provision (not covered): not rated -> Outstanding: "
        "newly rated (approximate)"
    )
    assert eff.area("reducing-reoffending").change is Change.NO_LONGER_RATED
    assert eff.area("reducing-reoffending").covered is True


@pytest.fixture
def fji_on_four_points() -> Iterator[str]:
    from yjinspect.scales import HMIP_FOUR_POINT

    fji = yj.frameworks.get("hmip-fji-2012")
    variant = attrs.evolve(fji, code="test-fji-four-point", scale=HMIP_FOUR_POINT)
    yj.frameworks.register(variant)
    yield variant.code
    yj.frameworks.unregister(variant.code)


def test_effectiveness_across_scales_needs_a_crosswalk(fji_on_four_points: str) -> None:
    from yjinspect.crosswalks import Crosswalk, Link, NoCrosswalk, Strength

    after = attrs.evolve(
        series().get("bromley-2016-fji-reinspection"),
        framework=fji_on_four_points,
        judgements=(
            yj.Judgement(area="reducing-reoffending", rating="good"),
            yj.Judgement(area="sentence-served", rating="good"),
        ),
    )
    with pytest.raises(NoCrosswalk):
        yj.effectiveness(yj.examples.bromley_plan(), fji_2015(), after)
    cw = Crosswalk(
        code="test-fji-to-four-point",
        title="FJI areas on four points",
        from_framework="hmip-fji-2012",
        to_framework=fji_on_four_points,
        links=tuple(
            Link(from_area=code, to_area=code, strength=Strength.SAME, rationale="the same area")
            for code in ("reducing-reoffending", "sentence-served")
        ),
    )
    eff = yj.effectiveness(yj.examples.bromley_plan(), fji_2015(), after, crosswalk=cw)
    outcome = eff.area("reducing-reoffending")
    assert outcome.before is not None
    assert outcome.before.label == "Poor"
    assert outcome.after is not None
    assert outcome.after.label == "Good"
    assert outcome.change is Change.IMPROVED
    assert outcome.approximate
    # FJI Satisfactory (0.5) -> four-point Good (0.667): within half a four-point step
    assert eff.area("sentence-served").change is Change.UNCHANGED


def test_effectiveness_refuses_the_same_inspection_twice() -> None:
    with pytest.raises(ValueError, match="same inspection"):
        yj.effectiveness(yj.examples.bromley_plan(), fji_2015(), fji_2015())


def test_effectiveness_agrees_with_compare() -> None:
    before, after = fji_2015(), series().get("bromley-2016-fji-reinspection")
    eff = yj.effectiveness(yj.examples.bromley_plan(), before, after)
    c = yj.compare(before, after)
    assert {a.area: a.change for a in eff.areas} == {ch.area: ch.change for ch in c.changes}
    from yjinspect.analysis import Change as ComparisonChange

    assert Change is ComparisonChange


def test_effectiveness_needs_the_plans_inspection() -> None:
    reinspection = series().get("bromley-2016-fji-reinspection")
    with pytest.raises(ValueError, match="answers 'bromley-2015-fji'"):
        yj.effectiveness(yj.examples.bromley_plan(), reinspection, fji_2015())


def test_coverage_finds_the_plans_inspection_in_a_corpus():
    import yjinspect as yj

    series = yj.examples.bromley()
    plan = yj.examples.bromley_plan()
    assert yj.coverage(plan, series) == yj.coverage(plan, series.get(plan.inspection))
    other = yj.Corpus(title="Elsewhere", inspections=[series.get("bromley-2025-standards")])
    with pytest.raises(
        LookupError,
        match=r"answers 'bromley-2015-fji', which is not in the corpus 'Elsewhere' "
        r"\(1 inspection\(s\)\)",
    ):
        yj.coverage(plan, other)
    with pytest.raises(TypeError, match="needs the inspection the plan answers"):
        yj.coverage(plan, "bromley-2015-fji")  # type: ignore[arg-type]
