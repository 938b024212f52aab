"""Hypothesis strategies for improvement plans (re-exported by ``yjinspect.testing.strategies``).

Every plan these strategies build passes :func:`yjinspect.plan.plan_problems` against its
inspection with no error (unless ``dangling=True`` asks for references that resolve to nothing)
and survives a JSON and a TOML round trip. Arguments are keyword-only.

Example:
    >>> from hypothesis import given
    >>> from yjinspect.testing._plan_strategies import inspections_and_plans
    >>> @given(inspections_and_plans(coverage="full"))
    ... def test_full_plans_leave_nothing_open(pair):
    ...     inspection, plan = pair

Requires hypothesis: the ``testing`` extra (from a clone, ``pip install -e ".[testing]"``).
"""

from __future__ import annotations

import functools
from typing import Literal

import pendulum
from hypothesis import strategies as st

from .. import frameworks as _frameworks
from ..model import (
    RAG,
    Action,
    ActionStatus,
    Agreement,
    DueRevision,
    Finding,
    FindingKind,
    ImprovementPlan,
    Inspection,
    InspectionKind,
    Judgement,
    JudgementStatus,
    Milestone,
    PartialDate,
    ProgressUpdate,
    Recommendation,
    RecommendationResponse,
    Service,
    SuccessMeasure,
    Theme,
)

__all__ = [
    "CoverageMode",
    "actions",
    "improvement_plans",
    "inspections_and_plans",
    "plan_inspections",
]

CoverageMode = Literal["full", "partial", "none"]
"""How much of its inspection a generated plan answers."""

_FRAMEWORKS: dict[str, str | None] = {"hmip-fji-2012": "interventions", "hmip-youth-2021": None}
_START = pendulum.Date(2015, 1, 1)
_END = pendulum.Date(2017, 12, 31)
_PLAN_DUE = pendulum.Date(2015, 12, 31)
_CADENCES = (
    pendulum.duration(months=1),
    pendulum.duration(weeks=2),
    pendulum.duration(months=3),
    pendulum.duration(days=10),
)
# Plan text: letters (Welsh and other accented ones among them), digits, spaces and punctuation.
# A fixed alphabet draws far faster than a Unicode category filter; the documents' own round-trip
# tests cover every character.
_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    " .,;:'\"()&%/-\u2013\u2019\u00e9\u00f4\u0175\u0177\u00e2\u00eb\u00ef\u00fc\u00f1\u0142"
    "\u4e2d\u0623\u00a0"
)
_WORDS = st.text(alphabet=_ALPHABET, min_size=1, max_size=30).filter(lambda s: s.strip() != "")


def _days(lo: pendulum.Date = _START, hi: pendulum.Date = _END) -> st.SearchStrategy[pendulum.Date]:
    span = (hi - lo).days
    return st.integers(0, span).map(lambda n: lo.add(days=n))


def _action_id(k: int) -> str:
    return f"{k // 26 + 1}{chr(ord('a') + k % 26)}"


_FRAMEWORK_CODES = st.sampled_from(sorted(_FRAMEWORKS))


@functools.cache
def _framework_strategies(
    code: str,
) -> tuple[
    list[str],
    st.SearchStrategy[list[str]],
    st.SearchStrategy[str | None],
    st.SearchStrategy[list[str]],
]:
    """For one framework, built once: its rated areas, a set of them, a rating or none, and up
    to two areas for a finding or recommendation."""
    fw = _frameworks.get(code)
    rated = [a.code for a in fw.rated_areas(_FRAMEWORKS.get(code))]
    return (
        rated,
        st.lists(st.sampled_from(rated), unique=True, max_size=len(rated)),
        st.one_of(st.none(), st.sampled_from(fw.scale.codes)),
        st.lists(st.sampled_from(rated), unique=True, max_size=2),
    )


@st.composite
def plan_inspections(
    draw: st.DrawFn,
    /,
    *,
    framework: str | None = None,
    max_findings: int = 6,
    max_recommendations: int = 4,
    min_recommendations: int = 0,
) -> Inspection:
    """Inspections for plans to answer: judgements, findings and recommendations on a built-in
    framework ("hmip-fji-2012" or "hmip-youth-2021" unless ``framework`` names one).

    Args:
        framework: the framework's code; drawn when ``None``.
        max_findings: the most findings to draw.
        max_recommendations: the most recommendations to draw.
        min_recommendations: the fewest recommendations to draw.
    """
    code = framework if framework is not None else draw(_FRAMEWORK_CODES)
    rated, chosen_areas, levels, areas = _framework_strategies(code)
    chosen = draw(chosen_areas)
    judgements = []
    for area in sorted(chosen, key=rated.index):
        level = draw(levels)
        if level is None:
            judgements.append(Judgement(area=area, status=JudgementStatus.NOT_KNOWN))
        else:
            judgements.append(Judgement(area=area, rating=level))
    version = _FRAMEWORKS.get(code)
    n_f = draw(st.integers(0, max_findings))
    findings = tuple(
        Finding(
            id=f"F{i + 1}",
            kind=draw(st.sampled_from(FindingKind)),
            text=draw(_WORDS),
            areas=tuple(draw(areas)),
        )
        for i in range(n_f)
    )
    n_r = draw(st.integers(min_recommendations, max(min_recommendations, max_recommendations)))
    recs = tuple(
        Recommendation(
            id=f"R{i + 1}", text=draw(st.one_of(st.none(), _WORDS)), areas=tuple(draw(areas))
        )
        for i in range(n_r)
    )
    return Inspection(
        id=draw(st.sampled_from(("insp-a", "insp-b", "bromley-x"))),
        service=Service(
            name="A Youth Justice Service", local_authority="A Council", authorities=("E09000006",)
        ),
        framework=code,
        framework_version=version,
        inspection_kind=InspectionKind.FULL_JOINT,
        judgements=tuple(judgements),
        findings=findings,
        recommendations=recs,
    )


def _targets(inspection: Inspection) -> tuple[list[str], list[str]]:
    """The ids a plan must answer, and the ids it may name without answering anything."""
    fw = _frameworks.get(inspection.framework)
    concern: set[str] = set()
    judged_calm: list[str] = []
    for j in inspection.judgements:
        if j.rating is not None and fw.scale.level(j.rating).concern:
            concern.add(j.area)
    for j in inspection.judgements:
        if j.area not in concern:
            judged_calm.append(j.area)
    must = [r.id for r in inspection.recommendations]
    must += [f.id for f in inspection.findings if f.kind is FindingKind.AREA_FOR_IMPROVEMENT]
    must += [a.code for a in fw.areas if a.code in concern]
    # Naming a strength or an area covers the areas it concerns: only areas never of concern,
    # and tied to no item, are safe to name without answering anything.
    tied = {a for r in inspection.recommendations for a in r.areas}
    tied |= {a for f in inspection.findings for a in f.areas}
    harmless = [a for a in judged_calm if a not in tied and a not in concern]
    return must, harmless


# Strategies built once: building and validating strategies inside every draw cost more than
# the draws themselves.
_RAGS = st.sampled_from(RAG)
_PERCENT_OR_NONE = st.one_of(st.none(), st.floats(0, 100))
_WORDS_OR_NONE = st.one_of(st.none(), _WORDS)
_PRECISIONS = st.integers(0, 2)
_SPAN = st.integers(0, (_END - _START).days)
_STATUSES = st.sampled_from(list(ActionStatus))
_LIVE_STATUSES = st.sampled_from([s for s in ActionStatus if s is not ActionStatus.DROPPED])
_MEASURES = st.one_of(
    st.none(),
    st.builds(
        SuccessMeasure,
        description=_WORDS,
        baseline=_PERCENT_OR_NONE,
        target=_PERCENT_OR_NONE,
        unit=st.sampled_from(("%", "cases")),
    ),
)
_OWNERS = st.one_of(st.none(), st.sampled_from(("Head of Service", "Chief Executive")))
_AGENCIES = st.one_of(st.none(), st.sampled_from(("YOS", "Police", "Health")))
_BOARD = st.one_of(st.none(), st.just("Management Board"))
_UPDATE_COUNTS = st.integers(0, 2)


def _draw_precision(draw: st.DrawFn, day: pendulum.Date) -> PartialDate:
    """``day`` known to the day, the month or the year, as council plans print dates."""
    which = draw(_PRECISIONS)
    if which == 0:
        return PartialDate.from_date(day)
    return PartialDate(day.year, day.month) if which == 1 else PartialDate(day.year)


def _draw_day(draw: st.DrawFn, lo: pendulum.Date = _START) -> pendulum.Date:
    """A day from ``lo`` to the end of the generated period."""
    span = (_END - lo).days
    return lo.add(days=draw(_SPAN) % (span + 1)) if span > 0 else lo


def _draw_updates(draw: st.DrawFn, start: pendulum.Date) -> tuple[ProgressUpdate, ...]:
    days = sorted(_draw_day(draw, start) for _ in range(draw(_UPDATE_COUNTS)))
    return tuple(
        ProgressUpdate(
            date=_draw_precision(draw, d),
            rag=draw(_RAGS),
            note=draw(_WORDS),
            value=draw(_PERCENT_OR_NONE),
        )
        for d in days
    )


@st.composite
def actions(
    draw: st.DrawFn,
    /,
    *,
    id: str,
    covers: tuple[str, ...] = (),
    themes: tuple[str, ...] = (),
    live: bool = False,
) -> Action:
    """One action with the given id and references.

    Args:
        id: the action's id.
        covers: the ids it names.
        themes: the theme ids it may belong to.
        live: when True, never ``dropped`` (a dropped action answers nothing).
    """
    return _draw_action(draw, id=id, covers=covers, themes=themes, live=live)


def _draw_action(
    draw: st.DrawFn, *, id: str, covers: tuple[str, ...], themes: tuple[str, ...], live: bool
) -> Action:
    status = draw(_LIVE_STATUSES if live else _STATUSES)
    updates = _draw_updates(draw, _START)
    completed = None
    if status is ActionStatus.COMPLETE and draw(st.booleans()):
        lo = updates[0].date.latest() if updates else _START
        completed = _draw_precision(draw, _draw_day(draw, lo))
    measure = draw(_MEASURES)
    due = _draw_precision(draw, _draw_day(draw)) if draw(st.booleans()) else None
    revisions: tuple[DueRevision, ...] = ()
    if due is not None and draw(st.booleans()):
        later = due.latest().add(days=draw(st.integers(1, 200)))
        revisions = (
            DueRevision(
                due=_draw_precision(draw, later),
                on=_draw_precision(draw, due.earliest()) if draw(st.booleans()) else None,
                by=draw(_BOARD),
                reason=draw(_WORDS_OR_NONE),
            ),
        )
    return Action(
        id=id,
        text=draw(_WORDS),
        theme=draw(st.one_of(st.none(), st.sampled_from(themes))) if themes else None,
        owner=draw(_OWNERS),
        agency=draw(_AGENCIES),
        due=due,
        revisions=revisions,
        covers=covers,
        measure=measure,
        status=status,
        completed=completed,
        updates=updates,
    )


COVERAGE_MODES: tuple[CoverageMode, ...] = ("full", "partial", "none")


def check_coverage(coverage: object) -> CoverageMode:
    """``coverage`` if it is one of :data:`COVERAGE_MODES`.

    Raises:
        ValueError: any other value, naming the ones allowed.
    """
    if coverage not in COVERAGE_MODES:
        raise ValueError(
            f"unknown coverage={coverage!r}; expected one of: {', '.join(COVERAGE_MODES)}"
        )
    return coverage


def improvement_plans(
    *,
    inspection: Inspection | None = None,
    coverage: CoverageMode = "partial",
    dangling: bool = False,
    max_actions: int = 4,
) -> st.SearchStrategy[ImprovementPlan]:
    """Improvement plans answering ``inspection``.

    Args:
        inspection: the inspection the plans answer (required; to draw an inspection and a
            plan answering it, use :func:`inspections_and_plans`).
        coverage: ``"full"``: every recommendation, area for improvement and judgement area of
            concern is named by a live action; ``"none"``: no action answers any of them;
            ``"partial"``: at least one of them is answered and at least one is not.
        dangling: when True, at least one action names an id that resolves to nothing.
        max_actions: the most actions beyond those ``"full"`` and ``"partial"`` need.

    Raises:
        TypeError: no ``inspection`` was given.
        ValueError: an unknown ``coverage``; ``"partial"`` for an inspection with fewer than
            two things to answer.
    """
    if inspection is None:
        raise TypeError(
            "improvement_plans() needs inspection=, the inspection the plans answer; "
            "to draw an inspection and a plan together, use inspections_and_plans()"
        )
    check_coverage(coverage)
    must, _ = _targets(inspection)
    if coverage == "partial" and len(must) < 2:
        raise ValueError(
            f"coverage='partial' needs an inspection with at least two things to answer "
            f"(recommendations, areas for improvement, judgement areas of concern); "
            f"{inspection.id!r} has {len(must)}"
        )
    return _improvement_plans(
        inspection=inspection, coverage=coverage, dangling=dangling, max_actions=max_actions
    )


@st.composite
def _improvement_plans(
    draw: st.DrawFn,
    /,
    *,
    inspection: Inspection,
    coverage: CoverageMode,
    dangling: bool,
    max_actions: int,
) -> ImprovementPlan:
    must, harmless = _targets(inspection)
    theme_ids = tuple(draw(st.lists(st.sampled_from(("t1", "t2", "t3")), unique=True)))
    fw = _frameworks.get(inspection.framework)
    themes = tuple(
        Theme(
            id=t,
            title=f"Theme {t}",
            areas=tuple(draw(st.lists(st.sampled_from([a.code for a in fw.areas]), max_size=2))),
        )
        for t in theme_ids
    )
    plan_refs: list[tuple[tuple[str, ...], bool]] = []
    pool = harmless
    if coverage == "full":
        for ref in must:
            plan_refs.append(((ref,), True))
        pool = must + harmless
    elif coverage == "partial":
        # Leave one thing unanswered. Prefer a recommendation or finding: those are answered
        # only by naming their id, so answering the rest cannot answer it by the way. An area
        # is left out only when there is nothing else, and naming other areas answers no area.
        items = {r.id for r in inspection.recommendations} | {f.id for f in inspection.findings}
        named_by_id = [m for m in must if m in items]
        left_out = draw(st.sampled_from(named_by_id or must))
        rest = [m for m in must if m != left_out]
        answered = draw(st.lists(st.sampled_from(rest), min_size=1, unique=True))
        for ref in answered:
            plan_refs.append(((ref,), True))
        pool = answered + harmless
    # A plan with no actions is one whose actions are not recorded: draw at least one.
    n_extra = draw(st.integers(0 if plan_refs else 1, max(max_actions, 1)))
    for _ in range(n_extra):
        picked = draw(st.lists(st.sampled_from(pool), max_size=3, unique=True)) if pool else []
        plan_refs.append((tuple(picked), False))
    if coverage == "none":
        # Dropped actions may name anything: they answer nothing.
        for _ in range(draw(st.integers(0, 2))):
            named = draw(st.lists(st.sampled_from(must), max_size=2, unique=True)) if must else []
            plan_refs.append((tuple(named), False))
    order = draw(st.permutations(range(len(plan_refs))))
    built: list[Action] = []
    for k, idx in enumerate(order):
        refs, live = plan_refs[idx]
        answers = any(r in must for r in refs)
        action = _draw_action(draw, id=_action_id(k), covers=refs, themes=theme_ids, live=live)
        if coverage == "none" and answers and action.status is not ActionStatus.DROPPED:
            action = Action(
                id=action.id, text=action.text, covers=refs, status=ActionStatus.DROPPED
            )
        built.append(action)
    if dangling:
        k = len(built)
        ghost = f"zz-missing-{draw(st.integers(1, 99))}"
        built.append(
            _draw_action(draw, id=_action_id(k), covers=(ghost,), themes=theme_ids, live=False)
        )
    rec_ids = [r.id for r in inspection.recommendations]
    answered = draw(st.lists(st.sampled_from(rec_ids), unique=True)) if rec_ids else []
    responses = tuple(
        RecommendationResponse(
            recommendation=r,
            agreement=draw(st.sampled_from(Agreement)),
            reason=draw(st.one_of(st.none(), _WORDS)),
        )
        for r in answered
    )
    approved = draw(st.one_of(st.none(), _days(_START, _PLAN_DUE)))
    milestones = tuple(
        draw(
            st.lists(
                st.builds(
                    Milestone,
                    title=_WORDS,
                    due=st.one_of(st.none(), _days().map(_partial_month)),
                ),
                max_size=2,
            )
        )
    )
    return ImprovementPlan(
        id="plan",
        inspection=inspection.id,
        title="Improvement plan",
        board=draw(st.one_of(st.none(), st.just("Management Board"))),
        approved=approved,
        submitted=approved.add(days=draw(st.integers(0, 30))) if approved else None,
        submit_by=(
            _draw_precision(draw, draw(_days(_START, _PLAN_DUE))) if draw(st.booleans()) else None
        ),
        review_cadence=draw(st.one_of(st.none(), st.sampled_from(_CADENCES))),
        themes=themes,
        responses=responses,
        actions=tuple(built),
        milestones=milestones,
    )


def _partial_month(day: pendulum.Date) -> PartialDate:
    return PartialDate(day.year, day.month)


def inspections_and_plans(
    *,
    coverage: CoverageMode = "partial",
    dangling: bool = False,
    framework: str | None = None,
) -> st.SearchStrategy[tuple[Inspection, ImprovementPlan]]:
    """Pairs of an inspection and a plan answering it (see :func:`improvement_plans`); for
    ``coverage="partial"`` the inspection has at least two recommendations.

    Raises:
        ValueError: an unknown ``coverage``.
    """
    check_coverage(coverage)
    return _inspections_and_plans(coverage=coverage, dangling=dangling, framework=framework)


@st.composite
def _inspections_and_plans(
    draw: st.DrawFn,
    /,
    *,
    coverage: CoverageMode,
    dangling: bool,
    framework: str | None,
) -> tuple[Inspection, ImprovementPlan]:
    inspection = draw(
        plan_inspections(framework=framework, min_recommendations=2 if coverage == "partial" else 0)
    )
    plan = draw(improvement_plans(inspection=inspection, coverage=coverage, dangling=dangling))
    return inspection, plan
