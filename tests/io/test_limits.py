"""Hostile and broken input: every resource bounded before it is spent, each bound tested at
the bound; nothing lost on save; every error in the project's own words.

Inputs named F01, F03, F05, F06, F10, F11 are the field cases of the same tags (see
tests/hostile/README.md); the large ones (F03, F11) are generated here.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect import cli, documents, report, scales
from yjinspect.errors import listing
from yjinspect.importers import parse_d2i_csv
from yjinspect.io import _files, _limits, _parse, document_data
from yjinspect.testing import strategies as yst

HERE = Path(__file__).parent
HOSTILE = HERE.parent / "hostile"
FORMATS = ("json", "toml")


# -- nothing lost on save ---------------------------------------------------------------------
def test_f06_a_key_ending_in_a_newline_survives_a_save_in_either_format(tmp_path):
    insp = documents.load(HOSTILE / "F06-codes-key-trailing-newline.json")
    assert dict(insp.service.codes) == {"d2i\n": "abc"}
    for fmt in FORMATS:
        path = tmp_path / f"x.{fmt}"
        documents.dump(insp, path)
        assert documents.load(path) == insp


# Every character a key or a string can hold, control characters first among them.
CONTROLS = "".join(map(chr, [*range(0x20), *range(0x7F, 0xA0)])) + "\u2028\u2029\u202e\ufeff"
hostile_text = st.text(
    alphabet=st.sampled_from(CONTROLS) | st.characters(exclude_categories=["Cs"]),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(
    yst.inspections(),
    st.dictionaries(hostile_text, hostile_text, max_size=4),
    hostile_text,
    st.sampled_from(FORMATS),
)
def test_every_inspection_dumped_loads_back_equal(insp, codes, text, fmt):
    insp = attrs.evolve(
        insp, service=attrs.evolve(insp.service, codes=codes, name=text), notes=text
    )
    assert documents.loads(documents.dumps(insp, fmt), fmt) == insp


@settings(max_examples=30, deadline=None)
@given(yst.inspections_and_plans(), hostile_text, st.sampled_from(FORMATS))
def test_every_plan_and_corpus_dumped_loads_back_equal(pair, text, fmt):
    insp, plan = pair
    plan = attrs.evolve(plan, title=text, notes=text, board=text)
    assert documents.loads(documents.dumps(plan, fmt), fmt) == plan
    corpus = yj.Corpus(inspections=(insp,), plans=(plan,), title=text, notes=text)
    assert documents.loads(documents.dumps(corpus, fmt), fmt) == corpus


@settings(max_examples=30, deadline=None)
@given(yst.frameworks(builtin=False), hostile_text, st.sampled_from(FORMATS))
def test_every_framework_and_crosswalk_dumped_loads_back_equal(fw, text, fmt):
    fw = attrs.evolve(fw, title=text, description=text, source=text)
    assert documents.loads(documents.dumps(fw, fmt), fmt) == fw
    cw = yj.crosswalks.get("hmip-youth-2018--hmip-youth-2021")
    cw = attrs.evolve(cw, title=text, description=text)
    assert documents.loads(documents.dumps(cw, fmt), fmt) == cw


def test_json_dumps_is_unchanged_by_the_toml_writer():
    corpus = yj.examples.bromley()
    assert documents.dumps(corpus, "json") == (
        json.dumps(document_data(corpus), indent=2, ensure_ascii=False) + "\n"
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_f05_a_lone_surrogate_is_refused_at_load_with_its_path(fmt):
    with pytest.raises(yj.InvalidDocument) as info:
        documents.load(HOSTILE / "F05-lone-surrogate.json")
    (problem,) = info.value.problems
    assert problem.path == "$.notes"
    assert "lone surrogate U+D800" in problem.message
    # the same in a key, and as a raw character of text handed to loads
    text = (
        '{"kind": "inspection", "schema_version": 1, "id": "x", "framework": '
        '"hmip-youth-2021", "inspection_kind": "standards", "service": {"name": "S", '
        '"local_authority": "L", "codes": {"a\\udc00": "b"}}}'
    )
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(text)
    assert [p.path for p in info.value.problems] == ["$.service.codes.a\\udc00"]
    raw = 'kind = "inspection"\nnotes = "\ud83d"\n'
    with pytest.raises(yj.InvalidDocument, match="lone surrogate U\\+D83D") as info:
        documents.loads(raw, "toml")
    assert info.value.problems[0].path == "$.notes"


def test_a_surrogate_pair_written_as_escapes_is_one_character():
    doc = json.loads(documents.dumps(yj.examples.bromley().inspections[0]))
    text = json.dumps({**doc, "notes": "smile"}).replace("smile", "\\ud83d\\ude00")
    assert documents.loads(text).notes == "\U0001f600"


# -- errors in our own words ------------------------------------------------------------------
def test_f01_an_integer_longer_than_python_reads_is_named_by_path():
    with pytest.raises(yj.InvalidDocument) as info:
        documents.load(HOSTILE / "F01-toml-int-4301-digits.toml")
    (problem,) = info.value.problems
    assert problem.path == "$.schema_version"
    assert problem.message == (
        "expected a whole number of at most 4,300 digits, found one of 4,301 digits"
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_integers_at_the_digit_limit(fmt):
    limit = sys.get_int_max_str_digits()

    def text(digits: int) -> str:
        number = "1" * digits
        if fmt == "json":
            return '{"kind": "framework", "schema_version": 1, "x": [1, ' + number + "]}"
        return f'kind = "framework"\nschema_version = 1\nx = [1, {number}]\n'

    with pytest.raises(yj.InvalidDocument) as at:
        documents.loads(text(limit), fmt)
    assert "digits" not in str(at.value)  # read as a number: refused for other reasons
    with pytest.raises(yj.InvalidDocument) as over:
        documents.loads(text(limit + 1), fmt)
    assert [(p.path, p.message) for p in over.value.problems] == [
        (
            "$.x[1]",
            f"expected a whole number of at most {limit:,} digits, found one of "
            f"{limit + 1:,} digits",
        )
    ]
    assert "set_int_max_str_digits" not in str(over.value)


def test_f10_an_extreme_review_cadence_or_day_is_no_error(capsys):
    plan = documents.load(HOSTILE / "F10-plan-cadence-P1000000Y.json")
    insp = documents.load(HOSTILE / "F10-bromley-2015-fji.json")
    cov = yj.coverage(plan, insp, as_of=pendulum.Date(2016, 1, 1))
    assert not any(
        a.overdue for a in cov.actions if a.due and a.due.earliest() >= pendulum.Date(2016, 1, 1)
    )
    last = yj.coverage(plan, insp, as_of=pendulum.Date(9999, 12, 31))
    assert any(a.overdue for a in last.actions)
    for args in (
        [
            str(HOSTILE / "F10-plan-cadence-P1000000Y.json"),
            str(HOSTILE / "F10-bromley-2015-fji.json"),
        ],
        [
            str(HOSTILE / "F10-plan-cadence-P1000000Y.json"),
            str(HOSTILE / "F10-bromley-2015-fji.json"),
            "--as-of",
            "9999-12-31",
        ],
    ):
        status = cli.main(["coverage", *args])
        err = capsys.readouterr().err
        assert status in (0, 1)  # 1: overdue actions are problems, one a line
        assert "Traceback" not in err
        assert "out of range" not in err
    with pytest.raises(yj.InvalidDocument, match="expected an ISO 8601 duration"):
        documents.loads(
            (HOSTILE / "F10-plan-cadence-P1000000Y.json")
            .read_text()
            .replace("P1000000Y", "P" + "9" * 30 + "Y")
        )


@pytest.mark.parametrize(
    "day", ["\uff12\uff10\uff11\uff15-02-19", "2015-0\u0662-19", "2015-02-1\u0669"]
)
def test_dates_are_written_in_ascii_digits_only(day, capsys):
    doc = json.loads(documents.dumps(yj.examples.bromley().get("bromley-2015-fji")))
    doc["fieldwork_start"] = day
    with pytest.raises(yj.InvalidDocument) as info:
        documents.loads(json.dumps(doc))
    assert [p.path for p in info.value.problems] == ["$.fieldwork_start"]
    with pytest.raises(SystemExit):
        cli.main(["coverage", "a", "b", "--as-of", day])
    assert "expected a day as YYYY-MM-DD" in capsys.readouterr().err


# -- files as users have them -----------------------------------------------------------------
def test_a_regular_file_over_the_limit_is_refused_from_its_size(tmp_path, monkeypatch):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 101)
    reads: list[str] = []
    real_open = open

    def spy(file, *args, **kwargs):
        reads.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy)
    with pytest.raises(yj.InvalidDocument, match="the document is 101 bytes; the limit is 100"):
        _limits.read_limited(path, 100)
    assert reads == []  # refused without reading
    monkeypatch.undo()
    assert _limits.read_limited(path, 101) == b" " * 101  # at the bound


def _file(folder: Path, data: bytes) -> Path:
    path = folder / "f.json"
    path.write_bytes(data)
    return path


def test_load_refuses_a_file_over_the_limit_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(_parse, "MAX_DOCUMENT_BYTES", 1000)
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 1000)
    path = tmp_path / "x.json"
    path.write_text(" " * 1000 + "{}")
    with pytest.raises(yj.InvalidDocument, match="1,002 bytes; the limit is 1,000 bytes"):
        documents.load(path)
    with pytest.raises(yj.InvalidDocument, match="1,002 bytes; the limit is 1,000 bytes"):
        documents.loads(path.read_bytes())


class _Endless:
    """A stream that never ends, like /dev/zero."""

    def read(self, n: int = -1) -> bytes:
        assert n > 0, "an endless stream must be read with a limit"
        return b"\0" * n


def test_an_endless_file_is_refused_quickly(capsys):
    start = time.perf_counter()
    with pytest.raises(yj.InvalidDocument, match="more than 1,000 bytes"):
        _limits.read_stream(_Endless(), 1000, "endless")
    if os.path.exists("/dev/zero"):
        with pytest.raises(yj.InvalidDocument, match="more than 67,108,864 bytes"):
            documents.load("/dev/zero", format="json")
        assert cli.main(["validate", "/dev/zero"]) == 1
        assert "the limit is 67,108,864 bytes" in capsys.readouterr().err
    assert time.perf_counter() - start < 20


def test_a_named_pipe_without_a_writer_is_given_up(tmp_path):
    if not hasattr(os, "mkfifo"):  # no named pipes here: nothing can block
        assert _limits.read_limited(_file(tmp_path, b"{}"), 10) == b"{}"
        return
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with pytest.raises(TimeoutError, match=r"nothing to read for 0\.3 seconds"):
        _limits.read_limited(fifo, 1000, timeout=0.3)
    assert time.perf_counter() - start < 5

    def write() -> None:
        with open(fifo, "wb") as fh:
            fh.write(b'{"a": 1}')

    writer = threading.Thread(target=write)
    writer.start()
    assert _limits.read_limited(fifo, 1000, timeout=5) == b'{"a": 1}'
    writer.join()


def test_dash_is_standard_input_in_the_command_line():
    text = documents.dumps(yj.examples.bromley())
    for command in (["validate", "-"], ["show", "-", "--format", "markdown"]):
        result = subprocess.run(
            [sys.executable, "-m", "yjinspect", *command],
            input=text,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    assert (
        "1 document(s): 1 valid, 0 not valid"
        in subprocess.run(
            [sys.executable, "-m", "yjinspect", "validate", "-"],
            input=documents.dumps(yj.examples.bromley(), "toml"),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        ).stdout
    )


def test_dumping_through_a_symbolic_link_writes_its_target(tmp_path):
    real = tmp_path / "data" / "bromley.json"
    real.parent.mkdir()
    real.write_text("{}")
    link = tmp_path / "current.json"
    link.symlink_to(real)
    corpus = yj.examples.bromley()
    documents.dump(corpus, link)
    assert link.is_symlink()
    assert documents.load(real) == corpus
    assert sorted(p.name for p in tmp_path.iterdir()) == ["current.json", "data"]
    assert sorted(p.name for p in real.parent.iterdir()) == ["bromley.json"]
    dangling = tmp_path / "next.toml"
    dangling.symlink_to(tmp_path / "data" / "new.toml")
    documents.dump(corpus, dangling)
    assert documents.load(tmp_path / "data" / "new.toml") == corpus


KILLED_WRITER = textwrap.dedent(
    """
    import os, sys, time
    import yjinspect as yj
    from yjinspect import documents
    def slow_fsync(fd):
        print("writing", flush=True)
        time.sleep(60)
    os.fsync = slow_fsync
    documents.dump(yj.examples.bromley(), sys.argv[1])
    """
)


def test_a_kill_while_writing_leaves_the_old_file_and_at_most_a_named_temporary(tmp_path):
    target = tmp_path / "bromley.json"
    target.write_text("old")
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing"
    proc.kill()  # SIGKILL where there is one: no clean-up can run
    proc.wait(timeout=30)
    proc.stdout.close()
    assert target.read_text() == "old"
    left = sorted(p.name for p in tmp_path.iterdir() if p != target)
    if _files.unnamed_files_work and _files.unnamed_temporary(target) is not None:
        assert left == []  # the temporary file had no name yet
    else:  # documented: a leftover is named .<target>.<8 hex digits>.tmp
        assert all(
            name.startswith(".bromley.json.") and name.endswith(".tmp") and len(name) == 27
            for name in left
        ), left


# -- TOML keys and tables ---------------------------------------------------------------------
def test_toml_keys_at_the_depth_bound():
    limit = documents.MAX_DEPTH
    at = ".".join(["a"] * limit) + " = 1\n"
    over = ".".join(["a"] * (limit + 1)) + " = 1\n"
    assert _limits.toml_key_problems(at, limit) == []
    (problem,) = _limits.toml_key_problems(over, limit)
    assert problem.path == "$." + ".".join(["a"] * limit)
    assert f"a key of {limit + 1} dotted parts" in problem.message
    # quoted parts and a header above count too
    header = '[x."y.z"]\n' + ".".join(['"q"'] * (limit + 1)) + " = 1\n"
    (problem,) = _limits.toml_key_problems(header, limit)
    assert problem.path.startswith("$.x.y.z.q.q")
    # text that only looks like a key, inside a string value, is left alone
    assert _limits.toml_key_problems('notes = "' + "a." * 60 + '"\n', limit) == []


def test_f03_a_20000_part_dotted_key_is_refused_before_parsing():
    text = 'kind = "inspection"\nschema_version = 1\n' + ".".join(["a"] * 20_000) + " = 1\n"
    start = time.perf_counter()
    with pytest.raises(yj.InvalidDocument, match="a key of 20,000 dotted parts"):
        documents.loads(text, "toml")
    assert time.perf_counter() - start < 2


# -- bounds of the algorithms -----------------------------------------------------------------
def test_messages_list_at_most_ten_items_then_count_the_rest():
    assert listing(range(10)) == "0, 1, 2, 3, 4, 5, 6, 7, 8, 9"
    assert listing(range(11)) == "0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 1 more"
    base = yj.examples.bromley().inspections[-1]
    corpus = yj.Corpus(
        inspections=[attrs.evolve(base, id=f"i{k}") for k in range(5000)],
        plans=(yj.ImprovementPlan(id="p", inspection="nowhere", title="P"),),
    )
    (problem,) = [p for p in yj.validate(corpus) if p.path == "$.plans[0].inspection"]
    assert problem.message.endswith(
        "(inspections: i0, i1, i10, i100, i1000, i1001, i1002, i1003, i1004, i1005 and 4990 more)"
    )


def test_a_deep_framework_indents_to_a_bound_in_linear_space():
    n = 3000
    areas = [
        yj.frameworks.Area(
            code=f"a{i}",
            title="A",
            kind=yj.frameworks.AreaKind.DOMAIN,
            parent=f"a{i - 1}" if i else None,
        )
        for i in range(n)
    ]
    fw = yj.frameworks.Framework(
        code="deep", title="Deep", scale=scales.get("hmip-4"), areas=tuple(areas)
    )
    text = report.framework_text(fw)
    lines = text.splitlines()[2:]
    indents = [len(line) - len(line.lstrip()) for line in lines]
    assert indents[:8] == [2, 4, 6, 8, 10, 12, 14, 14]  # 6 levels, then no deeper
    assert len(report.framework_markdown(fw)) < 200 * n
    assert len(report.framework_html(fw)) < 400 * n


def test_level_scores_at_their_bound():
    def scale(top: int) -> scales.RatingScale:
        return scales.RatingScale(
            code="x",
            title="X",
            levels=(
                scales.Level(code="lo", label="Lo", score=0),
                scales.Level(code="hi", label="Hi", score=top),
            ),
        )

    assert scale(scales.MAX_LEVEL_SCORE).best.score == 1000
    with pytest.raises(yj.InvalidDocument, match="expected a score from 0 to 1000, found 1001"):
        scale(scales.MAX_LEVEL_SCORE + 1)


D2I_HEADER = (
    "la_name,la_ref,score_%,overall_rating,publication_date,report_url,staff,"
    "partnerships_and_services,information_and_facilities,assessment,planning,reviewing,"
    "implementation_and_delivery,resettlement_policy_and_provision,governance_and_leadership,"
    "outofcourt_disposal_policy_and_provision,policy_and_provision,joint_working"
)
D2I_ROW = (
    "{name},newcastleyjs,44.44,Requires Improvement,18/02/25,"
    "https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/newcastleyjs2025/,"
    "Good,Good,Good,Good,Inadequate,Inadequate,Outstanding,Good,,,,"
)


def test_f11_a_csv_cell_at_and_over_the_limit():
    limit = csv.field_size_limit()
    at = parse_d2i_csv(D2I_HEADER + "\n" + D2I_ROW.format(name="N" * limit) + "\n")
    assert len(at.inspections) == 1
    over = parse_d2i_csv(
        D2I_HEADER
        + "\n"
        + D2I_ROW.format(name="N" * (limit + 1))
        + "\n"
        + D2I_ROW.format(name="Newcastle")
        + "\n"
    )
    assert [i.service.name for i in over.inspections] == ["Newcastle"]
    (problem,) = over.errors
    assert problem.path == "row 2"
    assert problem.message == (
        f"the row cannot be read as CSV (a cell is longer than {limit:,} characters); "
        "the row is left out"
    )
    # the row left out is counted as one, in the summary too
    assert over.skipped == (2,)
    assert len(over.rows) == 2
    assert str(over).startswith("2 row(s): 1 inspection(s) read, 1 row(s) left out; 1 error")


def test_rows_of_one_service_and_date_get_distinct_ids():
    result = parse_d2i_csv(D2I_HEADER + "\n" + "\n".join([D2I_ROW.format(name="N")] * 50))
    ids = [i.id for i in result.inspections]
    assert len(set(ids)) == 50
    assert ids[:3] == [
        "newcastleyjs-2025-02-18",
        "newcastleyjs-2025-02-18-2",
        "newcastleyjs-2025-02-18-3",
    ]


def test_keys_too_deep_are_named_ten_at_a_time_then_counted():
    deep = ".".join(["t"] * 40)
    text = "".join(f"[d{k}.{deep}]\n" for k in range(11))
    problems = _limits.toml_key_problems(text, documents.MAX_DEPTH)
    assert len(problems) == 11
    assert problems[9].message.startswith("nested deeper than 32 levels: line 10 has a key")
    assert problems[10].message == "and 1 more keys nested deeper than 32 levels"
