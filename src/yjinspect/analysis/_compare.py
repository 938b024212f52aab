"""Comparing inspections over time: what changed since the last inspection.

:func:`compare` sets two inspections side by side, area by area. Within one framework it orders
levels on the framework's scale and counts the steps moved. Across frameworks it goes through a
:mod:`crosswalk <yjinspect.crosswalks>`, compares normalised scale positions
(:attr:`Level.position <yjinspect.scales.Level.position>`) and marks every change approximate;
when the two scales differ, a difference counts as a change only beyond half a step of the
coarser scale (FJI "Good", 0.75, against HMIP "Good", 0.667, is unchanged).
Nothing unknown is filled in: an area whose rating is not known on either side is ``UNKNOWN``.

Service histories and cohort summaries live here too (:func:`trajectory`, :func:`cohort`).

Example:
    >>> import yjinspect as yj
    >>> series = yj.examples.bromley()
    >>> c = yj.compare(series.get("bromley-2015-fji"), series.get("bromley-2016-fji-reinspection"))
    >>> len(c.improved), c.unknown
    (5, ('interventions',))
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from .. import crosswalks
from ..frameworks import Framework, derived_rating
from ..frameworks import get as get_framework
from ..model import (
    Crosswalk,
    Inspection,
    InspectionKind,
    Judgement,
    JudgementStatus,
    Level,
    Link,
    NotPublishedSubject,
    PartialDate,
)
from .comparison import AreaChange, Change, Comparison, OverallChange
from .rules import DifferentServices, rated_codes, read_overall, same_inspection, same_service
from .timing import time_between

__all__ = ["ReversedInspections", "compare"]

_EPSILON = 1e-9


# -- the comparison ------------------------------------------------------------------------------
@attrs.frozen(slots=True)
class _Side:
    level: Level | None
    status: JudgementStatus
    note: str
    levels: int = 0
    """How many levels the side's scale has (0: not known)."""
    percentage: float | None = None
    """The headline percentage printed for the area (the CCI score), if any."""
    derived: bool = False
    """True when the level is derived from key-question percentages, not recorded."""


def _recorded(insp: Inspection) -> dict[str, Judgement]:
    """Each recorded area's judgement (the first, if an area is recorded twice), for look-ups
    in constant time: a comparison is linear in the number of judgements."""
    out: dict[str, Judgement] = {}
    for j in insp.judgements:
        out.setdefault(j.area, j)
    return out


def _side(
    insp: Inspection,
    fw: Framework,
    code: str | None,
    rated: set[str],
    recorded: Mapping[str, Judgement],
) -> _Side:
    if code is None:
        return _Side(None, JudgementStatus.NOT_RATED, f"no counterpart in {fw.code}")
    j = recorded.get(code)
    if j is not None:
        pct = j.percentage
        if j.rating is not None:
            level = fw.scale.level(j.rating)
            return _Side(level, JudgementStatus.RATED, "", len(fw.scale.levels), pct)
        derived = derived_rating(insp, code)
        if derived is not None:
            note = f"{code} in {insp.id} derived from its key-question percentages"
            return _Side(derived, JudgementStatus.RATED, note, len(fw.scale.levels), pct, True)
        word = "not rated" if j.status is JudgementStatus.NOT_RATED else "not known"
        return _Side(None, j.status, f"{code} {word} in {insp.id}", 0, pct)
    if code not in rated:
        return _Side(None, JudgementStatus.NOT_RATED, f"{code} is not rated in this version")
    if insp.inspection_kind is InspectionKind.UNRATED:
        return _Side(None, JudgementStatus.NOT_RATED, f"{insp.id} was an unrated inspection")
    return _Side(None, JudgementStatus.NOT_KNOWN, f"{code} not recorded in {insp.id}")


def _threshold(before: _Side, after: _Side, *, same_scale: bool) -> float:
    """The position difference a change must exceed to count.

    On one scale any difference counts. Across scales a change counts only beyond half a step of
    the coarser scale: finer distinctions are artefacts of mapping levels onto ``[0, 1]`` (FJI
    "Good", 0.75, and HMIP "Good", 0.667, are the same judgement).
    """
    levels = min(before.levels, after.levels)
    if same_scale or levels < 2:
        return _EPSILON
    return 0.5 / (levels - 1) + _EPSILON


def _classify(before: _Side, after: _Side) -> tuple[Change, int | None, float | None]:
    known = JudgementStatus.NOT_KNOWN
    if before.percentage is not None and after.percentage is not None:
        # The headline percentage decides (the CCI's score); the comment rides alongside.
        points = after.percentage - before.percentage
        steps = None
        if (
            before.level is not None
            and after.level is not None
            and before.level.scale == after.level.scale
        ):
            steps = after.level.rank - before.level.rank
        if points > _EPSILON:
            return Change.IMPROVED, steps, None
        if points < -_EPSILON:
            return Change.DECLINED, steps, None
        return Change.UNCHANGED, steps, None
    if before.level is not None and after.level is not None:
        delta = after.level.position - before.level.position
        same_scale = after.level.scale == before.level.scale
        steps = after.level.rank - before.level.rank if same_scale else None
        threshold = _threshold(before, after, same_scale=same_scale)
        if delta > threshold:
            return Change.IMPROVED, steps, delta
        if delta < -threshold:
            return Change.DECLINED, steps, delta
        return Change.UNCHANGED, steps, delta if not same_scale else 0.0
    if known in (before.status, after.status):
        return Change.UNKNOWN, None, None
    if before.level is None and after.level is not None:
        return Change.NEWLY_RATED, None, None
    if before.level is not None:
        return Change.NO_LONGER_RATED, None, None
    return Change.NOT_RATED, None, None


def _make(
    area: str,
    title: str,
    from_area: str | None,
    to_area: str | None,
    before: _Side,
    after: _Side,
    *,
    approximate: bool,
    link: Link | None = None,
) -> AreaChange:
    change, steps, delta = _classify(before, after)
    note = "; ".join(n for n in (before.note, after.note) if n)
    points = None
    if before.percentage is not None and after.percentage is not None:
        points = after.percentage - before.percentage
    return AreaChange(
        before_percentage=before.percentage,
        after_percentage=after.percentage,
        points_change=points,
        before_derived=before.derived,
        after_derived=after.derived,
        area=area,
        title=title,
        from_area=from_area,
        to_area=to_area,
        before=before.level,
        after=after.level,
        before_status=before.status,
        after_status=after.status,
        change=change,
        steps=steps,
        position_change=delta,
        approximate=approximate,
        link=link,
        note=note,
    )


def _areas_in_order(fw: Framework, codes: Iterable[str]) -> list[str]:
    wanted = set(codes)
    ordered = [a.code for a in fw.areas if a.code in wanted]
    return ordered + sorted(wanted - set(ordered))


def _title(fw: Framework, code: str) -> str:
    return str(fw.area(code)) if fw.has_area(code) else code


def _same_framework(earlier: Inspection, later: Inspection, fw: Framework) -> list[AreaChange]:
    rated_a, rated_b = set(rated_codes(fw, earlier)), set(rated_codes(fw, later))
    rec_a, rec_b = _recorded(earlier), _recorded(later)
    codes = _areas_in_order(fw, rated_a | rated_b | rec_a.keys() | rec_b.keys())
    return [
        _make(
            code,
            _title(fw, code),
            code,
            code,
            _side(earlier, fw, code, rated_a, rec_a),
            _side(later, fw, code, rated_b, rec_b),
            approximate=False,
        )
        for code in codes
    ]


def _through(
    earlier: Inspection, later: Inspection, fw_a: Framework, fw_b: Framework, cw: Crosswalk
) -> list[AreaChange]:
    rated_a, rated_b = set(rated_codes(fw_a, earlier)), set(rated_codes(fw_b, later))
    rec_a, rec_b = _recorded(earlier), _recorded(later)
    held_a = rated_a | rec_a.keys()
    held_b = rated_b | rec_b.keys()
    out: list[tuple[int, AreaChange]] = []
    order = {code: i for i, code in enumerate(a.code for a in fw_b.areas)}
    tail = len(order)
    for link in cw.links:
        if link.from_area not in held_a or link.to_area not in held_b:
            continue
        title = f"{_title(fw_a, link.from_area)} -> {_title(fw_b, link.to_area)}"
        ch = _make(
            link.to_area,
            title,
            link.from_area,
            link.to_area,
            _side(earlier, fw_a, link.from_area, rated_a, rec_a),
            _side(later, fw_b, link.to_area, rated_b, rec_b),
            approximate=True,
            link=link,
        )
        out.append((order.get(link.to_area, tail), ch))
    for u in cw.unmatched_to:
        if u.area in held_b:
            ch = _make(
                u.area,
                _title(fw_b, u.area),
                None,
                u.area,
                _side(earlier, fw_a, None, rated_a, rec_a),
                _side(later, fw_b, u.area, rated_b, rec_b),
                approximate=True,
            )
            out.append((order.get(u.area, tail), ch))
    for u in cw.unmatched_from:
        if u.area in held_a:
            ch = _make(
                u.area,
                _title(fw_a, u.area),
                u.area,
                None,
                _side(earlier, fw_a, u.area, rated_a, rec_a),
                _side(later, fw_b, None, rated_b, rec_b),
                approximate=True,
            )
            out.append((tail + 1, ch))
    shown_to = {ch.to_area for _, ch in out}
    shown_from = {ch.from_area for _, ch in out}
    for code in _areas_in_order(fw_b, rated_b - shown_to):
        # linked only from areas the earlier inspection's version does not rate
        ch = _make(
            code,
            _title(fw_b, code),
            None,
            code,
            _Side(None, JudgementStatus.NOT_RATED, f"no counterpart rated in {earlier.id}"),
            _side(later, fw_b, code, rated_b, rec_b),
            approximate=True,
        )
        out.append((order.get(code, tail), ch))
    for code in _areas_in_order(fw_a, rated_a - shown_from):
        ch = _make(
            code,
            _title(fw_a, code),
            code,
            None,
            _side(earlier, fw_a, code, rated_a, rec_a),
            _Side(None, JudgementStatus.NOT_RATED, f"no counterpart rated in {later.id}"),
            approximate=True,
        )
        out.append((tail + 1, ch))
    out.sort(key=lambda pair: pair[0])
    return [ch for _, ch in out]


def _has_overall(fw: Framework) -> bool:
    """True when the framework rates an overall level: by a rule, or by one not published."""
    return fw.overall_rule is not None or fw.gap(NotPublishedSubject.OVERALL_RULE) is not None


def _overall(
    earlier: Inspection, later: Inspection, fw_a: Framework, fw_b: Framework
) -> OverallChange | None:
    if not _has_overall(fw_a) and not _has_overall(fw_b):
        return None
    a, b = read_overall(earlier, fw_a), read_overall(later, fw_b)
    lv_a, sc_a, lv_b, sc_b = a.level, a.score, b.level, b.score
    status_a = (
        JudgementStatus.RATED
        if lv_a
        else (JudgementStatus.NOT_KNOWN if _has_overall(fw_a) else JudgementStatus.NOT_RATED)
    )
    status_b = (
        JudgementStatus.RATED
        if lv_b
        else (JudgementStatus.NOT_KNOWN if _has_overall(fw_b) else JudgementStatus.NOT_RATED)
    )
    change, steps, _ = _classify(
        _Side(lv_a, status_a, "", len(fw_a.scale.levels)),
        _Side(lv_b, status_b, "", len(fw_b.scale.levels)),
    )
    same_max = fw_a.max_score == fw_b.max_score and fw_a.overall_rule is not None
    return OverallChange(
        before=lv_a,
        after=lv_b,
        before_score=sc_a,
        after_score=sc_b,
        max_score=fw_a.max_score if same_max else None,
        before_basis=a.basis,
        after_basis=b.basis,
        before_score_basis=a.score_basis,
        after_score_basis=b.score_basis,
        change=change,
        steps=steps,
        approximate=fw_a.code != fw_b.code,
    )


class ReversedInspections(ValueError):
    """:func:`compare` was given the later inspection first.

    Attributes:
        earlier: the inspection given as ``earlier``.
        later: the inspection given as ``later``, which certainly took place before it.
    """

    def __init__(self, message: str, earlier: Inspection, later: Inspection) -> None:
        super().__init__(message)
        self.earlier = earlier
        self.later = later


ReversedInspections.__module__ = "yjinspect.analysis"  # shown under its public path


def _word(level: Level | None, status: JudgementStatus) -> str:
    if level is not None:
        return level.label
    return "not rated" if status is JudgementStatus.NOT_RATED else "not known"


def _records_of_one(a: Inspection, b: Inspection, why: str) -> Comparison:
    """Two records of one inspection side by side: what they disagree on, never a change."""
    fw_a, fw_b = get_framework(a.framework), get_framework(b.framework)
    differences: list[str] = []
    only_one: list[str] = []
    if fw_a.code != fw_b.code:
        differences.append(f"framework: {fw_a.code} / {fw_b.code}")
    for field in ("published", "fieldwork", "published_overall", "published_score"):
        va, vb = getattr(a, field), getattr(b, field)
        if va == vb:
            continue
        text = f"{field}: {'not recorded' if va is None else va} / " + (
            "not recorded" if vb is None else str(vb)
        )
        if va is None or vb is None:
            only_one.append(text)
        elif isinstance(va, PartialDate) and isinstance(vb, PartialDate):
            # "2025-01" and "2025-01-07" agree: one is only less precise
            if va.latest() < vb.earliest() or vb.latest() < va.earliest():
                differences.append(text)
            else:
                only_one.append(text)
        else:
            differences.append(text)
    changes: list[AreaChange] = []
    if fw_a.code == fw_b.code:
        for ch in _same_framework(a, b, fw_a):
            if ch.before is not None and ch.after is not None and ch.before != ch.after:
                ch = attrs.evolve(
                    ch, change=Change.RECORDS_DISAGREE, steps=None, position_change=None
                )
            before = _word(ch.before, ch.before_status)
            after = _word(ch.after, ch.after_status)
            if ch.change is Change.RECORDS_DISAGREE:
                differences.append(f"{ch.title}: {before} / {after}")
            elif before != after:
                only_one.append(f"{ch.title}: {before} / {after}")
            changes.append(ch)
    overall = _overall(a, b, fw_a, fw_b)
    if (
        overall is not None
        and overall.before is not None
        and overall.after is not None
        and overall.before != overall.after
    ):
        overall = attrs.evolve(overall, change=Change.RECORDS_DISAGREE, steps=None)
    return Comparison(
        earlier=a,
        later=b,
        changes=tuple(changes),
        overall=overall,
        time=None,
        different_services=not same_service(a.service, b.service),
        same_inspection=why,
        differences=tuple(differences),
        held_by_one=tuple(only_one),
    )


def _check_order(earlier: Inspection, later: Inspection) -> None:
    a, b = earlier.when, later.when
    if a is None or b is None:
        return
    if b.latest() < a.earliest():
        raise ReversedInspections(
            f"the later inspection {later.id} ({b}) took place before the earlier one "
            f"{earlier.id} ({a}); swap the arguments: compare({later.id!r}, {earlier.id!r})",
            earlier,
            later,
        )


def compare(
    earlier: Inspection,
    later: Inspection,
    *,
    crosswalk: Crosswalk | str | None = None,
    allow_different_services: bool = False,
) -> Comparison:
    """Compare two inspections, area by area. Pure: no I/O, no clock.

    Within one framework every rated area of either inspection (of its version, if it names
    one) is compared on the framework's scale. When the frameworks differ the comparison goes
    through a crosswalk, one :class:`AreaChange` per link, using normalised scale positions;
    every change made through it is approximate. On two different scales a change counts only
    when the positions differ by more than half a step of the coarser scale (the one with fewer
    levels); a smaller difference is ``UNCHANGED`` (still approximate).

    Args:
        earlier: the earlier inspection.
        later: the later inspection.
        crosswalk: the crosswalk (or its code) to use when the frameworks differ; by default
            :func:`yjinspect.crosswalks.find` looks for one, chaining crosswalks if needed.
        allow_different_services: compare inspections of two different services (see
            :func:`same_service`), for benchmarking one against the other: they may then be
            given in any order.

    Returns:
        A :class:`Comparison`.

    Raises:
        ReversedInspections: ``later``, of the same service, certainly took place before
            ``earlier`` (its last possible day is before the other's first possible day): the
            arguments are the wrong way round (a ValueError). Inspections without a date, and
            inspections of different services, are not checked.
        DifferentServices: the inspections are of different services and
            ``allow_different_services`` is False (a ValueError).
        NoCrosswalk: the frameworks differ and no crosswalk leads from one to the other.
        ValueError: the crosswalk given does not lead from the earlier framework to the later.
        UnknownFramework: an inspection names a framework that is not known.

    Example:
        >>> import yjinspect as yj
        >>> s = yj.examples.bromley()
        >>> c = yj.compare(s.get("bromley-2015-fji"), s.get("bromley-2025-standards"))
        >>> c.approximate, c.newly_rated
        (True, ('4.1',))

    .. versionadded:: 0.1.0
    """

    one = same_inspection(earlier, later)
    if one is not None:
        return _records_of_one(earlier, later, one)
    different = not same_service(earlier.service, later.service)
    if different and not allow_different_services:
        raise DifferentServices(
            f"{earlier.id} ({earlier.service.name}) and {later.id} ({later.service.name}) are "
            "inspections of different services; pass allow_different_services=True to compare "
            "them"
        )
    if not different:
        # Two services are compared side by side (benchmarking), in any order.
        _check_order(earlier, later)
    fw_a, fw_b = get_framework(earlier.framework), get_framework(later.framework)
    cw: Crosswalk | None = None
    if fw_a.code == fw_b.code:
        if crosswalk is not None:
            raise ValueError(f"both inspections are of {fw_a.code!r}; a crosswalk is not needed")
        changes = _same_framework(earlier, later, fw_a)
    else:
        if crosswalk is None:
            cw = crosswalks.find(fw_a.code, fw_b.code)
        elif isinstance(crosswalk, str):
            cw = crosswalks.get(crosswalk)
        else:
            cw = crosswalk
        if (cw.from_framework, cw.to_framework) != (fw_a.code, fw_b.code):
            if cw.bidirectional and (cw.to_framework, cw.from_framework) == (fw_a.code, fw_b.code):
                cw = cw.reversed()
            else:
                raise ValueError(
                    f"crosswalk {cw.code!r} leads from {cw.from_framework!r} to "
                    f"{cw.to_framework!r}, not from {fw_a.code!r} to {fw_b.code!r}"
                )
        changes = _through(earlier, later, fw_a, fw_b, cw)
    return Comparison(
        earlier=earlier,
        later=later,
        changes=tuple(changes),
        overall=_overall(earlier, later, fw_a, fw_b),
        time=time_between(earlier, later),
        crosswalk=cw,
        different_services=different,
    )
