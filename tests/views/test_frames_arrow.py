"""Every table yjinspect makes goes to Arrow and round trips through Parquet unchanged, with the
same dtypes whatever the data (an empty table included)."""

import io

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import yjinspect as yj
from yjinspect.analysis import cohort, trajectory
from yjinspect.frames import IMPORT_TABLES, PLAN_TABLES, to_frame
from yjinspect.importers import D2I_CSV, read_d2i_csv

SERIES = yj.examples.bromley()
PLAN = yj.examples.bromley_plan()
FJI = SERIES.get("bromley-2015-fji")
AGAIN = SERIES.get("bromley-2016-fji-reinspection")
LATEST = SERIES.get("bromley-2025-standards")
COVERAGE = yj.coverage(PLAN, FJI, as_of=yj.PartialDate(2016, 3, 1).earliest())
IMPORTED = read_d2i_csv(D2I_CSV)
EMPTY_PLAN = yj.ImprovementPlan(id="p", inspection=FJI.id, title="Empty")

TABLES = {
    "inspection": lambda: to_frame(FJI),
    "corpus": lambda: to_frame(SERIES),
    "no inspections": lambda: to_frame([]),
    "comparison": lambda: to_frame(yj.compare(FJI, AGAIN)),
    "comparison across frameworks": lambda: to_frame(yj.compare(FJI, LATEST)),
    **{
        f"coverage {t}": (lambda t=t: to_frame(COVERAGE, t))
        for t in ("items", "areas", "themes", "actions", "problems")
    },
    "effectiveness": lambda: to_frame(yj.effectiveness(PLAN, FJI, AGAIN)),
    **{
        f"cohort {t}": (lambda t=t: to_frame(cohort(SERIES), t))
        for t in ("distribution", "counts", "league")
    },
    "trajectory": lambda: to_frame(trajectory(SERIES)),
    **{f"plan {t}": (lambda t=t: to_frame(PLAN, t)) for t in PLAN_TABLES},
    **{f"empty plan {t}": (lambda t=t: to_frame(EMPTY_PLAN, t)) for t in PLAN_TABLES},
    **{f"import {t}": (lambda t=t: to_frame(IMPORTED, t)) for t in IMPORT_TABLES},
}


def parquet_round_trip(frame):
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pandas(frame), buffer)
    buffer.seek(0)
    return pq.read_table(buffer).to_pandas()


@pytest.mark.parametrize("name", list(TABLES))
def test_every_table_goes_to_arrow_and_round_trips_through_parquet(name):
    frame = TABLES[name]()
    untyped = [c for c in frame.columns if frame[c].dtype == np.dtype(object)]
    assert not untyped, untyped
    table = pa.Table.from_pandas(frame)
    assert table.num_rows == len(frame)
    pd.testing.assert_frame_equal(parquet_round_trip(frame), frame)


def test_dtypes_do_not_depend_on_the_data():
    full = to_frame(PLAN, "milestones")
    empty = to_frame(EMPTY_PLAN, "milestones")
    assert list(empty.columns) == list(full.columns)
    assert dict(empty.dtypes) == dict(full.dtypes)
    # a comparison whose position changes are all missing is float64 still
    same = to_frame(yj.compare(FJI, AGAIN))
    assert same["position_change"].dtype == "float64"
    assert to_frame(SERIES)["date"].dtype == to_frame([])["date"].dtype == "datetime64[ns]"


def test_dates_are_datetimes_with_their_precision():
    frame = to_frame(SERIES).drop_duplicates("inspection").set_index("inspection")
    cci = frame.loc["bromley-2012-cci"]
    assert cci["date_precision"] == "month"  # "2012-03": known to the month only
    assert cci["date"] == pd.Timestamp(2012, 3, 1)
    assert frame.loc["bromley-2015-fji", "date_precision"] == "day"
    assert frame.loc["bromley-2015-fji", "date"] == pd.Timestamp(2015, 2, 19)
    assert cci["year"] == 2012
    points = to_frame(trajectory(SERIES)).set_index("inspection")
    assert points["when_precision"].fillna("none").to_dict() == {
        "bromley-2012-cci": "month",
        "bromley-2015-fji": "day",
        "bromley-2016-fji-reinspection": "none",  # no date in the record
        "bromley-2025-standards": "month",
    }
    assert pd.isna(points.loc["bromley-2016-fji-reinspection", "when"])


def test_plan_and_import_tables_hold_the_values():
    actions = to_frame(PLAN)
    assert list(actions["id"]) == [a.id for a in PLAN.actions]
    assert actions["illustrative"].sum() == sum(a.illustrative for a in PLAN.actions)
    due = {a.id: pd.Timestamp(a.due.earliest()) for a in PLAN.actions if a.due is not None}
    assert due
    assert actions.set_index("id")["due"].dropna().to_dict() == due
    precision = {a.id: a.due.precision for a in PLAN.actions if a.due is not None}
    assert actions.set_index("id")["due_precision"].dropna().to_dict() == precision
    milestones = to_frame(PLAN, "milestones")
    assert list(milestones["title"]) == [m.title for m in PLAN.milestones]
    rows = to_frame(IMPORTED, "rows")
    assert len(rows) == 83
    assert rows["inspection"].isna().sum() == 4
    problems = to_frame(IMPORTED, "problems")
    assert list(problems["severity"]).count("error") == 4
    judgements = to_frame(IMPORTED)
    assert judgements["inspection"].nunique() == 79
    with pytest.raises(ValueError, match="expected one of: actions, themes"):
        to_frame(PLAN, "nope")
    with pytest.raises(ValueError, match="expected one of: inspections, problems, rows"):
        IMPORTED.to_frame("nope")
