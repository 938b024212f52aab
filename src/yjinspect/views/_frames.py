"""Tidy (long) pandas DataFrames of yjinspect objects (public face: :mod:`yjinspect.frames`)."""

from __future__ import annotations

import datetime as _dt
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .. import frameworks
from ..model import Corpus, Inspection, PartialDate

if TYPE_CHECKING:
    import pandas as pd

    from ..analysis.cohorts import RatingDistribution
    from ..importers import ImportResult
    from ..model import ImprovementPlan, RatingScale

__all__ = [
    "COLUMNS",
    "DISTRIBUTION_COLUMNS",
    "IMPORT_TABLES",
    "PLAN_TABLES",
    "ColumnKind",
    "distribution_frame",
    "import_frame",
    "inspections_frame",
    "plan_frame",
    "to_frame",
    "typed_frame",
]

ColumnKind = Literal["text", "int", "count", "float", "bool", "flag", "day", "partial"]
"""How a column of a table is stored: see :func:`typed_frame`."""

_INSPECTION_SCHEMA: tuple[tuple[str, ColumnKind], ...] = (
    ("inspection", "text"),
    ("service", "text"),
    ("local_authority", "text"),
    ("nation", "text"),
    ("area_codes", "text"),
    ("framework", "text"),
    ("framework_version", "text"),
    ("inspection_kind", "text"),
    ("date", "partial"),
    ("year", "int"),
    ("area", "text"),
    ("area_title", "text"),
    ("scored", "bool"),
    ("status", "text"),
    ("rating", "text"),
    ("rating_code", "text"),
    ("score", "int"),
    ("position", "float"),
    ("percentage", "float"),
)

_DISTRIBUTION_SCHEMA: tuple[tuple[str, ColumnKind], ...] = (
    ("framework", "text"),
    ("area", "text"),
    ("area_title", "text"),
    ("year", "int"),
    ("status", "text"),
    ("rating", "text"),
    ("rating_code", "text"),
    ("position", "float"),
    ("count", "count"),
)


def column_names(schema: Iterable[tuple[str, ColumnKind]]) -> tuple[str, ...]:
    """The column names a schema of :func:`typed_frame` gives, in order."""
    out: list[str] = []
    for name, kind in schema:
        out.append(name)
        if kind == "partial":
            out.append(f"{name}_precision")
    return tuple(out)


COLUMNS = column_names(_INSPECTION_SCHEMA)
"""The columns of :func:`inspections_frame`, in order."""

DISTRIBUTION_COLUMNS = column_names(_DISTRIBUTION_SCHEMA)
"""The columns of :func:`distribution_frame`, in order."""


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise ImportError(
            "DataFrames need pandas: install the 'pandas' extra "
            '(from a clone of yjinspect: pip install -e ".[pandas]")'
        ) from exc
    return pandas


# -- one table builder -----------------------------------------------------------------------------
_DTYPES: dict[str, str] = {
    "text": "string",
    "int": "Int64",
    "count": "int64",
    "float": "float64",
    "bool": "bool",
    "flag": "boolean",
    "day": "datetime64[ns]",
}


def _day_value(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, PartialDate):
        value = value.earliest()
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day)
    raise TypeError(f"expected a date, found {type(value).__name__}")


def typed_frame(
    rows: Iterable[Mapping[str, object]], columns: Sequence[tuple[str, ColumnKind]]
) -> pd.DataFrame:
    """A DataFrame with fixed column names and dtypes, whatever the rows hold.

    Every column kind has one dtype, so an empty table has the same dtypes as a full one:
    ``text`` pandas ``string`` (missing: ``<NA>``); ``int`` nullable ``Int64``; ``count``
    ``int64``; ``float`` ``float64`` (missing: NaN); ``bool`` ``bool``; ``flag`` nullable
    ``boolean``; ``day`` ``datetime64[ns]`` at midnight (missing: ``NaT``); ``partial`` a
    :class:`~yjinspect.PartialDate`, stored as two columns: ``<name>`` (``datetime64[ns]``, its
    earliest day) and ``<name>_precision`` (``string``: ``"year"``, ``"month"`` or ``"day"``),
    so a date known only to the month is never mistaken for the first of that month.

    Args:
        rows: one mapping per row, column name to value (``None`` for missing).
        columns: ``(name, kind)`` in order; see :data:`ColumnKind`. A ``partial`` column
            ``when`` gives the columns ``when`` and ``when_precision``.

    Returns:
        A DataFrame that converts to Arrow and round trips through Parquet.
    """
    pd = _pandas()
    rows = list(rows)
    data: dict[str, Any] = {}
    for name, kind in columns:
        values = [r.get(name) for r in rows]
        if kind == "partial":
            data[name] = pd.Series([_day_value(v) for v in values], dtype="datetime64[ns]")
            data[f"{name}_precision"] = pd.Series(
                [v.precision if isinstance(v, PartialDate) else None for v in values],
                dtype="string",
            )
        elif kind == "day":
            data[name] = pd.Series([_day_value(v) for v in values], dtype="datetime64[ns]")
        elif kind == "text":
            data[name] = pd.Series([None if v is None else str(v) for v in values], dtype="string")
        else:
            data[name] = pd.Series(values, dtype=_DTYPES[kind])
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)))


def _kind_of_type(t: object) -> ColumnKind:
    """The column kind for a field's type (``X | None`` is the kind of ``X``, nullable)."""
    args = [a for a in typing.get_args(t) if a is not type(None)]
    optional = len(args) < len(typing.get_args(t))
    if args and typing.get_origin(t) in (typing.Union, types.UnionType):
        (t,) = args
    if isinstance(t, type):
        if issubclass(t, PartialDate):
            return "partial"
        if issubclass(t, _dt.date):
            return "day"
        if issubclass(t, bool):
            return "flag" if optional else "bool"
        if issubclass(t, int):
            return "int" if optional else "count"
        if issubclass(t, float):
            return "float"
        if issubclass(t, str):
            return "text"
    raise TypeError(f"no column kind for a field of type {t!r}")


def schema_of(cls: type) -> tuple[tuple[str, ColumnKind], ...]:
    """The :func:`typed_frame` schema of an attrs row class: one column per field, in order."""
    attrs.resolve_types(cls)
    return tuple((f.name, _kind_of_type(f.type)) for f in attrs.fields(cls))


def rows_frame(rows: Iterable[object], cls: type) -> pd.DataFrame:
    """A typed DataFrame of attrs objects of class ``cls``, one row each (see :func:`schema_of`)."""
    return typed_frame(
        (attrs.asdict(r, recurse=False) for r in rows),  # type: ignore[arg-type]
        schema_of(cls),
    )


def ordered(frame: pd.DataFrame, column: str, categories: Sequence[str]) -> None:
    """Make a text column an ordered categorical over ``categories`` (worst first), in place."""
    pd = _pandas()
    frame[column] = pd.Categorical(
        frame[column].astype(object).where(frame[column].notna(), None),
        categories=list(categories),
        ordered=True,
    )


def inspections_frame(inspections: Iterable[Inspection]) -> pd.DataFrame:
    """One row per judgement of every inspection (see the module's column table).

    .. versionadded:: 0.1.0
    """
    rows: list[dict[str, Any]] = []
    scales: set[str] = set()
    labels: tuple[str, ...] = ()
    for insp in inspections:
        fw = frameworks.get(insp.framework)
        when = insp.when
        for j in insp.judgements:
            area = fw.area(j.area)
            level = fw.scale.level(j.rating) if j.rating is not None else None
            scales.add(fw.scale.code)
            labels = fw.scale.labels
            rows.append(
                {
                    "inspection": insp.id,
                    "service": insp.service.name,
                    "local_authority": insp.service.local_authority,
                    "nation": nation.value if (nation := insp.service.nation) else None,
                    "area_codes": ";".join(insp.service.authorities) or None,
                    "framework": insp.framework,
                    "framework_version": insp.framework_version,
                    "inspection_kind": insp.inspection_kind.value,
                    "date": when,
                    "year": when.year if when is not None else None,
                    "area": j.area,
                    "area_title": area.title,
                    "scored": area.scored,
                    "status": j.status.value,
                    "rating": level.label if level else None,
                    "rating_code": level.code if level else None,
                    "score": level.score if level else None,
                    "position": level.position if level else None,
                    "percentage": j.percentage,
                }
            )
    frame = typed_frame(rows, _INSPECTION_SCHEMA)
    if len(scales) == 1:
        ordered(frame, "rating", labels)
    return frame


def distribution_frame(distribution: RatingDistribution) -> pd.DataFrame:
    """A cohort's rating distribution, one row per framework, area, year and rating.

    Columns (:data:`DISTRIBUTION_COLUMNS`): ``framework``; ``area`` (code) and ``area_title``;
    ``year`` (nullable integer; missing when the inspections have no date); ``status`` (rated,
    not-known or not-rated); ``rating``, the level's label, an **ordered categorical** following
    the scale when every framework in the distribution shares one scale, plain text otherwise,
    and missing when not rated or not known; ``rating_code``; ``position`` (the level's place on
    its scale in [0, 1], comparable across scales); ``count``.

    .. versionadded:: 0.1.0
    """
    rows: list[dict[str, Any]] = []
    scales: dict[str, RatingScale] = {}
    for r in distribution.rows:
        fw = frameworks.get(r.framework)
        scales[fw.scale.code] = fw.scale
        level = None
        if r.rating not in ("not-known", "not-rated"):
            level = fw.scale.level(r.rating)
        rows.append(
            {
                "framework": r.framework,
                "area": r.area,
                "area_title": fw.area(r.area).title if fw.has_area(r.area) else r.area,
                "year": r.year,
                "status": "rated" if level is not None else r.rating,
                "rating": level.label if level is not None else None,
                "rating_code": level.code if level is not None else None,
                "position": level.position if level is not None else None,
                "count": r.count,
            }
        )
    frame = typed_frame(rows, _DISTRIBUTION_SCHEMA)
    if len(scales) == 1:
        (scale,) = scales.values()
        ordered(frame, "rating", scale.labels)
    return frame


PLAN_TABLES = ("actions", "themes", "responses", "milestones", "updates")
"""The tables of :func:`plan_frame`."""

_PLAN_SCHEMAS: dict[str, tuple[tuple[str, ColumnKind], ...]] = {
    "actions": (
        ("id", "text"),
        ("text", "text"),
        ("theme", "text"),
        ("owner", "text"),
        ("agency", "text"),
        ("due", "partial"),
        ("covers", "text"),
        ("measure", "text"),
        ("status", "text"),
        ("completed", "partial"),
        ("updates", "count"),
        ("last_update", "partial"),
        ("rag", "text"),
        ("illustrative", "bool"),
        ("notes", "text"),
    ),
    "themes": (("id", "text"), ("title", "text"), ("areas", "text"), ("description", "text")),
    "responses": (("recommendation", "text"), ("agreement", "text"), ("reason", "text")),
    "milestones": (
        ("title", "text"),
        ("due", "partial"),
        ("window_start", "day"),
        ("window_end", "day"),
        ("done", "partial"),
        ("status", "text"),
        ("inspection", "text"),
        ("notes", "text"),
    ),
    "updates": (
        ("action", "text"),
        ("date", "partial"),
        ("rag", "text"),
        ("note", "text"),
        ("value", "float"),
    ),
}


def plan_frame(plan: ImprovementPlan, table: str = "actions") -> pd.DataFrame:
    """One table of an improvement plan, one row per item (needs pandas).

    Args:
        plan: the plan.
        table: ``"actions"`` (id, text, theme, owner, agency, due, covers as ``", "``-joined
            ids, measure, status, completed, the number of updates, the last update's date and
            RAG, illustrative, notes; ``due``, ``completed`` and ``last_update`` with their
            ``_precision`` columns), ``"themes"``, ``"responses"``, ``"milestones"`` (``due``
            and ``done`` with their ``_precision`` columns; a window's first and last day) or
            ``"updates"`` (one row per progress update, with its action's id; ``date`` with
            ``date_precision``).

    Raises:
        ValueError: an unknown table name.

    .. versionadded:: 0.1.0
    """
    rows: list[dict[str, object]]
    if table == "actions":
        rows = []
        for a in plan.actions:
            last = a.last_update()
            rows.append(
                {
                    "id": a.id,
                    "text": a.text,
                    "theme": a.theme,
                    "owner": a.owner,
                    "agency": a.agency,
                    "due": a.due,
                    "covers": ", ".join(a.covers),
                    "measure": str(a.measure) if a.measure is not None else None,
                    "status": a.status.value,
                    "completed": a.completed,
                    "updates": len(a.updates),
                    "last_update": last.date if last else None,
                    "rag": last.rag.value if last else None,
                    "illustrative": a.illustrative,
                    "notes": a.notes,
                }
            )
    elif table == "themes":
        rows = [
            {
                "id": t.id,
                "title": t.title,
                "areas": ", ".join(t.areas),
                "description": t.description,
            }
            for t in plan.themes
        ]
    elif table == "responses":
        rows = [
            {"recommendation": r.recommendation, "agreement": r.agreement.value, "reason": r.reason}
            for r in plan.responses
        ]
    elif table == "milestones":
        rows = [
            {
                "title": m.title,
                "due": m.due,
                "window_start": m.window.start if m.window is not None else None,
                "window_end": m.window.end if m.window is not None else None,
                "done": m.done,
                "status": m.status.value,
                "inspection": m.inspection,
                "notes": m.notes,
            }
            for m in plan.milestones
        ]
    elif table == "updates":
        rows = [
            {"action": a.id, "date": u.date, "rag": u.rag.value, "note": u.note, "value": u.value}
            for a in plan.actions
            for u in a.updates
        ]
    else:
        raise ValueError(f"unknown table {table!r}; expected one of: {', '.join(PLAN_TABLES)}")
    return typed_frame(rows, _PLAN_SCHEMAS[table])


IMPORT_TABLES = ("inspections", "problems", "rows")
"""The tables of :func:`import_frame`."""


def import_frame(result: ImportResult, table: str = "inspections") -> pd.DataFrame:
    """One table of what an importer read (needs pandas).

    Args:
        result: the importer's result.
        table: ``"inspections"`` (one row per judgement, as :func:`inspections_frame`),
            ``"problems"`` (path, message, severity) or ``"rows"`` (each data row's number and
            the id of the inspection made from it, missing when the row was left out).

    Raises:
        ValueError: an unknown table name.

    .. versionadded:: 0.1.0
    """
    if table == "inspections":
        return inspections_frame(result.inspections)
    if table == "problems":
        return typed_frame(
            (
                {"path": p.path, "message": p.message, "severity": p.severity.value}
                for p in result.problems
            ),
            (("path", "text"), ("message", "text"), ("severity", "text")),
        )
    if table == "rows":
        return typed_frame(
            ({"row": n, "inspection": ident} for n, ident in result.rows.items()),
            (("row", "count"), ("inspection", "text")),
        )
    raise ValueError(f"unknown table {table!r}; expected one of: {', '.join(IMPORT_TABLES)}")


def to_frame(obj: object, table: str | None = None) -> pd.DataFrame:
    """A tidy DataFrame of an inspection, many inspections, or any yjinspect result.

    Inspections and corpora give one row per judgement (see the module's column table);
    improvement plans one row per action (or another table: :func:`plan_frame`); importer
    results one row per judgement read (or their problems or rows: :func:`import_frame`).
    Results with their own ``to_frame()`` (comparisons, coverage reports, cohort summaries and
    their parts) give that, and ``table`` goes to it (``to_frame(cov, "areas")``).

    Args:
        obj: an :class:`~yjinspect.Inspection`, a :class:`~yjinspect.Corpus`, an iterable of
            inspections, an :class:`~yjinspect.ImprovementPlan`, an importer's result, or any
            result with a ``to_frame()`` method.
        table: which of the object's tables, for objects with several: a plan's
            (:data:`PLAN_TABLES`), an importer result's (:data:`IMPORT_TABLES`), a coverage
            report's or a cohort's; ``None`` for the object's first table.

    Returns:
        The tidy DataFrame.

    Raises:
        TypeError: the object has no DataFrame form, or ``table`` is given for inspections,
            which have one table.
        ValueError: an unknown table name.
        ImportError: pandas is not installed.

    Example:
        >>> import yjinspect as yj
        >>> frame = to_frame(yj.examples.bromley().get("bromley-2015-fji"))
        >>> frame["rating"].min()
        'Poor'
        >>> list(to_frame(yj.examples.bromley_plan(), "themes").columns)
        ['id', 'title', 'areas', 'description']

    .. versionadded:: 0.1.0
    """
    from ..importers import ImportResult
    from ..model import ImprovementPlan

    if isinstance(obj, ImprovementPlan):
        return plan_frame(obj) if table is None else plan_frame(obj, table)
    if isinstance(obj, ImportResult):
        return import_frame(obj) if table is None else import_frame(obj, table)
    method = getattr(obj, "to_frame", None)
    if callable(method):
        result: pd.DataFrame = method() if table is None else method(table)
        return result
    inspections: list[Inspection] | None = None
    if isinstance(obj, Inspection):
        inspections = [obj]
    elif isinstance(obj, Corpus):
        inspections = list(obj.inspections)
    elif isinstance(obj, Iterable) and not isinstance(obj, str | bytes):
        items = list(obj)
        if all(isinstance(i, Inspection) for i in items):
            inspections = items
    if inspections is not None:
        if table is not None:
            raise TypeError(
                f"inspections have one table (one row per judgement); table={table!r} is for "
                "plans, importer results, coverage reports and cohorts"
            )
        return inspections_frame(inspections)
    raise TypeError(f"no DataFrame form for a {type(obj).__name__}")
