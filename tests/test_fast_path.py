"""The fast structuring path accepts exactly what the detailed one accepts, and makes the same
objects: the detailed pass only runs when the fast one fails, so a document the fast path let
through would never be checked in detail."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect import documents

FAST = documents._converter(False)
DETAILED = documents._converter(True)


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


def _outcome(conv: Any, data: Any, cls: type) -> tuple[bool, Any]:
    try:
        return True, conv.structure(data, cls)
    except Exception:
        return False, None


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
    fast_ok, fast = _outcome(FAST, doc, cls)
    detailed_ok, detailed = _outcome(DETAILED, doc, cls)
    assert fast_ok == detailed_ok
    assert fast == detailed


def test_fast_path_makes_the_same_objects_as_the_detailed_one() -> None:
    for cls, seed in SEEDS:
        fast = FAST.structure(copy.deepcopy(seed), cls)
        assert fast == DETAILED.structure(copy.deepcopy(seed), cls)
        assert documents.unstructure(fast) == seed
