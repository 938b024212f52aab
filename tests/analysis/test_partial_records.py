"""Partial records as records state them: month dates, plans whose actions are not recorded,
revised due dates, rating counts, key questions, CCI percentages, and "did it improve?" across
eras. The field cases in ``tests/field_cases`` are asserted first, then generalised."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect.analysis import Change, improvement
from yjinspect.model import (
    Action,
    ActionStatus,
    Answer,
    DueRevision,
    ImprovementPlan,
    PartialDate,
    ProgressUpdate,
    due_before,
    falls_within,
)

CASES = Path(__file__).parents[1] / "field_cases"
D = pendulum.Date
SETTINGS = settings(max_examples=60, deadline=None)


def fji_2015() -> yj.Inspection:
    return yj.examples.bromley().get("bromley-2015-fji")


# -- month dates ---------------------------------------------------------------------------------
def month_plan() -> ImprovementPlan:
    plan = yj.load(CASES / "plan-month-dates.toml")
    assert isinstance(plan, ImprovementPlan)
    return plan


def month_inspection() -> yj.Inspection:
    return attrs.evolve(fji_2015(), id="i")


def test_field_case_month_dates_load_with_their_precision() -> None:
    plan = month_plan()
    action = plan.action("1a")
    assert action.due == PartialDate(2013, 3)
    assert action.due.precision == "month"
    assert action.updates[0].date == PartialDate(2013, 7)
    assert action.status is ActionStatus.NOT_KNOWN  # not recorded is not "not started"
    assert yj.loads(yj.dumps(plan, "toml"), "toml") == plan


@pytest.mark.parametrize(
    ("as_of", "overdue"),
    [
        (D(2013, 2, 28), False),
        (D(2013, 3, 1), False),
        # "due March 2013" is due by the end of March: not overdue inside the month
        (D(2013, 3, 15), False),
        (D(2013, 3, 31), False),
        # past the month with no completion recorded: overdue, though the status is not recorded
        (D(2013, 4, 1), True),
        (D(2013, 8, 15), True),
    ],
)
def test_field_case_month_due_date_overdue(as_of: pendulum.Date, overdue: bool | None) -> None:
    state = yj.coverage(month_plan(), month_inspection(), as_of=as_of).actions[0]
    assert state.overdue.value is overdue
    if overdue is None:
        assert state.overdue.reason


def test_field_case_month_due_date_with_status_in_progress() -> None:
    plan = month_plan()
    open_ = attrs.evolve(
        plan, actions=(attrs.evolve(plan.actions[0], status=ActionStatus.IN_PROGRESS),)
    )
    inspection = month_inspection()
    assert yj.coverage(open_, inspection, as_of=D(2013, 4, 1)).actions[0].overdue.value is True
    march = yj.coverage(open_, inspection, as_of=D(2013, 3, 15))
    assert march.actions[0].overdue.value is False
    assert march.not_known_whether_overdue == ()
    assert "not known" not in march.verdict()


month_dates = st.builds(lambda y, m: PartialDate(y, m), st.integers(1990, 2040), st.integers(1, 12))
year_dates = st.builds(PartialDate, st.integers(1990, 2040))
days = st.dates(min_value=pendulum.Date(1988, 1, 1), max_value=pendulum.Date(2042, 12, 31)).map(
    lambda d: pendulum.Date(d.year, d.month, d.day)
)


@SETTINGS
@given(st.one_of(month_dates, year_dates), days)
def test_a_partial_due_date_is_overdue_only_after_its_last_day(
    due: PartialDate, as_of: pendulum.Date
) -> None:
    # a month or year in a plan means by the end of it
    assert due_before(due, as_of).value is (as_of > due.latest())


@SETTINGS
@given(st.one_of(month_dates, year_dates, days.map(PartialDate.from_date)), days)
def test_overdue_in_coverage_follows_the_date_answer(
    due: PartialDate, as_of: pendulum.Date
) -> None:
    action = Action(id="1a", text="x", due=due, covers=("R1",), status=ActionStatus.IN_PROGRESS)
    plan = ImprovementPlan(id="p", inspection="bromley-2015-fji", title="t", actions=(action,))
    state = yj.coverage(plan, fji_2015(), as_of=as_of).actions[0]
    assert state.overdue == due_before(due, as_of)
    horizon = as_of.add(days=28)
    assert state.due_soon == falls_within(due, as_of, horizon)


@SETTINGS
@given(st.one_of(month_dates, year_dates), days, st.integers(0, 120))
def test_due_soon_is_not_known_only_when_the_period_straddles_the_window(
    due: PartialDate, as_of: pendulum.Date, window: int
) -> None:
    answer = falls_within(due, as_of, as_of.add(days=window))
    inside = [due.earliest() >= as_of, due.latest() <= as_of.add(days=window)]
    if all(inside):
        assert answer.value is True
    elif due.latest() < as_of or due.earliest() > as_of.add(days=window):
        assert answer.value is False
    else:
        assert answer.value is None


def test_stale_with_a_month_update() -> None:
    update = ProgressUpdate(date="2013-07", rag="green", note="Update (July 2013)")
    action = Action(id="1a", text="x", updates=(update,), status=ActionStatus.IN_PROGRESS)
    plan = ImprovementPlan(
        id="p",
        inspection="bromley-2015-fji",
        title="t",
        actions=(action,),
        review_cadence=pendulum.duration(months=1),
    )
    inspection = fji_2015()

    def stale(as_of: pendulum.Date) -> bool | None:
        return yj.coverage(plan, inspection, as_of=as_of).actions[0].stale.value

    assert stale(D(2013, 7, 20)) is None  # the update may be later in July
    assert stale(D(2013, 8, 1)) is False  # made by 31 July, reviewed monthly: fine on 1 August
    assert stale(D(2013, 8, 15)) is None  # fine if made after 15 July
    assert stale(D(2013, 9, 1)) is True  # even on 31 July, a month has passed


def test_answer_is_truthy_only_for_a_certain_yes() -> None:
    assert bool(Answer(True))
    assert not Answer(False)
    assert not Answer(None, "why")
    assert str(Answer(None, "why")) == "not known: why"
    assert Answer(None).known is False
    assert Answer(False).known is True


def test_plan_submission_deadline() -> None:
    plan = ImprovementPlan(id="p", inspection="i", title="t", submit_by="2015-07")
    assert plan.submitted_late(D(2015, 6, 30)).value is False
    assert plan.submitted_late(D(2015, 7, 10)).value is False  # due by the end of July
    late = plan.submitted_late(D(2015, 8, 1))
    assert late.value is None
    assert "not recorded" in late.reason
    sent = attrs.evolve(plan, submitted=PartialDate(2015, 6, 30))
    assert sent.submitted_late(D(2016, 1, 1)).value is False
    assert attrs.evolve(plan, submitted="2015-09").submitted_late(D(2016, 1, 1)).value is True
    assert attrs.evolve(plan, submitted="2015-07").submitted_late(D(2016, 1, 1)).value is False
    assert attrs.evolve(plan, submitted="2015").submitted_late(D(2016, 1, 1)).value is None
    assert (
        ImprovementPlan(id="p", inspection="i", title="t").submitted_late(D(2016, 1, 1)).value
        is None
    )


def test_fieldwork_to_the_month_orders_and_times() -> None:
    insp = attrs.evolve(fji_2015(), fieldwork_start=PartialDate(2015, 2))
    assert insp.started is None
    assert insp.when == PartialDate(2015, 2)
    later = yj.examples.bromley().get("bromley-2025-standards")
    from yjinspect.analysis import time_between

    gap = time_between(insp, later)
    assert gap is not None
    assert gap.approximate
    assert "2015-02" in str(gap)
    with pytest.raises(ValueError, match="fieldwork_start"):
        attrs.evolve(
            insp,
            fieldwork=pendulum.interval(D(2015, 3, 2), D(2015, 3, 6)),
        )


# -- plans as far as they are known ------------------------------------------------------------
def test_field_case_plan_whose_actions_are_not_recorded() -> None:
    corpus = yj.load(CASES / "plan-actions-not-recorded.toml")
    plan = corpus.plans[0]
    cov = yj.coverage(plan, corpus.get("i"))
    assert cov.known is False
    assert cov.uncovered == ()
    assert cov.complete_coverage is False
    assert [g.kind.value for g in cov.problems] == ["actions-not-recorded"]
    assert "leaves gaps" not in cov.verdict()
    assert "not known" in cov.verdict()


def test_cli_coverage_exits_3_when_the_plan_actions_are_not_recorded(tmp_path: Path) -> None:
    corpus = yj.load(CASES / "plan-actions-not-recorded.toml")
    yj.dump(corpus.plans[0], tmp_path / "plan.toml")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "yjinspect",
            "coverage",
            str(tmp_path / "plan.toml"),
            str(CASES / "plan-actions-not-recorded.toml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert "not in the record" in done.stderr


def test_revised_due_date_is_judged_against_the_latest_and_keeps_the_original() -> None:
    action = Action(
        id="1a",
        text="x",
        covers=("R1",),
        status=ActionStatus.IN_PROGRESS,
        due="2015-09",
        revisions=(
            DueRevision(due="2015-12", on="2015-08", by="Management Board", reason="staff"),
        ),
    )
    plan = ImprovementPlan(id="p", inspection="bromley-2015-fji", title="t", actions=(action,))
    state = yj.coverage(plan, fji_2015(), as_of=D(2015, 10, 15)).actions[0]
    assert state.overdue.value is False
    assert state.due == PartialDate(2015, 12)
    assert state.original_due == PartialDate(2015, 9)
    assert yj.loads(yj.dumps(plan, "toml"), "toml") == plan
    assert str(action.revisions[0]) == "moved to 2015-12 on 2015-08 by Management Board (staff)"


def test_recommendation_cut_short() -> None:
    rec = yj.Recommendation(id="R1", text="Improve the quality of", text_cut_short=True)
    assert rec.text_cut_short
    with pytest.raises(ValueError, match="cut short"):
        yj.Recommendation(id="R1", text_cut_short=True)


# -- counts and key questions ---------------------------------------------------------------------
def counted(**kw: object) -> yj.Inspection:
    fields: dict[str, object] = {
        "id": "c",
        "service": yj.Service(name="Anytown YJS", local_authority="Anytown"),
        "framework": "hmip-youth-2021",
        "inspection_kind": yj.InspectionKind.STANDARDS,
    }
    return yj.Inspection(**{**fields, **kw})  # type: ignore[arg-type]


NINE_OF_13 = (
    yj.RatingCount(ratings=("outstanding",), count=9, total=13),
    yj.RatingCount(ratings=("good",), count=4, total=13),
)


def test_rating_counts_narrow_the_score_range() -> None:
    from yjinspect.frameworks._score_range import score_range

    fw = yj.frameworks.get("hmip-youth-2021")
    insp = counted(rating_counts=NINE_OF_13)
    rng = score_range(insp, fw)
    assert rng is not None
    # 13 standards: 12 scored + resettlement; 9 outstanding, 4 good in some order
    assert (rng.low, rng.high) == (32, 33)
    resettled = counted(
        rating_counts=NINE_OF_13, judgements=(yj.Judgement(area="4.1", rating="good"),)
    )
    rng = score_range(resettled, fw)
    assert rng is not None
    assert (rng.low, rng.high) == (33, 33)
    problems = yj.validate(attrs.evolve(insp, published_score=33))
    assert [p for p in problems if not p.path.startswith("$.service")] == []


def test_validate_reports_counts_that_contradict_the_standards_or_the_score() -> None:
    bad = counted(
        rating_counts=NINE_OF_13,
        judgements=tuple(yj.Judgement(area=a, rating="inadequate") for a in ("1.1", "1.2")),
    )
    assert any(p.path == "$.rating_counts" for p in yj.validate(bad))
    score = counted(rating_counts=NINE_OF_13, published_score=20)
    problems = yj.validate(score)
    assert any(p.path == "$.rating_counts" and "20/36" in p.message for p in problems)
    wrong_total = counted(rating_counts=(yj.RatingCount(ratings=("good",), count=1, total=7),))
    assert any(p.path == "$.rating_counts[0].total" for p in yj.validate(wrong_total))


def test_key_question_ratings_and_derived_standard_rating() -> None:
    j = yj.Judgement(
        area="2.1",
        key_questions={"desistance": 84, "child-safety": 71, "public-safety": 90},
        key_question_ratings={"desistance": "outstanding"},
    )
    insp = counted(judgements=(j,))
    assert yj.derived_rating(insp, "2.1").label == "Good"
    assert yj.level_of(insp, "2.1") is None  # the record holds no rating
    later = counted(id="d", judgements=(yj.Judgement(area="2.1", rating="outstanding"),))
    change = yj.compare(insp, later).change("2.1")
    assert change.before_derived
    assert change.change is Change.IMPROVED
    assert "Good (derived)" in str(change)
    assert yj.loads(yj.dumps(insp, "toml"), "toml") == insp


# -- Core Case Inspection percentages --------------------------------------------------------------
def test_field_case_cci_percentages_compare_in_points() -> None:
    corpus = yj.load(CASES / "cci-percentages.toml")
    c = yj.compare(corpus.get("a"), corpus.get("b"))
    ch = c.change("safeguarding")
    assert ch.change is Change.IMPROVED
    assert ch.points_change == pytest.approx(39.0)
    assert "36% -> 75%" in str(ch)
    assert "+39 percentage points" in str(ch)
    # "did it improve?" follows the headline percentages too, not only the comments
    assert c.improvement.basis == "percentage"
    assert c.improvement.change is Change.IMPROVED
    assert c.improvement.approximate  # two of the three areas are not known on both sides
    assert str(c.improvement) == (
        "Did it improve? Yes (approximately): the headline percentage of each area known on "
        "both sides: Safeguarding 36% -> 75% (+39 percentage points); 2 area(s) without a "
        "percentage on both sides are left out."
    )


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 100)), min_size=1, max_size=3))
def test_did_it_improve_follows_every_cci_percentage(pairs: list[tuple[int, int]]) -> None:
    fw = yj.frameworks.get("hmip-cci-2009")
    codes = [a.code for a in fw.areas][: len(pairs)]

    def one(ident: str, published: str, side: int) -> yj.Inspection:
        return yj.Inspection(
            id=ident,
            service=yj.Service(name="Anytown YOS", local_authority="Anytown"),
            framework="hmip-cci-2009",
            inspection_kind="reinspection",
            published=published,
            judgements=[
                yj.Judgement(area=code, status="not-known", percentage=float(p[side]))
                for code, p in zip(codes, pairs, strict=False)
            ],
        )

    result = yj.analysis.improvement(one("a", "2010", 0), one("b", "2012", 1))
    up = any(b > a for a, b in pairs)
    down = any(b < a for a, b in pairs)
    expected = (
        Change.UNKNOWN
        if up and down
        else Change.IMPROVED
        if up
        else Change.DECLINED
        if down
        else Change.UNCHANGED
    )
    assert result.basis == "percentage"
    assert result.change is expected


@SETTINGS
@given(st.integers(0, 100), st.integers(0, 100), st.sampled_from(["minimum", None]))
def test_cci_percentages_decide_and_comments_ride_along(
    before: int, after: int, comment: str | None
) -> None:
    def insp(ident: str, pct: int, year: int) -> yj.Inspection:
        return yj.Inspection(
            id=ident,
            service=yj.Service(name="Anytown YOS", local_authority="Anytown"),
            framework="hmip-cci-2009",
            inspection_kind=yj.InspectionKind.CORE_CASE,
            published=PartialDate(year),
            judgements=(yj.Judgement(area="safeguarding", rating=comment, percentage=pct),),
        )

    ch = yj.compare(insp("a", before, 2010), insp("b", after, 2011)).change("safeguarding")
    assert ch.points_change == after - before
    expected = (
        Change.IMPROVED
        if after > before
        else Change.DECLINED
        if after < before
        else Change.UNCHANGED
    )
    assert ch.change is expected
    if comment is not None:
        assert ch.before is not None
        assert ch.before.code == comment


# -- did it improve? ------------------------------------------------------------------------------
def test_bromley_2016_to_2025_reads_for_a_committee() -> None:
    s = yj.examples.bromley()
    answer = improvement(s.get("bromley-2016-fji-reinspection"), s.get("bromley-2025-standards"))
    assert answer.basis == "position"
    assert answer.approximate
    assert answer.later.lower_low == answer.later.lower_high == 0  # from "every standard Good+"
    assert (answer.earlier.lower_low, answer.earlier.lower_high) == (0, 1)
    assert answer.change is Change.UNKNOWN
    text = str(answer)
    assert text.startswith("Did it improve? No worse, possibly better (approximately).")
    assert answer.bound == "no worse"
    assert "the 2025 standards inspection: Outstanding overall" in text
    assert "not known in the reinspection (date not recorded) decide the rest" in text
    demo = subprocess.run(
        [sys.executable, "-m", "yjinspect", "demo"], capture_output=True, text=True, check=True
    ).stdout
    assert text in demo


def test_shared_scale_overall_answers_at_the_overall_level() -> None:
    a = counted(id="a", framework="hmip-youth-2018", published_overall="requires-improvement")
    b = counted(id="b", published_overall="good", published=PartialDate(2024))
    answer = improvement(a, b)
    assert answer.basis == "overall"
    assert not answer.approximate
    assert answer.change is Change.IMPROVED
    assert str(answer).startswith("Did it improve? Yes: overall Requires improvement")


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["poor", "unsatisfactory", "satisfactory", "good"]), min_size=1, max_size=5
    ),
    st.lists(
        st.sampled_from(["inadequate", "requires-improvement", "good", "outstanding"]),
        min_size=1,
        max_size=12,
    ),
)
def test_position_summary_follows_the_lower_half_shares(
    before: list[str], after: list[str]
) -> None:
    fji = yj.frameworks.get("hmip-fji-2012")
    codes = [a.code for a in fji.rated_areas("interventions")]
    earlier = attrs.evolve(
        fji_2015(),
        judgements=tuple(
            yj.Judgement(area=c, rating=r) for c, r in zip(codes, before, strict=False)
        ),
    )
    std = [a.code for a in yj.frameworks.get("hmip-youth-2021").scored_areas]
    later = counted(
        published=PartialDate(2024),
        judgements=tuple(yj.Judgement(area=c, rating=r) for c, r in zip(std, after, strict=False)),
        service=fji_2015().service,
    )
    answer = improvement(earlier, later)
    assert answer.basis == "position"
    assert answer.approximate
    low_a = sum(r in ("poor", "unsatisfactory") for r in before)
    low_b = sum(r in ("inadequate", "requires-improvement") for r in after)
    n_a, n_b = answer.earlier.areas, answer.later.areas
    hi_a = low_a + (n_a - len(before))
    hi_b = low_b + (n_b - len(after))
    if hi_b / n_b < low_a / n_a:
        assert answer.change is Change.IMPROVED
    elif low_b / n_b > hi_a / n_a:
        assert answer.change is Change.DECLINED
    else:
        assert answer.change in (Change.UNKNOWN, Change.UNCHANGED)


def test_validate_names_bad_key_question_ratings() -> None:
    insp = counted(
        judgements=(
            yj.Judgement(area="2.1", key_question_ratings={"desistance": "superb", "x": "good"}),
        )
    )
    paths = {p.path: p.message for p in yj.validate(insp)}
    assert "superb" in paths["$.judgements[0].key_question_ratings['desistance']"]
    assert "found 'x'" in paths["$.judgements[0].key_question_ratings['x']"]


@SETTINGS
@given(st.one_of(month_dates, year_dates), days)
def test_a_pending_milestone_is_overdue_as_its_due_date_answers(
    due: PartialDate, as_of: pendulum.Date
) -> None:
    from yjinspect.model import Milestone

    milestone = Milestone(title="mock inspection", due=due)
    assert milestone.overdue(as_of) == due_before(due, as_of)
    plan = ImprovementPlan(
        id="p",
        inspection="bromley-2015-fji",
        title="t",
        actions=(Action(id="1a", text="x", covers=("R1",), status=ActionStatus.COMPLETE),),
        milestones=(milestone,),
    )
    cov = yj.coverage(plan, fji_2015(), as_of=as_of)
    answer = due_before(due, as_of).value
    assert (cov.milestones_overdue == (milestone,)) is (answer is True)
    assert (cov.milestones_not_known == (milestone,)) is (answer is None)
    done = attrs.evolve(milestone, status=yj.MilestoneStatus.DONE)
    assert done.overdue(as_of).value is False


@SETTINGS
@given(
    st.one_of(month_dates, year_dates, days.map(PartialDate.from_date)),
    st.one_of(month_dates, year_dates, days.map(PartialDate.from_date)),
    st.integers(0, 15),
)
def test_time_between_answers_longer_than_honestly(
    a: PartialDate, b: PartialDate, years: int
) -> None:
    from yjinspect.analysis import time_between

    if b.latest() < a.earliest():
        a, b = b, a
    service = yj.Service(name="Anytown YJS", local_authority="Anytown")

    def insp(ident: str, when: PartialDate) -> yj.Inspection:
        return yj.Inspection(
            id=ident,
            service=service,
            framework="hmip-youth-2021",
            inspection_kind=yj.InspectionKind.STANDARDS,
            published=when,
        )

    gap = time_between(insp("a", a), insp("b", b))
    assert gap is not None
    answer = gap.longer_than(pendulum.duration(years=years))
    # every pair of days the two dates can stand for
    lo = a.latest().add(years=years) < b.earliest()
    hi = a.earliest().add(years=years) < b.latest()
    if lo:
        assert answer.value is True
    elif not hi:
        assert answer.value is False
    else:
        assert answer.value is None
        assert answer.reason


@pytest.mark.parametrize(
    ("before_fw", "after_fw"),
    [
        ("hmip-youth-2018", "hmip-youth-2021"),
        ("hmip-youth-2021", "hmip-youth-2025"),
        ("hmip-youth-2018", "hmip-youth-2025"),
    ],
)
@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        ("requires-improvement", "good", Change.IMPROVED),
        ("good", "good", Change.UNCHANGED),
        ("outstanding", "inadequate", Change.DECLINED),
    ],
)
def test_frameworks_sharing_a_scale_answer_with_the_overall(
    before_fw: str, after_fw: str, before: str, after: str, change: Change
) -> None:
    a = counted(id="a", framework=before_fw, published=PartialDate(2020), published_overall=before)
    b = counted(id="b", framework=after_fw, published=PartialDate(2025, 9), published_overall=after)
    answer = improvement(a, b)
    assert answer.basis == "overall"
    assert not answer.approximate
    assert answer.change is change
