"""Reading the rows of a data-to-insight CSV: the rules :mod:`yjinspect.importers.d2i` documents."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Final

import pendulum

from ..errors import Problem, Severity, UnknownRating
from ..frameworks import Framework
from ..model import (
    Inspection,
    InspectionKind,
    Judgement,
    JudgementStatus,
    Level,
    PartialDate,
    Service,
    Source,
    normalise,
)
from ..model import places as places
from .result import ImportResult

FIXED_COLUMNS: Final = (
    "la_name",
    "la_ref",
    "score_%",
    "overall_rating",
    "publication_date",
    "report_url",
)
"""The columns of the current form of the D2I file before its standard columns."""

REQUIRED_COLUMNS: Final = ("la_name", "la_ref", "score_%", "overall_rating", "report_url")
"""The columns every published form of the file has (under one of their names)."""

COLUMN_FORMS: Final = {"score_%": ("score_",)}
"""Earlier names of fixed columns: the first published form (data-to-insight commit 909d727,
February 2025) names the score column ``score_``."""

_DATASET = Source(
    title="data-to-insight: HMI youth justice inspection ratings (CSV scrape of HMIP reports)",
    note="https://github.com/data-to-insight/hmi-probation-youth-justice-scrape; MIT licence. "
    "Every URL an imported inspection cites is its report's. Known faults: domain 2 and 3 "
    "standards share column names; 'Requires improvement' often missed; a few scores and "
    "overall labels mis-parsed.",
)

_DATE_FORMATS = ("%d/%m/%y", "%d/%m/%Y", "%Y-%m-%d")
_SLUG = re.compile(r"[^a-z0-9]+")


def _warn(path: str, message: str) -> Problem:
    return Problem(path=path, message=message, severity=Severity.WARNING)


# "Dorset - JI" marks a joint inspection; "An inspection of Tower Hamlets and City of London" is
# a report title in the name column. Neither is part of the place's name.
_JOINT_MARK = re.compile(r"\s+-\s+JI$", re.IGNORECASE)
_TITLE = re.compile(r"^an inspection of\s+", re.IGNORECASE)


def place_codes(
    where: str, name: str, ref: str, published: PartialDate | None
) -> tuple[tuple[str, ...], Problem | None]:
    """The GSS codes of the authorities a row's service covers (its ``la_ref`` slug first, then
    its ``la_name``), the same on the first and the last day its publication date can stand
    for; or no codes and a warning saying why the place, and so the nation, is not known.
    Without a date, a name that fits a former council as well as a current one is not
    decided."""
    place = _TITLE.sub("", _JOINT_MARK.sub("", name)).strip()
    days = (published.earliest(), published.latest()) if published is not None else (None,)
    found: set[tuple[str, ...]] = set()
    try:
        for on in days:
            found.add(
                tuple(
                    a.gss_code for a in places.service_authorities(place, slug=ref or None, on=on)
                )
            )
        if published is None and places.service(place, slug=ref or None) is None:
            several = places.candidates(places.service_words(place) or place)
            if len(several) > 1:
                raise places.AmbiguousPlace(name, several)
    except places.AmbiguousPlace as exc:
        return (), _warn(
            f"{where} [la_name]",
            f"{name!r} fits several local authorities ({', '.join(map(str, exc.candidates))}); "
            "the service's authorities and nation are not known",
        )
    except places.UnknownPlace:
        return (), _warn(
            f"{where} [la_name]",
            f"{name!r} is not a known local authority or youth justice service of England and "
            "Wales; the service's authorities and nation are not known",
        )
    if len(found) > 1:
        return (), _warn(
            f"{where} [la_name]",
            f"{name!r} names different authorities over the days its date ({published}) can "
            "stand for; the service's authorities and nation are not known",
        )
    return found.pop(), None


def _parse_date(text: str) -> pendulum.Date | None:
    for fmt in _DATE_FORMATS:
        try:
            d = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return pendulum.Date(d.year, d.month, d.day)
    return None


_REPORT_TITLE = re.compile(r"^an inspection of .+? in (?P<place>.+)$", re.IGNORECASE)
_URL_YEAR = re.compile(r"(?<![0-9])(?P<year>20[0-9]{2})/?$")


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.casefold()).strip("-")


def _url_year(url: str) -> int | None:
    """The year a report URL ends with (``.../bnesyjs2025/``), if it ends with one."""
    m = _URL_YEAR.search(url.strip())
    return int(m.group("year")) if m else None


class _Reader:
    def __init__(
        self, header: Sequence[str], frameworks: Sequence[Framework], max_lag: pendulum.Duration
    ) -> None:
        self.header = list(header)
        self.standard_columns = [c for c in self.header if c not in FIXED_COLUMNS]
        self.has_date = "publication_date" in self.header
        self.frameworks = list(frameworks)
        self.max_lag = max_lag
        self.maps = {fw.code: fw.area_names() for fw in self.frameworks}
        self.uncertain: dict[int, tuple[str, ...]] = {}
        self.problems: list[Problem] = []
        self.rows: dict[int, str | None] = {}
        self.unassigned: dict[str, dict[str, str]] = {}
        self.inspections: list[Inspection] = []
        self.ids: set[str] = set()
        self.next_suffix: dict[str, int] = {}
        self.ambiguous_seen: dict[tuple[str, str], list[int]] = {}
        self.unknown_columns = [
            c
            for c in self.standard_columns
            if not any(normalise(c) in m for m in self.maps.values())
        ]
        for c in self.unknown_columns:
            self.problems.append(
                _warn(
                    f"header [{c}]",
                    "the column names no rated area of "
                    f"{', '.join(fw.code for fw in self.frameworks)}; its values are kept "
                    "unassigned",
                )
            )

    # -- one row ------------------------------------------------------------------------------
    def row(self, n: int, cells: Mapping[str, str]) -> None:
        name = cells.get("la_name", "").strip()
        ref = cells.get("la_ref", "").strip()
        where = f"row {n} ({name or ref or 'no name'})"
        self.rows[n] = None
        if not name:
            self.problems.append(
                Problem(path=f"{where} [la_name]", message="no service name; the row is left out")
            )
            return
        titled = _REPORT_TITLE.match(name)
        if titled:
            self.problems.append(
                _warn(
                    f"{where} [la_name]",
                    f"the name is a report title; the place is read as {titled['place']!r}",
                )
            )
            name = titled["place"].strip()
            where = f"row {n} ({name})"
        url = cells.get("report_url", "").strip()
        published = self._published(where, cells, url)
        filled = {c: cells.get(c, "").strip() for c in self.standard_columns}
        filled = {c: v for c, v in filled.items() if v}
        chosen = self._framework(n, where, published, filled, url)
        if chosen is None:
            # the row is left out, but its score and overall can still be checked when every
            # framework its date allows scores the same way
            allowed = self._candidates(published)
            if (
                allowed
                and all(
                    fw.scale == allowed[0].scale and fw.overall_rule == allowed[0].overall_rule
                    for fw in allowed
                )
                and allowed[0].overall_rule is not None
            ):
                self._score_checks(where, allowed[0], cells)
            return
        fw, how = chosen
        self._build(n, where, name, ref, published, fw, how, cells, filled)

    def _published(self, where: str, cells: Mapping[str, str], url: str) -> PartialDate | None:
        """The publication date as far as the row holds it: the day from ``publication_date``,
        else the year the report URL ends with, else ``None`` (each said in a problem)."""
        if self.has_date:
            raw_date = cells.get("publication_date", "").strip()
            day = _parse_date(raw_date)
            if day is not None:
                return PartialDate.from_date(day)
            found = f"found {raw_date!r}" if raw_date else "the cell is blank"
        else:
            found = "the file has no publication_date column"
        year = _url_year(url)
        if year is not None:
            self.problems.append(
                _warn(
                    f"{where} [publication_date]",
                    f"expected a date as dd/mm/yy, {found}; the publication year is read as "
                    f"{year} from the report URL, which ends with it",
                )
            )
            return PartialDate(year)
        self.problems.append(
            _warn(
                f"{where} [publication_date]",
                f"expected a date as dd/mm/yy, {found}, and the report URL holds no year; the "
                "publication date is not known",
            )
        )
        return None

    def _window(self, published: PartialDate) -> tuple[pendulum.Date, pendulum.Date]:
        """The days fieldwork may have started on, for a report published on ``published``."""
        return published.earliest() - self.max_lag, published.latest()

    def _candidates(self, published: PartialDate | None) -> list[Framework]:
        if published is None:
            return list(self.frameworks)
        start, end = self._window(published)
        return [fw for fw in self.frameworks if fw.in_use(start, end) is not False]

    def _score_checks(
        self, where: str, fw: Framework, cells: Mapping[str, str]
    ) -> tuple[Level | None, int | None]:
        overall = self._overall(where, fw, cells.get("overall_rating", "").strip())
        score, band = self._score(where, fw, cells.get("score_%", "").strip())
        if overall is not None and band is not None and band != overall:
            self.problems.append(
                _warn(
                    f"{where} [overall_rating]",
                    f"published overall {overall.label!r} disagrees with the band of its own "
                    f"score {score}/{fw.max_score} ({band.label!r}); both are kept as published",
                )
            )
        return overall, score

    def _fits(self, fw: Framework, column: str, candidates: Sequence[Framework]) -> bool:
        """True when a filled ``column`` can be a rating of ``fw``: it names one of ``fw``'s
        areas, or an area that sits, in another candidate, under a domain whose standards
        ``fw`` does not publish (the 2025 framework's organisational delivery standards)."""
        if fw.may_rate(column):
            return True
        return any(
            fw.may_rate(column, other.area(other.area(code).parent or code).title)
            for other in candidates
            if other is not fw
            for code in self.maps[other.code].get(normalise(column), ())
            if other.area(code).parent is not None
        )

    def _framework(
        self,
        n: int,
        where: str,
        published: PartialDate | None,
        filled: Mapping[str, str],
        url: str,
    ) -> tuple[Framework, str] | None:
        candidates = self._candidates(published)
        when = f"published {published}" if published is not None else "publication date not known"
        titled = [
            fw for fw in self.frameworks if fw.report_title and _slug(fw.report_title) in _slug(url)
        ]
        if len(titled) == 1:
            fw = titled[0]
            if fw in candidates:
                return fw, (
                    f"framework {fw.code}: the report URL carries its reports' title "
                    f"({fw.report_title!r})"
                )
            self.problems.append(
                Problem(
                    path=f"{where} [report_url]",
                    message=f"the report URL carries the title of {fw.code}'s reports, but "
                    f"{when} puts fieldwork outside its period; the row is left out",
                )
            )
            return None
        if not candidates:
            start, end = self._window(published) if published is not None else (None, None)
            self.problems.append(
                Problem(
                    path=f"{where} [publication_date]",
                    message=f"{when}: fieldwork between {start} and "
                    f"{end} falls in the period of none of "
                    f"{', '.join(fw.code for fw in self.frameworks)}; the row is left out",
                )
            )
            return None
        codes = ", ".join(fw.code for fw in candidates)
        if len(candidates) == 1:
            return candidates[0], (
                f"framework {candidates[0].code}: the only one in use for fieldwork in the "
                f"{self.max_lag.in_words()} before publication ({published})"
            )
        named = [c for c in filled if any(normalise(c) in self.maps[fw.code] for fw in candidates)]
        fitting = [fw for fw in candidates if all(self._fits(fw, c, candidates) for c in named)]
        if len(fitting) == 1:
            telling = sorted(
                c for c in named if any(not self._fits(fw, c, candidates) for fw in candidates)
            )
            return fitting[0], (
                f"framework {fitting[0].code}: {when} allows {codes}; "
                f"the row's filled column(s) {', '.join(telling)} fit only "
                f"{fitting[0].code}"
            )
        if not fitting:
            self.problems.append(
                Problem(
                    path=where,
                    message=f"{when}, which allows {codes}, but its filled columns "
                    "fit none of them alone; the row is left out",
                )
            )
            return None
        fits = ", ".join(fw.code for fw in fitting)
        self.uncertain[n] = tuple(fw.code for fw in fitting)
        reason = (
            f"fieldwork in the {self.max_lag.in_words()} before could fall under {codes}"
            if published is not None
            else f"any of {codes} could apply"
        )
        self.problems.append(
            Problem(
                path=where,
                message=f"{when}: {reason}, and the row's filled columns fit each of {fits}; "
                "the framework is uncertain and not guessed, so the row is left out",
            )
        )
        return None

    def _build(
        self,
        n: int,
        where: str,
        name: str,
        ref: str,
        published: PartialDate | None,
        fw: Framework,
        how: str,
        cells: Mapping[str, str],
        filled: Mapping[str, str],
    ) -> None:
        mapping = self.maps[fw.code]
        ratings: dict[str, Level] = {}
        unassigned: dict[str, str] = {}
        conflicted: set[str] = set()
        for column, value in filled.items():
            codes = mapping.get(normalise(column), ())
            if len(codes) != 1:
                unassigned[column] = value
                if len(codes) > 1:
                    self.ambiguous_seen.setdefault((column, fw.code), []).append(n)
                elif column not in self.unknown_columns:
                    self.problems.append(
                        _warn(
                            f"{where} [{column}]",
                            f"{value!r} is under a column that names no "
                            f"standard of {fw.code} (the row's framework); kept unassigned",
                        )
                    )
                continue
            try:
                level = fw.scale.level(value)
            except UnknownRating:
                self.problems.append(
                    _warn(
                        f"{where} [{column}]",
                        f"expected one of {', '.join(fw.scale.labels)}; "
                        f"found {value!r}; the rating of {codes[0]} is kept as not known",
                    )
                )
                continue
            if codes[0] in conflicted:
                continue
            if codes[0] in ratings and ratings[codes[0]] != level:
                # two columns of one standard disagree: neither is taken by guess
                self.problems.append(
                    _warn(
                        f"{where} [{column}]",
                        f"a second column rates {codes[0]} {level.label!r} where another "
                        f"rates it {ratings[codes[0]].label!r}; its rating is kept as not known",
                    )
                )
                del ratings[codes[0]]
                conflicted.add(codes[0])
                continue
            ratings.setdefault(codes[0], level)

        overall, score = self._score_checks(where, fw, cells)
        if score is not None:
            self._bounds(where, fw, score, ratings, unassigned)

        judgements = tuple(
            Judgement(area=a.code, rating=ratings[a.code].code)
            if a.code in ratings
            else Judgement(area=a.code, status=JudgementStatus.NOT_KNOWN)
            for a in fw.rated_areas()
        )
        ident = self._id(where, ref or name, published)
        notes = [f"Imported from the data-to-insight CSV, row {n}. {how}."]
        if unassigned:
            notes.append(
                "Values not assigned to a standard: "
                + "; ".join(
                    f"{c} = {v}"
                    + (
                        f" (one of {' / '.join(mapping[normalise(c)])})"
                        if normalise(c) in mapping
                        else ""
                    )
                    for c, v in unassigned.items()
                )
                + "."
            )
        notes.append("Blank cells are recorded as not known.")
        url = cells.get("report_url", "").strip() or None
        if published is None or published.precision != "day":
            notes.insert(
                1,
                "The publication date is not in the record"
                if published is None
                else f"The publication year {published} is read from the report URL",
            )
            notes[1] += "."
        service_codes: dict[str, str] = {"d2i": ref} if ref else {}
        authorities, unknown_place = place_codes(where, name, ref, published)
        if unknown_place is not None:
            self.problems.append(unknown_place)
        insp = Inspection(
            id=ident,
            # Service.codes converts with dict(), whose overloads mypy cannot match here
            service=Service(
                name=name,
                local_authority=name,
                authorities=authorities,
                codes=service_codes,
            ),
            framework=fw.code,
            inspection_kind=InspectionKind.STANDARDS,
            published=published,
            judgements=judgements,
            published_overall=overall.code if overall is not None else None,
            published_score=score,
            sources=(
                Source(
                    title=f"HMIP inspection report ({name}, published "
                    f"{published if published is not None else 'on a date not known'})",
                    url=url,
                ),
                _DATASET,
            ),
            notes=" ".join(notes),
        )
        self.inspections.append(insp)
        self.rows[n] = ident
        if unassigned:
            self.unassigned[ident] = unassigned

    def _overall(self, where: str, fw: Framework, text: str) -> Level | None:
        if not text:
            return None
        try:
            return fw.scale.level(text)
        except UnknownRating:
            # an early form of the file breaks words with stray spaces ("Inadeq uate")
            squeezed = "".join(text.split()).casefold()
            same = [
                lv for lv in fw.scale.levels if "".join(lv.label.split()).casefold() == squeezed
            ]
            if len(same) == 1:
                self.problems.append(
                    _warn(
                        f"{where} [overall_rating]",
                        f"{text!r} has stray spaces; read as {same[0].label!r}",
                    )
                )
                return same[0]
            shown = text if len(text) <= 60 else text[:57] + "..."
            self.problems.append(
                _warn(
                    f"{where} [overall_rating]",
                    f"expected one of {', '.join(fw.scale.labels)}; "
                    f"found {shown!r}; the published overall is kept as not known",
                )
            )
            return None

    def _score(self, where: str, fw: Framework, text: str) -> tuple[int | None, Level | None]:
        """The whole score (or None) and the band it lies in (when that is certain)."""
        if not text:
            return None, None
        path = f"{where} [score_%]"
        try:
            pct = float(text)
        except ValueError:
            self.problems.append(
                _warn(
                    path, f"expected a percentage, found {text!r}; the score is kept as not known"
                )
            )
            return None, None
        if not 0.0 <= pct <= 100.0:
            self.problems.append(
                _warn(
                    path,
                    f"expected a percentage from 0 to 100, found "
                    f"{text}; the score is kept as not known",
                )
            )
            return None, None
        top = fw.max_score
        points = pct * top / 100.0
        # the CSV rounds to two decimals: at most 0.005% off, i.e. 0.005 * top / 100 points
        tolerance = 0.005 * top / 100.0 + 1e-9
        whole = round(points)
        if abs(points - whole) > tolerance:
            self.problems.append(
                _warn(
                    path,
                    f"{text}% of {top} is {points:.2f}, not a whole number of points "
                    f"(nearest {whole}/{top} would be {100 * whole / top:.2f}%); probably a "
                    "mis-parse, so the score is kept as not known",
                )
            )
            # A mis-parsed score says nothing about the band either.
            return None, None
        return int(whole), fw.band(int(whole))

    def _bounds(
        self,
        where: str,
        fw: Framework,
        score: int,
        ratings: Mapping[str, Level],
        unassigned: Mapping[str, str],
    ) -> None:
        scored = [a.code for a in fw.scored_areas]
        low = sum(ratings[c].score for c in scored if c in ratings)
        open_slots = sum(1 for c in scored if c not in ratings)
        mapping = self.maps[fw.code]
        for column, value in unassigned.items():
            codes = mapping.get(normalise(column), ())
            if len(codes) > 1 and all(c in scored and c not in ratings for c in codes):
                try:
                    low += fw.scale.level(value).score
                except UnknownRating:
                    continue
                open_slots -= 1
        high = low + open_slots * fw.scale.best.score
        if not low <= score <= high:
            self.problems.append(
                _warn(
                    f"{where} [score_%]",
                    f"the row's own ratings allow a score from {low} to "
                    f"{high}, but its score is {score}/{fw.max_score}",
                )
            )

    def _id(self, where: str, base: str, published: PartialDate | None) -> str:
        slug = _slug(base) or "service"
        ident = f"{slug}-{published}" if published is not None else slug
        first = ident
        # The next suffix to try for each first id, so many rows of one service and date take
        # linear time, not quadratic.
        k = self.next_suffix.get(first, 2)
        while ident in self.ids:
            ident = f"{first}-{k}"
            k += 1
        self.next_suffix[first] = k
        if ident != first:
            self.problems.append(
                _warn(
                    where,
                    f"an earlier row has the same service and publication date ({first}); "
                    f"this row is kept as {ident}",
                )
            )
        self.ids.add(ident)
        return ident

    def finish(self) -> ImportResult:
        for (column, code), rows in sorted(self.ambiguous_seen.items()):
            areas = " and ".join(self.maps[code][normalise(column)])
            self.problems.append(
                _warn(
                    f"header [{column}]",
                    f"in {code} the column names {areas}, which the scrape "
                    f"mixes up; its values in {len(rows)} row(s) are not assigned to either (see "
                    "ImportResult.unassigned)",
                )
            )
        return ImportResult(
            inspections=tuple(self.inspections),
            problems=tuple(self.problems),
            rows=self.rows,
            unassigned=self.unassigned,
            uncertain=self.uncertain,
        )
