"""The Excel workbook of a plan and its coverage, read back with openpyxl."""

import datetime as dt
import sys

import openpyxl
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect import _escape, report
from yjinspect._version import package_version

AS_OF = pendulum.Date(2023, 11, 15)


def _records(ws):
    """The sheet's rows as dicts by header."""
    rows = list(ws.iter_rows(values_only=True))
    head = rows[0]
    return [dict(zip(head, row, strict=True)) for row in rows[1:]]


def _cell(ws, row_id, column):
    """The cell of ``column`` in the row whose second column is ``row_id``."""
    head = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[1].value == row_id:
            return row[head.index(column)]
    raise AssertionError(f"no row {row_id!r} in {ws.title}")


@pytest.fixture
def workbook(tmp_path, anytown, anytown_plan):
    path = tmp_path / "plan.xlsx"
    report.write_plan_workbook(anytown_plan, anytown, path, as_of=AS_OF)
    return openpyxl.load_workbook(path)


def test_the_sheets_and_their_headers(workbook):
    assert workbook.sheetnames == list(report.WORKBOOK_SHEETS)
    assert workbook.sheetnames == [
        "Actions",
        "Coverage",
        "Gaps",
        "Progress updates",
        "Milestones",
        "About",
    ]
    for ws in workbook:
        assert ws.freeze_panes == "A2", ws.title
        assert all(c.font.bold for c in ws[1]), ws.title
        for letter, dim in ws.column_dimensions.items():
            assert 4 <= dim.width <= 62, (ws.title, letter, dim.width)
    assert [c.value for c in workbook["Actions"][1]][:10] == [
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
    ]


def test_actions_with_real_dates_to_their_precision(workbook):
    ws = workbook["Actions"]
    rows = {r["Action"]: r for r in _records(ws)}
    assert list(rows) == ["1a", "1b", "1c"]
    a, b, c = rows["1a"], rows["1b"], rows["1c"]
    # a month: its first day, shown as a month, with the precision beside it
    assert a["Due"] == dt.datetime(2023, 11, 1)
    assert a["Due precision"] == "month"
    assert _cell(ws, "1a", "Due").is_date
    assert _cell(ws, "1a", "Due").number_format == "mmm yyyy"
    assert b["Due"] == dt.datetime(2024, 1, 1)
    assert b["Due precision"] == "year"
    assert _cell(ws, "1b", "Due").number_format == "yyyy"
    # a revised due date: judged against the new one, the first one kept
    assert c["Due"] == dt.datetime(2024, 1, 31)
    assert _cell(ws, "1c", "Due").number_format == "yyyy-mm-dd"
    assert c["Due first set"] == dt.datetime(2023, 10, 31)
    assert a["Theme"] == "Out-of-court work"
    assert a["Answers"] == "F2, R1"
    assert [r["Status"] for r in rows.values()] == ["in progress", "not known", "not started"]
    # 1a is due by the end of its month, which has not ended
    assert [r["Overdue"] for r in rows.values()] == ["no", "no", "no"]
    assert [r["Complete"] for r in rows.values()] == ["no", "not known", "no"]
    assert [r["Illustrative"] for r in rows.values()] == ["no", "yes", "no"]
    assert b["Owner"] == "not known"
    assert a["Last update"] == dt.datetime(2023, 10, 1)  # the December update is after AS_OF
    assert a["RAG"] == "amber"
    assert c["State"] == "no recent update, due date moved from 2023-10-31"
    # the RAG rating and the state on their colours (the words are there too)
    assert _cell(ws, "1a", "RAG").fill.fgColor.rgb == "00E69F00"
    assert _cell(ws, "1c", "State").fill.fgColor.rgb == "00E69F00"
    assert _cell(ws, "1b", "RAG").fill.fill_type is None


def test_coverage_names_every_item_and_its_gap(workbook):
    rows = {r["Id"]: r for r in _records(workbook["Coverage"])}
    assert rows["R1"] == {
        "Kind": "recommendation",
        "Id": "R1",
        "Text": '=HYPERLINK("http://evil.example","click")',
        "Areas": "3.1 Assessment",
        "Answered by": "1a",
        "Answered": "yes",
        "Plan's response": "partly agreed",
        "Gap": None,
    }
    assert rows["R2"]["Text"] == "not known"
    assert rows["R2"]["Answered"] == "no"
    assert rows["R2"]["Plan's response"] == "no response recorded"
    assert rows["R2"]["Gap"] == "uncovered, no-response"
    assert rows["F2"]["Kind"] == "area for improvement"
    assert rows["3.1"]["Kind"] == "judgement of concern"
    assert rows["3.1"]["Answered by"] == "1a, 1b, 1c"
    # a standard whose rating is not known: whether it needs answering is not known
    assert rows["3.2"]["Answered"] == "not known"
    assert rows["3.2"]["Gap"] == "rating-not-known"
    assert rows["3.2"]["Text"] == "3.2 Planning: rating not known"


def test_gaps_updates_milestones_and_about(workbook, anytown, anytown_plan):
    gaps = _records(workbook["Gaps"])
    cov = yj.coverage(anytown_plan, anytown, as_of=AS_OF)
    assert [(g["Kind"], g["Id"], g["What is wrong"]) for g in gaps] == [
        (p.kind.value, p.id, p.message) for p in cov.problems
    ]
    updates = _records(workbook["Progress updates"])
    assert updates == [
        {
            "Action": "1a",
            "Date": dt.datetime(2023, 10, 1),
            "Date precision": "month",
            "RAG": "amber",
            "Note": "-1 case a month",
            "Value": None,
        },
        {
            "Action": "1a",
            "Date": dt.datetime(2023, 12, 4),
            "Date precision": "day",
            "RAG": "green",
            "Note": "Audit done",
            "Value": 80,
        },
    ]
    (milestone,) = _records(workbook["Milestones"])
    assert milestone["Due"] == dt.datetime(2024, 3, 1)
    assert milestone["Due precision"] == "month"
    assert milestone["Status"] == "pending"
    about = {r["About"]: r["Value"] for r in _records(workbook["About"])}
    assert about["Inspection"] == "anytown-2023"
    assert about["Framework"].startswith("hmip-youth-2021: ")
    assert about["Position as of"] == dt.datetime(2023, 11, 15)
    assert about["Written by"] == f"yjinspect {package_version()}"
    assert about["Verdict"] == cov.verdict()
    assert about["Illustrative"].startswith("An action marked illustrative")
    ws = workbook["About"]
    links = {c.value: c.hyperlink.target for c in ws["B"] if c.hyperlink is not None}
    # only an http(s) address becomes a link
    assert links == {
        "A made-up report (https://example.org/anytown-2023)": "https://example.org/anytown-2023"
    }


def test_text_that_looks_like_a_formula_is_stored_as_text(workbook):
    cells = [
        _cell(workbook["Coverage"], "R1", "Text"),  # "=HYPERLINK(...)"
        _cell(workbook["Actions"], "1a", "Owner"),  # "+44 ..."
        _cell(workbook["Actions"], "1b", "What will be done"),  # "@SUM(...)"
        workbook["Progress updates"]["E2"],  # "-1 case a month"
    ]
    for c in cells:
        assert c.data_type == "s", c.value
        assert c.quotePrefix, c.value
    assert [c.value[0] for c in cells] == ["=", "+", "@", "-"]
    plain = _cell(workbook["Actions"], "1a", "What will be done")
    assert plain.data_type == "s"
    assert not plain.quotePrefix
    # no cell of the workbook holds a formula
    for ws in workbook:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)


@given(st.text(max_size=40))
def test_any_text_goes_into_a_cell_as_text(text):
    wb = openpyxl.Workbook()
    ws = wb.active
    from yjinspect.views._workbook import _put

    _put(ws, 1, 1, text)
    shown, formula = _escape.spreadsheet(text)
    c = ws["A1"]
    assert c.value == shown
    assert c.data_type == "s"
    assert bool(c.quotePrefix) == formula
    assert formula == shown.lstrip().startswith(("=", "+", "-", "@"))


def test_control_characters_are_shown_not_written(tmp_path, anytown, anytown_plan):
    import attrs

    hostile = attrs.evolve(anytown_plan, title="Plan \x1b[31mred\x00\x07 end")
    path = tmp_path / "hostile.xlsx"
    report.write_plan_workbook(hostile, anytown, path)
    wb = openpyxl.load_workbook(path)
    about = {r["About"]: r["Value"] for r in _records(wb["About"])}
    assert about["Plan"] == "Plan \\x1b[31mred\\x00\\x07 end (anytown-2023-plan)"
    assert about["Position as of"] == "no date given"


def test_a_failure_leaves_the_old_file_as_it_was(tmp_path, anytown, anytown_plan, monkeypatch):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"the old workbook")
    from yjinspect.views import _workbook

    with pytest.raises(FileNotFoundError):
        report.write_plan_workbook(anytown_plan, anytown, tmp_path / "missing" / "plan.xlsx")

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(_workbook, "plan_workbook", broken)
    with pytest.raises(OSError, match="disk full"):
        report.write_plan_workbook(anytown_plan, anytown, path)
    assert path.read_bytes() == b"the old workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]


def test_the_workbook_is_written_atomically(tmp_path, anytown, anytown_plan, monkeypatch):
    import yjinspect.io

    written = []
    real = yjinspect.io.write_atomic

    def spy(path, data):
        written.append((path, data[:2]))
        real(path, data)

    monkeypatch.setattr(yjinspect.io, "write_atomic", spy)
    path = tmp_path / "plan.xlsx"
    report.write_plan_workbook(anytown_plan, anytown, path)
    assert written == [(path, b"PK")]  # an xlsx file is a zip archive
    assert openpyxl.load_workbook(path).sheetnames == list(report.WORKBOOK_SHEETS)


def test_the_bromley_workbook_marks_what_is_illustrative(tmp_path):
    series = yj.examples.bromley()
    path = tmp_path / "bromley.xlsx"
    report.write_plan_workbook(
        yj.examples.bromley_plan(), series.get("bromley-2015-fji"), path, as_of=AS_OF
    )
    rows = {r["Action"]: r for r in _records(openpyxl.load_workbook(path)["Actions"])}
    assert rows["1a"]["Illustrative"] == "no"
    assert {rows[k]["Illustrative"] for k in rows if k != "1a"} == {"yes"}
    assert rows["1a"]["Due"] is None
    assert rows["1a"]["Due precision"] == "not known"


def test_without_openpyxl_the_error_names_the_extra(monkeypatch, anytown, anytown_plan):
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(ModuleNotFoundError, match=r'pip install "yjinspect\[excel\]"'):
        report.plan_workbook(anytown_plan, anytown)


def test_gaps_give_statuses_in_words_and_about_gives_the_published_precision(anytown, anytown_plan):
    wb = report.plan_workbook(anytown_plan, anytown, as_of=pendulum.Date(2025, 1, 1))
    overdue = [g["What is wrong"] for g in _records(wb["Gaps"]) if g["Kind"] == "overdue"]
    assert overdue
    assert all(" and is " in m for m in overdue)
    statuses = {m.rsplit(" and is ", 1)[1] for m in overdue}
    assert statuses <= {"not started", "in progress", "not known"}
    assert "in progress" in statuses
    # the Actions sheet says the same words
    assert {r["Status"] for r in _records(wb["Actions"])} >= statuses
    about = {r["About"]: r["Value"] for r in _records(wb["About"])}
    assert about["Published"] == dt.date(2023, 8, 1)  # published "2023-08"
    assert about["Published precision"] == "month"
    published = next(c for c in wb["About"]["B"] if c.value == dt.date(2023, 8, 1))
    assert published.number_format == "mmm yyyy"
