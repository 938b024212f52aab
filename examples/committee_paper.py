"""Write the papers a council committee receives after an inspection.

Run from the repository root::

    python examples/committee_paper.py [FOLDER]

Uses the shipped Bromley records: the 2015 Full Joint Inspection and the post-inspection plan
(its actions but one are illustrations, and the papers mark them so). Writes, into FOLDER (a new
temporary folder by default), the paper on the inspection and the plan as it stood on
1 February 2016 in Markdown and HTML, the paper on what changed by the 2016 re-inspection, and
the plan as an Excel workbook when openpyxl is installed (pip install "yjinspect[excel]").
Without FOLDER the files go to a temporary folder that is removed at the end.
"""

# expect: wrote bromley-2015-paper.md: 11 sections
# expect: 1. Reason for report
# expect: 9. What the plan leaves open
# expect: wrote bromley-2015-paper.html
# expect: wrote bromley-2015-2016-changes.md: 5 improved, 0 declined, 0 unchanged, 1 not known.
# expect: wrote bromley-2015-plan.xlsx: Actions, Coverage, Gaps, Progress updates, Milestones, About
# expect: action 2a due 2015-12-31 (day), overdue on 2016-02-01: yes

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pendulum

import yjinspect as yj
from yjinspect import report
from yjinspect.io import write_atomic


def write_papers(folder: Path) -> None:
    as_of = pendulum.Date(2016, 2, 1)
    series = yj.examples.bromley()
    inspection = series.get("bromley-2015-fji")
    plan = yj.examples.bromley_plan()

    # The inspection and its improvement plan, as the committee read them on 22 July 2015.
    meeting = {
        "committee": "Care Services Policy Development and Scrutiny Committee",
        "meeting_date": pendulum.Date(2015, 7, 22),
    }
    paper = report.coverage_paper(plan, inspection, as_of=as_of, **meeting)
    write_atomic(folder / "bromley-2015-paper.md", paper)
    sections = [line.removeprefix("## ") for line in paper.splitlines() if line.startswith("## ")]
    print(f"wrote bromley-2015-paper.md: {len(sections)} sections")
    for section in sections:
        print(f"  {section}")
    page = report.coverage_paper(plan, inspection, as_of=as_of, format="html", **meeting)
    write_atomic(folder / "bromley-2015-paper.html", page)
    print("wrote bromley-2015-paper.html")

    # What changed by the re-inspection.
    changes = report.comparison_paper(inspection, series.get("bromley-2016-fji-reinspection"))
    write_atomic(folder / "bromley-2015-2016-changes.md", changes)
    counts = changes.split("## 2. Summary\n\n", 1)[1].splitlines()[0]
    print(f"wrote bromley-2015-2016-changes.md: {counts}")

    # The plan as a workbook, for the officers who keep it in Excel.
    try:
        import openpyxl
    except ImportError:
        print('the workbook needs openpyxl: pip install "yjinspect[excel]"')
    else:
        report.write_plan_workbook(plan, inspection, folder / "bromley-2015-plan.xlsx", as_of=as_of)
        book = openpyxl.load_workbook(folder / "bromley-2015-plan.xlsx")
        print(f"wrote bromley-2015-plan.xlsx: {', '.join(book.sheetnames)}")
        head = [cell.value for cell in book["Actions"][1]]
        row = {h: cell.value for h, cell in zip(head, book["Actions"][3], strict=True)}
        print(
            f"action {row['Action']} due {row['Due']:%Y-%m-%d} ({row['Due precision']}), "
            f"overdue on {as_of}: {row['Overdue']}"
        )


if len(sys.argv) > 1:
    write_papers(Path(sys.argv[1]))
else:
    with tempfile.TemporaryDirectory() as temporary:
        write_papers(Path(temporary))
