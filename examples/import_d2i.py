"""Import the data-to-insight CSV of HMIP youth inspection ratings, check it, and summarise it.

Run from the repository root::

    python examples/import_d2i.py [CSV] [OUTPUT.json]

Reads the CSV (by default the copy shipped with yjinspect), prints what could not be read and
why, writes the inspections read as one corpus document (to a temporary folder unless an output
file is given) and prints the top of the national league table, how many of its services are in
England and in Wales (from each service's local authorities), and the spread of one standard.
"""

# expect: 83 row(s): 79 inspection(s) read, 4 row(s) left out; 4 error(s), 11 warning(s)
# expect: rows left out: 67, 69, 73, 77
# expect: row 77: framework uncertain, one of hmip-youth-2018, hmip-youth-2021
# expect: marked: West Sussex (published label disagrees with the score)
# expect: read back: 79 inspections
# expect: 1.2 Staff (2021 standards):
# expect: services in the league table by nation: england 71, wales 7

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import yjinspect as yj
from yjinspect.analysis import cohort
from yjinspect.frames import to_frame

source = Path(sys.argv[1]) if len(sys.argv) > 1 else yj.importers.D2I_CSV
result = yj.importers.read_d2i_csv(source)
print(result)
print(f"rows left out: {', '.join(str(n) for n in result.skipped)}")
for problem in result.errors:
    print(f"  {problem}")
# A row whose record does not decide its framework is never filed under one by default.
for n, candidates in result.uncertain.items():
    print(f"row {n}: framework uncertain, one of {', '.join(candidates)}")

# Keep the inspections as a document of your own: one corpus, JSON or TOML.
corpus = yj.Corpus(inspections=result.inspections, title=f"Imported from {source.name}")
with tempfile.TemporaryDirectory() as tmp:
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tmp) / "d2i.json"
    yj.dump(corpus, out)
    print(f"read back: {len(yj.load(out).inspections)} inspections")

# A national view: the league table and the spread of one standard's ratings.
summary = cohort(result.inspections, latest_per_service=True)
for row in summary.league.rows[:3]:
    print(f"  {row.rank}. {row.service}: {row.score}/{row.max_score}")
for row in summary.league.rows:
    if row.label_disagrees:
        print(f"marked: {row.service} (published label disagrees with the score)")
league = summary.league.to_frame()
by_nation = league.groupby("nation", dropna=False)["service"].nunique()
print(
    "services in the league table by nation:",
    ", ".join(f"{nation} {count}" for nation, count in by_nation.items()),
)
frame = to_frame(summary)
staff = frame[(frame["framework"] == "hmip-youth-2021") & (frame["area"] == "1.2")]
counts = staff.groupby("rating", observed=False)["count"].sum()
print("1.2 Staff (2021 standards):", ", ".join(f"{k} {v}" for k, v in counts.items()))
