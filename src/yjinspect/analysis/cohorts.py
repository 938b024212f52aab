"""Cohort summaries over many services: rating distributions, counts, a league table. Pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from .. import _escape
from ..errors import UnknownFramework, UnknownRating
from ..frameworks import Framework
from ..frameworks import get as get_framework
from ..model import Inspection, Level, PartialDate
from .rules import area_states, read_overall

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "Cohort",
    "CohortCount",
    "DistributionRow",
    "InspectionCounts",
    "LeagueRow",
    "LeagueTable",
    "RatingDistribution",
    "cohort",
]


@attrs.frozen(slots=True, kw_only=True)
class DistributionRow:
    """How many inspections gave an area a rating in a year.

    Attributes:
        framework: the framework's code.
        area: the area's code.
        year: the year of :attr:`Inspection.when <yjinspect.Inspection.when>` (``None``: no
            date).
        rating: a level code, ``"not-known"`` or ``"not-rated"``.
        count: how many.

    .. versionadded:: 0.1.0
    """

    framework: str
    area: str
    year: int | None
    rating: str
    count: int


@attrs.frozen(slots=True, kw_only=True)
class RatingDistribution:
    """Ratings per area and per year across a cohort (every rated area of each inspection's
    framework or version is counted once: a rating, ``not-known`` or ``not-rated``).

    Attributes:
        rows: one :class:`DistributionRow` per framework, area, year and rating, sorted.

    .. versionadded:: 0.1.0
    """

    rows: tuple[DistributionRow, ...]

    def count(
        self, framework: str, area: str, rating: str, *, year: int | str | None = "any"
    ) -> int:
        """How many times ``area`` of ``framework`` got ``rating`` (a level code, "not-known"
        or "not-rated"), in one year or (by default) in any."""
        return sum(
            r.count
            for r in self.rows
            if r.framework == framework
            and r.area == area
            and r.rating == rating
            and (year == "any" or r.year == year)
        )

    def __str__(self) -> str:
        return "\n".join(
            _escape.plain(
                f"{r.framework} {r.area} {r.year or 'date not known'} {r.rating}: {r.count}"
            )
            for r in self.rows
        )

    def _repr_html_(self) -> str:
        from ..views._html import data_table

        cols = ["framework", "area", "year", "rating", "count"]
        return data_table(
            cols, ((r.framework, r.area, r.year, r.rating, r.count) for r in self.rows)
        )

    def to_frame(self) -> pd.DataFrame:
        """A pandas DataFrame: framework, area, year, rating, count (long form)."""
        from ..views._frames import rows_frame

        return rows_frame(self.rows, DistributionRow)


@attrs.frozen(slots=True, kw_only=True)
class CohortCount:
    """How many inspections of one framework a cohort holds in a year.

    Attributes:
        framework: the framework's code.
        year: the year (``None``: no date).
        inspections: how many inspections.
        services: how many distinct services (by name).
        with_overall: how many have an overall rating known (published or derived).

    .. versionadded:: 0.1.0
    """

    framework: str
    year: int | None
    inspections: int
    services: int
    with_overall: int


@attrs.frozen(slots=True, kw_only=True)
class InspectionCounts:
    """Inspection counts per framework and year.

    Attributes:
        rows: one :class:`CohortCount` per framework and year, sorted.

    .. versionadded:: 0.1.0
    """

    rows: tuple[CohortCount, ...]

    @property
    def total(self) -> int:
        """The number of inspections counted."""
        return sum(r.inspections for r in self.rows)

    def __str__(self) -> str:
        return "\n".join(
            _escape.plain(
                f"{r.framework} {r.year or 'date not known'}: {r.inspections} inspection(s), "
                f"{r.services} service(s), {r.with_overall} with an overall rating"
            )
            for r in self.rows
        )

    def _repr_html_(self) -> str:
        from ..views._html import data_table

        cols = ["framework", "year", "inspections", "services", "with_overall"]
        return data_table(
            cols,
            ((r.framework, r.year, r.inspections, r.services, r.with_overall) for r in self.rows),
        )

    def to_frame(self) -> pd.DataFrame:
        """A pandas DataFrame: framework, year, inspections, services, with_overall."""
        from ..views._frames import rows_frame

        return rows_frame(self.rows, CohortCount)


@attrs.frozen(slots=True, kw_only=True)
class LeagueRow:
    """One inspection's place in a league table.

    Attributes:
        rank: 1 for the best; equal scores share a rank (1, 2, 2, 4).
        inspection: the inspection's id.
        service: the service's name.
        nation: the service's nation ("england", "wales"), ``None`` when not known.
        area_codes: the GSS codes of the authorities it covers, joined with ";"; ``None`` when
            not recorded.
        framework: the framework's code.
        when: the inspection's date, if known.
        score: the overall score (published where held, else derived).
        max_score: the framework's highest score.
        overall: the overall level's code (published where held, else derived).
        basis: where the score comes from: ``"published"`` or ``"derived"`` (the table ranks
            by score, so a derived score is marked even when the rating was published).
        label_disagrees: True when the published overall label is not the band of the
            score (a fault of the record: both are kept as published, and the row is
            ranked by its score).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2
       ``label_disagrees``.
    """

    rank: int
    inspection: str
    service: str
    nation: str | None
    area_codes: str | None
    framework: str
    when: PartialDate | None
    score: int
    max_score: int
    overall: str | None
    basis: str
    label_disagrees: bool = False


_LEAGUE_COLUMNS = [f.name for f in attrs.fields(LeagueRow)]


@attrs.frozen(slots=True, kw_only=True, repr=False)
class LeagueTable:
    """Inspections ranked by overall score (as a share of the maximum), best first.

    Attributes:
        rows: the ranked inspections.
        unscored: ids of inspections whose score is not known (left out of the ranking).
        unscored_services: the service and the date (``None`` when not known) of each
            inspection of ``unscored``, in the same order.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2
       ``unscored_services``.
    """

    rows: tuple[LeagueRow, ...]
    unscored: tuple[str, ...] = ()
    unscored_services: tuple[tuple[str, PartialDate | None], ...] = ()

    def __repr__(self) -> str:
        return f"LeagueTable(rows={len(self.rows)}, unscored={len(self.unscored)})"

    def __str__(self) -> str:
        lines = [
            f"{r.rank:>3}. {r.service}: {r.score}/{r.max_score} {r.overall or ''} "
            f"({r.inspection}{', derived' if r.basis == 'derived' else ''})"
            + (" [published label disagrees with the score]" if r.label_disagrees else "")
            for r in self.rows
        ]
        if self.unscored:
            lines.append(f"score not known: {', '.join(self.unscored)}")
        return "\n".join(_escape.plain(line) for line in lines)

    def _repr_html_(self) -> str:
        from ..views._html import data_table

        return data_table(_LEAGUE_COLUMNS, (attrs.astuple(r, recurse=False) for r in self.rows))

    def to_frame(self) -> pd.DataFrame:
        """A pandas DataFrame, one row per ranked inspection (the :class:`LeagueRow` fields)."""
        from ..views._frames import rows_frame

        return rows_frame(self.rows, LeagueRow)


@attrs.frozen(slots=True, kw_only=True, repr=False)
class Cohort:
    """Summaries over many services. Build with :func:`cohort`.

    Attributes:
        distribution: ratings per area and year.
        counts: inspections per framework and year.
        league: the league table by overall score.
        skipped: ids of inspections left out because their framework is not known.

    .. versionadded:: 0.1.0
    """

    distribution: RatingDistribution
    counts: InspectionCounts
    league: LeagueTable
    skipped: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return (
            f"Cohort(distribution={len(self.distribution.rows)}, "
            f"counts={len(self.counts.rows)}, league={len(self.league.rows)}, "
            f"skipped={len(self.skipped)})"
        )

    def __str__(self) -> str:
        return (
            f"cohort of {self.counts.total} inspection(s)\n{self.counts}\n\n"
            f"league table:\n{self.league}"
        )

    def _repr_html_(self) -> str:
        parts = [f"<p><b>cohort of {self.counts.total} inspection(s)</b></p>"]
        parts.append(self.counts._repr_html_())
        if self.league.rows:
            parts.append("<p>League table</p>" + self.league._repr_html_())
        if self.skipped:
            parts.append(
                f"<p>left out (framework not known): {_escape.html(', '.join(self.skipped))}</p>"
            )
        return "<div>" + "".join(parts) + "</div>"

    def to_frame(self, table: str = "distribution") -> pd.DataFrame:
        """A tidy pandas DataFrame of one part of the summary (needs pandas).

        Args:
            table: ``"distribution"`` (one row per framework, area, year and rating, with the
                rating an ordered categorical when one scale is involved: see
                :func:`yjinspect.frames.distribution_frame`), ``"counts"`` or ``"league"``.

        Raises:
            ValueError: an unknown table name.
        """
        if table == "distribution":
            from ..views._frames import distribution_frame

            return distribution_frame(self.distribution)
        if table == "counts":
            return self.counts.to_frame()
        if table == "league":
            return self.league.to_frame()
        raise ValueError(f"unknown table {table!r}; expected one of: distribution, counts, league")


def _year(insp: Inspection) -> int | None:
    return insp.when.year if insp.when is not None else None


def _sort_year(year: int | None) -> int:
    return year if year is not None else 10_000


def cohort(inspections: Iterable[Inspection], *, latest_per_service: bool = False) -> Cohort:
    """Summaries of many inspections: rating distributions, counts and a league table. Pure.

    Args:
        inspections: the inspections (a :class:`~yjinspect.Corpus` will do).
        latest_per_service: rank only each service's latest scored inspection (by date; services
            matched by name) in the league table.

    .. versionadded:: 0.1.0
    """
    dist: Counter[tuple[str, str, int | None, str]] = Counter()
    counts: dict[tuple[str, int | None], list[Inspection]] = {}
    with_overall: Counter[tuple[str, int | None]] = Counter()
    scored: list[tuple[Inspection, Framework, Level | None, int, str]] = []
    unscored: list[Inspection] = []
    skipped: list[str] = []
    area_order: dict[tuple[str, str], int] = {}
    for insp in inspections:
        try:
            fw = get_framework(insp.framework)
        except UnknownFramework:
            skipped.append(insp.id)
            continue
        for i, a in enumerate(fw.areas):
            area_order.setdefault((fw.code, a.code), i)
        year = _year(insp)
        for area, state in area_states(insp, fw).items():
            dist[(fw.code, area, year, state)] += 1
        counts.setdefault((fw.code, year), []).append(insp)
        reading = read_overall(insp, fw)
        if reading.level is not None:
            with_overall[(fw.code, year)] += 1
        if reading.score is not None and fw.max_score:
            scored.append((insp, fw, reading.level, reading.score, reading.score_basis))
        else:
            unscored.append(insp)

    rows = sorted(
        (
            DistributionRow(framework=f, area=a, year=y, rating=r, count=n)
            for (f, a, y, r), n in dist.items()
        ),
        key=lambda r: (
            r.framework,
            area_order.get((r.framework, r.area), 0),
            _sort_year(r.year),
            r.rating,
        ),
    )
    count_rows = tuple(
        CohortCount(
            framework=f,
            year=y,
            inspections=len(items),
            services=len({i.service.name for i in items}),
            with_overall=with_overall[(f, y)],
        )
        for (f, y), items in sorted(counts.items(), key=lambda kv: (kv[0][0], _sort_year(kv[0][1])))
    )
    if latest_per_service:
        latest: dict[str, tuple[Inspection, Framework, Level | None, int, str]] = {}
        for entry in scored:
            name = entry[0].service.name
            held = latest.get(name)
            if held is None or _when_key(entry[0]) >= _when_key(held[0]):
                latest[name] = entry
        scored = list(latest.values())
    scored.sort(key=lambda e: (-e[3] / e[1].max_score, e[0].service.name, e[0].id))
    league: list[LeagueRow] = []
    for n, (insp, fw, level, score, basis) in enumerate(scored):
        share = score / fw.max_score
        rank = n + 1
        if league and abs(share - league[-1].score / league[-1].max_score) < 1e-12:
            rank = league[-1].rank
        league.append(
            LeagueRow(
                rank=rank,
                inspection=insp.id,
                service=insp.service.name,
                nation=nation.value if (nation := insp.service.nation) else None,
                area_codes=";".join(insp.service.authorities) or None,
                framework=fw.code,
                when=insp.when,
                score=score,
                max_score=fw.max_score,
                overall=level.code if level is not None else None,
                basis=basis,
                label_disagrees=_label_disagrees(insp, fw, score),
            )
        )
    return Cohort(
        distribution=RatingDistribution(rows=tuple(rows)),
        counts=InspectionCounts(rows=count_rows),
        league=LeagueTable(
            rows=tuple(league),
            unscored=tuple(i.id for i in unscored),
            unscored_services=tuple((i.service.name, i.when) for i in unscored),
        ),
        skipped=tuple(skipped),
    )


def _label_disagrees(insp: Inspection, fw: Framework, score: int) -> bool:
    """True when the published overall label is a level, the framework bands scores, and the
    label is not the band of ``score``."""
    if insp.published_overall is None or fw.overall_rule is None:
        return False
    try:
        label = fw.scale.level(insp.published_overall)
    except UnknownRating:
        return False
    return 0 <= score <= fw.max_score and fw.band(score) != label


def _when_key(insp: Inspection) -> tuple[int, int, int]:
    w = insp.when
    return (w.year, w.month or 0, w.day or 0) if w is not None else (0, 0, 0)
