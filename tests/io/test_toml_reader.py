"""tomli reads TOML into exactly what the standard library's tomllib reads, and whatever tomli
refuses is explained by tomllib, as before."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect.errors import InvalidDocument
from yjinspect.io import _document, _parse, _toml
from yjinspect.testing import strategies as yst

_keys = st.text(min_size=1, max_size=6)
_scalars = (
    st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.dates()
    | st.datetimes(timezones=st.none() | st.just(dt.UTC))
)
_data = st.recursive(
    st.dictionaries(_keys, _scalars, max_size=3),
    lambda inner: st.dictionaries(_keys, inner | st.lists(inner, max_size=3), max_size=3),
    max_leaves=15,
)


@given(_data)
def test_read_data_is_the_standard_librarys(data):
    text = tomli_w.dumps(data)
    assert _toml.parse(text) == tomllib.loads(text)


@settings(max_examples=25, deadline=None)
@given(yst.inspections())
def test_a_document_reads_as_tomllib_reads_it(inspection):
    text = yj.dumps(inspection, "toml")
    assert _toml.parse(text) == tomllib.loads(text)
    assert yj.loads(text, "toml") == inspection


@pytest.mark.parametrize(
    "text",
    [
        # TOML 1.1, which tomllib (TOML 1.0) refuses: a document reads the same everywhere.
        'kind = "inspection"\nservice = {name = "A", local_authority = "A",}\n',
        'kind = "inspection"\nservice = {\nname = "A"\n}\n',
        'kind = "inspection"\nnotes = "\\e"\n',
        'kind = "inspection"\nnotes = "\\xff"\n',
        'kind = "inspection"\npublished = 2020-01-02T07:32Z\n',
        # Not TOML at all.
        'kind = "inspection"\nkind = "corpus"\n',
        "a = 1__0",
    ],
)
def test_what_tomllib_refuses_is_refused_with_its_words(text):
    assert _toml.parse(text) is None
    with pytest.raises((tomllib.TOMLDecodeError, RecursionError)) as std:
        tomllib.loads(text)
    with pytest.raises(InvalidDocument) as ours:
        yj.loads(text, "toml")
    if std.type is tomllib.TOMLDecodeError:
        assert ours.value.problems[0].message == f"TOML syntax error: {std.value}"


def _problems(text: str) -> list[tuple[str, str]]:
    with pytest.raises(InvalidDocument) as caught:
        yj.loads(text, "toml")
    return [(p.path, p.message) for p in caught.value.problems]


@pytest.mark.parametrize("depth", [33, 200, 400, 700, 1000, 2000, 5000])
@pytest.mark.parametrize("opening", ["[", "{a = "])
def test_deep_nesting_is_refused_as_tomllib_alone_refused_it(monkeypatch, depth, opening):
    closing = "]" if opening == "[" else "}"
    text = 'kind = "inspection"\nschema_version = 2\nnotes = ' + opening * depth
    text += "1" + closing * depth + "\n"
    ours = _problems(text)
    # the standard library only
    monkeypatch.setattr(_document, "fast_toml", lambda _text: None)
    monkeypatch.setattr(_parse, "fast_toml", lambda _text: None)
    assert ours == _problems(text)
    assert ours[0][1] == "nested deeper than 32 levels"


def test_tomli_is_imported_on_first_use():
    code = (
        "import sys, yjinspect as yj;"
        "print('tomli' in sys.modules);"
        "text = yj.dumps(yj.examples.bromley().get('bromley-2015-fji'), 'toml');"
        "print('tomli' in sys.modules);"
        "yj.loads(text, 'toml');"
        "print('tomli' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split()
    assert out[0] == "False"
    assert out[-1] == "True"


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_a_byte_order_mark_is_named(tmp_path, fmt):
    text = "\ufeff" + yj.dumps(yj.examples.bromley().get("bromley-2015-fji"), fmt)
    path = tmp_path / f"saved-by-an-editor.{fmt}"
    path.write_bytes(text.encode("utf-8"))
    for attempt in (
        lambda: yj.loads(text, fmt),
        lambda: yj.loads(text.encode("utf-8"), fmt),
        lambda: yj.load(path),
    ):
        with pytest.raises(InvalidDocument) as caught:
            attempt()
        [problem] = caught.value.problems
        assert problem.path == "$"
        assert problem.message == (
            f"expected {fmt.upper()} text, found a byte-order mark (U+FEFF) before it; "
            "save the file as UTF-8 without a byte-order mark"
        )
