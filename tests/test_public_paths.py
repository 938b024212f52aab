"""Public types live under public module paths, so reprs, pickles, docs and mypy name them where a
user can import them."""

import importlib
import inspect

import pytest

PACKAGES = (
    "yjinspect",
    "yjinspect.model",
    "yjinspect.analysis",
    "yjinspect.importers",
    "yjinspect.frameworks",
    "yjinspect.crosswalks",
    "yjinspect.places",
    "yjinspect.datasets",
    "yjinspect.io",
    "yjinspect.errors",
    "yjinspect.validation",
)


def _public_classes():
    for name in PACKAGES:
        package = importlib.import_module(name)
        for attribute in package.__all__:
            value = getattr(package, attribute)
            if inspect.isclass(value):
                yield f"{name}.{attribute}", value


@pytest.mark.parametrize(("exported", "cls"), list(_public_classes()), ids=lambda v: str(v))
def test_every_public_class_is_defined_in_a_public_module(exported, cls):
    module = cls.__module__
    assert module.startswith("yjinspect")
    assert not any(part.startswith("_") for part in module.split(".")), (exported, module)
    # the path a repr shows is one a user can import the class from
    assert getattr(importlib.import_module(module), cls.__qualname__) is cls


def test_there_are_public_classes_to_check():
    names = {cls.__qualname__ for _, cls in _public_classes()}
    assert {"Inspection", "ImprovementPlan", "Comparison", "Coverage", "ImportResult"} <= names
    assert {"NoCrosswalk", "LeftOut", "Catalogue", "DocumentKind"} <= names


def test_the_repr_of_a_type_names_its_public_module():
    import yjinspect as yj

    assert repr(yj.Inspection) == "<class 'yjinspect.model.inspection.Inspection'>"
    assert repr(yj.crosswalks.NoCrosswalk) == "<class 'yjinspect.errors.NoCrosswalk'>"
