"""Tools for other people's test suites.

- :mod:`yjinspect.testing.factories`: valid objects in one call (no pytest or hypothesis needed).
- :mod:`yjinspect.testing.strategies`: hypothesis strategies (needs hypothesis).
- :mod:`yjinspect.testing.plugin`: pytest fixtures, loaded automatically through the ``pytest11``
  entry point.
- :func:`assert_inspections_equal`: equality with a readable, per-field difference;
  :func:`assert_plan_covers`: a plan answers everything it must, or a list of what it does not.

Install the ``testing`` extra: from a clone, ``pip install -e ".[testing]"``
(``pip install "yjinspect[testing]"`` once published). Importing this package imports neither
hypothesis nor pytest.
"""

from __future__ import annotations

from . import factories
from .assertions import assert_inspections_equal, assert_plan_covers, differences

__all__ = ["assert_inspections_equal", "assert_plan_covers", "differences", "factories"]
