"""Tidy (long) pandas DataFrames of yjinspect objects (public face: :mod:`yjinspect.frames`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .. import frameworks
from ..model import Corpus, Inspection

if TYPE_CHECKING:
    import pandas as pd

    from ..analysis._cohort import RatingDistribution
    from ..model import RatingScale

__all__ = ["COLUMNS", "DISTRIBUTION_COLUMNS", "distribution_frame", "inspections_frame", "to_frame"]


def records_frame(rows: Iterable[Any], columns: Sequence[str]) -> pd.DataFrame:
    """A DataFrame with one row per attrs object of ``rows`` and the given columns (fields)."""
    import pandas as pd

    return pd.DataFrame([attrs.asdict(r, recurse=False) for r in rows], columns=list(columns))


COLUMNS = (
    "inspection",
    "service",
    "local_authority",
    "nation",
    "area_codes",
    "framework",
    "framework_version",
    "inspection_kind",
    "date",
    "year",
    "area",
    "area_title",
    "scored",
    "status",
    "rating",
    "rating_code",
    "score",
    "position",
    "percentage",
)
"""The columns of :func:`inspections_frame`, in order."""

DISTRIBUTION_COLUMNS = (
    "framework",
    "area",
    "area_title",
    "year",
    "status",
    "rating",
    "rating_code",
    "position",
    "count",
)
"""The columns of :func:`distribution_frame`, in order."""


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise ImportError('DataFrames need pandas: pip install "yjinspect[pandas]"') from exc
    return pandas


def inspections_frame(inspections: Iterable[Inspection]) -> pd.DataFrame:
    """One row per judgement of every inspection (see the module's column table).

    .. versionadded:: 0.1.0
    """
    pd = _pandas()
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
                    "date": str(when) if when is not None else None,
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
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["year"] = frame["year"].astype("Int64")
    frame["score"] = frame["score"].astype("Int64")
    frame["position"] = frame["position"].astype("float64")
    frame["percentage"] = frame["percentage"].astype("float64")
    if len(scales) == 1:
        frame["rating"] = pd.Categorical(frame["rating"], categories=list(labels), ordered=True)
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
    pd = _pandas()
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
    frame = pd.DataFrame(rows, columns=list(DISTRIBUTION_COLUMNS))
    frame["year"] = frame["year"].astype("Int64")
    frame["position"] = frame["position"].astype("float64")
    frame["count"] = frame["count"].astype("int64")
    if len(scales) == 1:
        (scale,) = scales.values()
        frame["rating"] = pd.Categorical(
            frame["rating"], categories=list(scale.labels), ordered=True
        )
    return frame


def to_frame(obj: object, *args: Any, **kwargs: Any) -> pd.DataFrame:
    """A tidy DataFrame of an inspection, many inspections, or any yjinspect result.

    Inspections and corpora give one row per judgement (see the module's column table).
    Results with their own ``to_frame()`` (comparisons, coverage reports, cohort summaries and
    their parts) give that; further arguments go to it (``to_frame(cov, "areas")``).

    Raises:
        TypeError: the object has no DataFrame form.
        ImportError: pandas is not installed.

    Example:
        >>> import yjinspect as yj
        >>> frame = to_frame(yj.examples.bromley().get("bromley-2015-fji"))
        >>> frame["rating"].min()
        'Poor'

    .. versionadded:: 0.1.0
    """
    if isinstance(obj, Inspection):
        return inspections_frame([obj])
    if isinstance(obj, Corpus):
        return inspections_frame(obj.inspections)
    method = getattr(obj, "to_frame", None)
    if callable(method):
        result: pd.DataFrame = method(*args, **kwargs)
        return result
    if isinstance(obj, Iterable) and not isinstance(obj, str | bytes):
        items = list(obj)
        if all(isinstance(i, Inspection) for i in items):
            return inspections_frame(items)
    raise TypeError(f"no DataFrame form for a {type(obj).__name__}")
