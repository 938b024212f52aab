"""One copy of each rule: compare, trajectory, cohort and the views built on them read every
inspection's overall rating and score alike, through :func:`yjinspect.analysis.read_overall`."""

from __future__ import annotations

import itertools
from collections import defaultdict

import attrs
import pendulum
from hypothesis import HealthCheck, given, settings

import yjinspect as yj
from yjinspect._escape import md
from yjinspect.analysis import OverallReading, cohort, read_overall, trajectory
from yjinspect.crosswalks import NoCrosswalk
from yjinspect.report import comparison_markdown
from yjinspect.testing import strategies as yst
from yjinspect.testing.factories import make_inspection

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _reading(insp: yj.Inspection) -> OverallReading:
    return read_overall(insp, yj.frameworks.get(insp.framework))


def _code(level: yj.Level | None) -> str | None:
    return None if level is None else level.code


def _check_agreement(inspections: tuple[yj.Inspection, ...]) -> int:
    """Assert that every analysis and view reads each inspection alike; the number of
    comparisons made."""
    readings = {insp.id: _reading(insp) for insp in inspections}
    by_service: dict[str, list[yj.Inspection]] = defaultdict(list)
    for insp in inspections:
        by_service[insp.service.name].append(insp)
    compared = 0
    for items in by_service.values():
        history = trajectory(items)
        frame = history.to_frame()
        for point, row in zip(history.points, frame.to_dict("records"), strict=True):
            r = readings[point.inspection]
            seen = (point.overall, point.overall_basis, point.score, point.score_basis)
            assert seen == (_code(r.level), r.basis, r.score, r.score_basis)
            assert row["overall_basis"] == point.overall_basis
            assert row["score_basis"] == point.score_basis
        ordered = list(history.inspections)
        for earlier, later in itertools.pairwise(ordered):
            try:
                c = yj.compare(earlier, later)
            except NoCrosswalk:
                continue
            compared += 1
            a, b = readings[earlier.id], readings[later.id]
            if c.overall is None:
                assert (a.basis, b.basis) == ("none", "none")
                continue
            before = (c.overall.before, c.overall.before_score)
            after = (c.overall.after, c.overall.after_score)
            assert before == (a.level, a.score)
            assert after == (b.level, b.score)
            assert (c.overall.before_basis, c.overall.after_basis) == (a.basis, b.basis)
            bases = (c.overall.before_score_basis, c.overall.after_score_basis)
            assert bases == (a.score_basis, b.score_basis)
            # the Markdown shows the same words, as Markdown text ("->" written "-&gt;")
            assert md(str(c.overall).removeprefix("overall: ")) in comparison_markdown(c)
    league = cohort(inspections).league
    for row in league.rows:
        r = readings[row.inspection]
        assert (row.score, row.basis, row.overall) == (r.score, r.score_basis, _code(r.level))
    ranked = {row.inspection for row in league.rows}
    for insp in inspections:
        scored = readings[insp.id].score is not None
        assert (insp.id in ranked) == scored, insp.id
    return compared


@SETTINGS
@given(yst.national_corpora(max_services=3, max_per_service=3))
def test_compare_trajectory_cohort_and_views_agree_on_every_inspection(corpus: yj.Corpus) -> None:
    _check_agreement(corpus.inspections)


def test_a_published_rating_without_a_published_score_takes_the_derived_score_as_derived() -> None:
    before = make_inspection(
        id="before",
        ratings={"2.1": "requires-improvement"},
        start=pendulum.Date(2021, 9, 6),
    )
    after = make_inspection(id="after", start=pendulum.Date(2024, 9, 2))
    after = yj.loads(yj.dumps(after).replace('  "published_score": 24,\n', ""))
    assert (after.published_overall, after.published_score) == ("good", None)
    r = _reading(after)
    assert (r.level.code if r.level else None, r.basis) == ("good", "published")
    assert (r.score, r.score_basis) == (24, "derived")
    assert _check_agreement((before, after)) == 1
    overall = yj.compare(before, after).overall
    assert overall is not None
    assert (overall.after_score, overall.after_basis, overall.after_score_basis) == (
        24,
        "published",
        "derived",
    )
    assert "Good 24/36 (score derived)" in str(overall)
    point = trajectory([before, after]).points[-1]
    assert (point.score, point.overall_basis, point.score_basis) == (24, "published", "derived")


def test_nothing_published_and_nothing_derivable_is_not_known() -> None:
    insp = make_inspection(publish_overall=False)
    first, *rest = insp.judgements
    unknown = yj.Judgement(area=first.area, status=yj.JudgementStatus.NOT_KNOWN)
    partial = attrs.evolve(insp, judgements=(unknown, *rest))
    r = _reading(partial)
    assert (r.level, r.basis, r.score, r.score_basis) == (None, "not known", None, "not known")


def test_a_framework_without_an_overall_rating_reads_as_none() -> None:
    insp = make_inspection(framework="hmip-fji-2012", publish_overall=False)
    r = _reading(insp)
    assert (r.level, r.basis, r.score, r.score_basis) == (None, "none", None, "none")
