"""The fast structuring path accepts exactly what the detailed one accepts, and makes the same
objects: the detailed pass only runs when the fast one fails, so a document the fast path let
through would never be checked in detail."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect import documents
from yjinspect.errors import FieldValueError, InvalidDocument
from yjinspect.io import _converter
from yjinspect.io import document_kinds as _kinds
from yjinspect.testing import strategies as ys

FAST = _converter.converter_for(False)
DETAILED = _converter.converter_for(True)


def _seeds() -> list[tuple[type, Any]]:
    corpus = yj.examples.bromley()
    objects: list[Any] = [corpus, *corpus, yj.examples.bromley_plan()]
    objects += [yj.frameworks.get(code) for code in yj.frameworks.builtin_codes()]
    return [(type(obj), json.loads(json.dumps(documents.unstructure(obj)))) for obj in objects]


SEEDS = _seeds()
JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 200),
    st.floats(allow_nan=False),
    st.sampled_from(["", "x", "rated", "not-known", "agreed", "complete", "2015-06-01", "P1M"]),
    st.sampled_from(["good", "Inadequate", "standards", "strength", "red", "2016"]),
    st.lists(st.sampled_from(["R1", "F1", "x"]), max_size=2),
    st.fixed_dictionaries({}, optional={"title": st.just("t"), "id": st.just("x")}),
)


def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _places(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _places(v, (*path, i))
    return out


def _outcome(conv: Any, data: Any, cls: type) -> tuple[Any, BaseException | None]:
    try:
        return conv.structure(data, cls), None
    except Exception as exc:
        return None, exc


def _kind(exc: BaseException) -> str:
    """What a rejection says, or ``"crash"`` for an exception no hook raises on bad data."""
    if isinstance(exc, InvalidDocument):
        return "invalid-document"
    if isinstance(exc, FieldValueError):
        return "field-value"
    if isinstance(exc, ForbiddenExtraKeysError):
        return "extra-keys"
    if type(exc) in (KeyError, TypeError, ValueError):
        return type(exc).__name__
    return "crash"


# What the detailed pass may report where the fast one stopped, besides the same kind: the fast
# path looks string enums up in a table (KeyError, or TypeError for an unhashable value) where
# the detailed hook raises ValueError, and reports an unknown field as a bare ValueError.
_FAST_MAY_STAND_FOR = {
    "KeyError": {"KeyError", "ValueError"},
    "TypeError": {"TypeError", "ValueError"},
    "ValueError": {"ValueError", "extra-keys"},
}


def _leaves(exc: BaseException) -> list[tuple[str, BaseException]]:
    return list(_converter._walk(exc, "$"))


def _paths(exc: BaseException) -> list[str]:
    assert isinstance(exc, InvalidDocument)
    return [p.path for p in exc.problems]


def _check_rejection(fast: BaseException, detailed: BaseException) -> None:
    """Both paths refused a document: each refusal must be one the hooks make on bad data, not a
    crash, and the fast path's must be one the detailed pass also reports."""
    assert _kind(fast) != "crash", repr(fast)
    leaves = _leaves(detailed)
    assert leaves, repr(detailed)
    for path, leaf in leaves:
        assert _kind(leaf) != "crash", (path, repr(leaf))
        if type(leaf) is TypeError:  # the hooks' own messages; anything else is a crash
            assert str(leaf).startswith("expected"), (path, repr(leaf))
        if type(leaf) is KeyError:  # a required field is missing: the key is the field
            assert path.endswith(f".{leaf.args[0]}"), (path, repr(leaf))
    kinds = {_kind(leaf) for _path, leaf in leaves}
    assert kinds & _FAST_MAY_STAND_FOR.get(_kind(fast), {_kind(fast)}), (repr(fast), kinds)
    objects = [leaf for _path, leaf in leaves if isinstance(leaf, InvalidDocument)]
    if isinstance(fast, InvalidDocument) or objects:
        # A whole object's own checks ran in both: they must find the same problems.
        assert isinstance(fast, InvalidDocument), (repr(fast), kinds)
        assert [_paths(leaf) for leaf in objects] == [_paths(fast)]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fast_and_detailed_agree_on_mutated_documents(data: st.DataObject) -> None:
    cls, seed = data.draw(st.sampled_from(SEEDS))
    doc = copy.deepcopy(seed)
    for _ in range(data.draw(st.integers(1, 3))):
        places = [p for p in _places(doc) if p]
        if not places:
            break
        place = data.draw(st.sampled_from(places))
        parent = doc
        for step in place[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["replace", "drop", "add"]))
        if action == "drop":
            del parent[place[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[data.draw(st.sampled_from(["extra", "title", "notes", "id"]))] = data.draw(JUNK)
        else:
            parent[place[-1]] = data.draw(JUNK)
    fast, fast_error = _outcome(FAST, copy.deepcopy(doc), cls)
    detailed, detailed_error = _outcome(DETAILED, copy.deepcopy(doc), cls)
    assert (fast_error is None) == (detailed_error is None), (fast_error, detailed_error)
    assert fast == detailed
    if fast_error is not None and detailed_error is not None:
        _check_rejection(fast_error, detailed_error)


def test_fast_path_makes_the_same_objects_as_the_detailed_one() -> None:
    for cls, seed in SEEDS:
        fast = FAST.structure(copy.deepcopy(seed), cls)
        assert fast == DETAILED.structure(copy.deepcopy(seed), cls)
        assert documents.unstructure(fast) == seed


def _group(*leaves: Exception) -> ClassValidationError:
    return ClassValidationError("while structuring Inspection", list(leaves), yj.Inspection)


@pytest.mark.parametrize(
    ("fast", "detailed"),
    [
        (AttributeError("'NoneType' object has no attribute 'get'"),) * 2,
        (IndexError("list index out of range"),) * 2,
        (
            TypeError("'NoneType' object is not iterable"),
            _group(TypeError("'NoneType' object is not iterable")),
        ),
        (TypeError("wrong type"), _group(KeyError("id"))),
        (
            InvalidDocument([yj.Problem(path="$.areas[0].code", message="duplicate")]),
            _group(InvalidDocument([yj.Problem(path="$.areas[1].code", message="duplicate")])),
        ),
        (TypeError("wrong type"), _group(InvalidDocument([yj.Problem(path="$", message="x")]))),
    ],
    ids=[
        "same-crash",
        "same-index-crash",
        "crash-message",
        "different-kind",
        "other-paths",
        "fast-missed-the-check",
    ],
)
def test_a_crash_or_a_different_refusal_is_not_agreement(
    fast: Exception, detailed: Exception
) -> None:
    with pytest.raises(AssertionError):
        _check_rejection(fast, detailed)


@pytest.mark.parametrize(
    ("change", "fast_kind"),
    [
        (lambda d: d.pop("id"), "KeyError"),
        (lambda d: d.update(extra=1), "ValueError"),
        (lambda d: d.update(inspection_kind="good"), "KeyError"),
        (lambda d: d.update(inspection_kind=["x"]), "TypeError"),
        (lambda d: d["service"].update(name=3), "TypeError"),
    ],
    ids=["missing", "unknown-field", "unknown-member", "unhashable-member", "wrong-type"],
)
def test_real_refusals_agree(change: Any, fast_kind: str) -> None:
    cls, seed = next((c, d) for c, d in SEEDS if c is yj.Inspection)
    doc = copy.deepcopy(seed)
    change(doc)
    fast = _outcome(FAST, copy.deepcopy(doc), cls)[1]
    detailed = _outcome(DETAILED, copy.deepcopy(doc), cls)[1]
    assert fast is not None
    assert detailed is not None
    assert _kind(fast) == fast_kind
    _check_rejection(fast, detailed)


def test_an_object_s_own_checks_agree() -> None:
    cls, seed = next((c, d) for c, d in SEEDS if c is yj.frameworks.Framework)
    doc = copy.deepcopy(seed)
    doc["areas"].append(copy.deepcopy(doc["areas"][0]))  # a duplicate area code
    fast = _outcome(FAST, copy.deepcopy(doc), cls)[1]
    detailed = _outcome(DETAILED, copy.deepcopy(doc), cls)[1]
    assert isinstance(fast, InvalidDocument)
    assert _paths(fast) == [f"$.areas[{len(doc['areas']) - 1}].code"]
    _check_rejection(fast, detailed)


_WRITTEN = st.one_of(
    ys.corpora(),
    ys.inspections(),
    ys.inspections_and_plans().map(lambda pair: pair[1]),
    ys.frameworks(builtin=False),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(_WRITTEN)
def test_fast_unstructuring_writes_what_cattrs_writes(obj):
    # The same dict, keys in the same order, so the same document text.
    fast, reference = FAST.unstructure(obj), DETAILED.unstructure(obj)
    assert json.dumps(fast, default=str) == json.dumps(reference, default=str)
    assert (
        documents.dumps(obj)
        == json.dumps(
            {
                "kind": documents.kind_of(obj),
                "schema_version": _kinds.all_kinds()[documents.kind_of(obj)].version,
                **reference,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )


@pytest.mark.parametrize(("_cls", "data"), SEEDS)
def test_fast_unstructuring_of_the_seeds(_cls, data):
    obj = DETAILED.structure(data, _cls)
    assert json.dumps(FAST.unstructure(obj)) == json.dumps(DETAILED.unstructure(obj))


def test_dates_and_durations_are_read_once_per_text_and_stay_right() -> None:
    from yjinspect.io import _hooks

    first = _hooks._s_partial("2016-03", None)
    assert first is _hooks._s_partial("2016-03", None)
    assert (first.year, first.month, first.day) == (2016, 3, None)
    # a duration of nothing is false, and is still kept and returned
    zero = _hooks._s_duration("P0D", None)
    assert zero is _hooks._s_duration("P0D", None)
    assert zero.in_seconds() == 0
    assert _hooks._s_duration("P1M", None).months == 1
    # a text that is not a date is refused every time, and nothing is kept for it
    for _ in range(2):
        with pytest.raises(ValueError, match="month 13 does not exist"):
            _hooks._s_partial("2016-13", None)
    assert "2016-13" not in _hooks._PARTIALS


def test_the_kept_texts_are_bounded() -> None:
    from yjinspect.io import _hooks

    cache: dict[str, int] = {}
    for i in range(4096 + 10):
        assert _hooks._remembered(cache, str(i), int) == i
    assert len(cache) == 10
    assert _hooks._remembered(cache, "4100", lambda _t: -1) == 4100  # kept: not read again


def test_fields_are_set_through_their_slots() -> None:
    from yjinspect.io import _hooks
    from yjinspect.model.inspection import Judgement

    setter = _hooks._slot_setter(Judgement, "area")
    assert setter is not None
    made = object.__new__(Judgement)
    setter(made, "1.1")
    assert made.area == "1.1"
    assert _hooks._slot_setter(Judgement, "is_rated") is None  # a property, not a slot
