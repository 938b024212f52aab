"""What changed between Bromley's 2015 inspection and its re-inspection, and since.

Run from the repository root::

    python examples/compare_bromley.py [OUTPUT_FOLDER]

Prints the comparison of the 2015 Full Joint Inspection with the 2016 re-inspection, the table
an analyst would sort or chart, and the long view to the 2025 standards inspection (through a
crosswalk, so approximate). With a folder, it also writes the committee reports there as
Markdown and HTML.
"""

# expect: bromley-2015-fji -> bromley-2016-fji-reinspection
# expect: Reducing reoffending: Poor -> Satisfactory (improved, +2 steps)
# expect: improved: 5, not known: 1 (interventions)
# expect: 2015 -> 2025 is approximate: True; newly rated: 4.1

from __future__ import annotations

import sys
from pathlib import Path

import yjinspect as yj
from yjinspect import report
from yjinspect.frames import to_frame

series = yj.examples.bromley()
fji = series.get("bromley-2015-fji")
again = series.get("bromley-2016-fji-reinspection")
latest = series.get("bromley-2025-standards")

change = yj.compare(fji, again)
print(change)
print()
unknown = ", ".join(change.unknown)
print(f"improved: {len(change.improved)}, not known: {len(change.unknown)} ({unknown})")

# The same as a table: before and after are ordered on the FJI scale, so sorting follows it.
frame = to_frame(change)
print(frame.sort_values("before")[["area", "before", "after", "change", "steps"]].to_string())
print()

long_view = yj.compare(fji, latest)
print(
    f"2015 -> 2025 is approximate: {long_view.approximate}; "
    f"newly rated: {', '.join(long_view.newly_rated)}"
)
print(long_view.overall)

if len(sys.argv) > 1:
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "comparison.md").write_text(report.comparison_markdown(change), encoding="utf-8")
    (folder / "comparison.html").write_text(
        report.comparison_html(change, standalone=True), encoding="utf-8"
    )
    print(f"reports written to {folder}")
