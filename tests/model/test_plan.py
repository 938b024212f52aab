"""The improvement-plan model: construction, checks, documents and the Bromley 2015 plan."""

from __future__ import annotations

import json
import subprocess
import sys

import attrs
import pendulum
import pytest
from hypothesis import HealthCheck, given, settings

import yjinspect as yj
from yjinspect.documents import kinds, schema
from yjinspect.errors import FieldValueError, Severity
from yjinspect.model import (
    RAG,
    Action,
    ActionStatus,
    Agreement,
    ImprovementPlan,
    Milestone,
    MilestoneStatus,
    PartialDate,
    ProgressUpdate,
    RecommendationResponse,
    SuccessMeasure,
    Theme,
    add_duration,
)
from yjinspect.testing import strategies as yst
from yjinspect.testing._plan_strategies import inspections_and_plans
from yjinspect.validation import plan_problems

D = pendulum.Date


def fji_2015() -> yj.Inspection:
    return yj.examples.bromley().get("bromley-2015-fji")


def small_plan(**kw: object) -> ImprovementPlan:
    base: dict[str, object] = {
        "id": "p",
        "inspection": "bromley-2015-fji",
        "title": "Plan",
        "themes": (Theme(id="t", title="Theme"),),
        "actions": (Action(id="1a", text="Do it", theme="t", covers=("R1",)),),
    }
    base.update(kw)
    return ImprovementPlan(**base)  # type: ignore[arg-type]


# -- construction ------------------------------------------------------------------------------
def test_enums_have_the_documented_values() -> None:
    assert [a.value for a in Agreement] == ["agreed", "partly-agreed", "not-agreed"]
    assert [s.value for s in ActionStatus] == [
        "not-started",
        "in-progress",
        "complete",
        "dropped",
        "not-known",
    ]
    assert [r.value for r in RAG] == ["red", "amber", "green"]


def test_completed_date_needs_status_complete() -> None:
    with pytest.raises(FieldValueError) as info:
        Action(id="1a", text="x", status=ActionStatus.IN_PROGRESS, completed=D(2015, 9, 1))
    assert info.value.field == "completed"


def test_updates_must_be_oldest_first() -> None:
    early = ProgressUpdate(date=D(2015, 8, 1), rag=RAG.GREEN, note="started")
    late = ProgressUpdate(date=D(2015, 9, 1), rag=RAG.AMBER, note="slipping")
    with pytest.raises(FieldValueError) as info:
        Action(id="1a", text="x", updates=(late, early))
    assert info.value.field == "updates[1].date"
    action = Action(id="1a", text="x", updates=(early, late))
    assert action.last_update() == late
    assert action.last_update(D(2015, 8, 15)) == early
    assert action.last_update(D(2015, 7, 31)) is None


def test_is_complete_follows_the_completion_date() -> None:
    done = Action(id="1a", text="x", status=ActionStatus.COMPLETE, completed=D(2015, 10, 1))
    assert done.is_complete() is True
    assert done.is_complete(D(2015, 10, 1)) is True
    assert done.is_complete(D(2015, 9, 30)) is False
    undated = Action(id="1b", text="x", status=ActionStatus.COMPLETE)
    assert undated.is_complete(D(2000, 1, 1)) is True
    assert Action(id="1c", text="x", status=ActionStatus.DROPPED).is_open is False


def test_empty_ids_are_refused() -> None:
    with pytest.raises(FieldValueError) as info:
        Action(id="", text="x")
    assert info.value.field == "id"
    with pytest.raises(FieldValueError):
        Theme(id="t", title="")


def test_milestone_takes_a_due_date_or_a_window_not_both() -> None:
    window = pendulum.interval(D(2016, 1, 25), D(2016, 1, 31))
    with pytest.raises(FieldValueError) as info:
        Milestone(title="mock", due=PartialDate(2016, 1), window=window)
    assert info.value.field == "window"
    assert Milestone(title="mock", window=window).latest == D(2016, 1, 31)
    assert Milestone(title="mock", due=PartialDate(2016, 1)).latest == D(2016, 1, 31)
    assert Milestone(title="re-inspection").latest is None


def test_milestone_status_says_whether_it_took_place() -> None:
    assert Milestone(title="mock").status is MilestoneStatus.PENDING
    assert Milestone(title="mock").pending
    done = Milestone(title="mock", done=PartialDate(2016, 1))
    assert done.status is MilestoneStatus.DONE  # a date done means done
    assert not done.pending
    undated = Milestone(title="mock", status=MilestoneStatus.DONE)
    assert (undated.status, undated.done) == (MilestoneStatus.DONE, None)
    unknown = Milestone(title="mock", status=MilestoneStatus.NOT_KNOWN)
    assert not unknown.pending
    for status in (MilestoneStatus.PENDING, MilestoneStatus.NOT_KNOWN):
        with pytest.raises(FieldValueError) as info:
            Milestone(title="mock", done=PartialDate(2016, 1), status=status)
        assert info.value.field == "done"
        assert f"its status is {status.value!r}" in str(info.value)


def milestone_document(**milestone: object) -> str:
    data = json.loads(yj.dumps(small_plan()))
    data["milestones"] = [{"title": "mock", **milestone}]
    return json.dumps(data)


def test_milestone_documents_without_a_status_still_load() -> None:
    plain = yj.loads(milestone_document(due="2016-01"))
    assert plain.milestones[0].status is MilestoneStatus.PENDING
    done = yj.loads(milestone_document(due="2016-01", done="2016-01-28"))
    assert done.milestones[0].status is MilestoneStatus.DONE
    assert done.milestones[0].done == PartialDate(2016, 1, 28)
    unknown = yj.loads(milestone_document(due="2016-01", status="not-known"))
    assert unknown.milestones[0].status is MilestoneStatus.NOT_KNOWN
    assert yj.loads(yj.dumps(unknown)) == unknown
    assert json.loads(yj.dumps(unknown))["milestones"][0]["status"] == "not-known"


def test_milestone_documents_refuse_a_date_done_that_is_not_done() -> None:
    with pytest.raises(yj.InvalidDocument) as info:
        yj.loads(milestone_document(done="2016-01", status="pending"))
    assert [p.path for p in info.value.problems] == ["$.milestones[0].done"]
    with pytest.raises(yj.InvalidDocument) as info:
        yj.loads(milestone_document(status="happened"))
    assert [p.path for p in info.value.problems] == ["$.milestones[0].status"]


def test_quote_and_level_helpers_are_written_once() -> None:
    from yjinspect import validation
    from yjinspect.analysis import coverage_report as _coverage_report
    from yjinspect.model import _wording
    from yjinspect.model import plan as _plan
    from yjinspect.views import _committee
    from yjinspect.views import _coverage as _coverage_views

    assert _plan._quote is _coverage_report._quote is _wording.quote
    assert validation._quote is _wording.quote
    assert not hasattr(_committee, "_level")
    assert not hasattr(_coverage_views, "_level")
    scale = yj.frameworks.get("hmip-fji-2012").scale
    assert _coverage_views.level_of_label(scale, "Poor") == scale.level("poor")
    assert _coverage_views.level_of_label(scale, "Outstanding") is None
    assert _coverage_views.level_of_label(None, "Poor") is None
    assert _wording.quote("a  b\nc") == "'a b c'"
    assert _wording.quote("x" * 100) == "'" + "x" * 77 + "...'"
    assert _wording.quote(None) == "(wording not known)"


def test_review_cadence_must_be_positive() -> None:
    with pytest.raises(FieldValueError) as info:
        small_plan(review_cadence=pendulum.duration(days=0))
    assert info.value.field == "review_cadence"


def test_add_duration_is_calendar_aware() -> None:
    assert add_duration(D(2016, 1, 31), pendulum.duration(months=1)) == D(2016, 2, 29)
    assert add_duration(D(2015, 12, 20), pendulum.duration(weeks=2)) == D(2016, 1, 3)
    assert small_plan(review_cadence=pendulum.duration(months=1)).next_review(D(2015, 7, 22)) == D(
        2015, 8, 22
    )
    assert small_plan().next_review(D(2015, 7, 22)) is None


def test_success_measure_text() -> None:
    m = SuccessMeasure(description="Cases assessed on time", baseline=78, target=98, unit="%")
    assert str(m) == "Cases assessed on time: from 78% to 98%"
    assert str(SuccessMeasure(description="Audits", target=12)) == "Audits: to 12"


def test_lookups_by_id() -> None:
    plan = small_plan(
        responses=(RecommendationResponse(recommendation="R1", agreement=Agreement.AGREED),)
    )
    assert plan.action("1a").text == "Do it"
    assert plan.theme("t").title == "Theme"
    assert plan.response("R1") is not None
    assert plan.response("R2") is None
    with pytest.raises(KeyError):
        plan.action("9z")


# -- checks ------------------------------------------------------------------------------------
def test_plan_alone_checks_ids_and_themes() -> None:
    plan = small_plan(
        actions=(
            Action(id="1a", text="x", theme="t"),
            Action(id="1a", text="y", theme="nope"),
        ),
        responses=(
            RecommendationResponse(recommendation="R1", agreement=Agreement.AGREED),
            RecommendationResponse(recommendation="R1", agreement=Agreement.NOT_AGREED),
        ),
    )
    problems = {p.path: p for p in yj.validate(plan)}
    assert set(problems) == {
        "$.actions[1].id",
        "$.actions[1].theme",
        "$.responses[1].recommendation",
    }
    assert "duplicate action '1a'" in problems["$.actions[1].id"].message
    assert "theme 'nope'" in problems["$.actions[1].theme"].message
    assert all(p.severity is Severity.ERROR for p in problems.values())


def test_references_resolve_against_the_inspection_without_raising() -> None:
    plan = small_plan(
        actions=(
            Action(id="1a", text="x", covers=("R1", "F2", "interventions", "F99", "governance")),
        ),
        responses=(RecommendationResponse(recommendation="R7", agreement=Agreement.AGREED),),
    )
    problems = plan_problems(plan, fji_2015())
    by_path = {p.path: p for p in problems}
    assert "$.actions[0].covers[3]" in by_path
    assert "'F99'" in by_path["$.actions[0].covers[3]"].message
    assert "$.actions[0].covers[4]" in by_path
    assert "$.responses[0].recommendation" in by_path
    missing = by_path["$.responses"]
    assert missing.severity is Severity.WARNING
    assert "R1 'Create a single, strengthened YOT Management Board" in missing.message
    # Without the inspection, references are not checked.
    assert plan_problems(plan) == ()


def test_checking_against_another_inspection_is_reported() -> None:
    other = yj.examples.bromley().get("bromley-2016-fji-reinspection")
    problems = plan_problems(small_plan(), other)
    assert problems[0].path == "$.inspection"
    assert "'bromley-2016-fji-reinspection'" in problems[0].message


# -- documents ---------------------------------------------------------------------------------
def test_improvement_plan_is_a_document_kind() -> None:
    assert "improvement-plan" in kinds()
    doc = schema("improvement-plan")
    assert doc["properties"]["kind"] == {"const": "improvement-plan"}
    assert not {"kind", "schema_version"} & {f.name for f in attrs.fields(ImprovementPlan)}
    assert {"id", "inspection", "title"} <= set(doc["required"])


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_round_trip_returns_pendulum_types(fmt: str) -> None:
    window = pendulum.interval(D(2016, 1, 18), D(2016, 1, 29))
    plan = small_plan(
        approved=D(2015, 7, 1),
        submitted=D(2015, 7, 10),
        review_cadence=pendulum.duration(months=1),
        actions=(
            Action(
                id="1a",
                text="x",
                theme="t",
                due=D(2015, 12, 31),
                status=ActionStatus.COMPLETE,
                completed=D(2015, 11, 30),
                updates=(ProgressUpdate(date=D(2015, 9, 1), rag=RAG.AMBER, note="n", value=50),),
                measure=SuccessMeasure(description="m", baseline=78, target=98, unit="%"),
            ),
        ),
        milestones=(
            Milestone(title="mock", window=window),
            Milestone(title="mock 2", due=PartialDate(2016, 1), done=PartialDate(2016, 2)),
        ),
    )
    back = yj.loads(yj.dumps(plan, fmt), fmt)
    assert back == plan
    action = back.actions[0]
    # dates known to the day come back as day-precision PartialDates, whose day is a
    # pendulum.Date
    assert action.due == PartialDate(2015, 12, 31)
    assert type(action.due.as_date()) is pendulum.Date
    assert action.completed == PartialDate(2015, 11, 30)
    assert action.updates[0].date == PartialDate(2015, 9, 1)
    assert back.approved == PartialDate(2015, 7, 1)
    assert isinstance(back.review_cadence, pendulum.Duration)
    assert back.review_cadence.months == 1
    assert isinstance(back.milestones[0].window, pendulum.Interval)
    assert type(back.milestones[0].window.start) is pendulum.Date
    assert back.milestones[1].due == PartialDate(2016, 1)
    assert back.milestones[1].due.precision == "month"


def test_cadence_is_written_as_iso_8601() -> None:
    data = json.loads(yj.dumps(small_plan(review_cadence=pendulum.duration(months=1))))
    assert data["review_cadence"] == "P1M"
    assert data["kind"] == "improvement-plan"
    assert data["schema_version"] == 1


def test_loading_refuses_a_bad_plan_naming_the_path() -> None:
    data = json.loads(yj.dumps(small_plan()))
    data["actions"].append({"id": "1a", "text": "again", "due": "2015-02-30"})
    with pytest.raises(yj.InvalidDocument) as info:
        yj.loads(json.dumps(data))
    assert [p.path for p in info.value.problems] == ["$.actions[1].due"]
    data["actions"][1]["due"] = "2015-02-28"
    with pytest.raises(yj.InvalidDocument) as info:
        yj.loads(json.dumps(data))
    assert [p.path for p in info.value.problems] == ["$.actions[1].id"]
    data["actions"][1]["id"] = "1b"
    data["actions"][1]["owner_name"] = "x"
    with pytest.raises(yj.InvalidDocument) as info:
        yj.loads(json.dumps(data))
    assert [p.path for p in info.value.problems] == ["$.actions[1].owner_name"]


def test_loading_refuses_unknown_agreement() -> None:
    data = json.loads(yj.dumps(small_plan()))
    data["responses"] = [{"recommendation": "R1", "agreement": "maybe"}]
    with pytest.raises(yj.InvalidDocument) as info:
        yj.loads(json.dumps(data))
    assert info.value.problems[0].path == "$.responses[0].agreement"


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inspections_and_plans(coverage="partial"))
def test_generated_plans_round_trip_and_check_clean(
    pair: tuple[yj.Inspection, ImprovementPlan],
) -> None:
    inspection, plan = pair
    assert [p for p in plan_problems(plan, inspection) if p.severity is Severity.ERROR] == []
    assert yj.loads(yj.dumps(plan, "json"), "json") == plan
    assert yj.loads(yj.dumps(plan, "toml"), "toml") == plan


# -- the Bromley 2015 plan ---------------------------------------------------------------------
def test_bromley_plan_holds_the_seed_facts() -> None:
    plan = yj.examples.bromley_plan()
    assert plan.inspection == "bromley-2015-fji"
    assert [t.title for t in plan.themes] == [
        "Leadership and Partnership",
        "Quality",
        "Looked After Children",
        "The Voice of the Young Person",
    ]
    assert plan.chair == "Chief Executive"
    assert plan.review_cadence is not None
    assert plan.review_cadence.months == 1
    assert plan.reviewed_by == "Improvement Board"
    assert plan.submitted is None
    assert plan.approved is None
    mock, reinspection = plan.milestones
    assert mock.title == "YJB mock inspection"
    assert mock.due == PartialDate(2016, 1)
    assert mock.window is None
    assert reinspection.title == "HMIP re-inspection"
    assert reinspection.due is None
    assert reinspection.window is None
    assert reinspection.inspection == "bromley-2016-fji-reinspection"
    # the committee report says neither whether nor when either took place
    assert (mock.status, mock.done) == (MilestoneStatus.NOT_KNOWN, None)
    assert (reinspection.status, reinspection.done) == (MilestoneStatus.NOT_KNOWN, None)
    assert not mock.pending
    assert plan.response("R1") == RecommendationResponse(
        recommendation="R1", agreement=Agreement.AGREED, reason=plan.responses[0].reason
    )


def test_bromley_plan_marks_its_illustrative_actions() -> None:
    plan = yj.examples.bromley_plan()
    factual = [a.id for a in plan.actions if not a.illustrative]
    assert factual == ["1a"]
    assert plan.action("1a").status is ActionStatus.COMPLETE
    assert plan.action("1a").covers == ("R1", "F6", "governance-and-partnership")
    assert len([a for a in plan.actions if a.illustrative]) == 6
    assert plan.notes is not None
    assert plan.notes.startswith("ILLUSTRATIVE ACTIONS")
    text = yj.examples.read_text("bromley-2015-plan.toml")
    assert text.count("\nillustrative = true\n") == 6


def test_bromley_plan_checks_clean_against_its_inspection() -> None:
    assert plan_problems(yj.examples.bromley_plan(), fji_2015()) == ()


def test_import_stays_light() -> None:
    code = (
        "import sys, yjinspect, yjinspect.model, yjinspect.analysis; "
        "print(sorted(m for m in ('pandas', 'hypothesis', 'pytest', 'matplotlib') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


# -- validate: a plan against its inspection, and plans carried in a corpus --------------------
def test_validate_checks_references_only_with_the_inspection() -> None:
    plan = small_plan(actions=(Action(id="1a", text="x", covers=("R1", "R99")),))
    assert yj.validate(plan) == ()
    problems = yj.validate(plan, inspection=fji_2015())
    assert [(p.path, p.severity) for p in problems if p.severity is Severity.ERROR] == [
        ("$.actions[0].covers[1]", Severity.ERROR)
    ]
    assert "'R99'" in problems[0].message
    assert problems == plan_problems(plan, fji_2015())


def test_validate_reports_an_inspection_of_an_unknown_framework_without_raising() -> None:
    odd = attrs.evolve(fji_2015(), framework="hmip-nowhere")
    plan = small_plan(actions=(Action(id="1a", text="x", covers=("R1",)),))
    problems = yj.validate(plan, inspection=odd)
    assert [p.path for p in problems] == ["$.inspection"]
    assert "'hmip-nowhere'" in problems[0].message


def test_validate_refuses_inspection_for_other_kinds() -> None:
    with pytest.raises(TypeError, match="improvement plans only"):
        yj.validate(fji_2015(), inspection=fji_2015())
    with pytest.raises(TypeError, match="improvement plans only"):
        yj.validate(yj.examples.bromley(), inspection=fji_2015())


def national() -> yj.Corpus:
    return attrs.evolve(yj.examples.bromley(), plans=(yj.examples.bromley_plan(),))


def test_a_corpus_carries_its_plans_and_checks_them() -> None:
    corpus = national()
    assert yj.validate(corpus) == ()
    assert corpus.plans_for("bromley-2015-fji") == (yj.examples.bromley_plan(),)
    assert corpus.plans_for("bromley-2012-cci") == ()
    assert repr(corpus).endswith("inspections=4, plans=1)")
    bad_action = Action(id="9z", text="x", covers=("R99",))
    plan = yj.examples.bromley_plan()
    dangling = attrs.evolve(plan, id="second", actions=(*plan.actions, bad_action))
    lost = attrs.evolve(plan, inspection="bromley-2019-fji")
    problems = yj.validate(attrs.evolve(corpus, plans=(*corpus.plans, dangling, lost)))
    n = len(plan.actions)
    assert [(p.path, p.severity) for p in problems] == [
        (f"$.plans[1].actions[{n}].covers[0]", Severity.ERROR),
        ("$.plans[2].id", Severity.ERROR),
        ("$.plans[2].inspection", Severity.ERROR),
    ]
    assert "'bromley-2019-fji', which is not in the corpus" in problems[2].message
    assert "(first at $.plans[0])" in problems[1].message


def test_a_plans_warnings_keep_their_severity_in_a_corpus() -> None:
    plan = yj.examples.bromley_plan()
    unanswered = attrs.evolve(plan, responses=plan.responses[1:])
    problems = yj.validate(attrs.evolve(yj.examples.bromley(), plans=(unanswered,)))
    alone = yj.validate(unanswered, inspection=fji_2015())
    assert [p.severity for p in problems] == [Severity.WARNING] == [p.severity for p in alone]
    assert [p.path for p in problems] == ["$.plans[0].responses"]
    assert [p.message for p in problems] == [p.message for p in alone]


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_a_corpus_with_plans_round_trips(fmt: str) -> None:
    corpus = national()
    text = yj.dumps(corpus, fmt)
    assert yj.loads(text, fmt) == corpus
    if fmt == "toml":
        import tomllib

        data = tomllib.loads(text)
        assert [p["id"] for p in data["plans"]] == ["bromley-2015-plan"]
        assert "\n[[plans]]\n" in text
        assert data["plans"][0]["actions"][0]["covers"] == list(corpus.plans[0].actions[0].covers)


def test_a_corpus_with_a_dangling_plan_does_not_load() -> None:
    data = json.loads(yj.dumps(national()))
    data["plans"][0]["inspection"] = "bromley-2019-fji"
    with pytest.raises(yj.InvalidDocument) as err:
        yj.loads(json.dumps(data))
    assert [p.path for p in err.value.problems] == ["$.plans[0].inspection"]


def test_the_corpus_schema_describes_plans() -> None:
    plans = schema("corpus")["properties"]["plans"]
    assert plans["type"] == "array"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yst.corpora(plans=True, max_size=3))
def test_generated_corpora_with_plans_round_trip_and_check_clean(corpus: yj.Corpus) -> None:
    assert [p for p in yj.validate(corpus) if p.severity is Severity.ERROR] == []
    assert {p.inspection for p in corpus.plans} <= {i.id for i in corpus.inspections}
    assert yj.loads(yj.dumps(corpus, "json"), "json") == corpus
    assert yj.loads(yj.dumps(corpus, "toml"), "toml") == corpus
