"""Mutated valid documents: loading either fails with InvalidDocument or round-trips.

The seeds are the shipped documents (the Bromley corpus, each of its inspections, every built-in
framework) written as JSON and TOML. Hypothesis drops keys and items, changes the type of values,
duplicates list items, inserts junk keys and values, swaps values between places, and cuts or
splices the text. Whatever comes out, ``loads`` may only raise :class:`InvalidDocument` (whose
problems all name a path), and a document it accepts must survive ``dumps`` and ``loads``.
"""

from __future__ import annotations

import copy
import json
import tomllib
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import yjinspect as yj
from yjinspect import documents


def _seeds() -> list[tuple[str, str, str]]:
    corpus = yj.examples.bromley()
    objects: list[tuple[str, Any]] = [("corpus", corpus)]
    objects += [(insp.id, insp) for insp in corpus]
    objects += [(code, yj.frameworks.get(code)) for code in yj.frameworks.builtin_codes()]
    return [(name, fmt, yj.dumps(obj, fmt)) for name, obj in objects for fmt in ("json", "toml")]


SEEDS = _seeds()
MUTATIONS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _assert_reported(problems: tuple[yj.Problem, ...]) -> None:
    assert problems, "an InvalidDocument must carry at least one problem"
    for problem in problems:
        assert problem.path.startswith("$"), problem
        assert problem.message.strip(), problem
        assert problem.severity is yj.Severity.ERROR


def _check(text: str | bytes, fmt: str) -> Any:
    """Load mutated text; only InvalidDocument may escape, and what loads must round-trip."""
    try:
        obj = documents.loads(text, fmt)
    except yj.InvalidDocument as exc:
        _assert_reported(exc.problems)
        return None
    for out_fmt in ("json", "toml"):
        again = documents.loads(documents.dumps(obj, out_fmt), out_fmt)
        assert again == obj
        assert type(again) is type(obj)
    return obj


def test_every_seed_loads_and_round_trips():
    assert len(SEEDS) == 2 * (1 + 4 + len(yj.frameworks.builtin_codes()))
    for _name, fmt, text in SEEDS:
        assert _check(text, fmt) is not None


# -- structural mutations -------------------------------------------------------------------------
def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside the tree (the root excluded)."""
    out: list[tuple[Any, ...]] = []
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, value in items:
        out.append((*path, key))
        out.extend(_places(value, (*path, key)))
    return out


def _get(tree: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        tree = tree[key]
    return tree


def _junk(json_compatible: bool) -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=json_compatible, allow_infinity=json_compatible),
        st.text(max_size=12),
        st.booleans(),
        st.sampled_from(
            [
                "",
                "good",
                "2015-02-30",
                "2015-13",
                "0000",
                "P1M",
                "hmip-youth-2021",
                "2015-03-06/2015-02-19",
                "requires improvement",
                "4.1",
                "rated",
            ]
        ),
        *([st.none()] if json_compatible else []),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3),
            st.dictionaries(st.text(min_size=1, max_size=8), inner, max_size=3),
        ),
        max_leaves=4,
    )


def _other_type(value: Any, json_compatible: bool) -> st.SearchStrategy[Any]:
    return _junk(json_compatible).filter(lambda new: type(new) is not type(value))


@st.composite
def _mutated(draw: st.DrawFn, data: Any, json_compatible: bool) -> Any:
    tree = copy.deepcopy(data)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        places = _places(tree)
        if not places:
            break
        path = draw(st.sampled_from(places))
        parent, key = _get(tree, path[:-1]), path[-1]
        value = parent[key]
        action = draw(
            st.sampled_from(["drop", "retype", "duplicate", "junk-key", "swap", "junk-value"])
        )
        if action == "drop":
            del parent[key]
        elif action == "retype":
            parent[key] = draw(_other_type(value, json_compatible))
        elif action == "duplicate":
            target = value if isinstance(value, list) and value else parent
            if isinstance(target, list) and target:
                target.insert(
                    draw(st.integers(0, len(target))), copy.deepcopy(draw(st.sampled_from(target)))
                )
            else:
                parent[key] = [value, copy.deepcopy(value)]
        elif action == "junk-key":
            target = value if isinstance(value, dict) else parent
            if isinstance(target, dict):
                target[draw(st.text(min_size=1, max_size=10))] = draw(_junk(json_compatible))
            else:
                target.append(draw(_junk(json_compatible)))
        elif action == "swap":
            other = draw(st.sampled_from(places))
            if other[: len(path)] != path and path[: len(other)] != other:
                other_parent = _get(tree, other[:-1])
                parent[key], other_parent[other[-1]] = (
                    copy.deepcopy(other_parent[other[-1]]),
                    copy.deepcopy(value),
                )
        else:
            parent[key] = draw(_junk(json_compatible))
    return tree


def _plain(text: str, fmt: str) -> Any:
    return json.loads(text) if fmt == "json" else tomllib.loads(text)


def _toml_text(tree: Any) -> str | None:
    """TOML for a mutated tree, or None when TOML cannot hold it (a null, a non-table root)."""
    try:
        return tomli_w.dumps(tree)
    except (TypeError, ValueError):
        return None


@settings(MUTATIONS, max_examples=70)
@given(st.data())
def test_structural_mutations_of_json_documents(data):
    _name, fmt, text = data.draw(st.sampled_from(SEEDS))
    tree = _plain(text, fmt)
    mutated = data.draw(_mutated(tree, json_compatible=True))
    _check(json.dumps(mutated, ensure_ascii=False), "json")


@settings(MUTATIONS, max_examples=50)
@given(st.data())
def test_structural_mutations_of_toml_documents(data):
    _name, fmt, text = data.draw(st.sampled_from(SEEDS))
    tree = _plain(text, fmt)
    mutated = data.draw(_mutated(tree, json_compatible=False))
    toml_text = _toml_text(mutated)
    if toml_text is None:
        # TOML cannot write this tree; JSON can, and must be handled the same way.
        _check(json.dumps(mutated), "json")
    else:
        _check(toml_text, "toml")


# -- text mutations -------------------------------------------------------------------------------
@st.composite
def _cut(draw: st.DrawFn, text: str) -> str:
    action = draw(st.sampled_from(["truncate", "delete", "insert", "repeat-line", "drop-line"]))
    i = draw(st.integers(0, len(text)))
    if action == "truncate":
        return text[:i]
    if action == "delete":
        return text[:i] + text[i + draw(st.integers(1, 40)) :]
    if action == "insert":
        junk = draw(
            st.sampled_from(['"', "{", "]", ",", "=", "\n", "[[x]]\n", "NaN", "\\", "\x00"])
            | st.text(max_size=6)
        )
        return text[:i] + junk + text[i:]
    lines = text.splitlines(keepends=True)
    j = draw(st.integers(0, len(lines) - 1))
    if action == "repeat-line":
        return "".join([*lines[: j + 1], lines[j], *lines[j + 1 :]])
    return "".join([*lines[:j], *lines[j + 1 :]])


@settings(MUTATIONS, max_examples=60)
@given(st.data())
def test_text_mutations(data):
    _name, fmt, text = data.draw(st.sampled_from(SEEDS))
    mutated = data.draw(_cut(text))
    _check(mutated, fmt)


@settings(MUTATIONS, max_examples=20)
@given(st.data())
def test_byte_mutations(data):
    _name, fmt, text = data.draw(st.sampled_from(SEEDS))
    raw = bytearray(text.encode("utf-8"))
    i = data.draw(st.integers(0, len(raw) - 1))
    raw[i] = data.draw(st.integers(0x80, 0xFF))
    _check(bytes(raw), fmt)


JSON_SEEDS = [seed for seed in SEEDS if seed[1] == "json"]


@pytest.mark.parametrize(("name", "fmt", "text"), JSON_SEEDS, ids=[s[0] for s in JSON_SEEDS])
def test_every_cut_of_a_json_document_is_an_invalid_document(name, fmt, text):
    for i in range(0, len(text) - 1, max(1, len(text) // 150)):
        with pytest.raises(yj.InvalidDocument) as info:
            documents.loads(text[:i], fmt)
        (problem,) = info.value.problems
        assert problem.path == "$", name
        assert problem.message.startswith("JSON syntax error at line "), name
