"""What a notebook shows for a result: a short repr naming what it is of, never the whole record."""

import yjinspect as yj
from yjinspect import datasets


def test_results_and_plans_have_short_reprs():
    bromley = yj.examples.bromley()
    plan = yj.examples.bromley_plan()
    before, after = bromley.get("bromley-2015-fji"), bromley.get("bromley-2016-fji-reinspection")
    national = yj.analysis.cohort(datasets.national())
    reprs = {
        "plan": repr(plan),
        "coverage": repr(yj.coverage(plan, bromley)),
        "comparison": repr(yj.compare(before, after)),
        "trajectory": repr(yj.analysis.trajectory(bromley.inspections)),
        "cohort": repr(national),
        "league": repr(national.league),
        "effectiveness": repr(yj.analysis.effectiveness(plan, before, after)),
    }
    assert reprs["plan"] == (
        "ImprovementPlan(id='bromley-2015-plan', inspection='bromley-2015-fji', themes=4, "
        "actions=7, milestones=2)"
    )
    assert reprs["coverage"] == (
        "Coverage(plan='bromley-2015-plan', inspection='bromley-2015-fji', as_of=None, "
        "items=10, actions=7)"
    )
    assert reprs["comparison"] == (
        "Comparison(earlier='bromley-2015-fji', later='bromley-2016-fji-reinspection', "
        "changes=6, crosswalk=None)"
    )
    assert reprs["trajectory"] == (
        "Trajectory(service='Bromley Youth Justice Service', inspections=4, undated=1)"
    )
    assert reprs["league"] == (
        f"LeagueTable(rows={len(national.league.rows)}, unscored={len(national.league.unscored)})"
    )
    assert reprs["effectiveness"].startswith("Effectiveness(plan='bromley-2015-plan', ")
    assert all(len(text) < 200 for text in reprs.values()), reprs
