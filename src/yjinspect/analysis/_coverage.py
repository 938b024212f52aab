"""Plan coverage and effectiveness: does a plan answer its inspection, and did it work?

:func:`coverage` answers a scrutiny committee's questions about an improvement plan: does an
action answer every recommendation, every finding that is an area for improvement and every
judgement area rated in the lower part of its scale (the levels marked
:attr:`~yjinspect.scales.Level.concern`: Poor, Unsatisfactory, Requires improvement,
Inadequate...)? Which references resolve to nothing, which actions answer nothing, and, on a
given day, what is overdue, due soon, complete, or gone too long without a progress update?

:func:`effectiveness` sets the plan beside the next inspection: for each judgement area, whether
the plan covered it and how its rating changed.

Both are pure: they read their arguments only, and "today" is the ``as_of`` argument. Work is
indexed by id, so the cost grows with the number of actions, references and items, never with
their product.

Example:
    >>> import yjinspect as yj
    >>> series = yj.examples.bromley()
    >>> cov = yj.coverage(yj.examples.bromley_plan(), series.get("bromley-2015-fji"))
    >>> cov.complete_coverage
    True
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

import pendulum

from ..errors import UnknownRating
from ..frameworks import get as get_framework
from ..model import (
    NO,
    Action,
    ActionStatus,
    Answer,
    Corpus,
    Finding,
    FindingKind,
    ImprovementPlan,
    Inspection,
    JudgementStatus,
    Milestone,
    PartialDate,
    Recommendation,
    add_duration,
    due_before,
    falls_within,
)
from ._compare import compare
from .coverage_report import (
    ActionState,
    AreaCoverage,
    Coverage,
    CoverageItem,
    Dangling,
    ItemKind,
    ThemeCoverage,
)
from .effectiveness_report import AreaOutcome, Effectiveness
from .rules import rated_codes

if TYPE_CHECKING:
    from ..model import Crosswalk, Framework, Level

__all__ = ["DEFAULT_WINDOW", "coverage", "effectiveness"]

DEFAULT_WINDOW = pendulum.duration(days=28)
"""How far ahead "due soon" looks when the plan has no review cadence."""


# -- computing coverage ----------------------------------------------------------------------
def _day(as_of: object) -> pendulum.Date | None:
    if as_of is None:
        return None
    if isinstance(as_of, datetime.datetime):
        raise TypeError(f"as_of must be a date, not a datetime ({as_of!r}); pass its .date()")
    if isinstance(as_of, pendulum.Date):
        return as_of
    if isinstance(as_of, datetime.date):
        return pendulum.Date(as_of.year, as_of.month, as_of.day)
    raise TypeError(
        f"as_of must be a date (pendulum.Date or datetime.date), not {type(as_of).__name__}"
    )


def _inspection_of(plan: ImprovementPlan, inspection: Inspection | Corpus) -> Inspection:
    """The inspection a plan answers: the one given, or the one in the corpus with its id."""
    if isinstance(inspection, Corpus):
        found = [i for i in inspection.inspections if i.id == plan.inspection]
        if not found:
            title = f" {inspection.title!r}" if inspection.title else ""
            raise LookupError(
                f"plan {plan.id!r} answers {plan.inspection!r}, which is not in the corpus"
                f"{title} ({len(inspection.inspections)} inspection(s)); pass the inspection"
            )
        return found[0]
    if not isinstance(inspection, Inspection):
        raise TypeError(
            "coverage() needs the inspection the plan answers (an Inspection, or a Corpus "
            f"holding it), not a {type(inspection).__name__}"
        )
    return inspection


def coverage(
    plan: ImprovementPlan,
    inspection: Inspection | Corpus,
    as_of: pendulum.Date | datetime.date | None = None,
    *,
    window: pendulum.Duration | None = None,
) -> Coverage:
    """Work out what a plan answers of an inspection.

    The plan must answer each recommendation, each finding that is an area for improvement, and
    each judgement area whose rating is a level of concern (the lower part of the scale). An
    action answers an item it names by id; it answers an area it names, or whose recommendation
    or finding it names. Dropped actions answer nothing. References that resolve to nothing are
    reported in :attr:`Coverage.dangling`, never raised.

    Args:
        plan: the improvement plan.
        inspection: the inspection it answers (its id must be the plan's ``inspection``), or
            a :class:`~yjinspect.Corpus` holding it, in which it is found by that id.
        as_of: the day to take action states on: overdue (due before this day), due soon,
            complete, stale (no update for longer than the plan's review cadence). Without it
            only coverage is reported. A :class:`datetime.date` is taken as the same day.
        window: how far ahead "due soon" looks; defaults to the plan's review cadence, else
            :data:`DEFAULT_WINDOW`.

    Returns:
        The :class:`Coverage` report.

    Raises:
        ValueError: the plan answers another inspection.
        LookupError: a corpus was given that does not hold the plan's inspection.
        TypeError: ``as_of`` is not a date (a datetime is refused too: take its ``.date()``),
            or ``inspection`` is neither an inspection nor a corpus.

    .. versionchanged:: 0.1.0
        ``inspection`` may be a corpus holding it.
        UnknownFramework: the inspection names a framework that is not known.

    .. versionadded:: 0.1.0
    """
    as_of = _day(as_of)
    inspection = _inspection_of(plan, inspection)
    if plan.inspection != inspection.id:
        raise ValueError(f"plan {plan.id!r} answers {plan.inspection!r}, not {inspection.id!r}")
    fw = get_framework(inspection.framework)
    if window is None:
        window = plan.review_cadence if plan.review_cadence is not None else DEFAULT_WINDOW

    # Index the inspection: recommendations and findings share one id namespace.
    recs: dict[str, Recommendation] = {}
    for r in inspection.recommendations:
        recs.setdefault(r.id, r)
    findings: dict[str, Finding] = {}
    for f in inspection.findings:
        if f.id not in recs:
            findings.setdefault(f.id, f)
    judged: dict[str, Level | None] = {}
    unknown: list[str] = []
    not_known: dict[str, JudgementStatus] = {}
    rated = set(rated_codes(fw, inspection))  # the areas its framework version rates
    for j in inspection.judgements:
        if j.area in judged or not fw.has_area(j.area):
            continue
        if j.status is JudgementStatus.NOT_KNOWN and j.rating is None and j.area in rated:
            not_known[j.area] = j.status
        level = None
        if j.rating is not None:
            try:
                level = fw.scale.level(j.rating)
            except UnknownRating:
                unknown.append(j.area)
        judged[j.area] = level

    # One pass over the actions: who answers what.
    by_ref: dict[str, dict[str, None]] = {}  # rec/finding id -> action ids
    by_area: dict[str, dict[str, None]] = {}  # area code -> action ids (direct or via items)
    action_theme: dict[str, str | None] = {}
    dangling: list[Dangling] = []
    resolved: list[tuple[str, ...]] = []
    targets: dict[str, Recommendation | Finding] = {**findings, **recs}
    area_codes = frozenset(a.code for a in fw.areas)
    for i, a in enumerate(plan.actions):
        live = a.status is not ActionStatus.DROPPED
        action_theme.setdefault(a.id, a.theme)
        ok: list[str] = []
        for k, ref in enumerate(a.covers):
            target = targets.get(ref)
            if target is not None:
                ok.append(ref)
                if live:
                    by_ref.setdefault(ref, {})[a.id] = None
                    for code in target.areas:
                        by_area.setdefault(code, {})[a.id] = None
            elif ref in area_codes:
                ok.append(ref)
                if live:
                    by_area.setdefault(ref, {})[a.id] = None
            else:
                dangling.append(
                    Dangling(path=f"$.actions[{i}].covers[{k}]", owner=a.id, text=a.text, ref=ref)
                )
        resolved.append(tuple(dict.fromkeys(ok)))
    for i, t in enumerate(plan.themes):
        for k, code in enumerate(t.areas):
            if not fw.has_area(code):
                dangling.append(
                    Dangling(path=f"$.themes[{i}].areas[{k}]", owner=t.id, text=t.title, ref=code)
                )
    for i, resp in enumerate(plan.responses):
        if resp.recommendation not in recs:
            dangling.append(
                Dangling(
                    path=f"$.responses[{i}].recommendation",
                    owner=f"response to {resp.recommendation}",
                    text=resp.reason,
                    ref=resp.recommendation,
                )
            )

    # The items to answer.
    agreements = {r.recommendation: r.agreement for r in plan.responses}
    items: list[CoverageItem] = []
    area_items: dict[str, list[CoverageItem]] = {}
    for r in inspection.recommendations:
        if r.id in recs and recs[r.id] is r:
            items.append(
                CoverageItem(
                    kind=ItemKind.RECOMMENDATION,
                    id=r.id,
                    text=r.text,
                    areas=r.areas,
                    actions=tuple(by_ref.get(r.id, ())),
                    agreement=agreements.get(r.id),
                )
            )
    for f in inspection.findings:
        if findings.get(f.id) is f and f.kind is FindingKind.AREA_FOR_IMPROVEMENT:
            items.append(
                CoverageItem(
                    kind=ItemKind.FINDING,
                    id=f.id,
                    text=f.text,
                    areas=f.areas,
                    actions=tuple(by_ref.get(f.id, ())),
                )
            )
    for item in items:
        for code in item.areas:
            area_items.setdefault(code, []).append(item)
    concern_codes: set[str] = set()
    for area in fw.areas:
        level = judged.get(area.code)
        if level is not None and level.concern:
            concern_codes.add(area.code)
            item = CoverageItem(
                kind=ItemKind.AREA,
                id=area.code,
                text=f"{area.title} ({level.label})",
                areas=(area.code,),
                actions=tuple(by_area.get(area.code, ())),
            )
            items.append(item)
            area_items.setdefault(area.code, []).insert(0, item)

    areas = _area_coverage(fw, judged, area_items, by_area, concern_codes, not_known)
    themes = _theme_coverage(plan, items, action_theme)
    states = _action_states(plan, resolved, as_of, window)
    late: list[Milestone] = []
    maybe_late: list[Milestone] = []
    if as_of is not None:
        for m in plan.milestones:
            answer = m.overdue(as_of)
            if answer.value is True:
                late.append(m)
            elif answer.value is None and m.latest is not None:
                maybe_late.append(m)
    return Coverage(
        plan=plan.id,
        inspection=inspection.id,
        as_of=as_of,
        window=window if as_of is not None else None,
        items=items,
        areas=areas,
        themes=themes,
        dangling=dangling,
        actions=states,
        milestones_overdue=late,
        milestones_not_known=maybe_late,
        unknown_ratings=unknown,
        not_known=tuple(code for code in (a.code for a in fw.areas) if code in not_known),
        review_cadence=plan.review_cadence,
        framework=fw.code,
        actions_recorded=plan.actions_recorded,
    )


def _area_coverage(
    fw: Framework,
    judged: dict[str, Level | None],
    area_items: dict[str, list[CoverageItem]],
    by_area: dict[str, dict[str, None]],
    concern_codes: set[str],
    not_known: dict[str, JudgementStatus],
) -> list[AreaCoverage]:
    out: list[AreaCoverage] = []
    for area in fw.areas:
        code = area.code
        if code not in judged and code not in area_items and code not in by_area:
            continue
        tied = area_items.get(code, [])
        level = judged.get(code)
        out.append(
            AreaCoverage(
                area=code,
                title=area.title,
                rating=level.label if level else None,
                rating_known=code not in not_known,
                concern=code in concern_codes,
                items=tuple(i.id for i in tied),
                covered=tuple(i.id for i in tied if i.covered),
                actions=tuple(by_area.get(code, ())),
            )
        )
    return out


def _theme_coverage(
    plan: ImprovementPlan,
    items: list[CoverageItem],
    action_theme: dict[str, str | None],
) -> list[ThemeCoverage]:
    if not plan.themes:
        return []
    area_themes: dict[str, list[str]] = {}
    for t in plan.themes:
        for code in dict.fromkeys(t.areas):
            area_themes.setdefault(code, []).append(t.id)
    # One pass over the items, in report order: each item joins the scope of the themes serving
    # its areas and of the themes whose actions answer it.
    scope: dict[str, list[str]] = {}
    covered: dict[str, list[str]] = {}
    for item in items:
        answering = {action_theme.get(a) for a in item.actions}
        in_scope: dict[str, None] = {}
        for code in item.areas:
            for theme in area_themes.get(code, ()):
                in_scope[theme] = None
        for owner in answering:
            if owner is not None:
                in_scope[owner] = None
        for theme in in_scope:
            scope.setdefault(theme, []).append(item.id)
            if theme in answering:
                covered.setdefault(theme, []).append(item.id)
    theme_actions: dict[str, list[str]] = {}
    for action in plan.actions:
        if action.theme is not None and action.status is not ActionStatus.DROPPED:
            theme_actions.setdefault(action.theme, []).append(action.id)
    return [
        ThemeCoverage(
            theme=t.id,
            title=t.title,
            actions=tuple(theme_actions.get(t.id, ())),
            items=tuple(scope.get(t.id, ())),
            covered=tuple(covered.get(t.id, ())),
        )
        for t in plan.themes
    ]


def _stale(
    a: Action,
    as_of: pendulum.Date,
    cadence: pendulum.Duration,
    start: PartialDate | None,
) -> Answer:
    """Has the action gone longer than ``cadence`` without an update on ``as_of``?

    Yes when even the latest update that may have been made by ``as_of`` (or, with none, the
    plan's approval or submission) is older than one cadence on its last possible day; no when
    an update certainly made by ``as_of`` is within one cadence on its first possible day.
    """
    made = [u.date for u in a.updates if u.date.earliest() <= as_of]
    if not made:
        if start is None:
            return Answer(True)
        made = [start]
    newest = max(made, key=lambda d: min(d.latest(), as_of))
    if add_duration(min(newest.latest(), as_of), cadence) < as_of:
        return Answer(True)
    for d in made:
        if d.latest() <= as_of and add_duration(d.earliest(), cadence) >= as_of:
            return Answer(False)
    return Answer(
        None,
        f"last progress update {newest} (known to the {newest.precision}); the plan reviews "
        f"progress every {cadence.in_words()}",
    )


def _action_states(
    plan: ImprovementPlan,
    resolved: list[tuple[str, ...]],
    as_of: pendulum.Date | None,
    window: pendulum.Duration,
) -> list[ActionState]:
    start = plan.approved or plan.submitted
    horizon = add_duration(as_of, window) if as_of is not None else None
    cadence = plan.review_cadence
    out: list[ActionState] = []
    for a, covers in zip(plan.actions, resolved, strict=True):
        last = a.last_update(as_of)
        complete = a.completion(as_of)
        due = a.current_due
        overdue = due_soon = stale = NO
        if as_of is not None and a.status is not ActionStatus.DROPPED and not complete:
            if due is not None:
                overdue = due_before(due, as_of)
                assert horizon is not None
                due_soon = falls_within(due, as_of, horizon)
            if cadence is not None:
                stale = _stale(a, as_of, cadence, start)
            if not complete.known:
                # Open or complete is not known: a yes is only "if it is still open". An action
                # whose status is not recorded at all, and whose due date has passed, is overdue:
                # no completion is recorded (it is never read as "not started" either).
                due_soon, stale = (_if_open(q, complete) for q in (due_soon, stale))
                if a.status is not ActionStatus.NOT_KNOWN:
                    overdue = _if_open(overdue, complete)
        out.append(
            ActionState(
                id=a.id,
                text=a.text,
                theme=a.theme,
                owner=a.owner,
                due=due,
                original_due=a.due if a.revisions else None,
                status=a.status,
                covers=covers,
                complete=complete,
                overdue=overdue,
                due_soon=due_soon,
                stale=stale,
                last_update=last.date if last else None,
                rag=last.rag if last else None,
                illustrative=a.illustrative,
            )
        )
    return out


def _if_open(question: Answer, complete: Answer) -> Answer:
    if question.value is False:
        return question
    return Answer(None, complete.reason + (f"; {question.reason}" if question.reason else ""))


def effectiveness(
    plan: ImprovementPlan,
    before: Inspection,
    after: Inspection,
    *,
    crosswalk: Crosswalk | str | None = None,
) -> Effectiveness:
    """For each judgement area, whether the plan covered it and how its rating changed.

    The change is the one :func:`yjinspect.compare` finds between the two inspections (through
    a crosswalk when their frameworks differ, every change then approximate), so the two never
    disagree: a rating not known on either side is :attr:`Change.UNKNOWN`, never "unchanged".
    An area is covered when an action of the plan answers it (or an item about it) in the
    earlier inspection.

    Args:
        plan: the improvement plan.
        before: the inspection the plan answers.
        after: the next inspection (a different one).
        crosswalk: passed to :func:`yjinspect.compare` when the frameworks differ.

    Raises:
        ValueError: the plan answers another inspection than ``before``; ``after`` is
            ``before`` (the same id); or ``after`` took place before ``before``.
        DifferentServices: the inspections are of different services (a ValueError).
        NoCrosswalk: the frameworks differ and no crosswalk leads from one to the other.
        UnknownFramework: an inspection names a framework that is not known.

    .. versionadded:: 0.1.0
    """
    if before.id == after.id:
        raise ValueError(
            f"before and after are the same inspection ({before.id!r}); pass the next "
            "inspection as after"
        )
    cov = coverage(plan, before)
    comparison = compare(before, after, crosswalk=crosswalk)
    by_code = {a.area: a for a in cov.areas}
    outcomes: list[AreaOutcome] = []
    for ch in comparison.changes:
        ac = by_code.get(ch.from_area) if ch.from_area is not None else None
        outcomes.append(
            AreaOutcome(
                covered=bool(ac and ac.actions),
                concern=bool(ac and ac.concern),
                detail=ch,
            )
        )
    return Effectiveness(plan=plan.id, before=before.id, after=after.id, areas=outcomes)
