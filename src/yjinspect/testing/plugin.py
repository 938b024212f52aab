"""The yjinspect pytest plugin, registered through the ``pytest11`` entry point.

Installed with ``pip install "yjinspect[testing]"``, it gives every test suite these fixtures,
with no conftest needed. Every fixture returns frozen objects, so they are safe to share,
including under hypothesis' ``@given``:

- ``yj_bromley``: the Bromley series (:func:`yjinspect.examples.bromley`).
- ``yj_framework``: the HMIP 2021 standards framework.
- ``yj_inspection``: a complete, valid 2021-standards inspection
  (:func:`~yjinspect.testing.factories.make_inspection`).
- ``yj_inspection_pair``: the same service inspected twice, three years apart.
- ``yj_make_inspection``, ``yj_make_service``: the factories themselves, to build variants.

Importing the plugin imports neither hypothesis nor pandas.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ..corpus import Corpus
from ..frameworks.model import Framework
from ..inspection import Inspection, Service
from . import factories

__all__ = [
    "yj_bromley",
    "yj_framework",
    "yj_inspection",
    "yj_inspection_pair",
    "yj_make_inspection",
    "yj_make_service",
]


@pytest.fixture(scope="session")
def yj_bromley() -> Corpus:
    """The Bromley series: 2012 CCI, 2015 FJI, its re-inspection, 2025 standards inspection."""
    from .. import examples

    return examples.bromley()


@pytest.fixture(scope="session")
def yj_framework() -> Framework:
    """The ``hmip-youth-2021`` framework."""
    from .. import frameworks

    return frameworks.get("hmip-youth-2021")


@pytest.fixture(scope="session")
def yj_inspection() -> Inspection:
    """A complete, valid inspection under the 2021 standards, rated Good throughout."""
    return factories.make_inspection()


@pytest.fixture(scope="session")
def yj_inspection_pair() -> tuple[Inspection, Inspection]:
    """``(before, after)``: domain 2 improves from Requires improvement to Good."""
    return factories.make_inspection_pair()


@pytest.fixture(scope="session")
def yj_make_inspection() -> Callable[..., Inspection]:
    """:func:`yjinspect.testing.factories.make_inspection`, to build variants."""
    return factories.make_inspection


@pytest.fixture(scope="session")
def yj_make_service() -> Callable[..., Service]:
    """:func:`yjinspect.testing.factories.make_service`."""
    return factories.make_service


def pytest_report_header(config: Any) -> str:
    """Name the plugin in pytest's header."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"yjinspect: {version('yjinspect')}"
    except PackageNotFoundError:  # pragma: no cover
        return "yjinspect: (source tree)"
