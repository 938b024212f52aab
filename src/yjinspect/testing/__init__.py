"""Tools for other people's test suites.

- :mod:`yjinspect.testing.factories`: valid objects in one call (no pytest or hypothesis needed).
- :mod:`yjinspect.testing.strategies`: hypothesis strategies (needs hypothesis).
- :mod:`yjinspect.testing.plugin`: pytest fixtures, loaded automatically through the ``pytest11``
  entry point.
- :func:`assert_inspections_equal`: equality with a readable, per-field difference.

Install with ``pip install "yjinspect[testing]"``. Importing this package imports neither
hypothesis nor pytest.
"""

from __future__ import annotations

from . import factories
from .assertions import assert_inspections_equal, differences

__all__ = ["assert_inspections_equal", "differences", "factories"]
