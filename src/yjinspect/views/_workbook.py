"""An Excel workbook of an improvement plan and its coverage (public face:
:mod:`yjinspect.report`), for council officers who keep their plans in Excel.

openpyxl (the ``excel`` extra) is imported by the functions that need it.
"""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Sequence
from os import PathLike
from typing import TYPE_CHECKING

from .._escape import safe_url, spreadsheet
from ..analysis import coverage
from ..analysis.coverage_report import GapKind, ItemKind
from ..model import Agreement, PartialDate
from ._committee import _state, state_colour
from ._html import RAG_COLOURS, ink
from ._paper import _AGREEMENT_WORDS, _framework, _framework_name, area_name, status_words

if TYPE_CHECKING:
    import pendulum
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from ..analysis.coverage_report import Coverage, CoverageItem
    from ..model import ImprovementPlan, Inspection

__all__ = ["WORKBOOK_SHEETS", "plan_workbook", "write_plan_workbook"]

WORKBOOK_SHEETS = ("Actions", "Coverage", "Gaps", "Progress updates", "Milestones", "About")
"""The sheets of :func:`plan_workbook`, in order."""

_ACTION_COLUMNS = (
    "Theme",
    "Action",
    "What will be done",
    "Answers",
    "Owner",
    "Agency",
    "Due",
    "Due precision",
    "Due first set",
    "Status",
    "Completed",
    "Complete",
    "Overdue",
    "State",
    "Last update",
    "RAG",
    "Success measure",
    "Illustrative",
    "Notes",
)
"""The columns of the workbook's Actions sheet, in order."""

_NOT_KNOWN = "not known"
_DAY_FORMAT = "yyyy-mm-dd"
# A date known to the month or the year is stored as its first day, shown to its precision,
# with the precision in the column beside it (the convention of the DataFrames).
_FORMATS = {"day": _DAY_FORMAT, "month": "mmm yyyy", "year": "yyyy"}
_MAX_WIDTH = 60

_Value = str | int | float | bool | _dt.date | PartialDate | None


def _openpyxl() -> None:
    try:
        import openpyxl  # noqa: F401
    except ImportError as exc:
        raise ModuleNotFoundError(
            'Excel workbooks need openpyxl: pip install "yjinspect[excel]"', name="openpyxl"
        ) from exc


def _put(ws: Worksheet, row: int, column: int, value: _Value) -> None:
    """One cell: text as text (never a formula), a date as an Excel date shown to its
    precision, a number or a truth value as itself, ``None`` as an empty cell."""
    c = ws.cell(row=row, column=column)
    if isinstance(value, PartialDate):
        c.value = _dt.date(*value.earliest().timetuple()[:3])
        c.number_format = _FORMATS[value.precision]
    elif isinstance(value, _dt.date):
        c.value = _dt.date(value.year, value.month, value.day)
        c.number_format = _DAY_FORMAT
    elif isinstance(value, str):
        text, formula_like = spreadsheet(value)
        c.value = text
        c.data_type = "s"  # stored as text even when it starts like a formula
        if formula_like:
            c.quotePrefix = True  # and kept as text when the cell is edited
    else:
        c.value = value


def _sheet(
    wb: Workbook, title: str, head: Sequence[str], rows: Sequence[Sequence[_Value]]
) -> Worksheet:
    """A sheet with a bold, frozen header row, a filter, wrapped text and column widths that
    fit the longest line of each column (up to a limit)."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws: Worksheet = wb.create_sheet(title)
    bold = Font(bold=True)
    for j, name in enumerate(head, 1):
        _put(ws, 1, j, name)
        ws.cell(row=1, column=j).font = bold
    widths = [len(h) for h in head]
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, row in enumerate(rows, 2):
        for j, value in enumerate(row, 1):
            _put(ws, i, j, value)
            ws.cell(row=i, column=j).alignment = wrap
            if isinstance(value, _dt.date | PartialDate):
                length = 10
            else:
                text = "" if value is None else str(value)
                length = max((len(line) for line in text.splitlines()), default=0)
            widths[j - 1] = max(widths[j - 1], length)
    for j, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = min(width + 2, _MAX_WIDTH)
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = ws.dimensions
    return ws


def _fill(ws: Worksheet, row: int, column: int, colour: str | None) -> None:
    """A cell on a colour (``#rrggbb``), its text black or white, whichever reads better."""
    if colour is None:
        return
    from openpyxl.styles import Font, PatternFill

    c = ws.cell(row=row, column=column)
    c.fill = PatternFill(fill_type="solid", fgColor=colour.lstrip("#").upper())
    c.font = Font(color=ink(colour).lstrip("#").upper())


def _yes_no(value: bool | None) -> str:
    return _NOT_KNOWN if value is None else ("yes" if value else "no")


def _precision(day: PartialDate | None) -> str:
    """The precision of a date, "not known" when there is none (its date cell is empty)."""
    return day.precision if day is not None else _NOT_KNOWN


def _item_kind(item: CoverageItem) -> str:
    return {
        ItemKind.RECOMMENDATION: "recommendation",
        ItemKind.FINDING: "area for improvement",
        ItemKind.AREA: "judgement of concern",
    }[item.kind]


def _actions(wb: Workbook, plan: ImprovementPlan, cov: Coverage) -> None:
    themes = {t.id: t.title for t in plan.themes}
    states = {a.id: a for a in cov.actions}
    rows = []
    for action in plan.actions:
        a = states[action.id]
        rows.append(
            [
                themes.get(action.theme, action.theme) if action.theme else None,
                action.id,
                action.text,
                ", ".join(action.covers) or None,
                action.owner or _NOT_KNOWN,
                action.agency,
                a.due,
                _precision(a.due),
                a.original_due,
                status_words(a.status),
                action.completed,
                _yes_no(a.complete.value),
                _yes_no(a.overdue.value) if cov.as_of is not None else None,
                _state(a),
                a.last_update,
                a.rag.value if a.rag else None,
                str(action.measure) if action.measure is not None else None,
                "yes" if action.illustrative else "no",
                action.notes,
            ]
        )
    ws = _sheet(wb, "Actions", _ACTION_COLUMNS, rows)
    # The RAG rating and the state on their colours, as in the HTML reports (the words are
    # always there too).
    for i, action in enumerate(plan.actions, 2):
        a = states[action.id]
        _fill(ws, i, _ACTION_COLUMNS.index("RAG") + 1, RAG_COLOURS[a.rag.value] if a.rag else None)
        _fill(ws, i, _ACTION_COLUMNS.index("State") + 1, state_colour(a))


def _coverage(wb: Workbook, inspection: Inspection, cov: Coverage) -> None:
    fw = _framework(inspection.framework)
    uncovered, no_response = set(cov.uncovered), set(cov.no_response)
    rows: list[list[_Value]] = []
    for item in cov.items:
        areas = [area_name(fw, c) for c in item.areas]
        kinds = [
            kind.value
            for kind, found in ((GapKind.UNCOVERED, uncovered), (GapKind.NO_RESPONSE, no_response))
            if item in found
        ]
        answered = ("yes" if item.covered else "no") if cov.known else _NOT_KNOWN
        response = None
        if item.kind is ItemKind.RECOMMENDATION:
            response = (
                _AGREEMENT_WORDS[item.agreement]
                if isinstance(item.agreement, Agreement)
                else "no response recorded"
            )
        rows.append(
            [
                _item_kind(item),
                item.id,
                item.text if item.text is not None else _NOT_KNOWN,
                "; ".join(areas) or _NOT_KNOWN,
                ", ".join(item.actions) or None,
                answered,
                response,
                ", ".join(kinds) or None,
            ]
        )
    titles = {a.area: a.title for a in cov.areas}
    for code in cov.not_known:
        rows.append(
            [
                "judgement of concern",
                code,
                f"{area_name(fw, code, titles.get(code))}: rating not known",
                area_name(fw, code, titles.get(code)),
                None,
                _NOT_KNOWN,
                None,
                GapKind.RATING_NOT_KNOWN.value,
            ]
        )
    _sheet(
        wb,
        "Coverage",
        ["Kind", "Id", "Text", "Areas", "Answered by", "Answered", "Plan's response", "Gap"],
        rows,
    )


def _gaps(wb: Workbook, cov: Coverage) -> None:
    rows: list[list[_Value]] = [
        [g.kind.value, g.id, g.text if g.text is not None else None, g.message]
        for g in cov.problems
    ]
    _sheet(wb, "Gaps", ["Kind", "Id", "Text", "What is wrong"], rows)


def _updates(wb: Workbook, plan: ImprovementPlan) -> None:
    rows: list[list[_Value]] = [
        [a.id, u.date, u.date.precision, u.rag.value, u.note, u.value]
        for a in plan.actions
        for u in a.updates
    ]
    _sheet(
        wb, "Progress updates", ["Action", "Date", "Date precision", "RAG", "Note", "Value"], rows
    )


def _milestones(wb: Workbook, plan: ImprovementPlan) -> None:
    rows: list[list[_Value]] = []
    for m in plan.milestones:
        first = m.window.start if m.window is not None else m.due
        last = m.window.end if m.window is not None else None
        precision = "window" if m.window is not None else _precision(m.due)
        rows.append(
            [
                m.title,
                first,
                last,
                precision,
                m.status.value.replace("-", " "),
                m.done,
                m.inspection,
                m.notes,
            ]
        )
    _sheet(
        wb,
        "Milestones",
        ["Milestone", "Due", "Due by", "Due precision", "Status", "Done", "Inspection", "Notes"],
        rows,
    )


def _about(wb: Workbook, plan: ImprovementPlan, inspection: Inspection, cov: Coverage) -> None:
    from .._version import package_version

    rows: list[list[_Value]] = [
        ["Service", f"{inspection.service.name} ({inspection.service.local_authority})"],
        ["Inspection", inspection.id],
        ["Framework", _framework_name(inspection)],
        ["Published", inspection.published if inspection.published is not None else _NOT_KNOWN],
        ["Published precision", _precision(inspection.published)],
        ["Plan", f"{plan.title} ({plan.id})"],
        ["Board", plan.board or _NOT_KNOWN],
        ["Chair", plan.chair or _NOT_KNOWN],
        ["Position as of", cov.as_of if cov.as_of is not None else "no date given"],
        ["Verdict", cov.verdict()],
        ["Written by", f"yjinspect {package_version()}"],
    ]
    links: list[str | None] = [None] * len(rows)  # a source's address, linked on its row
    if any(a.illustrative for a in plan.actions):
        rows.append(
            [
                "Illustrative",
                "An action marked illustrative was written as an illustration, not taken from "
                "the record of the plan; its owner, due date and status are illustrative too.",
            ]
        )
        links.append(None)
    for name, notes in (("Inspection note", inspection.notes), ("Plan note", plan.notes)):
        if notes:
            rows.append([name, notes])
            links.append(None)
    for s in (*inspection.sources, *plan.sources):
        url = f" ({s.url})" if s.url else ""
        rows.append(["Source", s.title + url + (f": {s.note}" if s.note else "")])
        links.append(s.url)
    ws = _sheet(wb, "About", ["About", "Value"], rows)
    for i, link in enumerate(links, 2):
        safe = safe_url(link)
        if safe is not None:
            ws.cell(row=i, column=2).hyperlink = safe


def plan_workbook(
    plan: ImprovementPlan, inspection: Inspection, *, as_of: pendulum.Date | None = None
) -> Workbook:
    """An Excel workbook (openpyxl) of a plan and its coverage of the inspection it answers.

    Sheets (:data:`WORKBOOK_SHEETS`): **Actions** (theme, id, text, what it answers, owner,
    agency, due date as an Excel date with its precision, status, whether complete or overdue
    on ``as_of``, state, last update, RAG, success measure, whether illustrative), **Coverage**
    (each recommendation, area for improvement and judgement of concern, the actions that
    answer it, the plan's response, its gap; "not known" where the record does not decide),
    **Gaps** (every problem of :attr:`~yjinspect.analysis.Coverage.problems`), **Progress
    updates**, **Milestones** and **About** (the inspection, the plan, the day, the verdict,
    the version of yjinspect, the sources). Each sheet has a bold, frozen header row and a
    filter. A date known to the month or year is stored as its first day, shown as
    ``mmm yyyy`` or ``yyyy``, with the precision in the next column (on About, in the next
    row). Text is stored as text: text a spreadsheet would read as a formula (starting ``=``,
    ``+``, ``-`` or ``@``) gets Excel's quote prefix, and control characters are shown as
    escapes.

    Args:
        plan: the improvement plan.
        inspection: the inspection it answers.
        as_of: the day to take the actions' state on; ``None`` for no dated view.

    Returns:
        An ``openpyxl.Workbook``.

    Raises:
        ModuleNotFoundError: openpyxl is not installed (``pip install "yjinspect[excel]"``).
        ValueError: the plan answers another inspection.

    .. versionadded:: 0.1.0
    """
    _openpyxl()
    from openpyxl import Workbook

    cov = coverage(plan, inspection, as_of=as_of)
    wb = Workbook()
    del wb[wb.sheetnames[0]]  # the empty sheet a new workbook starts with
    wb.properties.creator = "yjinspect"
    wb.properties.title = spreadsheet(plan.title)[0]
    _actions(wb, plan, cov)
    _coverage(wb, inspection, cov)
    _gaps(wb, cov)
    _updates(wb, plan)
    _milestones(wb, plan)
    _about(wb, plan, inspection, cov)
    return wb


def write_plan_workbook(
    plan: ImprovementPlan,
    inspection: Inspection,
    path: str | PathLike[str],
    *,
    as_of: pendulum.Date | None = None,
) -> None:
    """Write :func:`plan_workbook` to ``path`` (``.xlsx``), atomically: a failed write leaves
    the old file as it was.

    Args:
        plan: the improvement plan.
        inspection: the inspection it answers.
        path: where to write the workbook.
        as_of: the day to take the actions' state on; ``None`` for no dated view.

    Raises:
        ModuleNotFoundError: openpyxl is not installed (``pip install "yjinspect[excel]"``).
        ValueError: the plan answers another inspection.
        OSError: the file cannot be written.

    .. versionadded:: 0.1.0
    """
    from ..io import write_atomic

    buffer = io.BytesIO()
    plan_workbook(plan, inspection, as_of=as_of).save(buffer)
    write_atomic(path, buffer.getvalue())
