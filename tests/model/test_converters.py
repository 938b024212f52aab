"""Every converter marked with ``_coerce.passes`` returns a value of the marked classes as it
is: the reader leaves such calls out, so a wrong mark would store a value the converter would
have changed."""

from __future__ import annotations

import enum
import inspect

import attrs
import pytest

from yjinspect import model
from yjinspect.model import (
    PartialDate,
    _coerce,
    corpus,
    crosswalk,
    inspection,
    plan,
    provenance,
    scales,
)

_MODULES = (corpus, crosswalk, inspection, plan, provenance, scales)


def _samples(cls: type) -> list[object]:
    if issubclass(cls, enum.Enum):
        return list(cls)
    known: dict[type, list[object]] = {
        tuple: [(), ("a", "b"), (1, None, PartialDate(2020))],
        str: ["", "outstanding"],
        type(None): [None],
        PartialDate: [PartialDate(2020), PartialDate(2020, 3), PartialDate(2020, 3, 4)],
        inspection._ReadOnlyMap: [inspection._NO_ITEMS, inspection._ReadOnlyMap({"a": 1.0})],
    }
    return known[cls]  # a new marked class needs samples here


def _marked() -> list[tuple[str, object, frozenset[type]]]:
    found = {}
    for module in _MODULES:
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if attrs.has(cls):
                for f in attrs.fields(cls):
                    passes = getattr(f.converter, _coerce.PASSES, None)
                    if passes is not None:
                        found[f"{cls.__name__}.{f.name}"] = (f.converter, passes)
    return [(name, conv, passes) for name, (conv, passes) in sorted(found.items())]


def test_the_readers_models_have_marked_converters():
    names = {name for name, _, _ in _marked()}
    assert {"Judgement.status", "Judgement.key_questions", "Inspection.judgements"} <= names
    assert model.Judgement is inspection.Judgement


@pytest.mark.parametrize(("field", "converter", "passes"), _marked(), ids=lambda x: str(x)[:40])
def test_a_marked_converter_returns_the_value_itself(field, converter, passes):
    for cls in passes:
        for value in _samples(cls):
            assert converter(value) is value, (field, value)


def test_an_empty_map_is_the_shared_one():
    made = inspection.Judgement(area="4.1", key_questions={}, key_question_ratings={})
    assert made.key_questions is inspection._NO_ITEMS
    assert made.key_question_ratings is inspection._NO_ITEMS
    given = inspection.Judgement(area="4.1", rating="good", key_questions={"4.1.1": 80.0})
    assert given.key_questions == {"4.1.1": 80.0}
    with pytest.raises(TypeError):
        given.key_questions["4.1.2"] = 1.0  # type: ignore[index]
    with pytest.raises(TypeError):
        inspection._NO_ITEMS["x"] = 1.0  # type: ignore[index]
