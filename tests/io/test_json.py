"""msgspec reads and orjson writes only where they agree exactly with the standard library."""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yjinspect.io import _json as _fastjson

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
_data = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=20,
)


@given(_data)
def test_written_text_is_the_standard_librarys(data):
    text = _fastjson.dumps(data)
    if text is not None:
        assert text == json.dumps(data, indent=2, ensure_ascii=False)


@given(_data)
def test_read_data_is_the_standard_librarys(data):
    for text in (json.dumps(data), json.dumps(data, indent=2, ensure_ascii=False)):
        parsed = _fastjson.parse(text)
        if parsed is not None:
            assert parsed == json.loads(text)
            assert json.dumps(parsed) == json.dumps(json.loads(text))


@given(st.dictionaries(st.text(max_size=5), _scalars, min_size=1), st.data())
def test_a_duplicate_key_is_never_read_silently(table, draw):
    key = draw.draw(st.sampled_from(sorted(table)))
    value = draw.draw(_scalars)
    body = json.dumps(table)[:-1] + f", {json.dumps(key)}: {json.dumps(value)}}}"
    assert _fastjson.parse(body) is None


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "a": 2}',
        '{"a": {"b": "x:y", "b": "z"}}',
        '{"a\\u003a": 1, "a": 1, "a": 2}',
        '{"score": 18446744073709551617}',
        '{"score": -9223372036854775809}',
        '{"n": NaN}',
        '{"n": 1e400}',
        '\ufeff{"a": 1}',
        '"\\ud800"',
    ],
)
def test_texts_only_the_standard_library_reads(text):
    assert _fastjson.parse(text) is None


@pytest.mark.parametrize("value", [1e-05, -8.079306852453284e-08, float("nan"), 2**64, "\ud800"])
def test_values_only_the_standard_library_writes(value):
    assert _fastjson.dumps({"v": value}) is None


def test_an_ordinary_document_takes_the_fast_way():
    data = {"kind": "inspection", "id": "a:b", "n": [1, 2.5, None, True], "t": {}}
    text = json.dumps(data, indent=2, ensure_ascii=False)
    assert _fastjson.parse(text) == data
    data.pop("n")
    assert _fastjson.dumps(data) == json.dumps(data, indent=2, ensure_ascii=False)


def test_reading_holds_little_more_than_the_data():
    # msgspec builds the objects from the text directly: no parse tree of its own beside them
    # (orjson's parser held about 15 bytes per byte of text while it read).
    item = {"id": "a-1", "text": "x" * 40, "n": [1, 2.5, None, True], "t": {"k": "v"}}
    text = json.dumps({"items": [item] * 20_000})
    tracemalloc.start()
    try:
        data = _fastjson.parse(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert data == json.loads(text)
    assert peak < 12 * len(text)  # the objects themselves take about 6; orjson held 18


def test_a_long_text_takes_the_fast_way():
    pad = " " * (20 * 1024 * 1024)
    assert _fastjson.parse('{"a": 1}' + pad) == {"a": 1}


def test_the_json_libraries_are_imported_on_first_use():
    code = (
        "import sys, yjinspect as yj;"
        "print(sorted(m for m in ('msgspec', 'orjson') if m in sys.modules));"
        "yj.loads(yj.dumps(yj.examples.bromley().get('bromley-2015-fji')));"
        "print(sorted(m for m in ('msgspec', 'orjson') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split()
    assert out == ["[]", "['msgspec',", "'orjson']"]
