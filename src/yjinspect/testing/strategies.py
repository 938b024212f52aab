"""Hypothesis strategies that build valid yjinspect objects.

Every object these strategies build passes :func:`yjinspect.validate` with no problem at all and
survives a JSON and a TOML round trip. Arguments are keyword-only.

Example:
    >>> from hypothesis import given
    >>> from yjinspect.testing import strategies as yst
    >>> @given(yst.inspections(framework="hmip-youth-2021", complete=True))
    ... def test_overall_is_on_the_scale(inspection):
    ...     ...

Requires hypothesis: the ``testing`` extra (from a clone, ``pip install -e ".[testing]"``).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from functools import cache
from typing import Any

import attrs
import attrs as _attrs
import pendulum
from hypothesis import strategies as st

from .. import frameworks as _frameworks
from ..model import (
    FIELDWORK_BEFORE_PUBLICATION,
    Addressee,
    Area,
    AreaKind,
    Band,
    Corpus,
    Finding,
    FindingKind,
    Framework,
    ImprovementPlan,
    Inspection,
    InspectionKind,
    Inspectorate,
    Judgement,
    JudgementStatus,
    Level,
    Nation,
    OverallRule,
    PartialDate,
    RatingCount,
    RatingScale,
    Recommendation,
    Service,
    Source,
    date_interval,
    normalise,
)
from ..model import get_scale as _scale
from ..model import scale_codes as _scale_codes
from ._plan_strategies import (
    CoverageMode,
    _targets,
    actions,
    improvement_plans,
    inspections_and_plans,
    plan_inspections,
)

__all__ = [
    "CoverageMode",
    "actions",
    "corpora",
    "dates",
    "findings",
    "framework_codes",
    "frameworks",
    "gss_codes",
    "histories",
    "improvement_plans",
    "inspections",
    "inspections_and_plans",
    "levels",
    "national_corpora",
    "partial_dates",
    "plan_inspections",
    "rating_scales",
    "recommendations",
    "services",
    "sources",
    "texts",
]

_KIND_FOR = {
    "hmip-cci-2009": InspectionKind.CORE_CASE,
    "hmip-fji-2012": InspectionKind.FULL_JOINT,
}


# Strategies are values: the helpers below are cached so that drawing many inspections does not
# build (and validate) the same strategies again for every field.
@cache
def _one_of(items: tuple[Any, ...]) -> st.SearchStrategy[Any]:
    return st.sampled_from(items)


@cache
def _some_of(items: tuple[str, ...], max_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(items), max_size=max_size, unique=True)


@cache
def _ints(lo: int, hi: int) -> st.SearchStrategy[int]:
    return st.integers(min_value=lo, max_value=hi)


_PERCENT = st.floats(min_value=0, max_value=100, allow_nan=False)
_MAYBE_PERCENT = st.none() | _PERCENT


@cache
def texts(*, min_size: int = 1, max_size: int = 40) -> st.SearchStrategy[str]:
    """Free text, including non-ASCII letters, quotes, backslashes and control characters.

    .. versionadded:: 0.1.0
    """
    return st.text(
        alphabet=st.characters(exclude_categories=["Cs"]), min_size=min_size, max_size=max_size
    )


@cache
def dates(
    *, min_value: pendulum.Date | None = None, max_value: pendulum.Date | None = None
) -> st.SearchStrategy[pendulum.Date]:
    """Days between 2000 and 2035 (or the bounds given), as :class:`pendulum.Date`.

    .. versionadded:: 0.1.0
    """
    lo = min_value or pendulum.Date(2000, 1, 1)
    hi = max_value or pendulum.Date(2035, 12, 31)
    return st.dates(min_value=lo, max_value=hi).map(lambda d: pendulum.Date(d.year, d.month, d.day))


@st.composite
def partial_dates(draw: st.DrawFn, /, *, min_year: int = 2000, max_year: int = 2035) -> PartialDate:
    """Dates known to the year, the month or the day."""
    year = draw(st.integers(min_value=min_year, max_value=max_year))
    precision = draw(st.sampled_from(("year", "month", "day")))
    if precision == "year":
        return PartialDate(year)
    month = draw(st.integers(min_value=1, max_value=12))
    if precision == "month":
        return PartialDate(year, month)
    day = draw(st.integers(min_value=1, max_value=calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day)


@cache
def sources() -> st.SearchStrategy[Source]:
    """Source records, with or without a URL and a note.

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Source,
        title=texts(),
        url=st.none() | st.just("https://www.justiceinspectorates.gov.uk/hmiprobation/"),
        note=st.none() | texts(),
    )


@cache
def _codes_of(nation: Nation) -> tuple[str, ...]:
    from ..model import places as places

    return tuple(a.gss_code for a in places.authorities() if a.nation is nation)


def gss_codes(
    *, min_size: int = 1, max_size: int = 3, nation: Nation | None = None
) -> st.SearchStrategy[tuple[str, ...]]:
    """Distinct GSS codes of authorities in the shipped places table, all of one nation
    (``nation``, else England or Wales), so a service holding them has a known nation."""

    def of(chosen: Nation) -> st.SearchStrategy[tuple[str, ...]]:
        return st.lists(
            st.sampled_from(_codes_of(chosen)), unique=True, min_size=min_size, max_size=max_size
        ).map(tuple)

    if nation is not None:
        return of(nation)
    return st.one_of(of(Nation.ENGLAND), of(Nation.WALES))


def services() -> st.SearchStrategy[Service]:
    """Youth justice services.

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Service,
        name=texts(),
        local_authority=texts(),
        authorities=gss_codes(),
        codes=st.dictionaries(
            st.sampled_from(("d2i", "ons", "local")), texts(max_size=12), max_size=2
        ),
    )


def rating_scales(*, builtin: bool = True) -> st.SearchStrategy[RatingScale]:
    """Built-in scales, or (``builtin=False``) generated ones with 2 to 7 levels.

    .. versionadded:: 0.1.0
    """
    if builtin:
        return st.sampled_from([_scale(code) for code in _scale_codes()])
    return _generated_scales()


@st.composite
def _generated_scales(draw: st.DrawFn) -> RatingScale:
    n = draw(st.integers(min_value=2, max_value=7))
    # Words joined by single hyphens: no two codes fold to the same look-up key.
    codes = draw(
        st.lists(
            st.from_regex(r"[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,5}){0,2}", fullmatch=True),
            min_size=n,
            max_size=n,
            unique_by=normalise,
        )
    )
    levels = tuple(
        Level(code=c, label=c.replace("-", " ").capitalize(), score=i, concern=i < n // 2)
        for i, c in enumerate(codes)
    )
    return RatingScale(
        code=draw(st.from_regex(r"[a-z]{3,8}", fullmatch=True)), title=draw(texts()), levels=levels
    )


def levels(*, scale: RatingScale | str | None = None) -> st.SearchStrategy[Level]:
    """Levels of one scale (a built-in one chosen at random when none is given).

    .. versionadded:: 0.1.0
    """
    if scale is None:
        return rating_scales().flatmap(lambda s: st.sampled_from(s.levels))
    chosen = _scale(scale) if isinstance(scale, str) else scale
    return st.sampled_from(chosen.levels)


def framework_codes() -> st.SearchStrategy[str]:
    """Codes of the built-in frameworks.

    .. versionadded:: 0.1.0
    """
    return st.sampled_from(_frameworks.builtin_codes())


def frameworks(*, builtin: bool = True) -> st.SearchStrategy[Framework]:
    """Built-in frameworks, or (``builtin=False``) generated valid ones.

    .. versionadded:: 0.1.0
    """
    if builtin:
        return framework_codes().map(_frameworks.get)
    return _generated_frameworks()


@st.composite
def _generated_frameworks(draw: st.DrawFn) -> Framework:
    scale = draw(rating_scales(builtin=False))
    n = draw(st.integers(min_value=1, max_value=6))
    areas = [Area(code="d", title=draw(texts()), kind=AreaKind.DOMAIN, source="generated")]
    scored = draw(st.booleans())
    for i in range(n):
        areas.append(
            Area(
                code=f"d.{i + 1}",
                title=draw(texts()),
                kind=AreaKind.STANDARD,
                parent="d",
                scored=scored,
                source="generated",
            )
        )
    overall = None
    if scored:
        top = scale.best.score * n
        cut = draw(st.integers(min_value=0, max_value=max(top - 1, 0)))
        bands = [Band(minimum=0, maximum=cut, level=scale.worst.code)]
        if cut < top:
            bands.append(Band(minimum=cut + 1, maximum=top, level=scale.best.code))
        overall = OverallRule(bands=tuple(bands), source="generated")
    return Framework(
        code=draw(st.from_regex(r"local-[a-z]{3,8}", fullmatch=True)),
        title=draw(texts()),
        scale=scale,
        areas=tuple(areas),
        overall_rule=overall,
        source="generated",
    )


def _fw(framework: Framework | str | None, draw: st.DrawFn) -> Framework:
    if framework is None:
        return _frameworks.get(draw(framework_codes()))
    if isinstance(framework, str):
        return _frameworks.get(framework)
    return framework


def _judgement(
    draw: st.DrawFn, fw: Framework, code: str, complete: bool, free_text: bool = True
) -> Judgement:
    # A plain function given ``draw``, not a composite strategy: building a strategy for every
    # judgement of every inspection costs more than drawing it.
    area = fw.area(code)
    status = JudgementStatus.RATED
    if not complete:
        status = draw(_one_of(tuple(JudgementStatus)))
    percentage = None
    if area.percentage and status is JudgementStatus.RATED:
        percentage = draw(_MAYBE_PERCENT)
    summary = draw(_MAYBE_TEXT) if free_text else None
    if status is not JudgementStatus.RATED:
        return Judgement(area=code, status=status, summary=summary)
    level = draw(_one_of(fw.scale.levels))
    kq: dict[str, float] = {}
    override = None
    if area.computed and draw(st.booleans()):
        questions = fw.key_questions(code)
        values = [draw(_PERCENT) for _ in questions]
        kq = {q.code.removeprefix(f"{code}."): v for q, v in zip(questions, values, strict=True)}
        computed = fw.rate_standard(code, kq)
        if draw(st.booleans()) or computed == level:
            level = computed
        else:
            override = draw(texts()) if free_text else "override"
    return Judgement(
        area=code,
        rating=level.code,
        percentage=percentage,
        key_questions=kq,
        override_reason=override,
        summary=summary,
    )


@st.composite
def findings(
    draw: st.DrawFn,
    *,
    areas: Sequence[str] = (),
    ids: Sequence[str] = ("F1",),
    free_text: bool = True,
) -> tuple[Finding, ...]:
    """Findings with the given ids, each tied to some of ``areas`` (short text, no source,
    when ``free_text`` is False)."""
    return _findings(draw, areas, ids, free_text)


def _findings(
    draw: st.DrawFn, areas: Sequence[str], ids: Sequence[str], free_text: bool
) -> tuple[Finding, ...]:
    tied = _some_of(tuple(areas), 2) if areas else st.just([])
    return tuple(
        Finding(
            id=ident,
            kind=draw(_one_of(tuple(FindingKind))),
            text=draw(texts() if free_text else texts(max_size=8)),
            areas=tuple(draw(tied)),
            source=draw(_MAYBE_SOURCE) if free_text else None,
        )
        for ident in ids
    )


@st.composite
def recommendations(
    draw: st.DrawFn,
    *,
    areas: Sequence[str] = (),
    ids: Sequence[str] = ("R1",),
    free_text: bool = True,
) -> tuple[Recommendation, ...]:
    """Recommendations with the given ids, each about some of ``areas`` (short text, no
    sources, when ``free_text`` is False)."""
    return _recommendations(draw, areas, ids, free_text)


def _recommendations(
    draw: st.DrawFn, areas: Sequence[str], ids: Sequence[str], free_text: bool
) -> tuple[Recommendation, ...]:
    addressees = _ADDRESSEES
    tied = _some_of(tuple(areas), 2) if areas else st.just([])
    return tuple(
        Recommendation(
            id=ident,
            **_cut(draw(_MAYBE_TEXT if free_text else _MAYBE_SHORT_TEXT), draw(st.booleans())),
            addressee=draw(addressees),
            areas=tuple(draw(tied)),
            sources=tuple(draw(_SOURCE_LISTS)) if free_text else (),
        )
        for ident in ids
    )


@cache
def _certain_window(fw: Framework) -> tuple[pendulum.Date, pendulum.Date]:
    """The days fieldwork certainly falls in ``fw``'s period and in no other built-in
    framework's (2009 to 2030 where the periods give no end)."""
    hi = fw.valid_to.earliest() if fw.valid_to else pendulum.Date(2030, 12, 31)
    lo = (
        max(pendulum.Date(2009, 1, 1), fw.valid_from.latest())
        if fw.valid_from
        else min(pendulum.Date(2009, 1, 1), hi)
    )
    for code in _frameworks.available():
        other = _frameworks.get(code)
        if other.code == fw.code:
            continue
        starts = other.valid_from.earliest() if other.valid_from else None
        ends = other.valid_to.latest() if other.valid_to else None
        if starts is not None and lo < starts <= hi:
            hi = starts.subtract(days=1)
        if (starts is None or starts <= lo) and ends is not None and lo <= ends < hi:
            lo = ends.add(days=1)
    return lo, max(lo, hi)


def _only_in_use(fw: Framework, published: PartialDate) -> bool:
    """Whether an inspection published on ``published``, with no fieldwork date, is certainly
    of ``fw``: its fieldwork window lies in ``fw``'s period and in no other built-in
    framework's, so :func:`~yjinspect.validate` finds the framework certain."""
    earliest, latest = published.earliest() - FIELDWORK_BEFORE_PUBLICATION, published.latest()
    if fw.in_use(earliest, latest) is not True:
        return False
    others = (_frameworks.get(code) for code in _frameworks.available() if code != fw.code)
    return all(other.in_use(earliest, latest) is False for other in others)


def _precisions(day: pendulum.Date) -> tuple[PartialDate, ...]:
    """``day`` known to the day, the month and the year."""
    return (
        PartialDate.from_date(day),
        PartialDate(day.year, day.month),
        PartialDate(day.year),
    )


def _cut(text: str | None, cut: bool) -> dict[str, Any]:
    """A recommendation's text, sometimes marked cut short by its source."""
    return {"text": text, "text_cut_short": cut and text is not None}


def _with_key_question_ratings(
    fw: Framework, judgements: tuple[Judgement, ...], pick: int, level: int
) -> tuple[Judgement, ...]:
    """The judgements, one of them (by ``pick``) given a key-question rating (the level by
    ``level``) when its area has key questions: the form a press release gives."""
    if not judgements:
        return judgements
    k = pick % len(judgements)
    j = judgements[k]
    codes = sorted(fw.key_question_codes(j.area))
    if not codes:
        return judgements
    code = codes[level % len(codes)].removeprefix(f"{j.area}.")
    rating = fw.scale.codes[level % len(fw.scale.codes)]
    rated = attrs.evolve(j, key_question_ratings={code: rating})
    return (*judgements[:k], rated, *judgements[k + 1 :])


@st.composite
def inspections(
    draw: st.DrawFn,
    /,
    *,
    framework: Framework | str | None = None,
    complete: bool = False,
    findings: bool = True,
    recommendations: bool = True,
    dates: tuple[pendulum.Date, pendulum.Date] | None = None,
    service: Service | None = None,
    id: str | None = None,
    free_text: bool = True,
) -> Inspection:
    """Valid inspections.

    Args:
        framework: a framework or its code; a built-in one at random when not given.
        complete: every rated area of the framework (version) rated, so an overall rating
            can be derived; otherwise any subset, some "not known" or "not rated".
        findings: whether to generate findings.
        recommendations: whether to generate recommendations.
        dates: the window fieldwork starts in (first day, last day); by default the days
            certainly in the framework's period (2009 to 2030 where it gives no end), so that
            :func:`~yjinspect.validate` finds the framework certain. An inspection dated only
            by publication is published to a precision that keeps it so, or left undated.
        service: the inspected service (generated when not given).
        id: the inspection's id (generated when not given).
        free_text: when False, every rated area is recorded, optional free text (summaries,
            notes, override reasons, sources) is left out, required text is short and there
            are at most two findings and one recommendation, so that many inspections fit in
            one example and draw fast (:func:`histories` and :func:`national_corpora` use
            this).
    """
    fw = _fw(framework, draw)
    version = None
    if fw.versions:
        chosen_version = draw(_one_of((None, *fw.versions)))
        version = chosen_version.code if chosen_version is not None else None
    rated = [a.code for a in fw.rated_areas(version)]
    # Without free text every rated area is recorded (its status still varies), so that the
    # simplest and a typical inspection are of a size and hypothesis' early size cap holds.
    chosen = (
        rated
        if complete or not free_text
        else draw(_some_of(tuple(rated), len(rated)) if rated else st.just([]))
    )
    judgements = tuple(_judgement(draw, fw, code, complete, free_text) for code in chosen)
    if draw(st.booleans()):
        judgements = _with_key_question_ratings(
            fw, judgements, draw(_ints(0, 20)), draw(_ints(0, 11))
        )

    if dates is not None:
        lo, hi = dates
    else:
        lo, hi = _certain_window(fw)
    start = draw(_dates_between(lo, hi))
    shape = draw(_one_of(("interval", "start", "none")))
    fieldwork = fieldwork_start = None
    if shape == "interval":
        end = start.add(days=draw(_ints(0, 30)))
        fieldwork = date_interval(start, min(end, hi) if dates is None else end)
    elif shape == "start":
        # fieldwork begun on a known day, or known only to the month or the year; by default
        # only the precisions that keep the framework certain
        precisions = _precisions(start)
        if dates is None:
            precisions = tuple(p for p in precisions if lo <= p.earliest() and p.latest() <= hi)
        fieldwork_start = draw(_one_of(precisions))
    published = None
    if draw(st.booleans()):
        after = start.add(days=draw(_ints(31, 200)))
        options = [
            PartialDate(after.year),
            PartialDate(after.year, after.month),
            PartialDate.from_date(after),
        ]
        if shape == "none" and dates is None:
            # dated by publication alone: keep only precisions that leave the framework certain
            options = [p for p in options if _only_in_use(fw, p)]
        published = draw(_one_of(tuple(options))) if options else None

    published_overall = published_score = None
    if fw.overall_rule is not None:
        ratings = {j.area: j.rating for j in judgements if j.rating is not None}
        if all(a.code in ratings for a in fw.scored_areas):
            derived = fw.overall({a.code: ratings[a.code] for a in fw.scored_areas})
            if draw(st.booleans()):
                published_overall = derived.rating.code
            if draw(st.booleans()):
                published_score = derived.score
        elif draw(st.booleans()):
            # A score the known ratings can add up to, whatever the unknown ones were.
            known = [
                fw.scale.level(ratings[a.code]).score for a in fw.scored_areas if a.code in ratings
            ]
            unknown = len(fw.scored_areas) - len(known)
            low = sum(known) + unknown * fw.scale.worst.score
            high = sum(known) + unknown * fw.scale.best.score
            published_score = draw(_ints(low, high))
            published_overall = fw.band(published_score).code

    counts: tuple[RatingCount, ...] = ()
    held = {j.area: j.rating for j in judgements if j.rating is not None}
    if rated and all(code in held for code in rated) and draw(st.booleans()):
        # counts as a source would state them: true of the ratings, over every rated area
        wanted = draw(st.lists(st.sampled_from(fw.scale.codes), min_size=1, unique=True))
        in_set = {fw.scale.level(c).code for c in wanted}
        n = sum(1 for code in rated if fw.scale.level(held[code]).code in in_set)
        counts = (RatingCount(ratings=tuple(wanted), count=n, total=len(rated)),)

    n_findings = draw(_ints(0, 4 if free_text else 2)) if findings else 0
    n_recs = draw(_ints(0, 3 if free_text else 1)) if recommendations else 0
    area_pool = rated or [a.code for a in fw.areas]
    made_findings = _findings(draw, area_pool, [f"F{i + 1}" for i in range(n_findings)], free_text)
    made_recs = _recommendations(draw, area_pool, [f"R{i + 1}" for i in range(n_recs)], free_text)
    kind = _KIND_FOR.get(fw.code, InspectionKind.STANDARDS)
    if not complete and draw(st.booleans()):
        kind = draw(_one_of(tuple(InspectionKind)))
    return Inspection(
        id=id or draw(_IDS),
        service=service or draw(services()),
        framework=fw.code,
        framework_version=version,
        inspection_kind=kind,
        fieldwork=fieldwork,
        fieldwork_start=fieldwork_start,
        published=published,
        rating_counts=counts,
        lead_inspectorate=Inspectorate.HMIP,
        partner_inspectorates=tuple(
            draw(_some_of((Inspectorate.OFSTED, Inspectorate.CQC, Inspectorate.HMIC), 3))
        ),
        judgements=judgements,
        published_overall=published_overall,
        published_score=published_score,
        findings=made_findings,
        recommendations=made_recs,
        sources=tuple(draw(_SOURCE_LISTS_2)) if free_text else (),
        notes=draw(_MAYBE_TEXT) if free_text else None,
    )


_MAYBE_TEXT = st.none() | texts()
_MAYBE_SHORT_TEXT = st.none() | texts(max_size=8)
_MAYBE_SOURCE = st.none() | sources()
_SOURCE_LISTS = st.lists(sources(), max_size=1)
_SOURCE_LISTS_2 = st.lists(sources(), max_size=2)
_IDS = st.from_regex(r"[a-z]{3,10}-20[0-3][0-9]", fullmatch=True)
_ADDRESSEES = st.none() | st.sampled_from(
    (Addressee.SERVICE_MANAGER, Addressee.MANAGEMENT_BOARD, "Police")
)
_findings_strategy = findings
_recommendations_strategy = recommendations


def _dates_between(lo: pendulum.Date, hi: pendulum.Date) -> st.SearchStrategy[pendulum.Date]:
    return dates(min_value=lo, max_value=hi)


@st.composite
def corpora(
    draw: st.DrawFn,
    /,
    *,
    min_size: int = 0,
    max_size: int = 5,
    plans: bool = False,
    **kwargs: Any,
) -> Corpus:
    """Corpora of inspections with unique ids; ``kwargs`` go to :func:`inspections`.

    With ``plans=True`` some inspections (of built-in frameworks) are answered by an improvement
    plan (see :func:`improvement_plans`), kept in the corpus's ``plans`` with unique ids and no
    reference that resolves to nothing.
    """
    n = draw(st.integers(min_value=min_size, max_value=max_size))
    items = tuple(draw(inspections(id=f"insp-{i + 1}", **kwargs)) for i in range(n))
    answers: list[ImprovementPlan] = []
    if plans:
        for insp in items:
            if insp.framework in _frameworks.available() and draw(st.booleans()):
                fits = (
                    ("full", "none", "partial") if len(_targets(insp)[0]) >= 2 else ("full", "none")
                )
                plan = draw(improvement_plans(inspection=insp, coverage=draw(_one_of(fits))))
                answers.append(attrs.evolve(plan, id=f"plan-{len(answers) + 1}"))
    return Corpus(inspections=items, plans=tuple(answers), title=draw(st.none() | texts()))


# The eras a service passes through, oldest first: framework code, first and last fieldwork day.
_ERAS = (
    ("hmip-cci-2009", pendulum.Date(2009, 4, 1), pendulum.Date(2012, 3, 31)),
    ("hmip-fji-2012", pendulum.Date(2012, 9, 1), pendulum.Date(2017, 12, 31)),
    # 2021 as a whole may be of either standards; neither era starts in it
    ("hmip-youth-2018", pendulum.Date(2018, 7, 31), pendulum.Date(2020, 12, 31)),
    ("hmip-youth-2021", pendulum.Date(2022, 1, 1), pendulum.Date(2025, 2, 28)),
)


@st.composite
def histories(
    draw: st.DrawFn,
    /,
    *,
    service: Service | None = None,
    min_size: int = 1,
    max_size: int = 5,
    complete: bool = False,
) -> tuple[Inspection, ...]:
    """One service's inspections over time, oldest first, each under the framework in use
    when its fieldwork started (CCI 2009-12, FJI 2012-17, standards 2018 and 2021; not the
    2025 framework, whose standards and rules HMIP has not all published).

    Ids are ``<service code>-<n>``; every inspection has a fieldwork date, so the history is
    strictly ordered.
    """
    who = service or draw(services())
    n = draw(st.integers(min_value=min_size, max_value=max_size))
    eras = sorted(draw(st.lists(st.sampled_from(range(len(_ERAS))), min_size=n, max_size=n)))
    out: list[Inspection] = []
    last: pendulum.Date | None = None
    for k, era in enumerate(eras):
        code, lo, hi = _ERAS[era]
        if last is not None and last >= lo:
            lo = last.add(days=1)
        if lo > hi:
            continue
        insp = draw(
            inspections(
                framework=code,
                complete=complete,
                dates=(lo, hi),
                service=who,
                id=f"h{k + 1}",
                free_text=False,
            )
        )
        if insp.started is None:
            insp = _attrs.evolve(insp, fieldwork=None, fieldwork_start=lo)
        assert insp.started is not None
        last = insp.fieldwork.end if insp.fieldwork is not None else insp.started
        out.append(insp)
    return tuple(out)


@st.composite
def national_corpora(
    draw: st.DrawFn, /, *, min_services: int = 1, max_services: int = 4, max_per_service: int = 3
) -> Corpus:
    """Corpora of several services, each with its own :func:`histories`; ids are unique."""
    n = draw(st.integers(min_value=min_services, max_value=max_services))
    areas = draw(gss_codes(min_size=n, max_size=n))
    items: list[Inspection] = []
    for s in range(n):
        who = Service(
            name=f"Service {s + 1}",
            local_authority=f"Council {s + 1}",
            authorities=(areas[s],),
            codes={"local": f"s{s + 1}"},
        )
        history = draw(histories(service=who, max_size=max_per_service))
        items += [_rename(insp, f"s{s + 1}-{insp.id}") for insp in history]
    return Corpus(inspections=tuple(items), title="generated national corpus")


def _rename(insp: Inspection, new_id: str) -> Inspection:
    return _attrs.evolve(insp, id=new_id)
