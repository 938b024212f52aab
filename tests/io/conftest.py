"""Every document test here runs twice: through the fast converter path and through the
detailed one (see the ``converter_path`` fixture in ``tests/conftest.py``)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _both_converter_paths(converter_path: str) -> str:
    return converter_path
