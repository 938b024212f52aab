"""Service histories (trajectories). Pure."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from .. import _escape
from ..crosswalks import NoCrosswalk
from ..frameworks import get as get_framework
from ..model import Inspection, PartialDate, Service
from ._compare import compare
from .comparison import Comparison
from .improvement_report import Improvement, improvement
from .rules import (
    NOT_KNOWN,
    NOT_RATED,
    DifferentServices,
    area_states,
    read_overall,
    same_inspection,
    same_service,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DifferentServices",
    "Trajectory",
    "TrajectoryPoint",
    "same_inspection",
    "same_service",
    "trajectory",
]


# -- trajectories ---------------------------------------------------------------------------------
@attrs.frozen(slots=True, kw_only=True)
class TrajectoryPoint:
    """One inspection in a service's history.

    Attributes:
        inspection: the inspection's id.
        framework: its framework's code.
        framework_version: its version, if any.
        inspection_kind: the kind of inspection (its value, "full-joint").
        when: its date (:attr:`Inspection.when <yjinspect.Inspection.when>`), if known.
        overall: the overall rating's level code, published where held, else derived.
        overall_basis: where ``overall`` comes from: ``"published"``, ``"derived"``,
            ``"not known"``, or ``"none"`` (the framework has no overall rating).
        score: the overall score, if known.
        score_basis: where ``score`` comes from, in the same words (a score that was not
            published is never ``"published"``).
        max_score: the framework's highest score (0: the framework has no score).
        rated: how many rated areas have a rating.
        not_known: how many rated areas have no rating known.
        not_rated: how many rated areas were not rated.
        concerns: how many ratings are at a level that calls for improvement.
        mean_position: the mean normalised scale position of the ratings, if any.

    .. versionadded:: 0.1.0
    """

    inspection: str
    framework: str
    framework_version: str | None
    inspection_kind: str
    when: PartialDate | None
    overall: str | None
    overall_basis: str
    score: int | None
    score_basis: str
    max_score: int
    rated: int
    not_known: int
    not_rated: int
    concerns: int
    mean_position: float | None


_POINT_COLUMNS = [f.name for f in attrs.fields(TrajectoryPoint)]


def _point(insp: Inspection) -> TrajectoryPoint:
    fw = get_framework(insp.framework)
    states = area_states(insp, fw)
    levels = [fw.scale.level(v) for v in states.values() if v not in (NOT_KNOWN, NOT_RATED)]
    reading = read_overall(insp, fw)
    level = reading.level
    return TrajectoryPoint(
        inspection=insp.id,
        framework=fw.code,
        framework_version=insp.framework_version,
        inspection_kind=insp.inspection_kind.value,
        when=insp.when,
        overall=level.code if level is not None else None,
        overall_basis=reading.basis,
        score=reading.score,
        score_basis=reading.score_basis,
        max_score=fw.max_score,
        rated=len(levels),
        not_known=sum(1 for v in states.values() if v == NOT_KNOWN),
        not_rated=sum(1 for v in states.values() if v == NOT_RATED),
        concerns=sum(1 for lv in levels if lv.concern),
        mean_position=sum(lv.position for lv in levels) / len(levels) if levels else None,
    )


@attrs.frozen(slots=True, kw_only=True, repr=False)
class Trajectory:
    """A service's inspections in date order, across frameworks. Build with :func:`trajectory`.

    Attributes:
        service: the service (as the latest inspection names it).
        inspections: the inspections, oldest first.
        points: one :class:`TrajectoryPoint` per inspection, in the same order.
        undated: ids of inspections with no date; each keeps its place after the dated
            inspection given before it.

    .. versionadded:: 0.1.0
    """

    service: Service
    inspections: tuple[Inspection, ...]
    points: tuple[TrajectoryPoint, ...]
    undated: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return (
            f"Trajectory(service={self.service.name!r}, inspections={len(self.inspections)}, "
            f"undated={len(self.undated)})"
        )

    def comparisons(self) -> tuple[Comparison | None, ...]:
        """:func:`~yjinspect.compare` of each consecutive pair, oldest first; ``None`` where
        the frameworks differ and no crosswalk leads from one to the other."""
        out: list[Comparison | None] = []
        for a, b in itertools.pairwise(self.inspections):
            try:
                out.append(compare(a, b))
            except NoCrosswalk:
                out.append(None)
        return tuple(out)

    def improvements(self) -> tuple[Improvement, ...]:
        """Answer "did it improve?" for each consecutive pair, oldest first, at the level the two
        records support (see :func:`yjinspect.analysis.improvement`): never ``None``, even
        where no crosswalk leads from one framework to the other.

        .. versionadded:: 0.1.0
        """
        return tuple(improvement(a, b) for a, b in itertools.pairwise(self.inspections))

    @property
    def same_inspections(self) -> tuple[tuple[str, str, str], ...]:
        """Pairs of the history's records that are of one inspection (see
        :func:`same_inspection`): ``(id, id, why)``, in history order. Such a pair is one
        inspection recorded twice, not two inspections with nothing between them.

        .. versionadded:: 0.2
        """
        out = []
        for i, a in enumerate(self.inspections):
            for b in self.inspections[i + 1 :]:
                why = same_inspection(a, b)
                if why is not None:
                    out.append((a.id, b.id, why))
        return tuple(out)

    def __len__(self) -> int:
        return len(self.points)

    def __str__(self) -> str:
        lines = [f"{self.service.name}: {len(self.points)} inspection(s)"]
        for a, b, why in self.same_inspections:
            lines.append(f"  {a} and {b} are two records of one inspection ({why})")
        for p in self.points:
            overall = p.overall or "overall not known"
            if p.score is not None:
                overall += f" {p.score}/{p.max_score}"
            lines.append(
                f"  {p.when or 'date not known'}  {p.inspection} ({p.framework}): {overall}; "
                f"{p.rated} rated, {p.not_known} not known, {p.concerns} of concern"
            )
        return "\n".join(_escape.plain(line) for line in lines)

    def _repr_html_(self) -> str:
        cols = [
            "when",
            "inspection",
            "framework",
            "overall",
            "score",
            "rated",
            "not_known",
            "concerns",
        ]
        from ..views._html import data_table

        return f"<p><b>{_escape.html(self.service.name)}</b></p>" + data_table(
            cols,
            (
                (
                    p.when,
                    p.inspection,
                    p.framework,
                    p.overall,
                    p.score,
                    p.rated,
                    p.not_known,
                    p.concerns,
                )
                for p in self.points
            ),
        )

    def to_frame(self) -> pd.DataFrame:
        """A pandas DataFrame, one row per inspection (the :class:`TrajectoryPoint` fields)."""
        from ..views._frames import rows_frame

        return rows_frame(self.points, TrajectoryPoint)


def trajectory(inspections: Iterable[Inspection], *, service: Service | None = None) -> Trajectory:
    """A service's history: its inspections ordered by date across frameworks. Pure.

    Inspections are ordered by :attr:`Inspection.when <yjinspect.Inspection.when>` (fieldwork
    start, else publication date), ties in the order given. An inspection with no date keeps
    its place after the dated inspection given before it and is listed in ``undated``.

    Args:
        inspections: the inspections (a :class:`~yjinspect.Corpus` will do).
        service: keep only this service's inspections (see :func:`same_service`); without it
            every inspection must be of one service.

    Raises:
        DifferentServices: no ``service`` was given and the inspections are of several.
        ValueError: no inspection is left.

    .. versionadded:: 0.1.0
    """
    items = list(inspections)
    if service is not None:
        items = [i for i in items if same_service(i.service, service)]
    elif items:
        first = items[0].service
        others = sorted({i.service.name for i in items if not same_service(i.service, first)})
        if others:
            raise DifferentServices(
                f"inspections of several services ({first.name}, {', '.join(others)}); "
                "pass service= to choose one"
            )
    if not items:
        raise ValueError("no inspections of the service were given")
    keyed: list[tuple[tuple[int, int, int, int], int, Inspection]] = []
    last: tuple[int, int, int, int] = (0, 0, 0, 0)
    undated: list[str] = []
    for i, insp in enumerate(items):
        when = insp.when
        if when is None:
            undated.append(insp.id)
            keyed.append((last, i, insp))
        else:
            last = (when.year, when.month or 0, when.day or 0, 0)
            keyed.append((last, i, insp))
    keyed.sort(key=lambda t: (t[0], t[1]))
    ordered = tuple(t[2] for t in keyed)
    return Trajectory(
        service=ordered[-1].service,
        inspections=ordered,
        points=tuple(_point(i) for i in ordered),
        undated=tuple(undated),
    )
