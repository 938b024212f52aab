"""The yjinspect pytest plugin, registered through the ``pytest11`` entry point.

Installed with the ``testing`` extra (from a clone, ``pip install -e ".[testing]"``;
``pip install "yjinspect[testing]"`` once published), it gives every test suite these fixtures,
with no conftest needed. Every fixture returns frozen objects, so they are safe to share,
including under hypothesis' ``@given``:

- ``yj_bromley``: the Bromley series (:func:`yjinspect.examples.bromley`).
- ``yj_framework``: the HMIP 2021 standards framework.
- ``yj_inspection``: a complete, valid 2021-standards inspection
  (:func:`~yjinspect.testing.factories.make_inspection`).
- ``yj_inspection_pair``: the same service inspected twice, three years apart.
- ``yj_plan``: an improvement plan answering ``yj_inspection_with_concerns`` in full.
- ``yj_inspection_with_concerns``: an inspection with two standards below Good, its findings
  and recommendations.
- ``yj_make_inspection``, ``yj_make_service``, ``yj_make_plan``: the factories themselves, to
  build variants.

Importing the plugin imports neither hypothesis nor pandas.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest

from .. import examples, frameworks
from ..model import Corpus, Framework, Inspection, Service
from . import factories

if TYPE_CHECKING:
    from ..model import ImprovementPlan

__all__ = [
    "yj_bromley",
    "yj_framework",
    "yj_inspection",
    "yj_inspection_pair",
    "yj_inspection_with_concerns",
    "yj_make_inspection",
    "yj_make_plan",
    "yj_make_service",
    "yj_plan",
]


@pytest.fixture(scope="session")
def yj_bromley() -> Corpus:
    """The Bromley series: 2012 CCI, 2015 FJI, its re-inspection, 2025 standards inspection."""
    return examples.bromley()


@pytest.fixture(scope="session")
def yj_framework() -> Framework:
    """The ``hmip-youth-2021`` framework."""
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
def yj_inspection_with_concerns() -> Inspection:
    """2.1 Inadequate and 3.2 Requires improvement, the rest Good, with two areas for
    improvement, a strength and two recommendations."""
    return factories.make_inspection(ratings={"2.1": "inadequate", "3.2": "requires-improvement"})


@pytest.fixture(scope="session")
def yj_plan(yj_inspection_with_concerns: Inspection) -> ImprovementPlan:
    """A plan answering every recommendation, area for improvement and area of concern of
    ``yj_inspection_with_concerns``."""
    return factories.make_plan(yj_inspection_with_concerns)


@pytest.fixture(scope="session")
def yj_make_plan() -> Callable[..., ImprovementPlan]:
    """:func:`yjinspect.testing.factories.make_plan`, to build variants."""
    return factories.make_plan


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
